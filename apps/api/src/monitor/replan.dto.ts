import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsInt, IsNotEmpty, IsNumber, IsString, Max, Min, ValidateNested } from 'class-validator';
import { DEFAULT_REPLAN_RULES } from '@app/actuals';
import { Optional } from '../common/optional.decorator';

/** The notice and limits of a re-plan; each left out keeps its default. */
export class ReplanRulesDto {
  @ApiPropertyOptional({ default: DEFAULT_REPLAN_RULES.callInNoticeHours, description: 'A call-in starts at least this many hours after now' })
  @Optional()
  @IsNumber()
  @Min(0)
  @Max(168)
  callInNoticeHours?: number;

  @ApiPropertyOptional({ default: DEFAULT_REPLAN_RULES.cancelNoticeHours, description: 'A shift is cancelled only when it starts at least this many hours after now' })
  @Optional()
  @IsNumber()
  @Min(0)
  @Max(336)
  cancelNoticeHours?: number;

  @ApiPropertyOptional({ default: DEFAULT_REPLAN_RULES.maxExtensionHours, description: 'Hours a shift may end later than rostered, in all' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(8)
  maxExtensionHours?: number;

  @ApiPropertyOptional({ default: DEFAULT_REPLAN_RULES.maxChanges, description: 'Most changes proposed' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(50)
  maxChanges?: number;
}

export class ReplanRequestDto {
  @ApiProperty({ example: '2026-12-09T12:00:00Z', description: '"Now": shifts started before its hour stay; the rest of the plan window is re-planned from it (ISO 8601 with offset)' })
  @IsISO8601({ strict: true }, { message: 'asOf must be an ISO 8601 instant with an offset, e.g. 2026-12-09T12:00:00Z' })
  asOf: string;

  @ApiPropertyOptional({ description: 'The plan whose window is re-planned; default: the newest plan whose grid holds asOf' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  planId?: string;

  @ApiPropertyOptional({ type: ReplanRulesDto, description: 'Notice and limits of the changes (defaults: 2 h notice for a call-in, 24 h for a cancellation, 2 h of extension, 8 changes)' })
  @Optional()
  @ValidateNested()
  @Type(() => ReplanRulesDto)
  rules?: ReplanRulesDto;
}

export class AcceptReplanDto extends ReplanRequestDto {
  @ApiProperty({ description: 'The rota the re-plan was proposed for (POST /api/monitor/replan answered it); 409 when a newer rota has replaced it since' })
  @IsString()
  @IsNotEmpty()
  rotaId: string;
}

export class ReplanChangeDto {
  @ApiProperty({ enum: ['extend', 'call-in', 'cancel'] })
  kind: string;
  @ApiProperty()
  agentId: string;
  @ApiProperty()
  agentName: string;
  @ApiProperty()
  siteId: string;
  @ApiProperty()
  siteName: string;
  @ApiProperty({ nullable: true, description: 'The shift before the change (null: a call-in), UTC' })
  before: { startUtc: string; endUtc: string } | null;
  @ApiProperty({ nullable: true, description: 'The shift after it (null: a cancellation), UTC' })
  after: { startUtc: string; endUtc: string } | null;
  @ApiProperty({ description: 'Reporting currency; negative: a saving' })
  cost: number;
  @ApiProperty({ description: 'Late messages it avoids (negative: adds)' })
  lateAvoided: number;
  @ApiProperty({ example: "Extend Li Lei's shift to 22:00 (Wed 9 Dec, Shenzhen); cost +$36" })
  sentence: string;
}

export class ReplanOutlookDto {
  @ApiProperty()
  marketplaceId: string;
  @ApiProperty({ description: 'Messages open now or expected until the window ends' })
  messages: number;
  @ApiProperty()
  late: number;
  @ApiProperty()
  slaAttainment: number;
  @ApiProperty({ description: "The plan's promised share within deadline" })
  target: number;
}

export class ReplanResultDto {
  @ApiProperty()
  asOfUtc: string;
  @ApiProperty()
  windowEndUtc: string;
  @ApiProperty()
  reportingCurrency: string;
  @ApiProperty({ type: [ReplanOutlookDto], description: 'The rest of the window with the rota as it stands' })
  before: ReplanOutlookDto[];
  @ApiProperty({ type: [ReplanOutlookDto], description: 'With the changes' })
  after: ReplanOutlookDto[];
  @ApiProperty({ type: [ReplanChangeDto] })
  changes: ReplanChangeDto[];
  @ApiProperty()
  cost: number;
  @ApiProperty({ description: 'The rota assignments with the changes made (the rota API’s assignment shape)', type: 'array', items: { type: 'object' } })
  assignments: object[];
  @ApiProperty({ type: [String] })
  notes: string[];
  @ApiProperty({ description: 'Notice and limits applied: callInNoticeHours, cancelNoticeHours, maxExtensionHours, maxChanges', type: 'object', additionalProperties: { type: 'number' } })
  rules: object;
  @ApiProperty({ description: 'How the forecast of the rest was moved by what came in: per marketplace forecast and received so far, and the factor applied', type: 'array', items: { type: 'object' } })
  levels: object[];
}

export class ReplanDto {
  @ApiProperty({ description: 'The rota the changes are to (the plan’s newest published, else newest, rota)' })
  rotaId: string;
  @ApiProperty()
  planId: string;
  @ApiProperty({ type: ReplanResultDto })
  result: ReplanResultDto;
}

export class ReplanAcceptedDto {
  @ApiProperty({ description: 'The new rota version (a draft, to review and publish at /api/rotas/{id})' })
  rotaId: string;
  @ApiProperty()
  changes: number;
}
