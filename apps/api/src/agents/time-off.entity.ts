import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AgentEntity } from './agent.entity';

/** One time-off request of an agent; `position` keeps the order the user gave. */
@Entity('agent_time_off')
export class TimeOffEntity {
  @PrimaryColumn('varchar', { name: 'agent_id' })
  agentId: string;

  @PrimaryColumn('integer')
  position: number;

  @Column('varchar', { name: 'start_date' })
  start: string;

  @Column('varchar', { name: 'end_date' })
  end: string;

  @Column('varchar', { nullable: true })
  reason: string | null;

  @ManyToOne(() => AgentEntity, (agent) => agent.timeOff, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agent_id' })
  agent?: AgentEntity;
}
