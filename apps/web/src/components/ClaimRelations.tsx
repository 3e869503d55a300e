import { useState, type FormEvent, type ReactNode } from 'react';
import { errorText } from '../api';
import { useAnnounce } from '../announce';
import { useAddRelation, useRemoveRelation } from '../mutations';
import { documentHref } from '../router';
import type { Claim, DocumentDetail, Relation } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { FormActions } from './FormActions';

interface Props {
  claim: Claim;
  document: DocumentDetail;
  flagId: string | null;
  /** The member may link and unlink claims (the checks run again, and the article reloads). */
  canLink: boolean;
}

/**
 * The relations that link the claim to others ("35 = 11 + 22"), each claim a link;
 * a member who submits content may unlink one, or link the claim to others.
 */
export function ClaimRelations({ claim, document, flagId, canLink }: Props) {
  const announce = useAnnounce();
  const removeRelation = useRemoveRelation(claim);
  const [error, setError] = useState<string | null>(null);

  async function unlink(relation: Relation) {
    setError(null);
    try {
      await removeRelation.mutateAsync(relation.id);
      announce('Relation removed: the checks ran again.');
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  // Each relation as its type tells its fields (the schema lists them all as optional).
  const relations = (document.relations as Relation[]).filter((relation) =>
    members(relation).includes(claim.id),
  );
  const link = (id: string | null): ReactNode => {
    const other = document.claims.find((candidate) => candidate.id === id);
    if (!other) return 'the total';
    if (other.id === claim.id) return <strong>“{other.exact}” (this claim)</strong>;
    return (
      <a href={documentHref(document.id, { claim: other.id, flag: flagId })}>“{other.exact}”</a>
    );
  };

  return (
    <section aria-labelledby="claim-relations-title">
      <h3 id="claim-relations-title">Relations</h3>
      {relations.length === 0 ? (
        <p className="muted">Not linked to other claims.</p>
      ) : (
        <ul className="plain">
          {relations.map((relation) => (
            <li key={relation.id}>
              <span className="relation">{describe(relation, link)}</span>
              {canLink && (
                <>
                  {' '}
                  <button type="button" className="link" onClick={() => void unlink(relation)}>
                    Unlink
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={error} />
      {canLink && claim.kind === 'numeric' && <LinkForm claim={claim} document={document} />}
    </section>
  );
}

/** Links the claim to other numbers of the article: as their total, or as the same quantity. */
function LinkForm({ claim, document }: { claim: Claim; document: DocumentDetail }) {
  const announce = useAnnounce();
  const addRelation = useAddRelation(claim);
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<'parts-of-total' | 'same-quantity'>('parts-of-total');
  const [others, setOthers] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const candidates = document.claims.filter(
    (other) => other.kind === 'numeric' && other.id !== claim.id && other.status !== 'not_a_claim',
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await addRelation.mutateAsync(
        type === 'parts-of-total'
          ? { type, total: claim.id, parts: others }
          : { type, claims: [claim.id, ...others] },
      );
      setOpen(false);
      setOthers([]);
      announce('Relation added: the checks ran again.');
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  }

  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Link to other claims…
      </button>
    );
  return (
    <form className="stack" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor="link-type">This claim is</label>
        <select
          id="link-type"
          value={type}
          onChange={(event) => setType(event.target.value as typeof type)}
        >
          <option value="parts-of-total">the total of the claims chosen</option>
          <option value="same-quantity">the same quantity as the claims chosen</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="link-others">Claims (choose one or more)</label>
        <select
          id="link-others"
          multiple
          required
          size={Math.min(8, Math.max(2, candidates.length))}
          value={others}
          onChange={(event) =>
            setOthers(Array.from(event.target.selectedOptions, (option) => option.value))
          }
        >
          {candidates.map((other) => (
            <option key={other.id} value={other.id}>
              {other.exact}
            </option>
          ))}
        </select>
      </div>
      <ErrorMessage error={error} />
      <FormActions
        primary
        submitLabel="Link"
        pending={busy}
        canSubmit={others.length > 0}
        onCancel={() => setOpen(false)}
      />
    </form>
  );
}

function members(relation: Relation): (string | null)[] {
  switch (relation.type) {
    case 'parts-of-total':
      return [relation.total, ...relation.parts];
    case 'share-of':
      return [relation.part, relation.share, relation.total];
    case 'change':
      return [relation.from, relation.to, relation.change, relation.by];
    case 'shares-of-one-group':
      return relation.shares;
    case 'same-quantity':
      return relation.claims;
  }
}

/** "halved", "doubled", "tripled", or "× 1.5". */
const FACTOR_WORDS: Record<string, string> = {
  '0.5': 'halved',
  '2': 'doubled',
  '3': 'tripled',
  '4': 'quadrupled',
};

function factorWords(factor: string): string {
  return FACTOR_WORDS[String(Number(factor))] ?? `× ${factor}`;
}

function joined(ids: string[], separator: string, link: (id: string) => ReactNode): ReactNode {
  return ids.map((id, index) => (
    <span key={id}>
      {index > 0 && separator}
      {link(id)}
    </span>
  ));
}

function describe(relation: Relation, link: (id: string | null) => ReactNode): ReactNode {
  switch (relation.type) {
    case 'parts-of-total':
      return relation.complete ? (
        <>
          Parts of a total: {link(relation.total)} = {joined(relation.parts, ' + ', link)}
        </>
      ) : (
        <>
          Parts of a total: {joined(relation.parts, ' + ', link)} of {link(relation.total)} (some of
          it, not all)
        </>
      );
    case 'share-of':
      return (
        <>
          Share: {link(relation.part)} is {link(relation.share)} of {link(relation.total)}
        </>
      );
    case 'change': {
      const stated = [relation.by, relation.change].filter((id): id is string => id !== null);
      const kind =
        relation.direction === 'rise'
          ? 'a rise'
          : relation.direction === 'fall'
            ? 'a fall'
            : 'a change';
      return (
        <>
          Change: {relation.from && <>from {link(relation.from)} </>}to {link(relation.to)}
          {stated.length > 0 && (
            <>
              , {kind} of {joined(stated, ' or ', link)}
            </>
          )}
          {relation.factor !== null && ` (${factorWords(relation.factor)})`}
          {stated.length === 0 && relation.factor === null && relation.direction && ` (${kind})`}
        </>
      );
    }
    case 'shares-of-one-group':
      return <>Shares of one group: {joined(relation.shares, ', ', link)}</>;
    case 'same-quantity':
      return <>Same quantity: {joined(relation.claims, ', ', link)}</>;
  }
}
