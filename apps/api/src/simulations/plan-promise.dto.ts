import { ApiProperty } from '@nestjs/swagger';
import { rotaSeatsWords, type PromiseTable } from '@app/simulation';

export class PromiseRowDto {
  @ApiProperty({ example: 9, description: "Buyers' local hour of the week, 0 = Monday 00:00" })
  localHourOfWeek: number;

  @ApiProperty({ example: 'Mon 09:00–10:00' })
  label: string;

  @ApiProperty({ example: '2026-03-02T08:00:00Z', description: 'A message arriving at the start of the hour' })
  receivedUtc: string;

  @ApiProperty({ example: '2026-03-02T09:00+01:00' })
  receivedLocal: string;

  @ApiProperty({ type: String, nullable: true, description: 'Promised reply time (null: no reply seen)' })
  replyByUtc: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2026-03-02T11:00+01:00' })
  replyByLocal: string | null;

  @ApiProperty({ type: Number, nullable: true })
  promiseHours: number | null;

  @ApiProperty({ description: 'Whether anyone who can answer is on duty in the hour' })
  teamOnline: boolean;

  @ApiProperty({ enum: ['observed', 'later-hour', 'none', 'outside-horizon'] })
  basis: string;

  @ApiProperty({ type: String, nullable: true, example: 'Vielen Dank für Ihre Nachricht. Wir antworten Ihnen bis heute, 11:00 Uhr.' })
  sentence: string | null;
}

/** What the promises are a replay of. */
export interface PromiseSource {
  kind: 'rota' | 'plan';
  rotaId: string | null;
  simulationId: string | null;
  mode: string;
  seatsUnfilled: number | null;
}

export class PlanPromiseTableDto {
  @ApiProperty({ format: 'uuid' })
  planId: string;

  @ApiProperty({
    enum: ['rota', 'plan'],
    description:
      "rota: a fluid replay of the rota built from the plan (its named agents; a seat it left empty is nobody) under the plan's dispatch rule; plan: no rota yet, the planned shifts",
  })
  source: 'rota' | 'plan';

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The rota the promises are of (the published one, else the newest); null before any rota' })
  rotaId: string | null;

  @ApiProperty({ type: Number, nullable: true, description: "Seats of the plan the rota left empty (null: source plan)" })
  seatsUnfilled: number | null;

  @ApiProperty({ description: 'What the promises are of, in words' })
  basisNote: string;

  @ApiProperty({ type: String, nullable: true, description: "The plan's stored simulation the promises come from; null: a fluid replay made for this answer" })
  simulationId: string | null;

  @ApiProperty({ enum: ['fluid', 'poisson', 'overdispersed'] })
  mode: string;

  @ApiProperty()
  marketplaceId: string;

  @ApiProperty({ example: 'Europe/Berlin' })
  timeZone: string;

  @ApiProperty({ example: 'de', description: 'Language of the sentences' })
  language: string;

  @ApiProperty({ example: '2026-03-02', description: "Buyers' local Monday the table starts on" })
  weekStart: string;

  @ApiProperty({ example: 0.9, description: 'Share of messages answered by the promised time' })
  confidence: number;

  @ApiProperty({ type: [PromiseRowDto] })
  rows: PromiseRowDto[];
}

export function mapPromiseTable(planId: string, source: PromiseSource, table: PromiseTable): PlanPromiseTableDto {
  return {
    planId,
    source: source.kind,
    rotaId: source.rotaId,
    seatsUnfilled: source.seatsUnfilled,
    basisNote: promiseBasisNote(source),
    simulationId: source.simulationId,
    mode: source.mode,
    marketplaceId: table.marketplaceId,
    timeZone: table.timeZone,
    language: table.language,
    weekStart: table.weekStart,
    confidence: table.confidence,
    rows: table.rows.map((row) => ({
      localHourOfWeek: row.localHourOfWeek,
      label: row.label,
      receivedUtc: row.receivedUtc,
      receivedLocal: row.receivedLocal,
      replyByUtc: row.replyByUtc,
      replyByLocal: row.replyByLocal,
      promiseHours: row.promiseHours,
      teamOnline: row.teamOnline,
      basis: row.basis,
      sentence: row.sentence,
    })),
  };
}

/** What the promises are of, as the auto-reply page and the CLI say it. */
export function promiseBasisNote(source: PromiseSource): string {
  if (source.kind === 'rota') {
    return `From the rota as built (${rotaSeatsWords(source.seatsUnfilled ?? 0)}), replayed under the plan's dispatch rule.`;
  }
  return source.simulationId
    ? `From the plan's newest simulation (${source.mode}) under its dispatch rule; no rota has been built from this plan yet.`
    : "From a steady-flow replay of the planned shifts under the plan's dispatch rule; no rota has been built from this plan yet.";
}
