import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Override, ScenarioDefinition } from '@app/scenarios';
import { ScenarioDefinitionEntity } from './scenario-definition.entity';

/**
 * A scenario definition, for the OpenAPI document. Bodies are checked by the scenarios library's
 * validateScenarioDefinition (docs/scenario-definition.schema.json plus the ids of the stored
 * setup), not class-validator.
 */
export class ScenarioDefinitionDto {
  @ApiProperty({ example: 'deflect-30' })
  id: string;

  @ApiProperty({ example: 'Self-service deflects 30% of standard messages' })
  name: string;

  @ApiPropertyOptional()
  description?: string;

  @ApiPropertyOptional({ description: 'Re-planned by the nightly refresh' })
  live?: boolean;

  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    example: [{ kind: 'deflection', marketplaceId: 'amazon-us', classId: 'standard', rate: 0.3 }],
    description:
      'Applied in order to the stored setup; each has a `kind`: volume-multiplier, deflection, site-availability, cost-change, add-site, vendor, auto-reply, hire-agents, agent-leave, move-agents (see docs/scenario-definition.schema.json)',
  })
  overrides: Override[];
}

export class StoredScenarioDefinitionDto {
  @ApiProperty({ example: 'deflect-30' }) id: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ description: 'Re-planned by the nightly refresh' }) live: boolean;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } }) overrides: Override[];
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export function mapScenarioDefinition(row: ScenarioDefinitionEntity): StoredScenarioDefinitionDto {
  return {
    id: row.id,
    name: row.name,
    ...(row.description !== null ? { description: row.description } : {}),
    live: row.live,
    overrides: row.overrides,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The stored row as the scenarios library reads it. */
export function toScenarioDefinition(row: ScenarioDefinitionEntity): ScenarioDefinition {
  return {
    id: row.id,
    name: row.name,
    ...(row.description !== null ? { description: row.description } : {}),
    live: row.live,
    overrides: row.overrides,
  };
}
