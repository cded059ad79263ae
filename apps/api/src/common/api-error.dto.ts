import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ApiIssueDto {
  @ApiPropertyOptional({ example: '/classes/0/share', description: 'JSON pointer into the request body' })
  path?: string;

  @ApiPropertyOptional({ example: 14, description: 'CSV line (history import)' })
  row?: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'marketplace', description: 'CSV column (history import)' })
  field?: string | null;

  @ApiProperty({ example: 'The shares of the classes of marketplace "amazon-us" sum to 0.9, not 1.' })
  message: string;
}

/** Every 4xx answer has this shape; `issues` lists each problem of a 400. */
export class ApiErrorDto {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  error: string;

  @ApiProperty({ example: 'marketplace is invalid: /classes: The shares of the classes of marketplace "amazon-us" sum to 0.9, not 1.' })
  message: string;

  @ApiPropertyOptional({ type: [ApiIssueDto] })
  issues?: ApiIssueDto[];
}
