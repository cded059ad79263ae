import { Injectable } from '@nestjs/common';
import { DatabaseInfoRepository } from '../database/database-info.repository';
import { APP_VERSION } from './app-version';
import { HealthDto } from './health.dto';

@Injectable()
export class HealthService {
  constructor(private readonly database: DatabaseInfoRepository) {}

  /** Answers only once the database has answered: a 200 means the database is reachable. */
  async check(): Promise<HealthDto> {
    return { status: 'ok', database: await this.database.describe(), version: APP_VERSION };
  }
}
