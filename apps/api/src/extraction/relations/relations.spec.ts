import { extract } from '../extract.js';
import type { ExtractedRelation } from '../types.js';

/** Relations with claim ids replaced by the claims' exact text, for readable expectations. */
function relationsByText(text: string): unknown[] {
  const { claims, relations } = extract(text);
  const exact = (id: string | null): string | null =>
    id === null ? null : (claims.find((c) => c.id === id)?.exact ?? id);
  return relations.map((relation: ExtractedRelation) => {
    switch (relation.type) {
      case 'parts-of-total':
        return {
          type: relation.type,
          total: exact(relation.total),
          parts: relation.parts.map(exact),
        };
      case 'share-of':
        return {
          type: relation.type,
          part: exact(relation.part),
          share: exact(relation.share),
          total: exact(relation.total),
        };
      case 'same-quantity':
        return { type: relation.type, claims: relation.claims.map(exact) };
    }
  });
}

describe('relations between numbers', () => {
  it.each<[string, string, unknown[]]>([
    [
      'parts after "Of the N X,"',
      'Of the 35 MOUs, 11 were signed by the leaders, and 22 MOUs were signed at the forum.',
      [{ type: 'parts-of-total', total: '35 MOUs', parts: ['11', '22 MOUs'] }],
    ],
    [
      'parts after "Of the N X," with a word before the comma',
      'Of the £1.2bn budget, £700m went to schools and £600m to roads.',
      [{ type: 'parts-of-total', total: '£1.2bn', parts: ['£700m', '£600m'] }],
    ],
    [
      'parts after "Of the N X <participle>,"',
      'Of the 40 people arrested, 12 were charged and 30 released.',
      [{ type: 'parts-of-total', total: '40 people', parts: ['12', '30'] }],
    ],
    [
      'parts after "Of the N X," whose part has a verb after it',
      'Of the 1,200 employees, about 600 work in sales.',
      [{ type: 'parts-of-total', total: '1,200 employees', parts: ['600'] }],
    ],
    [
      'parts after "including"',
      'The paper will cut 300 jobs, including 45 newsroom jobs and 20 print jobs.',
      [{ type: 'parts-of-total', total: '300 jobs', parts: ['45 newsroom jobs', '20 print jobs'] }],
    ],
    [
      'parts before "a total of"',
      'The council hired 40 nurses and 25 nurses from abroad, a total of 65 nurses.',
      [{ type: 'parts-of-total', total: '65 nurses', parts: ['40 nurses', '25 nurses'] }],
    ],
    [
      'a part "of its" total',
      'The chain will close 38 of its 112 shops.',
      [{ type: 'parts-of-total', total: '112 shops', parts: ['38'] }],
    ],
    [
      'a part of a possessed total',
      "Just over 61,000 of the city's 195,000 registered voters cast a ballot.",
      [{ type: 'parts-of-total', total: '195,000 registered voters', parts: ['61,000'] }],
    ],
    [
      'a count and the share it makes',
      'Hyundai and Kia sold 72,000 units, accounting for 36.3% of the total.',
      [{ type: 'share-of', part: '72,000 units', share: '36.3%', total: null }],
    ],
    [
      'a share of a named whole, then its count',
      'It will cut 15% of its workforce, or roughly 18,600 jobs.',
      [{ type: 'share-of', part: '18,600 jobs', share: '15%', total: null }],
    ],
    [
      'a share with its part in brackets',
      'Hyundai and Kia took 36.3% (72,000 units) of the market.',
      [{ type: 'share-of', part: '72,000 units', share: '36.3%', total: null }],
    ],
    [
      'a part of a stated whole with its share',
      'Only 30 of 250 staff (12%) replied.',
      [
        { type: 'parts-of-total', total: '250 staff', parts: ['30'] },
        { type: 'share-of', part: '30', share: '12%', total: '250 staff' },
      ],
    ],
    [
      'a count and its share of a stated total after it',
      'Hyundai sold 72,000 units, accounting for 36.3% of the total of 210,000 units.',
      [{ type: 'share-of', part: '72,000 units', share: '36.3%', total: '210,000 units' }],
    ],
    [
      "an amount of a named whole with its share after the whole's noun",
      'It spent £3.2bn of its £10bn fund, or 23%, on housing.',
      [
        { type: 'parts-of-total', total: '£10bn', parts: ['£3.2bn'] },
        { type: 'share-of', part: '£3.2bn', share: '23%', total: '£10bn' },
      ],
    ],
    [
      'a part after "Of its N X," with its share in brackets',
      'Of its 250 staff, 30 (20%) left.',
      [
        { type: 'parts-of-total', total: '250 staff', parts: ['30'] },
        { type: 'share-of', part: '30', share: '20%', total: '250 staff' },
      ],
    ],
    [
      'a part "of its" total opens no list of parts',
      'The chain will close 38 of its 112 shops, and 20 shops will be sold.',
      [{ type: 'parts-of-total', total: '112 shops', parts: ['38'] }],
    ],
    [
      'the headline figure repeated in the body',
      '35 MOUs Signed During Visit\nThe two countries signed a total of 35 memorandums of understanding (MOUs). Of the 35 MOUs, 11 were signed first.',
      [
        { type: 'parts-of-total', total: '35 MOUs', parts: ['11'] },
        {
          type: 'same-quantity',
          claims: ['35 MOUs', '35 memorandums of understanding (MOUs)', '35 MOUs'],
        },
      ],
    ],
    ['no relation between unrelated figures', 'The firm hired 40 nurses. Prices rose 5%.', []],
    ['no share in a price change ("3p, or 1.2%")', 'Shares rose 3p, or 1.2%, to 262p.', []],
  ])('%s', (_name, text, expected) => {
    expect(relationsByText(text)).toEqual(expected);
  });
});
