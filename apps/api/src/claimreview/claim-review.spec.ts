import fc from 'fast-check';
import { CLAIM_STATUSES } from '../records/claim.js';
import { DocumentText } from '../text/document-text.js';
import {
  authorOf,
  buildClaimReviews,
  CLAIM_REVIEWED_MAX_LENGTH,
  claimInSentence,
  claimReviewedText,
  shortenText,
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
  webUiUrl: 'https://ledger.example.com/',
  organization: { name: 'Example News fact desk', url: 'https://factcheck.example.com' },
};

const SENTENCE = 'The two countries signed a total of 35 MOUs, the presidential office said.';

function claim(overrides: Partial<ReviewedClaim>): ReviewedClaim {
  const exact = '35 MOUs';
  const start = SENTENCE.indexOf(exact);
  return {
    id: 'claim-1',
    kind: 'numeric',
    exact,
    sentence: { text: SENTENCE, start, end: start + exact.length },
    status: 'incorrect',
    reviewedAt: '2024-06-13T10:00:00.000Z',
    ...overrides,
  };
}

describe('buildClaimReviews', () => {
  it('writes one ClaimReview per claim with a verdict, opening the claim in the web UI', () => {
    const claims = CLAIM_STATUSES.map((status, i) => claim({ id: `c${i}`, status }));
    const reviews = buildClaimReviews(document, claims, settings);
    expect(reviews.map((review) => review.url)).toEqual(
      ['c2', 'c3', 'c4', 'c5'].map(
        (id) => `https://ledger.example.com/#/documents/doc-1?claim=${id}`,
      ),
    );
    for (const review of reviews) {
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(review.claimReviewed).toBe(SENTENCE);
      expect(review.datePublished).toBe('2024-06-13T10:00:00.000Z');
      expect(review.author).toEqual({
        '@type': 'Organization',
        name: 'Example News fact desk',
        url: 'https://factcheck.example.com',
      });
    }
    expect(JSON.parse(JSON.stringify(reviews))).toEqual(reviews);
  });

  it('rates every verdict, Unverifiable too, on one documented scale', () => {
    const ratings = (['verified', 'disputed', 'incorrect', 'unverifiable'] as const).map(
      (status) => buildClaimReviews(document, [claim({ status })], settings)[0].reviewRating,
    );
    const scale = { '@type': 'Rating', bestRating: 4, worstRating: 1 };
    expect(ratings).toEqual([
      { ...scale, alternateName: 'Accurate', ratingValue: 4 },
      { ...scale, alternateName: 'Disputed', ratingValue: 2 },
      { ...scale, alternateName: 'Inaccurate', ratingValue: 1 },
      { ...scale, alternateName: 'Unverifiable', ratingValue: 3 },
    ]);
  });

  it('names the claim: its source as author, its date, and the article as its first appearance', () => {
    const [review] = buildClaimReviews(document, [claim({})], settings);
    const article = {
      '@type': 'CreativeWork',
      url: 'https://news.example.com/2024/06/kazakhstan-mous',
      headline: 'Korea and Kazakhstan sign 35 MOUs',
      datePublished: '2024-06-12T08:00:00.000Z',
      publisher: { '@type': 'Organization', name: 'Example News' },
    };
    expect(review.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'presidential office' },
      datePublished: '2024-06-12T08:00:00.000Z',
      firstAppearance: article,
      appearance: article,
    });
  });

  it("never points at an API URL: a document without a public URL has no appearance; a quote's author is its speaker", () => {
    const bare = { id: 'doc 2', title: 'Untitled', sourceUrl: null };
    const [review] = buildClaimReviews(
      bare,
      [
        claim({
          id: 'q/1',
          kind: 'quote',
          exact: '"We agreed."',
          speaker: 'Kim Tae-hyo',
          status: 'verified',
        }),
      ],
      settings,
    );
    expect(review.url).toBe('https://ledger.example.com/#/documents/doc%202?claim=q%2F1');
    expect(review.claimReviewed).toBe('"We agreed."');
    expect(review.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Kim Tae-hyo' },
    });
  });

  it('takes the publisher as the author of a figure no one is said to give', () => {
    const plain = claim({ sentence: { text: '35 MOUs were signed.', start: 0, end: 7 } });
    const [review] = buildClaimReviews(document, [plain], settings);
    expect(review.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Example News' });
  });

  it('refuses a web UI URL that is not absolute', () => {
    expect(() => buildClaimReviews(document, [], { ...settings, webUiUrl: '/desk' })).toThrow(
      'webUiUrl must be an absolute URL, got "/desk"',
    );
  });
});

