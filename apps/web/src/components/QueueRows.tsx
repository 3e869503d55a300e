// What the rows of the queue's lists show: the article a claim or flag belongs to (and
// the filter by article), and a claim in its sentence.
import type { ReactNode } from 'react';
import { documentHref } from '../router';
import type { Claim, DocumentSummary } from '../types';
import { StatusBadge } from './StatusBadge';
import { Timestamp } from './Timestamp';

/** The latest articles by id: they name the rows and fill the article filters. */
export type Articles = Map<string, DocumentSummary>;

export function ArticleSelect(props: {
  id: string;
  articles: Articles;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <label htmlFor={props.id}>Article</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">All articles</option>
        {[...props.articles.values()].map((article) => (
          <option key={article.id} value={article.id}>
            {article.title}
          </option>
        ))}
      </select>
    </>
  );
}

/** The article a row belongs to: its title and date. */
export function ArticleLine({ article }: { article: DocumentSummary | undefined }) {
  if (!article) return null;
  return (
    <span className="muted article-line">
      {article.title} · <Timestamp at={article.publishedAt ?? article.createdAt} />
    </span>
  );
}

/** The claim in its sentence: the words its quote selector keeps around it, cut at sentence ends. */
export function sentenceOf(claim: Claim): string {
  const before = claim.prefix.split(/(?<=[.!?])\s+|\n/).at(-1) ?? '';
  const after = claim.suffix.split(/(?<=[.!?])\s|\n/)[0] ?? '';
  return `${before}${claim.exact}${after}`.trim();
}

/**
 * A claim of a queue's list: its status and words, linked to it in its article, with
 * what the list adds before and after them, then its sentence and its article.
 */
export function QueueClaimRow(props: {
  claim: Claim;
  article: DocumentSummary | undefined;
  before?: ReactNode;
  after?: ReactNode;
}) {
  const { claim } = props;
  return (
    <li>
      {props.before}
      <StatusBadge status={claim.status} />{' '}
      <a href={documentHref(claim.documentId, { claim: claim.id })}>“{claim.exact}”</a>
      {props.after}
      <br />
      <span className="sentence">{sentenceOf(claim)}</span>
      <br />
      <ArticleLine article={props.article} />
    </li>
  );
}
