import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('site')
export class SiteEntity {
  @PrimaryColumn('varchar')
  id: string;

  @Column('varchar')
  name: string;

  @Column('varchar', { name: 'time_zone' })
  timeZone: string;

  @Column('varchar')
  currency: string;

  @Column('double precision', { name: 'hourly_cost' })
  hourlyCost: number;

  @Column('double precision', { name: 'premium_night' })
  premiumNight: number;

  @Column('double precision', { name: 'premium_weekend' })
  premiumWeekend: number;

  @Column('double precision', { name: 'premium_statutory_holiday' })
  premiumStatutoryHoliday: number;

  @Column('varchar', { name: 'night_start' })
  nightStart: string;

  @Column('varchar', { name: 'night_end' })
  nightEnd: string;

  @Column('varchar', { name: 'holiday_country' })
  holidayCountry: string;

  @Column('simple-json')
  languages: string[];

  @Column('integer', { name: 'min_headcount' })
  minHeadcount: number;

  @Column('integer', { name: 'max_headcount' })
  maxHeadcount: number;

  @Column('double precision')
  shrinkage: number;

  @Column('double precision', { nullable: true })
  occupancy: number | null;

  /** With the cap below: the site's overtime policy; both NULL = the pay policy's default. */
  @Column('double precision', { name: 'overtime_multiplier', nullable: true })
  overtimeMultiplier: number | null;

  @Column('double precision', { name: 'overtime_max_hours_per_agent_per_week', nullable: true })
  overtimeMaxHoursPerAgentPerWeek: number | null;

  /** Price of an agent-hour of vendor cover for the site's staffing gaps; NULL = the pay policy's default. */
  @Column('double precision', { name: 'vendor_hourly_rate', nullable: true })
  vendorHourlyRate: number | null;
}
