import type { ClaimStatus } from '../records/claim.js';
import type { DocumentText } from '../text/document-text.js';
import { isVerdict, type Verdict } from '../workflow/workflow.js';

/**
 * schema.org ClaimReview JSON-LD for the reviewed claims of a document
 * (GET /v1/documents/:id/claimreview), one review per claim with a verdict,
 * with the fields Google's fact-check markup requires (claimReviewed under 75
 * characters, reviewRating with alternateName, url) and those it recommends
 * (author with url, datePublished, itemReviewed with its author, date and
 * first appearance). The README's "Reviewing" section lists them.
 */

/** Google asks for claimReviewed "less than 75 characters". */
export const CLAIM_REVIEWED_MAX_LENGTH = 74;
const ELLIPSIS = '…';

/**
 * How a verdict is rated, from 1 (worst) to 4 (best); `alternateName` is the
 * words readers see. An unverifiable claim stands between a disputed one and a
 * verified one: shown neither false nor true.
 */
export const VERDICT_RATINGS: Readonly<
  Record<Verdict, { alternateName: string; ratingValue: number }>
> = {
  incorrect: { alternateName: 'Inaccurate', ratingValue: 1 },
  disputed: { alternateName: 'Disputed', ratingValue: 2 },
  unverifiable: { alternateName: 'Unverifiable', ratingValue: 3 },
  verified: { alternateName: 'Accurate', ratingValue: 4 },
};
const WORST_RATING = 1;
const BEST_RATING = 4;

export interface ClaimReviewDocument {
  id: string;
  title: string;
  /** The article's public address; without one the review names no appearance. */
  sourceUrl: string | null;
  publisher?: string | null;
  publishedAt?: Date | string | null;
}

export interface ReviewedClaim {
  id: string;
  kind: 'numeric' | 'quote';
  /** The claim's words exactly (its span). */
  exact: string;
  /** The sentence the claim stands in, and where the claim's words are in it (UTF-16). */
  sentence: { text: string; start: number; end: number };
  status: ClaimStatus;
  /** A quote's speaker. */
  speaker?: string | null;
  /** When the verdict was set. */
  reviewedAt: Date | string;
}

export interface ClaimReviewSettings {
  /** The reviewers' desk: a claim opens at `<webUiUrl>/#/documents/<document id>?claim=<claim id>`. */
  webUiUrl: string;
  /** The newsroom (workspace) that publishes the reviews, and its public site. */
  organization: { name: string; url: string };
}

interface Organization {
  '@type': 'Organization';
  name: string;
  url?: string;
}

interface Person {
  '@type': 'Person';
  name: string;
}

interface CreativeWork {
  '@type': 'CreativeWork';
  url: string;
  headline: string;
  datePublished?: string;
  publisher?: Organization;
}

export interface ClaimReviewJsonLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: Organization;
  reviewRating: {
    '@type': 'Rating';
    alternateName: string;
    ratingValue: number;
    bestRating: number;
    worstRating: number;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: Person | Organization;
    datePublished?: string;
    firstAppearance?: CreativeWork;
    appearance?: CreativeWork;
  };
}

/** The sentence a claim stands in, with where its words are in it; its own words alone when its span is not in the text. */
export function claimInSentence(
  text: DocumentText,
  claim: { start: number; end: number; exact: string },
): ReviewedClaim['sentence'] {
  const range = text.rangeOf(claim);
  if (range === null) return { text: claim.exact, start: 0, end: claim.exact.length };
  const sentence = text.sentenceAt(range.start);
  return {
    text: text.text.slice(sentence.start, Math.max(sentence.end, range.end)),
    start: range.start - sentence.start,
    end: range.end - sentence.start,
  };
}

/** One ClaimReview per claim with a verdict, in the order given; other claims are left out. */
export function buildClaimReviews(
  document: ClaimReviewDocument,
  claims: readonly ReviewedClaim[],
  settings: ClaimReviewSettings,
): ClaimReviewJsonLd[] {
  const webUi = absoluteBase(settings.webUiUrl, 'webUiUrl');
  const publisher = document.publisher ? organization(document.publisher) : undefined;
  const article = articleOf(document, publisher);
  const published = document.publishedAt ? isoDate(document.publishedAt) : undefined;
  const reviews: ClaimReviewJsonLd[] = [];
  for (const claim of claims) {
    if (!isVerdict(claim.status)) continue;
    const claimAuthor = authorOf(claim) ?? publisher;
    reviews.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${webUi}/#/documents/${encodeURIComponent(document.id)}?claim=${encodeURIComponent(claim.id)}`,
      claimReviewed: claimReviewedText(claim),
      datePublished: isoDate(claim.reviewedAt),
      author: organization(settings.organization.name, settings.organization.url),
      reviewRating: rating(claim.status),
      itemReviewed: {
        '@type': 'Claim',
        ...(claimAuthor ? { author: claimAuthor } : {}),
        ...(published ? { datePublished: published } : {}),
        ...(article ? { firstAppearance: article, appearance: article } : {}),
      },
    });
  }
  return reviews;
}

