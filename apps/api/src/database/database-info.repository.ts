import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DatabaseConfig } from '../config/app-config';
import { DATABASE_CONFIG } from './database-config.token';

export interface DatabaseInfo {
  kind: DatabaseConfig['kind'];
  /** The server's own version string, e.g. "3.45.1" or "15.20". */
  version: string;
}

/** Asks the database server what it is. */
@Injectable()
export class DatabaseInfoRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DATABASE_CONFIG) private readonly database: DatabaseConfig,
  ) {}

  async describe(): Promise<DatabaseInfo> {
    if (this.database.kind === 'sqlite') {
      const [row] = await this.dataSource.query('SELECT sqlite_version() AS version');
      return { kind: 'sqlite', version: String(row.version) };
    }
    const [row] = await this.dataSource.query('SHOW server_version');
    // "15.20 (Debian 15.20-0+deb12u1)" → "15.20"
    return { kind: 'postgres', version: String(row.server_version).split(' ')[0] };
  }
}
