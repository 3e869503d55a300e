import { ApiProperty } from '@nestjs/swagger';

/** A span of the document's text: Unicode code points, start inclusive, end exclusive. */
export class TextSpanResponse {
  @ApiProperty({ type: 'integer', description: 'Offset of the span in the text (code points)' })
  start: number;

  @ApiProperty({ type: 'integer', description: 'End of the span, exclusive (code points)' })
  end: number;

  @ApiProperty({ description: 'The text of the span, exactly' })
  exact: string;
}
