import { quantityKeyOf, specificSubjectKey, storedStatement } from './cross-document-conflict.js';
import {
  documentStatements,
  runCrossDocumentChecks,
  type CheckInput,
  type DocumentCheckInput,
  type DocumentStatements,
} from './run-checks.js';
import { extractedInput, handBuiltInput, type NumericSpec } from './testing/check-input.js';

function doc(documentId: string, input: CheckInput): DocumentCheckInput {
  return { ...input, documentId };
}

function statementsOf(document: DocumentCheckInput): DocumentStatements {
  return { documentId: document.documentId, statements: documentStatements(document) };
}

function crossCheck(document: DocumentCheckInput, others: DocumentCheckInput[]) {
  return runCrossDocumentChecks(statementsOf(document), others.map(statementsOf));
}

function oneClaim(
  documentId: string,
  text: string,
  spec: Omit<NumericSpec, 'id'>,
): DocumentCheckInput {
  return doc(documentId, handBuiltInput(text, [{ id: `${documentId}-n1`, ...spec }]));
}

const carSales = (value: string, year: string) =>
  oneClaim(
    `cars-${value}-${year}`,
    `Hyundai and Kia sold ${value} units in Kazakhstan in ${year}.`,
    {
      exact: `${value} units`,
      value: value.replace(/,/g, ''),
      unit: 'unit',
      subject: 'units sold by Hyundai and Kia in Kazakhstan',
    },
  );

const homes = (value: string) =>
  oneClaim(`fire-${value}`, `The Ridge fire destroyed ${value} homes near Los Pinos.`, {
    exact: `${value} homes`,
    value,
    unit: 'home',
    subject: 'homes destroyed by the Ridge fire',
  });

const bypass = (exact: string, value: string) =>
  oneClaim(`bypass-${exact}`, `The Westbridge bypass will cost ${exact}.`, {
    exact,
    value,
    unit: 'GBP',
    subject: 'cost of the Westbridge bypass',
  });

/** "$70m (£54m)": the pounds are a conversion of the dollars. */
const bypassInDollars = doc(
  'bypass-dollars',
  handBuiltInput('The Westbridge bypass will cost $70m (£54m).', [
    {
      id: 'usd',
      exact: '$70m',
      value: '70000000',
      unit: 'USD',
      subject: 'cost of the Westbridge bypass',
    },
    {
      id: 'gbp',
      exact: '£54m',
      value: '54000000',
      unit: 'GBP',
      subject: 'cost of the Westbridge bypass',
      conversionOf: 'usd',
    },
  ]),
);

const forum = (count: number) =>
  doc(
    `forum-${count}`,
    extractedInput(
      `Officials said ${count} MOUs were signed at the Korea-Kazakhstan Business Forum.`,
    ),
  );
const lithium = (words: string) =>
  doc(
    `lithium-${words}`,
    extractedInput(`Kazakhstan's lithium reserves are estimated at ${words}.`),
  );

const raised: Array<[string, DocumentCheckInput, DocumentCheckInput, string]> = [
  [
    'MOUs signed at one forum',
    forum(22),
    forum(24),
    'This document states 22 for "MOUs signed at the Korea-Kazakhstan Business Forum"; another document states 24',
  ],
  [
    'lithium reserves beyond the widening of "about"',
    lithium('about 100,000 tons'),
    lithium('150,000 tons'),
    'This document states about 100,000 t for "Kazakhstan\'s lithium reserves"; another document states about 150,000 t',
  ],
  [
    'car sales in one year (hand-built subject: the extractor gives "units")',
    carSales('72,000', '2023'),
    carSales('70,000', '2023'),
    'This document states 72,000 for "units sold by Hyundai and Kia in Kazakhstan"; another document states 70,000',
  ],
  [
    'homes destroyed by one fire (hand-built subject)',
    homes('120'),
    homes('140'),
    'This document states 120 for "homes destroyed by the Ridge fire"; another document states 140',
  ],
  [
    'the cost of one project (hand-built subject)',
    bypass('£45m', '45000000'),
    bypass('£54m', '54000000'),
    'This document states £45m for "cost of the Westbridge bypass"; another document states £54m',
  ],
];

