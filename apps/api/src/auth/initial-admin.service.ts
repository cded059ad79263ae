import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'crypto';
import { mkdirSync, writeFileSync } from 'fs';
import { dirname } from 'path';
import { AppConfig, defaultAuthConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { UserAccountRepository } from './user-account.repository';
import { UsersService } from './users.service';

/**
 * On the first start (no user yet) creates the manager who signs in first: with the configured
 * password, or a generated one that is printed once and written to an owner-only file.
 */
@Injectable()
export class InitialAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger('InitialAdmin');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: UserAccountRepository,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.accounts.count()) > 0) return;
    const auth = this.config.auth ?? defaultAuthConfig();
    const generated = auth.adminPassword === null;
    const password = auth.adminPassword ?? randomBytes(15).toString('base64url');
    try {
      await this.users.create({ email: auth.adminEmail, name: 'Administrator', role: 'manager', password });
    } catch (error) {
      // Two processes started on one empty database at once: the other one created the manager.
      if ((await this.accounts.count()) > 0) return;
      throw error;
    }
    if (!generated) {
      this.logger.log(`created the manager ${auth.adminEmail} with the password from FOLLOWSUN_ADMIN_PASSWORD`);
      return;
    }
    const where = auth.initialAdminFile ? this.writeInitialAdminFile(auth.initialAdminFile, auth.adminEmail, password) : '';
    this.logger.warn(`created the manager ${auth.adminEmail} with the password ${password} (shown once${where}); sign in and change it`);
  }

  private writeInitialAdminFile(path: string, email: string, password: string): string {
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, `followsun's first manager (change the password after signing in, then delete this file)\nemail: ${email}\npassword: ${password}\n`, { mode: 0o600 });
      return `, and written to ${path}`;
    } catch (error) {
      this.logger.error(`could not write ${path}: ${error instanceof Error ? error.message : String(error)}`);
      return '';
    }
  }
}
