import type { ReactNode } from 'react';
import { documentHref } from '../router';
import type { Claim, DocumentDetail, Relation } from '../types';

interface Props {
  claim: Claim;
  document: DocumentDetail;
  flagId: string | null;
}

/** The relations that link the claim to others ("35 = 11 + 22"), each claim a link. */
export function ClaimRelations({ claim, document, flagId }: Props) {
  const relations = document.relations.filter((relation) => members(relation).includes(claim.id));
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
            <li key={relation.id}>{describe(relation, link)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function members(relation: Relation): (string | null)[] {
  switch (relation.type) {
    case 'parts-of-total':
      return [relation.total, ...relation.parts];
    case 'share-of':
      return [relation.part, relation.share, relation.total];
    case 'same-quantity':
      return relation.claims;
  }
}

function describe(relation: Relation, link: (id: string | null) => ReactNode): ReactNode {
  switch (relation.type) {
    case 'parts-of-total':
      return (
        <>
          Parts of a total: {link(relation.total)} ={' '}
          {relation.parts.map((part, index) => (
            <span key={part}>
              {index > 0 && ' + '}
              {link(part)}
            </span>
          ))}
        </>
      );
    case 'share-of':
      return (
        <>
          Share: {link(relation.part)} is {link(relation.share)} of {link(relation.total)}
        </>
      );
    case 'same-quantity':
      return (
        <>
          Same quantity:{' '}
          {relation.claims.map((id, index) => (
            <span key={id}>
              {index > 0 && ', '}
              {link(id)}
            </span>
          ))}
        </>
      );
  }
}
