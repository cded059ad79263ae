import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { createHash, randomBytes } from 'crypto';
import { normaliseEmail, passwordProblem } from '@app/access';
import { Clock } from '../common/clock';
import { InvalidInputException } from '../common/invalid-input.exception';
import { AppConfig, defaultAuthConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { TransactionRunner } from '../database/transaction-runner';
import type { AuthConfig } from './auth.config';
import { AuthSessionRepository } from './auth-session.repository';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SignedInUser, toSignedInUser } from './signed-in-user';
import { UserAccountRepository } from './user-account.repository';

/** What a successful sign-in hands out: the token (cookie or bearer) and who it is for. */
export interface SessionGrant {
  token: string;
  expiresAt: string;
  user: SignedInUser;
}

export const WRONG_CREDENTIALS = 'Email or password is wrong.';

/** SHA-256 of a session token: what the database keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Signing in and out, finding the user behind a token, changing one's own password. */
@Injectable()
export class AuthService {
  private readonly throttle = new LoginThrottle();
  private readonly config: AuthConfig;

  constructor(
    @Inject(APP_CONFIG) appConfig: AppConfig,
    private readonly users: UserAccountRepository,
    private readonly sessions: AuthSessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {
    this.config = appConfig.auth ?? defaultAuthConfig();
  }

  async login(emailText: string, password: string): Promise<SessionGrant> {
    const email = normaliseEmail(emailText);
    const nowMs = this.clock.now().getTime();
    const waitMs = this.throttle.waitMs(email, nowMs);
    if (waitMs > 0) {
      const minutes = Math.ceil(waitMs / 60_000);
      throw new HttpException(
        { statusCode: 429, error: 'Too Many Requests', message: `Too many wrong passwords for ${email}; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.` },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const account = await this.users.getByEmail(email);
    const passwordMatches = await this.hasher.verify(account?.passwordHash ?? null, password);
    if (!account || !passwordMatches) {
      this.throttle.recordFailure(email, nowMs);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    this.throttle.recordSuccess(email);
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.sessionHours * 3_600_000).toISOString();
    await this.transactions.run(async (tx) => {
      await this.sessions.deleteExpired(now.toISOString(), tx);
      await this.sessions.insert({ tokenHash: hashToken(token), userId: account.id, createdAt: now.toISOString(), expiresAt }, tx);
    });
    return { token, expiresAt, user: toSignedInUser(account) };
  }

  /** The user behind a token, or null when it is unknown or its session has expired. */
  async authenticate(token: string): Promise<{ user: SignedInUser; tokenHash: string } | null> {
    const tokenHash = hashToken(token);
    const session = await this.sessions.getByTokenHash(tokenHash);
    if (!session || session.expiresAt <= this.clock.now().toISOString()) return null;
    const account = await this.users.getById(session.userId);
    return account ? { user: toSignedInUser(account), tokenHash } : null;
  }

  async logout(tokenHash: string): Promise<void> {
    await this.transactions.run((tx) => this.sessions.delete(tokenHash, tx));
  }

  /** Needs the current password; ends the user's other sessions (a stolen one stops working). */
  async changePassword(user: SignedInUser, tokenHash: string, currentPassword: string, newPassword: string): Promise<void> {
    const account = await this.users.getById(user.id);
    if (!account || !(await this.hasher.verify(account.passwordHash, currentPassword))) {
      throw new InvalidInputException('password change', [{ path: '/currentPassword', message: 'is not your current password' }]);
    }
    const problem = passwordProblem(newPassword);
    if (problem) throw new InvalidInputException('password change', [{ path: '/newPassword', message: problem }]);
    const passwordHash = await this.hasher.hash(newPassword);
    await this.transactions.run(async (tx) => {
      await this.users.update(user.id, { passwordHash, updatedAt: this.clock.now().toISOString() }, tx);
      await this.sessions.deleteOfUser(user.id, tx, tokenHash);
    });
  }
}
