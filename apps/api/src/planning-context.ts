import { INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DatabaseConfig } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import { PlanningDataModule } from './planning-data.module';

/**
 * The planning data's services on a migrated database, without HTTP and without seeding: what
 * the CLI's import and export run on, so they share every rule with the API. `modules` adds
 * feature modules that need nothing else (no job runner), e.g. the actuals and the monitor.
 */
export async function openPlanningContext(database: DatabaseConfig, modules: Type[] = []): Promise<INestApplicationContext> {
  @Module({ imports: [DatabaseModule.forRoot(database), PlanningDataModule, ...modules] })
  class PlanningContextModule {}

  return NestFactory.createApplicationContext(PlanningContextModule, { logger: ['error'] });
}
