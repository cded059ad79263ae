import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One agent having worked one holiday day in a published rota. Fed into every later rota so
 * holiday duty rotates across seasons. No foreign key to the agent (imports replace agents).
 */
@Entity('holiday_duty')
@Index('uq_holiday_duty_agent_date', ['agentId', 'date'], { unique: true })
export class HolidayDutyEntity {
  @PrimaryColumn('varchar')
  id: string;

  @Column('varchar', { name: 'agent_id' })
  agentId: string;

  /** Site-local date worked. */
  @Column('varchar')
  date: string;

  @Column('varchar')
  holiday: string;

  @Column('integer', { name: 'day_of_holiday', nullable: true })
  dayOfHoliday: number | null;

  /** The published rota that recorded it. */
  @Column('varchar', { name: 'rota_id' })
  rotaId: string;
}
