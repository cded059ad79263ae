import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One signed-in session. Only the SHA-256 of its token is stored, so a copy of the database
 * does not hand out working sessions.
 */
@Entity('auth_session')
@Index('ix_auth_session_user', ['userId'])
export class AuthSessionEntity {
  @PrimaryColumn('varchar', { name: 'token_hash' })
  tokenHash: string;

  @Column('varchar', { name: 'user_id' })
  userId: string;

  @Column('varchar', { name: 'created_at' })
  createdAt: string;

  @Column('varchar', { name: 'expires_at' })
  expiresAt: string;
}
