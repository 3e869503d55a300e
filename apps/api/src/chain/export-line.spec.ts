import fc from 'fast-check';
import { exportRecordJson, parsedExportRecordJson } from './export-line.js';
import { GENESIS_HASH, sealEvent, type LedgerEventBody } from './ledger-hash.js';

function body(data: unknown, overrides: Partial<LedgerEventBody> = {}): LedgerEventBody {
  return {
    workspaceId: '3fe54e92-345a-45fd-a9b8-31ed31ceda94',
    seq: 17,
    at: '2026-01-01T00:00:17.000Z',
    actor: { id: '80c8ef78-5cd9-48c7-9f14-16118894a7b3', role: 'editor' },
    action: 'comment.added',
    subject: { type: 'claim', id: 'eb86c452-ac36-45b6-80f0-58428cfaf24c' },
    data,
    prevHash: GENESIS_HASH,
    ...overrides,
  };
}

function expectAsParsed(canonical: string, hash = 'ab'.repeat(32)): void {
  expect(exportRecordJson(canonical, hash)).toBe(parsedExportRecordJson(canonical, hash));
}

describe('exportRecordJson: the parsed and re-written export record, cut from canonical JSON', () => {
  it.each([
    ['an object', { body: 'Bench comment', exact: '5%', after: { value: '7' } }],
    [
      'escapes and non-ASCII text',
      { s: 'quote " backslash \\ \\" nl \n tab \t \u0001 é 😀 \u2028' },
    ],
    [
      'field names inside the data',
      { t: ',"prevHash":"x","seq":5,"subject":{"id":"y"},"workspaceId":"w"}' },
    ],
    ['a string ending with a backslash', { k: 'end\\' }],
    ['integer keys, which JSON.parse lists first', JSON.parse('{"10":"a","9":"b","x":{"2":[1]}}')],
    ['keys with digits that are no integers', { '01': 1, '1a': 2, '-1': 3, '1.5': 4 }],
    ['a string', 'just text'],
    ['a number', -42.5],
    ['null', null],
    ['true', true],
    ['an array', [1, 'two', { b: 1, a: 2 }, []]],
    ['an empty object', {}],
  ])('data: %s', (_name, data) => {
    expectAsParsed(sealEvent(body(data)).canonical);
  });

  it.each([
    ['a system actor', { actor: { id: null, role: 'system' } }],
    [
      'quotes and backslashes in every text',
      {
        action: 'weird "action" \\',
        actor: { id: 'id "1" \\', role: 'role "x"' },
        subject: { type: 't\\"', id: '"' },
        workspaceId: 'w"\\',
      },
    ],
    ['empty texts', { action: '', subject: { type: '', id: '' }, actor: { id: '', role: '' } }],
    ['a large seq', { seq: Number.MAX_SAFE_INTEGER }],
  ])('fields: %s', (_name, overrides) => {
    expectAsParsed(sealEvent(body({ a: 1 }, overrides)).canonical);
  });

  it.each([
    [
      'no data',
      '{"action":"a","actor":{"id":null,"role":"r"},"at":"t","prevHash":"p","seq":1,"subject":{"id":"i","type":"t"},"workspaceId":"w"}',
    ],
    [
      'another field',
      '{"action":"a","actor":{"id":null,"role":"r"},"at":"t","data":1,"extra":2,"prevHash":"p","seq":1,"subject":{"id":"i","type":"t"},"workspaceId":"w"}',
    ],
    [
      'an actor with more fields',
      '{"action":"a","actor":{"id":null,"name":"n","role":"r"},"at":"t","data":1,"prevHash":"p","seq":1,"subject":{"id":"i","type":"t"},"workspaceId":"w"}',
    ],
    [
      'white space',
      '{ "action":"a","actor":{"id":null,"role":"r"},"at":"t","data":1,"prevHash":"p","seq":1,"subject":{"id":"i","type":"t"},"workspaceId":"w" }',
    ],
    [
      'a seq that is no integer',
      '{"action":"a","actor":{"id":null,"role":"r"},"at":"t","data":1,"prevHash":"p","seq":1.5,"subject":{"id":"i","type":"t"},"workspaceId":"w"}',
    ],
    [
      'a text that is no string',
      '{"action":1,"actor":{"id":null,"role":"r"},"at":"t","data":1,"prevHash":"p","seq":1,"subject":{"id":"i","type":"t"},"workspaceId":"w"}',
    ],
  ])('canonical JSON laid out otherwise: %s', (_name, canonical) => {
    expectAsParsed(canonical);
  });

  it('writes what JSON.stringify writes for any sealed event', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.string(),
        fc.option(fc.string(), { nil: null }),
        fc.string(),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (data, action, actorId, subjectId, seq) => {
          const event = body(data, { action, actor: { id: actorId, role: 'editor' }, seq });
          event.subject = { type: 'claim', id: subjectId };
          expectAsParsed(sealEvent(event).canonical);
        },
      ),
    );
  });
});
