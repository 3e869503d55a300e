import { Timestamp } from './Timestamp';
import { useState, type FormEvent } from 'react';
import { errorText, type CommentTarget } from '../api';
import { useAnnounce } from '../announce';
import { useDraft } from '../drafts';
import { useAddComment } from '../mutations';
import { errorOf, useComments } from '../queries';
import { memberName, useSession } from '../session';
import { ErrorMessage } from './ErrorMessage';

/** The discussion of a claim or a flag; members who may write can add to it. */
export function CommentsSection({ target }: { target: CommentTarget }) {
  const { members, can } = useSession();
  const announce = useAnnounce();
  const comments = useComments(target);
  const addComment = useAddComment(target);
  const [body, setBody, discardBody] = useDraft(`comment:${target.type}:${target.id}`, '');
  const [error, setError] = useState<string | null>(null);
  const fieldId = `comment-${target.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await addComment.mutateAsync(body.trim());
      discardBody();
      announce('Comment added.');
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  return (
    <section aria-labelledby={`${fieldId}-title`}>
      <h3 id={`${fieldId}-title`}>
        {target.type === 'flags' ? 'Comments on the flag' : 'Comments'}
      </h3>
      <ErrorMessage error={errorOf(comments)} />
      {comments.data?.length === 0 && <p className="muted">No comments yet.</p>}
      <ul className="plain comments">
        {comments.data?.map((comment) => (
          <li key={comment.id}>
            <p>{comment.body}</p>
            <p className="meta">
              {memberName(members, comment.authorId)}, <Timestamp at={comment.createdAt} />
            </p>
          </li>
        ))}
      </ul>
      {can.submit && (
        <form className="stack" onSubmit={(event) => void submit(event)}>
          <div className="field">
            <label htmlFor={fieldId}>Add a comment</label>
            <textarea
              id={fieldId}
              rows={2}
              required
              value={body}
              onChange={(event) => setBody(event.target.value)}
            />
          </div>
          <ErrorMessage error={error} />
          <button type="submit">Comment</button>
        </form>
      )}
    </section>
  );
}
