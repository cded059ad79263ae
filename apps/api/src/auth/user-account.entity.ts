import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Role } from '@app/access';

/** A person who signs in: their role decides what they may read and change. */
@Entity('user_account')
@Index('uq_user_account_email', ['email'], { unique: true })
export class UserAccountEntity {
  @PrimaryColumn('varchar')
  id: string;

  /** Lower-cased, so "Ana@Example.com" and "ana@example.com" are one account. */
  @Column('varchar')
  email: string;

  @Column('varchar')
  name: string;

  @Column('varchar')
  role: Role;

  /** argon2id, with its salt and parameters in the string. */
  @Column('varchar', { name: 'password_hash' })
  passwordHash: string;

  @Column('varchar', { name: 'created_at' })
  createdAt: string;

  @Column('varchar', { name: 'updated_at' })
  updatedAt: string;
}
