import { linksFrom, mapClaimIds, membersOf, type RelationLinks } from './relation.js';

describe('relation members', () => {
  it.each<RelationLinks>([
    { type: 'parts-of-total', total: 'n2', parts: ['n4', 'n5'] },
    { type: 'share-of', part: 'n7', share: 'n8', total: null },
    { type: 'share-of', part: 'n7', share: 'n8', total: 'n9' },
    { type: 'same-quantity', claims: ['n1', 'n2', 'n3'] },
  ])('round-trips %j through roles', (relation) => {
    expect(linksFrom(relation.type, membersOf(relation))).toEqual(relation);
  });

  it('gives the total and each part its role and place', () => {
    expect(membersOf({ type: 'parts-of-total', total: 'a', parts: ['b', 'c'] })).toEqual([
      { claimId: 'a', role: 'total', position: 0 },
      { claimId: 'b', role: 'part', position: 1 },
      { claimId: 'c', role: 'part', position: 2 },
    ]);
  });

  it('renames claim ids', () => {
    const ids: Record<string, string> = { n2: 'uuid-2', n4: 'uuid-4', n5: 'uuid-5' };
    expect(
      mapClaimIds({ type: 'parts-of-total', total: 'n2', parts: ['n4', 'n5'] }, (id) => ids[id]),
    ).toEqual({
      type: 'parts-of-total',
      total: 'uuid-2',
      parts: ['uuid-4', 'uuid-5'],
    });
  });
});