/** The article as a CreativeWork, only at its public address (never an API URL that needs a key). */
function articleOf(
  document: ClaimReviewDocument,
  publisher: Organization | undefined,
): CreativeWork | undefined {
  if (document.sourceUrl === null || !URL.canParse(document.sourceUrl)) return undefined;
  return {
    '@type': 'CreativeWork',
    url: document.sourceUrl,
    headline: document.title,
    ...(document.publishedAt ? { datePublished: isoDate(document.publishedAt) } : {}),
    ...(publisher ? { publisher } : {}),
  };
}

/**
 * What a reader reads as the claim: a quote's words, or a figure's sentence;
 * when longer than Google allows, whole words around the claim's own words,
 * with "…" where words were left out. The claim's words are always whole.
 */
export function claimReviewedText(
  claim: Pick<ReviewedClaim, 'kind' | 'exact' | 'sentence'>,
  maxLength = CLAIM_REVIEWED_MAX_LENGTH,
): string {
  if (claim.kind === 'quote') return shortenText(claim.exact, maxLength);
  const { text, start, end } = claim.sentence;
  const before = wordsOf(text.slice(0, start));
  const after = wordsOf(text.slice(end));
  // A word glued to the claim ("(35", "35,") stays with it.
  const glueBefore = start > 0 && !/\s/.test(text[start - 1]) ? (before.pop() ?? '') : '';
  const glueAfter = end < text.length && !/\s/.test(text[end]) ? (after.shift() ?? '') : '';
  const core = `${glueBefore}${text.slice(start, end)}${glueAfter}`.replace(/\s+/g, ' ');
  const render = (left: number, right: number) =>
    (left > 0 ? ELLIPSIS : '') +
    [...before.slice(left), core, ...after.slice(0, right)].join(' ') +
    (right < after.length ? ELLIPSIS : '');
  const fits = (candidate: string) => Array.from(candidate).length <= maxLength;
  if (fits(render(0, after.length))) return render(0, after.length);
  let [left, right] = [before.length, 0];
  if (!fits(render(left, right))) return shortenText(core, maxLength);
  // Grow by whole words, alternately after and before the claim, while it fits.
  for (let grew = true; grew;) {
    grew = false;
    if (right < after.length && fits(render(left, right + 1))) [right, grew] = [right + 1, true];
    if (left > 0 && fits(render(left - 1, right))) [left, grew] = [left - 1, true];
  }
  return render(left, right);
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * A text on one line, at most `maxLength` characters (code points): a longer
 * text is cut at the last word boundary that fits and ends with "…".
 */
export function shortenText(text: string, maxLength = CLAIM_REVIEWED_MAX_LENGTH): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(oneLine);
  if (characters.length <= maxLength) return oneLine;
  const room = characters.slice(0, maxLength - ELLIPSIS.length).join('');
  const lastSpace = room.lastIndexOf(' ');
  // A word longer than half the room is cut inside rather than leaving a stub.
  const cut = lastSpace >= room.length / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.!?\-–—]+$/u, '')}${ELLIPSIS}`;
}

/** "according to the port authority", "the port authority said", "Exports rose, the ministry said." */
const ACCORDING_TO =
  /\baccording to ((?:the |a )?[\p{L}\p{N}'’&.-]+(?: (?!said\b|says\b)[\p{L}\p{N}'’&.-]+){0,5}?)(?=[,.;:)]|$)/u;
const SOURCE_SAID =
  /(?:^|[,;] )((?:[Tt]he |[Aa]n? )?(?:\p{Lu}[\p{L}\p{N}'’&.-]*|[\p{Ll}-]+)(?: (?:\p{Lu}[\p{L}\p{N}'’&.-]*|[\p{Ll}-]+)){0,4}?) (?:said|says|reported|reports|estimated|estimates|told)\b/u;
const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that)$/i;

/** Who the claim is by: a quote's speaker, or the source a figure's sentence attributes it to. */
export function authorOf(
  claim: Pick<ReviewedClaim, 'kind' | 'speaker' | 'sentence'>,
): Person | Organization | undefined {
  if (claim.kind === 'quote') return claim.speaker ? person(claim.speaker) : undefined;
  const text = claim.sentence.text.trim();
  const source = (ACCORDING_TO.exec(text)?.[1] ?? SOURCE_SAID.exec(text)?.[1])?.replace(
    /[.,;:]+$/,
    '',
  );
  if (source === undefined || PRONOUN.test(source)) return undefined;
  // A bare capitalised name ("Jane Smith") is a person; "the port authority", "Moody's" a body.
  const isPersonName = /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(source);
  return isPersonName ? person(source) : organization(source.replace(/^(?:the|an?) /i, ''));
}

function rating(verdict: Verdict): ClaimReviewJsonLd['reviewRating'] {
  const { alternateName, ratingValue } = VERDICT_RATINGS[verdict];
  return {
    '@type': 'Rating',
    alternateName,
    ratingValue,
    bestRating: BEST_RATING,
    worstRating: WORST_RATING,
  };
}

function organization(name: string, url?: string | null): Organization {
  return url ? { '@type': 'Organization', name, url } : { '@type': 'Organization', name };
}

function person(name: string): Person {
  return { '@type': 'Person', name };
}

function isoDate(value: Date | string): string {
  return new Date(value).toISOString();
}

function absoluteBase(url: string, name: string): string {
  if (!URL.canParse(url)) throw new Error(`${name} must be an absolute URL, got "${url}"`);
  return url.replace(/\/+$/, '');
}
