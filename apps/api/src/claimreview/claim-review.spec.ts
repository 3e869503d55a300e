import fc from 'fast-check';
import { CLAIM_STATUSES } from '../claims/claim.js';
import {
  buildClaimReviews,
  CLAIM_REVIEWED_MAX_LENGTH,
  shortenClaimText,
  type ClaimReviewDocument,
  type ClaimReviewSettings,
  type ReviewedClaim,
} from './claim-review.js';

const document: ClaimReviewDocument = {
  id: 'doc-1',
  title: 'Korea and Kazakhstan sign 35 MOUs',
  sourceUrl: 'https://news.example.com/2024/06/kazakhstan-mous',
  publisher: 'Example News',
  publishedAt: new Date('2024-06-12T08:00:00Z'),
};

const settings: ClaimReviewSettings = {
  reviewBaseUrl: 'https://factcheck.example.com/claims/',
  apiBaseUrl: 'https://ledger.example.com',
  organization: { name: 'Example News fact desk', url: 'https://factcheck.example.com' },
};

function claim(overrides: Partial<ReviewedClaim>): ReviewedClaim {
  return {
    id: 'claim-1',
    text: 'a total of 35 memorandums of understanding (MOUs)',
    status: 'incorrect',
    reviewedAt: '2024-06-13T10:00:00.000Z',
    ...overrides,
  };
}

describe('buildClaimReviews', () => {
  it('writes one ClaimReview per claim with a verdict, with the fields Google requires', () => {
    const claims = CLAIM_STATUSES.map((status, i) => claim({ id: `c${i}`, status }));
    const reviews = buildClaimReviews(document, claims, settings);
    expect(reviews.map((review) => review.url)).toEqual([
      'https://factcheck.example.com/claims/c2',
      'https://factcheck.example.com/claims/c3',
      'https://factcheck.example.com/claims/c4',
      'https://factcheck.example.com/claims/c5',
    ]);
    for (const review of reviews) {
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(review.claimReviewed).toBe('a total of 35 memorandums of understanding (MOUs)');
      expect(review.reviewRating.alternateName).not.toBe('');
      expect(review.datePublished).toBe('2024-06-13T10:00:00.000Z');
      expect(review.author).toEqual({
        '@type': 'Organization',
        name: 'Example News fact desk',
        url: 'https://factcheck.example.com',
      });
    }
    expect(JSON.parse(JSON.stringify(reviews))).toEqual(reviews);
  });

  it('rates each verdict by a documented mapping', () => {
    const ratings = (['verified', 'disputed', 'incorrect', 'unverifiable'] as const).map(
      (status) => buildClaimReviews(document, [claim({ status })], settings)[0].reviewRating,
    );
    const scale = { bestRating: 5, worstRating: 1 };
    expect(ratings).toEqual([
      { '@type': 'Rating', alternateName: 'Accurate', ratingValue: 5, ...scale },
      { '@type': 'Rating', alternateName: 'Disputed', ratingValue: 3, ...scale },
      { '@type': 'Rating', alternateName: 'Inaccurate', ratingValue: 1, ...scale },
      { '@type': 'Rating', alternateName: 'Unverifiable' },
    ]);
  });

  it('points the claim at the document it appeared in', () => {
    const [review] = buildClaimReviews(document, [claim({})], settings);
    expect(review.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Example News' },
      appearance: {
        '@type': 'CreativeWork',
        url: 'https://news.example.com/2024/06/kazakhstan-mous',
        headline: 'Korea and Kazakhstan sign 35 MOUs',
        datePublished: '2024-06-12T08:00:00.000Z',
        publisher: { '@type': 'Organization', name: 'Example News' },
      },
    });
  });

  it("uses the document's API URL when it has no source URL, and a quote's speaker", () => {
    const bare = { id: 'doc 2', title: 'Untitled', sourceUrl: null };
    const [review] = buildClaimReviews(
      bare,
      [claim({ id: 'q/1', speaker: 'Kim Tae-hyo', status: 'verified' })],
      { ...settings, organization: { name: 'Desk' } },
    );
    expect(review.url).toBe('https://factcheck.example.com/claims/q%2F1');
    expect(review.author).toEqual({ '@type': 'Organization', name: 'Desk' });
    expect(review.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Kim Tae-hyo' },
      appearance: {
        '@type': 'CreativeWork',
        url: 'https://ledger.example.com/v1/documents/doc%202',
        headline: 'Untitled',
      },
    });
  });

  it('refuses a base URL that is not absolute', () => {
    expect(() =>
      buildClaimReviews(document, [], { ...settings, reviewBaseUrl: '/claims' }),
    ).toThrow('reviewBaseUrl must be an absolute URL, got "/claims"');
  });
});

describe('shortenClaimText', () => {
  it('keeps a short text, on one line', () => {
    expect(shortenClaimText('  11 were signed\nin the presence  ')).toBe(
      '11 were signed in the presence',
    );
  });

  it('cuts a long text at a word boundary with an ellipsis', () => {
    const text =
      'Of the 35 MOUs, 11 were signed in the presence of the heads of state, and 22 MOUs were signed at the Business Forum';
    const short = shortenClaimText(text);
    expect(short).toBe('Of the 35 MOUs, 11 were signed in the presence of the heads of state…');
    expect(Array.from(short).length).toBeLessThan(75);
  });

  it('cuts inside a word that is too long to keep whole', () => {
    const short = shortenClaimText(`word ${'x'.repeat(200)}`);
    expect(short).toBe(`word ${'x'.repeat(68)}…`);
    expect(short).toHaveLength(CLAIM_REVIEWED_MAX_LENGTH);
  });

  it('never exceeds 74 characters and keeps the start of the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const short = shortenClaimText(text);
        expect(Array.from(short).length).toBeLessThanOrEqual(CLAIM_REVIEWED_MAX_LENGTH);
        const oneLine = text.replace(/\s+/g, ' ').trim();
        if (short.endsWith('…') && short !== oneLine) {
          expect(oneLine.startsWith(short.slice(0, -1))).toBe(true);
        } else {
          expect(short).toBe(oneLine);
        }
      }),
    );
  });
});
