import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('currency_rate')
export class CurrencyRateEntity {
  @PrimaryColumn('varchar')
  currency: string;

  @Column('double precision', { name: 'to_reporting' })
  toReporting: number;
}
