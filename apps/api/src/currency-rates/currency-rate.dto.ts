import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsString } from 'class-validator';
import type { CurrencyRate } from '@app/domain';
import { CurrencyRateEntity } from './currency-rate.entity';

export class CurrencyRateDto {
  @ApiProperty({ example: 'CNY', description: 'ISO 4217 code; the id of the rate' })
  @IsString()
  currency: string;

  @ApiProperty({ example: 0.138, description: 'Value of one unit of currency in the reporting currency' })
  @IsNumber()
  toReporting: number;
}

export function mapCurrencyRate(row: CurrencyRateEntity): CurrencyRate {
  return { currency: row.currency, toReporting: row.toReporting };
}

export function toCurrencyRateEntity(rate: CurrencyRate): CurrencyRateEntity {
  return Object.assign(new CurrencyRateEntity(), { currency: rate.currency, toReporting: rate.toReporting });
}
