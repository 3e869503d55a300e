import { memberClaimErrors, relationFromRequest } from './relation-request.js';
import { attributesOf, linksFrom, mapClaimIds, membersOf, type RelationLinks } from './relation.js';

describe('relation members', () => {
  it.each<[string, RelationLinks]>([
    [
      'parts-of-total',
      { type: 'parts-of-total', total: 'n2', parts: ['n4', 'n5'], complete: true },
    ],
    ['a subset', { type: 'parts-of-total', total: 'n2', parts: ['n4', 'n5'], complete: false }],
    ['share-of', { type: 'share-of', part: 'n7', share: 'n8', total: null }],
    ['share-of a total', { type: 'share-of', part: 'n7', share: 'n8', total: 'n9' }],
    [
      'change',
      {
        type: 'change',
        from: 'n2',
        to: 'n3',
        change: 'n1',
        by: null,
        direction: 'fall',
        factor: null,
      },
    ],
    [
      'halved',
      {
        type: 'change',
        from: 'n8',
        to: 'n7',
        change: null,
        by: null,
        direction: 'fall',
        factor: '0.5',
      },
    ],
    [
      'a change of no direction',
      {
        type: 'change',
        from: 'n1',
        to: 'n2',
        change: null,
        by: null,
        direction: null,
        factor: null,
      },
    ],
    [
      'a change from an unstated value',
      {
        type: 'change',
        from: null,
        to: 'n3',
        change: 'n2',
        by: 'n1',
        direction: 'fall',
        factor: null,
      },
    ],
    ['shares-of-one-group', { type: 'shares-of-one-group', shares: ['n4', 'n5', 'n6'] }],
    ['same-quantity', { type: 'same-quantity', claims: ['n1', 'n2', 'n3'] }],
  ])('round-trips %s through roles and attributes', (_name, relation) => {
    expect(linksFrom(relation.type, membersOf(relation), attributesOf(relation))).toEqual(relation);
  });

  it('gives the total and each part its role and place', () => {
    expect(
      membersOf({ type: 'parts-of-total', total: 'a', parts: ['b', 'c'], complete: true }),
    ).toEqual([
      { claimId: 'a', role: 'total', position: 0 },
      { claimId: 'b', role: 'part', position: 1 },
      { claimId: 'c', role: 'part', position: 2 },
    ]);
  });

  it('gives a change its from, to and change, and its attributes a column each', () => {
    const change: RelationLinks = {
      type: 'change',
      from: 'a',
      to: 'b',
      change: 'c',
      by: null,
      direction: 'rise',
      factor: null,
    };
    expect(membersOf(change)).toEqual([
      { claimId: 'a', role: 'from', position: 0 },
      { claimId: 'b', role: 'to', position: 1 },
      { claimId: 'c', role: 'change', position: 2 },
    ]);
    expect(attributesOf(change)).toEqual({ complete: null, direction: 'rise', factor: null });
    expect(
      membersOf({ type: 'shares-of-one-group', shares: ['x', 'y'] }).map((m) => m.role),
    ).toEqual(['share', 'share']);
  });

  it('reads a parts-of-total stored without complete as complete when it has 2 or more parts', () => {
    const members = membersOf({
      type: 'parts-of-total',
      total: 'a',
      parts: ['b'],
      complete: false,
    });
    const unstated = { complete: null, direction: null, factor: null };
    expect(linksFrom('parts-of-total', members, unstated)).toMatchObject({ complete: false });
    expect(
      linksFrom(
        'parts-of-total',
        [...members, { claimId: 'c', role: 'part', position: 2 }],
        unstated,
      ),
    ).toMatchObject({ complete: true });
  });

  it('renames claim ids and keeps the attributes', () => {
    const ids: Record<string, string> = { n1: 'uuid-1', n2: 'uuid-2', n3: 'uuid-3' };
    expect(
      mapClaimIds(
        { type: 'parts-of-total', total: 'n1', parts: ['n2', 'n3'], complete: false },
        (id) => ids[id],
      ),
    ).toEqual({
      type: 'parts-of-total',
      total: 'uuid-1',
      parts: ['uuid-2', 'uuid-3'],
      complete: false,
    });
    expect(
      mapClaimIds(
        {
          type: 'change',
          from: 'n2',
          to: 'n1',
          change: null,
          by: null,
          direction: 'fall',
          factor: '0.5',
        },
        (id) => ids[id],
      ),
    ).toEqual({
      type: 'change',
      from: 'uuid-2',
      to: 'uuid-1',
      change: null,
      by: null,
      direction: 'fall',
      factor: '0.5',
    });
  });
});

