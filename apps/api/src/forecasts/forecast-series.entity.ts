import type { BacktestSummary, SeriesForecast } from '@app/forecast';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ForecastRunEntity } from './forecast-run.entity';

/**
 * The hourly forecast of one series (a marketplace's queue, or its total) in a run, stored
 * compactly: one row with a JSON array per band, `values[i]` belonging to the run's hour i.
 */
@Entity('forecast_series')
@Index('ix_forecast_series_forecast', ['forecastId'])
export class ForecastSeriesEntity {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('varchar', { name: 'forecast_id' })
  forecastId: string;

  @Column('varchar', { name: 'marketplace_id' })
  marketplaceId: string;

  /** Null: the marketplace's total, forecast to be split by class share. */
  @Column('varchar', { name: 'class_id', nullable: true })
  classId: string | null;

  /** Buyers' zone when forecast, for their local time beside each UTC hour. */
  @Column('varchar', { name: 'time_zone' })
  timeZone: string;

  @Column('varchar')
  method: string;

  /** 'class-history' | 'marketplace-share' | 'total' */
  @Column('varchar')
  source: string;

  /** Share of the total a 'marketplace-share' queue takes (1 otherwise). */
  @Column('double precision')
  share: number;

  @Column('simple-json')
  backtest: BacktestSummary;

  @Column('simple-json')
  calendar: SeriesForecast['calendar'];

  @Column('simple-json')
  forecast: number[];

  @Column('simple-json')
  lo80: number[];

  @Column('simple-json')
  hi80: number[];

  @Column('simple-json')
  lo95: number[];

  @Column('simple-json')
  hi95: number[];

  @ManyToOne(() => ForecastRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'forecast_id' })
  run?: ForecastRunEntity;
}
