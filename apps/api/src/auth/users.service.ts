import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { normaliseEmail, passwordProblem, type Role } from '@app/access';
import { Clock } from '../common/clock';
import { InputIssue, InvalidInputException } from '../common/invalid-input.exception';
import { notFound } from '../common/resource-errors';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { AuthSessionRepository } from './auth-session.repository';
import { PasswordHasher } from './password-hasher';
import { SignedInUser } from './signed-in-user';
import { UserAccountEntity } from './user-account.entity';
import { UserAccountRepository } from './user-account.repository';

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  updatedAt: string;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export interface UserChanges {
  name?: string;
  role?: Role;
  password?: string;
}

/** The accounts a manager keeps; the organisation always keeps at least one manager. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserAccountRepository,
    private readonly sessions: AuthSessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<UserView[]> {
    return (await this.users.list()).map(toUserView);
  }

  async create(user: NewUser): Promise<UserView> {
    rejectPassword('/password', user.password);
    const email = normaliseEmail(user.email);
    const passwordHash = await this.hasher.hash(user.password);
    const now = this.clock.now().toISOString();
    const row: UserAccountEntity = { id: randomUUID(), email, name: user.name.trim(), role: user.role, passwordHash, createdAt: now, updatedAt: now };
    return this.transactions.run(async (tx) => {
      if (await this.users.getByEmail(email, tx)) throw new ConflictException(`A user with the email ${email} already exists.`);
      await this.users.insert(row, tx);
      return toUserView(row);
    });
  }

  /** A new password ends the user's sessions, so a reset locks out whoever had them. */
  async update(id: string, changes: UserChanges, actor: SignedInUser): Promise<UserView> {
    if (changes.password !== undefined) rejectPassword('/password', changes.password);
    const passwordHash = changes.password === undefined ? undefined : await this.hasher.hash(changes.password);
    return this.transactions.run(async (tx) => {
      const row = await this.users.getById(id, tx);
      if (!row) throw notFound('user', id);
      if (changes.role !== undefined && changes.role !== row.role && row.role === 'manager') {
        if (row.id === actor.id) throw new BadRequestException('You cannot change your own role; another manager can.');
        await this.requireAnotherManager(tx, 'given another role');
      }
      const updated: UserAccountEntity = {
        ...row,
        name: changes.name?.trim() ?? row.name,
        role: changes.role ?? row.role,
        passwordHash: passwordHash ?? row.passwordHash,
        updatedAt: this.clock.now().toISOString(),
      };
      await this.users.update(id, updated, tx);
      if (passwordHash !== undefined && id !== actor.id) await this.sessions.deleteOfUser(id, tx);
      return toUserView(updated);
    });
  }

  async remove(id: string, actor: SignedInUser): Promise<void> {
    if (id === actor.id) throw new BadRequestException('You cannot remove yourself; another manager can.');
    await this.transactions.run(async (tx) => {
      const row = await this.users.getById(id, tx);
      if (!row) throw notFound('user', id);
      if (row.role === 'manager') await this.requireAnotherManager(tx, 'removed');
      await this.users.delete(id, tx);
    });
  }

  private async requireAnotherManager(tx: Transaction, change: string): Promise<void> {
    if ((await this.users.countManagers(tx)) <= 1) throw new BadRequestException(`The last manager cannot be ${change}; make another user a manager first.`);
  }
}

function rejectPassword(path: string, password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new InvalidInputException('user', [{ path, message: problem } satisfies InputIssue]);
}

export function toUserView(row: UserAccountEntity): UserView {
  return { id: row.id, email: row.email, name: row.name, role: row.role, createdAt: row.createdAt, updatedAt: row.updatedAt };
}
