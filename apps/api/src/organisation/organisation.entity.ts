import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The one organisation this installation plans for (always id 1). */
@Entity('organisation')
export class OrganisationEntity {
  @PrimaryColumn('integer')
  id: number;

  @Column('varchar')
  name: string;

  @Column('varchar', { name: 'reporting_currency' })
  reportingCurrency: string;

  @Column('varchar', { name: 'horizon_start', nullable: true })
  horizonStart: string | null;

  @Column('integer', { name: 'horizon_weeks', nullable: true })
  horizonWeeks: number | null;

  @Column('varchar', { name: 'horizon_mode', nullable: true })
  horizonMode: string | null;
}
