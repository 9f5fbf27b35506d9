import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ID_COLUMN } from '../../database/columns';
import { GroupEntity } from '../groups/group.entity';
import { SchoolEntity } from '../schools/school.entity';
import { UserEntity } from '../users/user.entity';

/** An invitation by e-mail to join a group; only the SHA-256 of its one-time token is stored. */
@Entity('invitations')
@Index(['tokenHash'], { unique: true })
@Index(['groupId'])
export class InvitationEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ name: 'group_id', ...ID_COLUMN })
  groupId!: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: GroupEntity;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'school_id', ...ID_COLUMN })
  schoolId!: string;

  @ManyToOne(() => SchoolEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id' })
  school?: SchoolEntity;

  @Column({ type: 'varchar', length: 64 })
  roles!: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ name: 'invited_by_id', ...ID_COLUMN, nullable: true })
  invitedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: UserEntity | null;

  @Column({ name: 'expires_at', type: Date })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: Date, nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
