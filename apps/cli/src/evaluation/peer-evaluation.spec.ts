/**
 * Accuracy regression test on a peer's own test suite (the Recognizers-Text
 * English spec cases): the pass rates must stay at least as high as measured
 * when this file last changed (`npm run eval:peer` prints them). It runs the
 * built CLI (`npm test` builds before it runs Jest).
 */
import path from 'node:path';
import { evaluateModel, type ModelOutcome } from './peer-evaluation.js';

const SPECS = 'test/fixtures/peer/recognizers-text';
const CLI = path.resolve('dist/apps/cli/src/main.js');
const FLOORS: Array<[string, number]> = [
  ['NumberModel', 0.95],
  ['PercentModel', 1],
  ['CurrencyModel', 0.89],
];

const passRate = (outcome: ModelOutcome) => outcome.passed / (outcome.cases - outcome.excluded);

describe('the Recognizers-Text English spec cases', () => {
  const outcomes = new Map<string, ModelOutcome>();

  beforeAll(() => {
    for (const [model] of FLOORS)
      outcomes.set(model, evaluateModel(CLI, path.join(SPECS, `${model}.json`)));
  });

  it.each(FLOORS)('%s passes at least its floor', (model, floor) => {
    expect(passRate(outcomes.get(model)!)).toBeGreaterThanOrEqual(floor);
  });

  it('passes at least 90% over the three models', () => {
    const all = [...outcomes.values()];
    const passed = all.reduce((sum, o) => sum + o.passed, 0);
    const measured = all.reduce((sum, o) => sum + o.cases - o.excluded, 0);
    expect(passed / measured).toBeGreaterThanOrEqual(0.9);
  });
});