describe('a relation a person asks for', () => {
  const fields = (result: ReturnType<typeof relationFromRequest>) =>
    'errors' in result ? result.errors.map((error) => error.field) : [];

  it('makes a parts-of-total complete by default with 2 or more parts, not with one', () => {
    expect(relationFromRequest({ type: 'parts-of-total', total: 't', parts: ['a', 'b'] })).toEqual({
      links: { type: 'parts-of-total', total: 't', parts: ['a', 'b'], complete: true },
    });
    expect(relationFromRequest({ type: 'parts-of-total', total: 't', parts: ['a'] })).toEqual({
      links: { type: 'parts-of-total', total: 't', parts: ['a'], complete: false },
    });
    expect(
      relationFromRequest({
        type: 'parts-of-total',
        total: 't',
        parts: ['a', 'b'],
        complete: false,
      }),
    ).toMatchObject({ links: { complete: false } });
    expect(
      fields(
        relationFromRequest({ type: 'parts-of-total', total: 't', parts: ['a'], complete: true }),
      ),
    ).toEqual(['complete']);
  });

  it('takes a change with from and to, and optionally change, direction or factor', () => {
    expect(relationFromRequest({ type: 'change', from: 'a', to: 'b' })).toEqual({
      links: {
        type: 'change',
        from: 'a',
        to: 'b',
        change: null,
        by: null,
        direction: null,
        factor: null,
      },
    });
    expect(
      relationFromRequest({ type: 'change', from: 'a', to: 'b', factor: '0.5', direction: 'fall' }),
    ).toMatchObject({ links: { factor: '0.5', direction: 'fall' } });
    expect(fields(relationFromRequest({ type: 'change', to: 'b' }))).toEqual(['from']);
    expect(fields(relationFromRequest({ type: 'change', from: 'a' }))).toEqual(['to']);
    // "the Dow fell 102.2 points, or 0.36%, to 27,934.02": no value before, the change in points.
    expect(
      relationFromRequest({ type: 'change', to: 'b', by: 'c', change: 'd', direction: 'fall' }),
    ).toMatchObject({ links: { from: null, to: 'b', by: 'c', change: 'd' } });
    expect(fields(relationFromRequest({ type: 'change', to: 'b', by: 'c', factor: '2' }))).toEqual([
      'factor',
    ]);
  });

  it.each([
    ['half', 'factor'],
    ['-2', 'factor'],
    ['0', 'factor'],
    ['1', 'factor'],
    ['1e3', 'factor'],
    ['.5', 'factor'],
  ])('refuses the factor %j', (factor, field) => {
    expect(fields(relationFromRequest({ type: 'change', from: 'a', to: 'b', factor }))).toEqual([
      field,
    ]);
  });

  it('refuses a factor that goes against the direction, or beside a change claim', () => {
    expect(
      fields(
        relationFromRequest({ type: 'change', from: 'a', to: 'b', factor: '2', direction: 'fall' }),
      ),
    ).toEqual(['direction']);
    expect(
      fields(relationFromRequest({ type: 'change', from: 'a', to: 'b', change: 'c', factor: '2' })),
    ).toEqual(['factor']);
  });

  it('needs at least 2 shares of one group', () => {
    expect(relationFromRequest({ type: 'shares-of-one-group', shares: ['a', 'b'] })).toEqual({
      links: { type: 'shares-of-one-group', shares: ['a', 'b'] },
    });
    expect(fields(relationFromRequest({ type: 'shares-of-one-group', shares: ['a'] }))).toEqual([
      'shares',
    ]);
  });

  it('names the field of a member the checks could not read: a quote, a share that is no percentage', () => {
    const claims = [
      { id: 'q', kind: 'quote' as const, unit: null },
      { id: 'm', kind: 'numeric' as const, unit: 'GBP' },
      { id: 'p', kind: 'numeric' as const, unit: '%' },
    ];
    expect(
      memberClaimErrors({ type: 'same-quantity', claims: ['m', 'q'] }, claims).map((e) => e.field),
    ).toEqual(['claims']);
    expect(memberClaimErrors({ type: 'shares-of-one-group', shares: ['p', 'm'] }, claims)).toEqual([
      { field: 'shares', message: 'claim m is not a percentage or fraction' },
    ]);
    expect(
      memberClaimErrors({ type: 'share-of', part: 'm', share: 'p', total: null }, claims),
    ).toEqual([]);
  });

  it("names a field that is not the type's, and a claim given twice", () => {
    expect(
      fields(relationFromRequest({ type: 'shares-of-one-group', shares: ['a', 'b'], total: 't' })),
    ).toEqual(['total']);
    expect(fields(relationFromRequest({ type: 'change', from: 'a', to: 'a' }))).toEqual(['to']);
    expect(fields(relationFromRequest({ type: 'same-quantity', claims: ['a', 'b', 'a'] }))).toEqual(
      ['claims'],
    );
  });
});
