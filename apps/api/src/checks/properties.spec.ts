import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { PartsOfTotalRelation } from '../extraction/types.js';
import { runDocumentChecks } from './run-checks.js';
import { extractedInput } from './testing/check-input.js';

const PLACES = ['Astana', 'Almaty', 'Shymkent', 'Aktobe'];

function figure(n: number): string {
  return n.toLocaleString('en-GB');
}

interface ConsistentDocument {
  parts: number[];
  staffLeaving: number;
  staff: number;
  salesBefore: number;
  salesAfter: number;
}

/** A breakdown, a share and a change, each consistent, with every quantity multiplied by `factor`. */
function write(doc: ConsistentDocument, factor: number): string {
  const parts = doc.parts.map((part) => part * factor);
  const total = parts.reduce((sum, part) => sum + part, 0);
  const items = parts.map((part, i) =>
    i === 0 ? `${figure(part)} were signed in ${PLACES[i]}` : `${figure(part)} in ${PLACES[i]}`,
  );
  const breakdown = `Of the ${figure(total)} MOUs, ${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}.`;
  // Percentages are ratios: scaling the quantities leaves them as they are.
  const percent = (Math.round((doc.staffLeaving * 1000) / doc.staff) / 10).toString();
  const share = `The firm said ${figure(doc.staffLeaving * factor)} of its ${figure(doc.staff * factor)} staff, or ${percent}%, would go.`;
  const change = Math.round((Math.abs(doc.salesAfter - doc.salesBefore) * 100) / doc.salesBefore);
  const direction = doc.salesAfter < doc.salesBefore ? 'fell' : 'rose';
  const sales = `Sales ${direction} ${change}% from £${figure(doc.salesBefore * factor)}m to £${figure(doc.salesAfter * factor)}m.`;
  return [breakdown, share, sales].join(' ');
}

const consistentDocument: fc.Arbitrary<ConsistentDocument> = fc
  .record({
    parts: fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 2, maxLength: 4 }),
    staffLeaving: fc.integer({ min: 1, max: 400 }),
    staffStaying: fc.integer({ min: 1, max: 2000 }),
    salesBefore: fc.integer({ min: 10, max: 900 }),
    salesAfter: fc.integer({ min: 10, max: 900 }),
  })
  .filter((doc) => doc.salesBefore !== doc.salesAfter)
  .map((doc) => ({ ...doc, staff: doc.staffLeaving + doc.staffStaying }));

function errorsOf(text: string) {
  const input = extractedInput(text);
  return {
    input,
    errors: runDocumentChecks(input).filter((finding) => finding.severity === 'error'),
  };
}

describe('properties of the checks on generated documents', () => {
  it('scaling every quantity of a consistent document by the same factor keeps it silent', () => {
    fc.assert(
      fc.property(consistentDocument, fc.integer({ min: 1, max: 1000 }), (doc, factor) => {
        const { input, errors } = errorsOf(write(doc, factor));
        // The checks had something to read: the breakdown and the share are related.
        expect(
          input.relations.some(
            (r) => r.type === 'parts-of-total' && r.parts.length === doc.parts.length,
          ),
        ).toBe(true);
        expect(input.relations.some((r) => r.type === 'share-of' && r.total !== null)).toBe(true);
        expect(errors.map((finding) => finding.message)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('changing one part of a consistent total raises sum-mismatch naming that part', () => {
    const changedPart = consistentDocument.chain((doc) =>
      fc.record({
        doc: fc.constant(doc),
        index: fc.integer({ min: 0, max: doc.parts.length - 1 }),
        delta: fc.integer({ min: -499, max: 500 }).filter((delta) => delta !== 0),
      }),
    );
    fc.assert(
      fc.property(changedPart, ({ doc, index, delta }) => {
        fc.pre(doc.parts[index] + delta >= 1);
        const total = doc.parts.reduce((sum, part) => sum + part, 0);
        const parts = doc.parts.map((part, i) => (i === index ? part + delta : part));
        // The stated total stays the consistent one; only the part changes.
        const text = write({ ...doc, parts }, 1).replace(
          /^Of the [\d,]+ MOUs/,
          `Of the ${figure(total)} MOUs`,
        );
        const { input, errors } = errorsOf(text);
        const relation = input.relations.find(
          (r): r is PartsOfTotalRelation => r.type === 'parts-of-total',
        );
        expect(relation?.parts).toHaveLength(doc.parts.length);
        const sums = errors.filter((finding) => finding.rule === 'sum-mismatch');
        expect(sums).toHaveLength(1);
        expect(sums[0].claims).toContain(relation?.parts[index]);
        expect(sums[0].claims).toContain(relation?.total);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same findings, fingerprints and input hashes whatever the order of claims and relations', () => {
    const text = readFileSync(
      path.resolve(process.cwd(), 'test/fixtures/kazakhstan-mous.txt'),
      'utf8',
    );
    const input = extractedInput(text);
    const findings = runDocumentChecks(input);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(input.claims, { minLength: input.claims.length }),
        fc.shuffledSubarray(input.relations, { minLength: input.relations.length }),
        (claims, relations) => {
          expect(runDocumentChecks({ text, claims, relations })).toEqual(findings);
        },
      ),
      { numRuns: 50 },
    );
  });
});
