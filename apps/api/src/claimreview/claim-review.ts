import type { ClaimStatus } from '../claims/claim.js';
import { isVerdict, type Verdict } from '../review/workflow.js';

/**
 * schema.org ClaimReview JSON-LD for the reviewed claims of a document
 * (GET /v1/documents/:id/claimreview), one review per claim with a verdict,
 * with the fields Google's fact-check rich results require: claimReviewed
 * (under 75 characters), reviewRating with alternateName, and url.
 */

/** Google asks for claimReviewed "less than 75 characters". */
export const CLAIM_REVIEWED_MAX_LENGTH = 74;
const ELLIPSIS = '…';

/**
 * How a verdict is rated, on a scale of 1 (worst) to 5 (best). `alternateName`
 * is the words readers see. An unverifiable claim has no place on a scale of
 * accuracy, so it gets no ratingValue, only its name.
 */
export const VERDICT_RATINGS: Readonly<
  Record<Verdict, { alternateName: string; ratingValue?: number }>
> = {
  verified: { alternateName: 'Accurate', ratingValue: 5 },
  disputed: { alternateName: 'Disputed', ratingValue: 3 },
  incorrect: { alternateName: 'Inaccurate', ratingValue: 1 },
  unverifiable: { alternateName: 'Unverifiable' },
};
const BEST_RATING = 5;
const WORST_RATING = 1;

export interface ClaimReviewDocument {
  id: string;
  title: string;
  sourceUrl: string | null;
  publisher?: string | null;
  publishedAt?: Date | string | null;
}

export interface ReviewedClaim {
  id: string;
  /** The words of the claim as the document says them: its span, or the sentence around it. */
  text: string;
  status: ClaimStatus;
  /** A quote's speaker; the publisher is taken as the author of other claims. */
  speaker?: string | null;
  /** When the verdict was set. */
  reviewedAt: Date | string;
}

export interface ClaimReviewSettings {
  /** A claim's review page is `<reviewBaseUrl>/<claim id>`. */
  reviewBaseUrl: string;
  /** A document without a sourceUrl appears at `<apiBaseUrl>/v1/documents/<id>`. */
  apiBaseUrl: string;
  /** The newsroom (workspace) that publishes the reviews. */
  organization: { name: string; url?: string | null };
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
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: Person | Organization;
    appearance: {
      '@type': 'CreativeWork';
      url: string;
      headline: string;
      datePublished?: string;
      publisher?: Organization;
    };
  };
}

/** One ClaimReview per claim with a verdict, in the order given; other claims are left out. */
export function buildClaimReviews(
  document: ClaimReviewDocument,
  claims: readonly ReviewedClaim[],
  settings: ClaimReviewSettings,
): ClaimReviewJsonLd[] {
  const reviewBase = absoluteBase(settings.reviewBaseUrl, 'reviewBaseUrl');
  const apiBase = absoluteBase(settings.apiBaseUrl, 'apiBaseUrl');
  const publisher = document.publisher ? organization(document.publisher) : undefined;
  const appearance: ClaimReviewJsonLd['itemReviewed']['appearance'] = {
    '@type': 'CreativeWork',
    url: document.sourceUrl ?? `${apiBase}/v1/documents/${encodeURIComponent(document.id)}`,
    headline: document.title,
    ...(document.publishedAt ? { datePublished: isoDate(document.publishedAt) } : {}),
    ...(publisher ? { publisher } : {}),
  };
  const reviews: ClaimReviewJsonLd[] = [];
  for (const claim of claims) {
    if (!isVerdict(claim.status)) continue;
    const claimAuthor = claim.speaker ? person(claim.speaker) : publisher;
    reviews.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${reviewBase}/${encodeURIComponent(claim.id)}`,
      claimReviewed: shortenClaimText(claim.text),
      datePublished: isoDate(claim.reviewedAt),
      author: organization(settings.organization.name, settings.organization.url),
      reviewRating: rating(claim.status),
      itemReviewed: {
        '@type': 'Claim',
        ...(claimAuthor ? { author: claimAuthor } : {}),
        appearance,
      },
    });
  }
  return reviews;
}

/**
 * The claim's text on one line, at most `maxLength` characters (code points):
 * a longer text is cut at the last word boundary that fits and ends with "…".
 */
export function shortenClaimText(text: string, maxLength = CLAIM_REVIEWED_MAX_LENGTH): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(oneLine);
  if (characters.length <= maxLength) return oneLine;
  const room = characters.slice(0, maxLength - ELLIPSIS.length).join('');
  const lastSpace = room.lastIndexOf(' ');
  // A word longer than half the room is cut inside rather than leaving a stub.
  const cut = lastSpace >= room.length / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.!?\-–—]+$/u, '')}${ELLIPSIS}`;
}

function rating(verdict: Verdict): ClaimReviewJsonLd['reviewRating'] {
  const { alternateName, ratingValue } = VERDICT_RATINGS[verdict];
  if (ratingValue === undefined) return { '@type': 'Rating', alternateName };
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
