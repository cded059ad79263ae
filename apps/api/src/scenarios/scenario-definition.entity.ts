import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Override } from '@app/scenarios';

/** A stored scenario: a name and overrides applied to the stored planning setup. */
@Entity('scenario_definition')
export class ScenarioDefinitionEntity {
  @PrimaryColumn('varchar')
  id: string;

  @Column('varchar')
  name: string;

  @Column('varchar', { nullable: true })
  description: string | null;

  /** Re-planned by the nightly refresh. */
  @Column('boolean')
  live: boolean;

  @Column('simple-json')
  overrides: Override[];

  @Column('varchar', { name: 'created_at' })
  createdAt: string;

  @Column('varchar', { name: 'updated_at' })
  updatedAt: string;
}
