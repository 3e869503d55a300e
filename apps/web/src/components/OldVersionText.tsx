import { errorOf, useVersion } from '../queries';
import { diffHref, documentHref } from '../router';
import { ErrorMessage } from './ErrorMessage';
import { Timestamp } from './Timestamp';

interface Props {
  documentId: string;
  /** The earlier version shown. */
  number: number;
  /** The document's current version. */
  current: number;
}

/**
 * An earlier version's text, read-only and without claims (their places are the current
 * text's), under a notice that says which version it is, with the way back.
 */
export function OldVersionText({ documentId, number, current }: Props) {
  const version = useVersion(documentId, number);
  return (
    <>
      <div className="notice old-version-notice">
        <p>
          <strong>
            You are looking at version {number} of {current}
          </strong>
          {version.data && (
            <>
              , as it was submitted on <Timestamp at={version.data.createdAt} />
            </>
          )}
          . It is read-only, without its claims.
        </p>
        <p>
          <a href={documentHref(documentId)}>Back to the current version</a>
          {number < current && (
            <>
              {' · '}
              <a href={diffHref(documentId, { from: number, to: current })}>
                What changed since version {number}
              </a>
            </>
          )}
        </p>
      </div>
      <section className="article card" aria-label={`Article text, version ${number}`}>
        <ErrorMessage error={errorOf(version)} />
        {version.data ? (
          <div className="article-text old-version-text">{version.data.text}</div>
        ) : (
          !version.error && <p className="loading">Loading version {number}…</p>
        )}
      </section>
    </>
  );
}
