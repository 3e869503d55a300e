import fc from 'fast-check';
import { CodePointIndex } from '../text/code-points.js';
import { spanAt } from '../text/span.js';
import { reanchorClaims, type AnchoredClaim, type NewClaim } from './reanchor.js';
import { TextChanges } from './text-changes.js';

function claimAt(text: string, words: string, id = 'c1', occurrence = 0): AnchoredClaim {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`"${words}" is not in the text`);
  const index = new CodePointIndex(text);
  const start = index.toCodePoint(at);
  return { id, kind: 'numeric', ...spanAt(index, start, start + Array.from(words).length) };
}

function newClaimAt(text: string, words: string): NewClaim {
  const at = text.indexOf(words);
  const start = new CodePointIndex(text).toCodePoint(at);
  return { kind: 'numeric', start, end: start + Array.from(words).length };
}

const SEED =
  'Kazakhstan signed a total of 35 MOUs with foreign partners this week. ' +
  'Of these, 11 MOUs were with China and 22 MOUs with Russia, officials said.';

describe('reanchorClaims', () => {
  it('keeps a claim whose words no edit touched, at its shifted place', () => {
    const corrected = `UPDATED: ${SEED.replace('this week', 'on Tuesday')}`;
    const claim = claimAt(SEED, '22 MOUs');
    const [result] = reanchorClaims(new TextChanges(SEED, corrected), [claim], []).claims;
    expect(result).toEqual({ claimId: 'c1', outcome: 'kept', ...range(corrected, '22 MOUs') });
  });

  it('gives a corrected figure its new value where it stood, taking the new extraction’s claim', () => {
    const corrected = SEED.replace('a total of 35', 'a total of 33');
    const claim = claimAt(SEED, '35 MOUs');
    const extracted = [newClaimAt(corrected, '33 MOUs'), newClaimAt(corrected, '11 MOUs')];
    const result = reanchorClaims(new TextChanges(SEED, corrected), [claim], extracted);
    expect(result.claims).toEqual([
      { claimId: 'c1', outcome: 'changed', newClaim: 0, ...range(corrected, '33 MOUs') },
    ]);
    expect(result.newClaims).toEqual([1]);
  });

  it('asks a person when a figure changed in place and nothing extracted stands there', () => {
    const corrected = SEED.replace('a total of 35', 'a total of 33');
    const [result] = reanchorClaims(
      new TextChanges(SEED, corrected),
      [claimAt(SEED, '35 MOUs')],
      [],
    ).claims;
    expect(result).toMatchObject({ outcome: 'needs_anchor', reason: 'digits-changed' });
  });

  it('moves a claim whose sentence moved, with its prefix and suffix', () => {
    const [first, second] = SEED.split('. ');
    const reordered = `${second.replace(/\.$/, '')}. ${first}.`;
    const claim = claimAt(SEED, '35 MOUs');
    const [result] = reanchorClaims(new TextChanges(SEED, reordered), [claim], []).claims;
    expect(result).toMatchObject({ outcome: 'moved', ...range(reordered, '35 MOUs') });
  });

  it('marks a claim whose words are gone as lost, offering no place', () => {
    const cut = SEED.replace('Of these, 11 MOUs were with China and ', 'Of these, ');
    const [result] = reanchorClaims(
      new TextChanges(SEED, cut),
      [claimAt(SEED, '11 MOUs')],
      [],
    ).claims;
    expect(result).toEqual({
      claimId: 'c1',
      outcome: 'needs_anchor',
      reason: 'lost',
      candidates: [],
    });
  });

  it('never moves a claim to a lookalike sentence elsewhere', () => {
    const text =
      'Sales rose twelve percent in the north. Costs were flat. Profits rose twelve percent in the south.';
    const rewritten = text.replace('Sales rose twelve percent in the north. ', 'Sales were flat. ');
    const claim = claimAt(text, 'twelve percent');
    const other = { ...claimAt(text, 'twelve percent', 'c2', 1) };
    const results = reanchorClaims(new TextChanges(text, rewritten), [claim, other], []).claims;
    expect(results[0]).toMatchObject({ claimId: 'c1', outcome: 'needs_anchor' });
    expect(results[1]).toMatchObject({ claimId: 'c2', outcome: 'kept' });
  });

  it('loses the claims of a text cut short, without reading past its end', () => {
    const rewritten = SEED.slice(0, 10);
    const claims = reanchorClaims(
      new TextChanges(SEED, rewritten),
      [claimAt(SEED, '22 MOUs', 'c1'), claimAt(SEED, 'officials said.', 'c2')],
      [],
    ).claims;
    expect(claims.map((claim) => claim.outcome)).toEqual(['needs_anchor', 'needs_anchor']);
  });

  it('counts offsets in code points around astral characters', () => {
    const text = '🇰🇿 Kazakhstan: 35 MOUs signed. 😀 11 MOUs with China.';
    const corrected = `😀${text}`;
    const [result] = reanchorClaims(
      new TextChanges(text, corrected),
      [claimAt(text, '11 MOUs')],
      [],
    ).claims;
    const kept = range(corrected, '11 MOUs');
    expect(result).toMatchObject({ outcome: 'kept', ...kept });
    expect(new CodePointIndex(corrected).slice(kept.start, kept.end)).toBe('11 MOUs');
  });
});

