import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { GroupRole, isGroupRole } from '@samenwijs/authz';
import { ID_COLUMN } from '../../database/columns';
import { SchoolEntity } from '../schools/school.entity';
import { UserEntity } from '../users/user.entity';
import { GroupEntity } from './group.entity';

/** A user's membership of a development group, with the school they take part for. */
@Entity('group_memberships')
@Index(['groupId', 'userId'], { unique: true })
@Index(['userId'])
export class MembershipEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ name: 'group_id', ...ID_COLUMN })
  groupId!: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: GroupEntity;

  @Column({ name: 'user_id', ...ID_COLUMN })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'school_id', ...ID_COLUMN, nullable: true })
  schoolId!: string | null;

  @ManyToOne(() => SchoolEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'school_id' })
  school?: SchoolEntity | null;

  /** Comma-separated group roles, e.g. "author,reviewer"; see `roleList`. */
  @Column({ type: 'varchar', length: 64 })
  roles!: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}

export const roleList = (roles: string): GroupRole[] => roles.split(',').filter(isGroupRole);
export const roleString = (roles: Iterable<GroupRole>): string => [...new Set(roles)].sort().join(',');
