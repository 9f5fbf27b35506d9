import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ID_COLUMN } from '../../database/columns';
import { UserEntity } from '../users/user.entity';

/**
 * A refresh token, stored as its SHA-256. Tokens rotate on every use; presenting a token of
 * a family that was already rotated revokes the whole family (stolen-token detection).
 */
@Entity('refresh_tokens')
@Index(['tokenHash'], { unique: true })
@Index(['familyId'])
export class RefreshTokenEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ name: 'user_id', ...ID_COLUMN })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'family_id', ...ID_COLUMN })
  familyId!: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: Date })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: Date, nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