describe('authorOf', () => {
  const of = (text: string) => authorOf({ kind: 'numeric', sentence: { text, start: 0, end: 1 } });

  it.each([
    [
      'Exports rose 12% last year, the ministry said.',
      { '@type': 'Organization', name: 'ministry' },
    ],
    [
      'The port authority said 1.2 million containers passed through.',
      { '@type': 'Organization', name: 'port authority' },
    ],
    ['Inflation reached 4.1%, according to the ONS.', { '@type': 'Organization', name: 'ONS' }],
    ['Some 300 jobs will go, Jane Smith said.', { '@type': 'Person', name: 'Jane Smith' }],
  ])('finds the attributed source of "%s"', (text, author) => {
    expect(of(text)).toEqual(author);
  });

  it('says nothing when the source is a pronoun or absent', () => {
    expect(of('He said 35 MOUs were signed.')).toBeUndefined();
    expect(of('35 MOUs were signed on Tuesday.')).toBeUndefined();
  });
});

describe('claimReviewedText', () => {
  const at = (text: string, exact: string) => {
    const start = text.indexOf(exact);
    return {
      kind: 'numeric' as const,
      exact,
      sentence: { text, start, end: start + exact.length },
    };
  };

  it('is the sentence when it fits', () => {
    expect(claimReviewedText(at('Of the 35 MOUs, 11 were signed.', '11'))).toBe(
      'Of the 35 MOUs, 11 were signed.',
    );
  });

  it('keeps whole words around the figure of a long sentence, with an ellipsis where words were left out', () => {
    const text =
      'Of the 35 MOUs, 11 were signed in the presence of the heads of state on Tuesday morning, and 22 MOUs were signed at the Business Forum in the afternoon';
    const first = claimReviewedText(at(text, '11'));
    const second = claimReviewedText(at(text, '22 MOUs'));
    for (const [short, figure] of [
      [first, '11'],
      [second, '22 MOUs'],
    ] as const) {
      expect(Array.from(short).length).toBeLessThanOrEqual(CLAIM_REVIEWED_MAX_LENGTH);
      expect(short).toContain(figure);
      for (const part of short.replace(/…/g, ' ').split(' ').filter(Boolean))
        expect(text.split(' ')).toContain(part);
    }
    expect(first).not.toBe(second);
    expect(second.startsWith('…')).toBe(true);
  });

  it('always holds the whole figure, in whole words, within the limit', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 40 }),
        fc.array(word, { maxLength: 40 }),
        (before, after) => {
          const text = [...before, '35 MOUs', ...after].join(' ');
          const short = claimReviewedText(at(text, '35 MOUs'));
          expect(short).toContain('35 MOUs');
          expect(Array.from(short).length).toBeLessThanOrEqual(CLAIM_REVIEWED_MAX_LENGTH);
          expect(text.includes(short.replace(/^…|…$/g, ''))).toBe(true);
        },
      ),
    );
  });

  it('finds the sentence of a claim in the document text, by code points', () => {
    const text = new DocumentText(
      '🚀 Headline\n\nFirst sentence here. Then 35 MOUs were signed. Last one.',
    );
    const exact = '35 MOUs';
    const start = Array.from(text.text).join('').indexOf(exact);
    const codePointStart = Array.from(text.text.slice(0, start)).length;
    expect(
      claimInSentence(text, { start: codePointStart, end: codePointStart + 7, exact }),
    ).toEqual({
      text: 'Then 35 MOUs were signed.',
      start: 5,
      end: 12,
    });
  });
});

describe('shortenText', () => {
  it('keeps a short text, on one line', () => {
    expect(shortenText('  11 were signed\nin the presence  ')).toBe(
      '11 were signed in the presence',
    );
  });

  it('cuts a long text at a word boundary with an ellipsis', () => {
    const text =
      'Of the 35 MOUs, 11 were signed in the presence of the heads of state, and 22 MOUs were signed at the Business Forum';
    const short = shortenText(text);
    expect(short).toBe('Of the 35 MOUs, 11 were signed in the presence of the heads of state…');
    expect(Array.from(short).length).toBeLessThan(75);
  });

  it('cuts inside a word that is too long to keep whole', () => {
    const short = shortenText(`word ${'x'.repeat(200)}`);
    expect(short).toBe(`word ${'x'.repeat(68)}…`);
    expect(short).toHaveLength(CLAIM_REVIEWED_MAX_LENGTH);
  });

  it('never exceeds 74 characters and keeps the start of the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const short = shortenText(text);
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
