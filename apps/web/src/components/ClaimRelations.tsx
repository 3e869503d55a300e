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
