import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Clock } from '../common/clock';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthSessionRepository } from './auth-session.repository';
import { InitialAdminService } from './initial-admin.service';
import { PasswordHasher } from './password-hasher';
import { UserAccountRepository } from './user-account.repository';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Sign-in, sessions, users and the guard that puts a rule on every route. */
@Module({
  controllers: [AuthController, UsersController],
  providers: [
    UserAccountRepository,
    AuthSessionRepository,
    PasswordHasher,
    AuthService,
    UsersService,
    InitialAdminService,
    Clock,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
})
export class AuthModule {}
