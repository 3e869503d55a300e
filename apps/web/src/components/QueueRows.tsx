// What the rows of the queue's lists show: the article a claim or flag belongs to (and
// the filter by article), and a claim in its sentence.
import type { Claim, DocumentSummary } from '../types';
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