type EditAround = [boolean, number, number, string];

describe('reanchorClaims properties', () => {
  const words = fc.constantFrom(
    'the',
    'council',
    'said',
    'budget',
    'rose',
    'in',
    'May',
    'and',
    '—',
  );
  const prose = fc.array(words, { minLength: 3, maxLength: 30 }).map((w) => w.join(' '));
  const figure = fc.integer({ min: 1, max: 999_999 }).map((n) => `${n} jobs`);

  /** Edits before and after the span only; the span's own words stay as they were. */
  const editsAway = fc.array(fc.tuple(fc.boolean(), fc.nat(), fc.nat({ max: 12 }), prose), {
    maxLength: 4,
  });

  function editAround(before: string, words: string, after: string, edits: EditAround[]) {
    const text = `${before} ${words} ${after}`;
    let edited = text;
    let claimStart = before.length + 1;
    for (const [beforeSpan, at, length, inserted] of edits) {
      const claimEnd = claimStart + words.length;
      const [lo, hi] = beforeSpan ? [0, claimStart - 1] : [claimEnd + 1, edited.length];
      const from = lo + (hi > lo ? at % (hi - lo) : 0);
      const to = Math.min(hi, from + length);
      edited = edited.slice(0, from) + inserted + edited.slice(to);
      if (beforeSpan) claimStart += inserted.length - (to - from);
    }
    return { text, edited, claimStart };
  }

  it('insertions and deletions away from a span never move it to other words', () => {
    fc.assert(
      fc.property(prose, figure, prose, editsAway, (before, words, after, edits) => {
        const { text, edited, claimStart } = editAround(before, words, after, edits);
        const [result] = reanchorClaims(
          new TextChanges(text, edited),
          [claimAt(text, words)],
          [],
        ).claims;
        // Prose of a few repeated words can make the minimal diff move the figure's own
        // words; then the claim waits for a person, but it never lands elsewhere.
        if (result.outcome === 'needs_anchor') return;
        expect(edited.slice(result.start, result.end)).toBe(words);
        expect(result.start).toBe(claimStart);
      }),
    );
  });

  it('insertions and deletions away from a span in distinct prose keep it where it is', () => {
    const distinctProse = fc
      .uniqueArray(fc.stringMatching(/^[a-z]{4,9}$/), { minLength: 3, maxLength: 20 })
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(
        distinctProse,
        figure,
        distinctProse,
        fc.array(fc.tuple(fc.boolean(), fc.nat(), fc.nat({ max: 12 }), distinctProse), {
          maxLength: 3,
        }),
        (before, words, after, edits) => {
          fc.pre(!after.includes(before) && !before.includes(after));
          const { text, edited, claimStart } = editAround(before, words, after, edits);
          fc.pre(edited.split(words).length === 2);
          const [result] = reanchorClaims(
            new TextChanges(text, edited),
            [claimAt(text, words)],
            [],
          ).claims;
          expect(result).toMatchObject({ outcome: 'kept', start: claimStart });
        },
      ),
    );
  });

  it('takes digits added right before a figure as a change of the figure, not a kept claim', () => {
    const text = 'the council said 29 jobs went in May';
    const edited = 'the council said 419029 jobs went in May';
    const [result] = reanchorClaims(
      new TextChanges(text, edited),
      [claimAt(text, '29 jobs')],
      [newClaimAt(edited, '419029 jobs')],
    ).claims;
    expect(result).toMatchObject({ outcome: 'changed', ...range(edited, '419029 jobs') });
  });

  it('a figure whose digits changed is never moved or kept silently', () => {
    fc.assert(
      fc.property(
        prose,
        fc.integer({ min: 10, max: 999_999 }),
        fc.integer({ min: 10, max: 999_999 }),
        prose,
        fc.boolean(),
        (before, oldValue, newValue, after, lookalikeElsewhere) => {
          fc.pre(oldValue !== newValue);
          const text =
            `${before} ${oldValue} jobs ${after}` +
            (lookalikeElsewhere ? ` ${before} ${oldValue} jobs ${after}` : '');
          const claim = claimAt(text, `${oldValue} jobs`);
          const edited = text.replace(`${oldValue} jobs`, `${newValue} jobs`);
          const [result] = reanchorClaims(new TextChanges(text, edited), [claim], []).claims;
          expect(['needs_anchor', 'changed']).toContain(result.outcome);
        },
      ),
    );
  });

  it('a lookalike sentence elsewhere never captures a claim whose own words went', () => {
    fc.assert(
      fc.property(prose, prose, prose, (a, b, c) => {
        const sentence = `${a} twelve percent ${b}.`;
        const text = `${sentence} ${c}. ${sentence}`;
        const claim = claimAt(text, 'twelve percent');
        const other = claimAt(text, 'twelve percent', 'c2', 1);
        const edited = text.replace(sentence, `${a} ${b}.`);
        const [first, second] = reanchorClaims(
          new TextChanges(text, edited),
          [claim, other],
          [],
        ).claims;
        expect(first.outcome).toBe('needs_anchor');
        expect(second).toMatchObject({ outcome: 'kept' });
      }),
    );
  });
});

function range(text: string, words: string): { start: number; end: number } {
  const index = new CodePointIndex(text);
  const start = index.toCodePoint(text.indexOf(words));
  return { start, end: start + Array.from(words).length };
}
