/**
 * Accuracy regression test: the extractor and the checks on the labelled
 * corpus (test/fixtures/corpus) must stay at least as good as measured when
 * this file last changed (`npm run eval` prints the figures). Raise the
 * floors when the figures improve; never lower them to let a change through.
 */
import { evaluateCorpus, type CorpusEvaluation } from './corpus-evaluation.js';

const FLOORS = {
  relationsFound: 0.75,
  handMadeFlagged: 19,
  machineMadeFlagged: 0.77,
  falseFlagsPerCleanArticle: 0.05,
  numericRecall: 0.98,
  numericPrecision: 0.99,
};

describe('accuracy on the labelled corpus', () => {
  let evaluation: CorpusEvaluation;

  beforeAll(() => {
    evaluation = evaluateCorpus('test/fixtures/corpus');
  });

  it('finds the relations that hold', () => {
    expect(evaluation.articles.relations.recall).toBeGreaterThanOrEqual(FLOORS.relationsFound);
  });

  it('flags the planted errors', () => {
    const handMade = evaluation.handMade!.flags;
    expect(Math.round(handMade.perturbed_recall! * handMade.perturbed_docs)).toBeGreaterThanOrEqual(
      FLOORS.handMadeFlagged,
    );
    expect(evaluation.machineMade.flags.perturbed_recall).toBeGreaterThanOrEqual(
      FLOORS.machineMadeFlagged,
    );
  });

  it('raises few false flags on clean articles', () => {
    expect(evaluation.articles.flags.false_flags_per_doc).toBeLessThanOrEqual(
      FLOORS.falseFlagsPerCleanArticle,
    );
  });

  it('finds the numeric claims', () => {
    expect(evaluation.articles.numeric.recall).toBeGreaterThanOrEqual(FLOORS.numericRecall);
    expect(evaluation.articles.numeric.precision).toBeGreaterThanOrEqual(FLOORS.numericPrecision);
  });
});
