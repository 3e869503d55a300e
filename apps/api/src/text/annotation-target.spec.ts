import { annotationTarget } from './annotation-target.js';

describe('annotationTarget', () => {
  it('gives the position and the quote of a span as W3C selectors', () => {
    expect(
      annotationTarget({ start: 4, end: 11, exact: '35 MOUs', prefix: 'all ', suffix: ' were' }),
    ).toEqual({
      selector: [
        { type: 'TextPositionSelector', start: 4, end: 11 },
        { type: 'TextQuoteSelector', exact: '35 MOUs', prefix: 'all ', suffix: ' were' },
      ],
    });
  });
});
