import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CurrencyRate } from '@app/domain';
import { ApiErrors } from '../common/api-errors.decorator';
import { CurrencyRateDto } from './currency-rate.dto';
import { CurrencyRateService } from './currency-rate.service';
import { Access } from '../auth/access.decorator';

@ApiTags('currency rates')
@Controller('currency-rates')
export class CurrencyRateController {
  constructor(private readonly rates: CurrencyRateService) {}

  @Get()
  @Access('setup.read')
  @ApiOkResponse({ type: [CurrencyRateDto] })
  list(): Promise<CurrencyRate[]> {
    return this.rates.list();
  }

  @Get(':currency')
  @Access('setup.read')
  @ApiOkResponse({ type: CurrencyRateDto })
  @ApiErrors(404)
  get(@Param('currency') currency: string): Promise<CurrencyRate> {
    return this.rates.get(currency);
  }

  @Post()
  @Access('setup.write')
  @ApiOperation({ summary: 'Create the rate of a currency to the reporting currency' })
  @ApiCreatedResponse({ type: CurrencyRateDto })
  @ApiErrors(400, 409)
  create(@Body() rate: CurrencyRateDto): Promise<CurrencyRate> {
    return this.rates.create(rate as CurrencyRate);
  }

  @Put(':currency')
  @Access('setup.write')
  @ApiOperation({ summary: 'Replace a rate (the currency cannot change)' })
  @ApiOkResponse({ type: CurrencyRateDto })
  @ApiErrors(400, 404)
  replace(@Param('currency') currency: string, @Body() rate: CurrencyRateDto): Promise<CurrencyRate> {
    return this.rates.replace(currency, rate as CurrencyRate);
  }

  @Delete(':currency')
  @Access('setup.write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a rate; 409 while a site is paid in that currency' })
  @ApiNoContentResponse()
  @ApiErrors(404, 409)
  remove(@Param('currency') currency: string): Promise<void> {
    return this.rates.remove(currency);
  }
}
