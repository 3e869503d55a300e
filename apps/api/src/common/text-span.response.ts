import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';

/** A span of the document's text: Unicode code points, start inclusive, end exclusive. */
export class TextSpanResponse {
  @ApiProperty({ type: 'integer', description: 'Offset of the span in the text (code points)' })
  start: number;

  @ApiProperty({ type: 'integer', description: 'End of the span, exclusive (code points)' })
  end: number;

  @ApiProperty({ description: 'The text of the span, exactly' })
  exact: string;
}

export class TextPositionSelectorResponse {
  @ApiProperty({ enum: ['TextPositionSelector'] })
  type: 'TextPositionSelector';

  @ApiProperty({ type: 'integer', description: 'Code points of the stored text (NFC, LF)' })
  start: number;

  @ApiProperty({ type: 'integer' })
  end: number;
}

export class TextQuoteSelectorResponse {
  @ApiProperty({ enum: ['TextQuoteSelector'] })
  type: 'TextQuoteSelector';

  @ApiProperty()
  exact: string;

  @ApiProperty()
  prefix: string;

  @ApiProperty()
  suffix: string;
}

/** The span as a W3C Web Annotation target: a position and a quote selector. */
@ApiExtraModels(TextPositionSelectorResponse, TextQuoteSelectorResponse)
export class AnnotationTargetResponse {
  @ApiProperty({
    type: 'array',
    minItems: 2,
    maxItems: 2,
    items: {
      oneOf: [
        { $ref: getSchemaPath(TextPositionSelectorResponse) },
        { $ref: getSchemaPath(TextQuoteSelectorResponse) },
      ],
    },
    description: 'TextPositionSelector, then TextQuoteSelector',
  })
  selector: [TextPositionSelectorResponse, TextQuoteSelectorResponse];
}
