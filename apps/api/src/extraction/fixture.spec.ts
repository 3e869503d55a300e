import { extract } from './extract.js';
import { compareWithLabels, describeReport, loadFixture } from './testing/labelled-fixture.js';

describe('the labelled seed article (kazakhstan-mous)', () => {
  const { text, labels } = loadFixture('kazakhstan-mous');
  const extraction = extract(text);
  const report = compareWithLabels(extraction, labels);

  it('describes the document as the label file does', () => {
    expect(extraction.document).toEqual({ sha256: labels.textSha256, length: labels.textLength });
  });

  it('finds every labelled claim with its span, value, unit and speaker, and nothing unlabelled', () => {
    expect(describeReport(report)).toEqual([]);
    expect(report.recall).toBe(1);
    expect(report.precision).toBe(1);
  });

  it('relates the stated total of 35 MOUs to its stated parts 11 and 22', () => {
    const total = ['mou_total', 'mou_total2'].map((id) => report.idMap.get(id));
    const parts = ['mou_a', 'mou_b'].map((id) => report.idMap.get(id));
    const relation = extraction.relations.find((r) => r.type === 'parts-of-total');
    expect(relation).toBeDefined();
    expect(total).toContain(relation?.type === 'parts-of-total' ? relation.total : undefined);
    expect(relation?.type === 'parts-of-total' ? relation.parts : []).toEqual(parts);
  });

  it('relates 72,000 units to the 36.3% share they make', () => {
    expect(extraction.relations).toContainEqual({
      type: 'share-of',
      part: report.idMap.get('n6'),
      share: report.idMap.get('n7'),
      total: null,
    });
  });

  it('relates the headline 35 MOUs to the two 35s of the body', () => {
    const ids = ['mou_head', 'mou_total', 'mou_total2'].map((id) => report.idMap.get(id));
    expect(extraction.relations).toContainEqual({ type: 'same-quantity', claims: ids });
  });

  it('gives the bare 11 the counted noun of "Of the 35 MOUs" and a subject', () => {
    const eleven = extraction.claims.find((c) => c.id === report.idMap.get('mou_a'));
    expect(eleven).toMatchObject({ unit: 'MOU', subject: expect.stringContaining('MOUs') });
  });

  it('keeps the relayed quote with its speaker and the relayer', () => {
    const relayed = extraction.claims.find((c) => c.id === report.idMap.get('q26'));
    expect(relayed).toMatchObject({
      speaker: 'Gurbanguly Berdimuhamedow',
      relayedBy: 'Kim Tae-hyo',
    });
  });
});
