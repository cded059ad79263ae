import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Marketplace } from '@app/domain';
import { ApiErrors } from '../common/api-errors.decorator';
import { MarketplaceDto } from './marketplace.dto';
import { MarketplaceService } from './marketplace.service';
import { Access } from '../auth/access.decorator';

@ApiTags('marketplaces')
@Controller('marketplaces')
export class MarketplaceController {
  constructor(private readonly marketplaces: MarketplaceService) {}

  @Get()
  @Access('setup.read')
  @ApiOkResponse({ type: [MarketplaceDto] })
  list(): Promise<Marketplace[]> {
    return this.marketplaces.list();
  }

  @Get(':id')
  @Access('setup.read')
  @ApiOkResponse({ type: MarketplaceDto })
  @ApiErrors(404)
  get(@Param('id') id: string): Promise<Marketplace> {
    return this.marketplaces.get(id);
  }

  @Post()
  @Access('setup.write')
  @ApiOperation({ summary: 'Create a marketplace with its priority classes (shares sum to 1)' })
  @ApiCreatedResponse({ type: MarketplaceDto })
  @ApiErrors(400, 409)
  create(@Body() marketplace: MarketplaceDto): Promise<Marketplace> {
    return this.marketplaces.create(marketplace as Marketplace);
  }

  @Put(':id')
  @Access('setup.write')
  @ApiOperation({ summary: 'Replace a marketplace and its classes (the id cannot change; a class with history cannot be dropped)' })
  @ApiOkResponse({ type: MarketplaceDto })
  @ApiErrors(400, 404)
  replace(@Param('id') id: string, @Body() marketplace: MarketplaceDto): Promise<Marketplace> {
    return this.marketplaces.replace(id, marketplace as Marketplace);
  }

  @Delete(':id')
  @Access('setup.write')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a marketplace with its classes and message history (cascade); 409 while an event lists it' })
  @ApiNoContentResponse()
  @ApiErrors(404, 409)
  remove(@Param('id') id: string): Promise<void> {
    return this.marketplaces.remove(id);
  }
}
