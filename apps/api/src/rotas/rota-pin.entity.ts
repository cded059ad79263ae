import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A manager's pin, kept until deleted and applied to every rota whose horizon it falls in:
 * `kind` 'shift' puts the agent on one seat of a planned shift, 'day-off' keeps them off a day.
 * No foreign key to the agent: a scenario import replaces every agent, and a pin of an agent
 * that no longer exists is simply not applied. Ids count up, so they also give the order
 * the pins were made in (the roster applies shift pins in that order).
 */
@Entity('rota_pin')
export class RotaPinEntity {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('varchar', { name: 'agent_id' })
  agentId: string;

  @Column('varchar')
  kind: 'shift' | 'day-off';

  /** Site-local date of the shift's start, or of the day off. */
  @Column('varchar')
  date: string;

  @Column('varchar', { name: 'site_id', nullable: true })
  siteId: string | null;

  @Column('varchar', { name: 'template_id', nullable: true })
  templateId: string | null;

  @Column('varchar', { name: 'local_start', nullable: true })
  localStart: string | null;

  @Column('varchar', { name: 'created_at' })
  createdAt: string;
}
