import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MarketplaceEntity } from '../marketplaces/marketplace.entity';

/**
 * One buyer message as a helpdesk export recorded it. Instants are ISO 8601 UTC strings of one
 * width ("2026-03-02T14:05:00.000Z"), so they sort and compare as text on SQLite and PostgreSQL.
 * A re-import replaces, per marketplace, the rows received within the file's span.
 */
@Entity('actual_message')
@Index('ix_actual_message_marketplace_received', ['marketplaceId', 'receivedAt'])
export class ActualMessageEntity {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('varchar', { name: 'marketplace_id' })
  marketplaceId: string;

  /** The marketplace's priority class; null when the export does not say. */
  @Column('varchar', { name: 'class_id', nullable: true })
  classId: string | null;

  @Column('varchar', { name: 'received_at' })
  receivedAt: string;

  /** null: not answered when the export was taken. */
  @Column('varchar', { name: 'first_reply_at', nullable: true })
  firstReplyAt: string | null;

  /** The agent's id or e-mail as the export names them. */
  @Column('varchar', { nullable: true })
  agent: string | null;

  @Column('varchar', { name: 'site_id', nullable: true })
  siteId: string | null;

  @ManyToOne(() => MarketplaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'marketplace_id' })
  marketplace?: MarketplaceEntity;
}