const silent: Array<[string, DocumentCheckInput, DocumentCheckInput]> = [
  ['the same value', forum(22), forum(22)],
  [
    'a value within the widening of "about"',
    lithium('about 100,000 tons'),
    lithium('104,000 tons'),
  ],
  ['another year (hand-built subject)', carSales('72,000', '2023'), carSales('65,000', '2022')],
  [
    'a generic subject ("shops")',
    doc('a', extractedInput("Hartwell's will close 38 of its 112 shops.")),
    doc('b', extractedInput("Hartwell's will close 40 of its 112 shops.")),
  ],
  ['a currency conversion (hand-built)', bypass('£45m', '45000000'), bypassInDollars],
  [
    'another unit',
    forum(22),
    doc(
      'agreements',
      extractedInput(
        'Officials said 24 agreements were signed at the Korea-Kazakhstan Business Forum.',
      ),
    ),
  ],
];

describe('cross-document-conflict', () => {
  it.each(raised)('raises %s', (_case, document, other, message) => {
    const findings = crossCheck(document, [other]);
    expect(findings.map((finding) => finding.message)).toEqual([message]);
    const [finding] = findings;
    expect(finding.severity).toBe('warning');
    expect(finding.claims.every((id) => document.claims.some((claim) => claim.id === id))).toBe(
      true,
    );
    expect(finding.data.otherDocumentIds).toEqual([other.documentId]);
    expect(finding.data.otherClaims).toEqual([
      expect.objectContaining({ documentId: other.documentId, claimId: other.claims[0].id }),
    ]);
  });

  it.each(silent)('stays silent on %s', (_case, document, other) => {
    expect(document.claims.length + other.claims.length).toBeGreaterThanOrEqual(2);
    expect(crossCheck(document, [other])).toEqual([]);
  });

  it('does not compare a document with itself', () => {
    const document = forum(22);
    expect(crossCheck(document, [{ ...forum(24), documentId: document.documentId }])).toEqual([]);
  });

  it('stays silent when the other document also states an agreeing value', () => {
    const other = doc(
      'both',
      extractedInput(
        'Officials said 24 MOUs were signed at the Korea-Kazakhstan Business Forum. Officials said 22 MOUs were signed at the Korea-Kazakhstan Business Forum.',
      ),
    );
    expect(crossCheck(forum(22), [other])).toEqual([]);
  });

  it('raises one finding per claim, naming every document that contradicts it', () => {
    const others = [forum(24), forum(25), forum(26)];
    const findings = crossCheck(forum(22), others);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe(
      'This document states 22 for "MOUs signed at the Korea-Kazakhstan Business Forum"; 3 other documents state 24 and 25 and 26',
    );
    expect(findings[0].data).toMatchObject({
      otherDocumentIds: others.map((other) => other.documentId),
      otherDocumentCount: 3,
    });
  });

  it('finds the same with the statements as stored: their quantity key and years', () => {
    const others = [forum(24), carSales('9,000', '2019'), carSales('9,500', '2020')];
    const stored = (document: DocumentCheckInput): DocumentStatements => ({
      documentId: document.documentId,
      statements: documentStatements(document).map((statement) =>
        storedStatement(statement.claim, quantityKeyOf(statement), statement.years),
      ),
    });
    for (const document of [forum(22), carSales('8,000', '2019')])
      expect(runCrossDocumentChecks(stored(document), others.map(stored))).toEqual(
        crossCheck(document, others),
      );
    expect(crossCheck(carSales('8,000', '2019'), others)).toHaveLength(1);
  });

  it('keeps its fingerprint when more documents contradict the claim', () => {
    const [one] = crossCheck(forum(22), [forum(24)]);
    const [two] = crossCheck(forum(22), [forum(24), forum(25)]);
    expect(two.fingerprint).toBe(one.fingerprint);
    expect(two.inputHash).not.toBe(one.inputHash);
  });

  it('names at most twenty other claims in a flag of two hundred conflicting documents', () => {
    const others = Array.from({ length: 200 }, (_, i) => forum(100 + i));
    const [finding] = crossCheck(forum(22), others);
    expect(finding.data.otherDocumentCount).toBe(200);
    expect(finding.data.otherClaims).toHaveLength(20);
    expect(finding.message).toMatch(
      /200 other documents state 100 and 101 and 102 and 103 and 104 \(and 195 more values\)$/,
    );
  });

  it.each([
    [
      'MOUs signed at the Korea-Kazakhstan Business Forum',
      'MOU',
      'signed korea-kazakhstan business forum',
    ],
    ["Kazakhstan's lithium reserves", 't', 'kazakhstan lithium reserve'],
    ['memorandums of understanding', 'MOU', null],
    ['units', 'unit', null],
    ['the total', '%', null],
  ])('specificSubjectKey(%s, %s) is %s', (subject, unit, key) => {
    expect(specificSubjectKey(subject, unit)).toBe(key);
  });
});
