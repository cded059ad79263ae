import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options.factory';
import { DATABASE_CONFIG } from './database-config.token';
import { DatabaseInfoRepository } from './database-info.repository';
import { prepareDatabase } from './prepare-database';
import { TransactionRunner } from './transaction-runner';

/** The TypeORM connection (migrated on connect) and the database-wide helpers. */
@Module({})
export class DatabaseModule {
  static forRoot(database: DatabaseConfig): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: async () => {
            await prepareDatabase(database);
            // a database that is still starting gets a few seconds; a wrong URL fails soon
            return { ...buildDataSourceOptions(database), retryAttempts: 3, retryDelay: 2000 };
          },
        }),
      ],
      providers: [{ provide: DATABASE_CONFIG, useValue: database }, DatabaseInfoRepository, TransactionRunner],
      exports: [DATABASE_CONFIG, DatabaseInfoRepository, TransactionRunner],
    };
  }
}
