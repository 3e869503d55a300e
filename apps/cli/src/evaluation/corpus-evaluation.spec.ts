/**
 * Accuracy regression test: the extractor and the checks on the labelled
 * corpora (test/fixtures/corpus, and the articles labelled for validation in
 * test/fixtures/validation) must stay at least as good as measured when this
 * file last changed (`npm run eval` prints the figures). Raise the floors when
 * the figures improve; never lower them to let a change through.
 */
import { evaluateCorpus, type CorpusEvaluation } from './corpus-evaluation.js';

interface Floors {
  relationsFound: number;
  handMadeFlagged?: number;
  machineMadeFlagged: number;
  falseFlagsPerCleanArticle: number;
  numericRecall: number;
  numericPrecision: number;
  /** The unit as labelled, exactly (the scorer's strict measure). */
  unitRight: number;
  quoteRecall: number;
  speakerRight: number;
}

const CORPORA: Array<[string, Floors]> = [
  [
    'test/fixtures/corpus',
    {
      relationsFound: 0.9,
      handMadeFlagged: 22,
      machineMadeFlagged: 0.9,
      falseFlagsPerCleanArticle: 0.05,
      numericRecall: 0.99,
      numericPrecision: 0.99,
      unitRight: 0.95,
      quoteRecall: 0.97,
      speakerRight: 0.97,
    },
  ],
  [
    'test/fixtures/validation',
    {
      relationsFound: 0.69,
      machineMadeFlagged: 0.7,
      falseFlagsPerCleanArticle: 0.05,
      numericRecall: 0.99,
      numericPrecision: 0.99,
      unitRight: 0.94,
      quoteRecall: 0.98,
      speakerRight: 0.93,
    },
  ],
];

describe.each(CORPORA)('accuracy on the labelled articles of %s', (corpus, floors) => {
  let evaluation: CorpusEvaluation;

  beforeAll(() => {
    evaluation = evaluateCorpus(corpus, 'test/fixtures/corpus');
  });

  it('finds the relations that hold', () => {
    expect(evaluation.articles.relations.recall).toBeGreaterThanOrEqual(floors.relationsFound);
  });

  it('flags the planted errors', () => {
    if (floors.handMadeFlagged !== undefined) {
      const handMade = evaluation.handMade!.flags;
      expect(
        Math.round(handMade.perturbed_recall! * handMade.perturbed_docs),
      ).toBeGreaterThanOrEqual(floors.handMadeFlagged);
    }
    expect(evaluation.machineMade.flags.perturbed_recall).toBeGreaterThanOrEqual(
      floors.machineMadeFlagged,
    );
  });

  it('raises few false flags on clean articles', () => {
    expect(evaluation.articles.flags.false_flags_per_doc).toBeLessThanOrEqual(
      floors.falseFlagsPerCleanArticle,
    );
  });

  it('finds the numeric claims', () => {
    expect(evaluation.articles.numeric.recall).toBeGreaterThanOrEqual(floors.numericRecall);
    expect(evaluation.articles.numeric.precision).toBeGreaterThanOrEqual(floors.numericPrecision);
    expect(evaluation.articles.numeric.unit_accuracy_strict).toBeGreaterThanOrEqual(
      floors.unitRight,
    );
  });

  it('finds the quotes and who said them', () => {
    expect(evaluation.articles.quote.recall).toBeGreaterThanOrEqual(floors.quoteRecall);
    expect(evaluation.articles.quote.speaker_accuracy).toBeGreaterThanOrEqual(floors.speakerRight);
  });
});
