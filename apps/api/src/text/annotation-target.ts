/**
 * A span in W3C Web Annotation form (https://www.w3.org/TR/annotation-model/,
 * "Selectors"), so that annotation clients (Hypothesis, Annotator) read a
 * claim's place without mapping. Offsets are code points of the stored text
 * (NFC, LF line ends), as the model's TextPositionSelector counts characters.
 */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface AnnotationTarget {
  selector: [TextPositionSelector, TextQuoteSelector];
}

export function annotationTarget(span: {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}): AnnotationTarget {
  return {
    selector: [
      { type: 'TextPositionSelector', start: span.start, end: span.end },
      { type: 'TextQuoteSelector', exact: span.exact, prefix: span.prefix, suffix: span.suffix },
    ],
  };
}
