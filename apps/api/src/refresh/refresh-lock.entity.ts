import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The refresh's lock: one row while a refresh runs, so two never run at once, even with several
 * API processes on one PostgreSQL database (the primary key refuses a second row).
 */
@Entity('refresh_lock')
export class RefreshLockEntity {
  @PrimaryColumn('varchar')
  name: string;

  /** The refresh run holding it. */
  @Column('varchar')
  holder: string;

  @Column('varchar', { name: 'acquired_at' })
  acquiredAt: string;
}
