import { BeforeInsert, Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ID_COLUMN } from '../../database/columns';
import { GroupEntity } from '../groups/group.entity';
import { UserEntity } from '../users/user.entity';

export const MODULE_STATUSES = ['draft'] as const;
export type ModuleStatus = (typeof MODULE_STATUSES)[number];

/** A learning module's catalogue row; its content lives in the collaborative document. */
@Entity('learning_modules')
@Index(['groupId', 'createdAt'])
export class LearningModuleEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ name: 'group_id', ...ID_COLUMN })
  groupId!: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: GroupEntity;

  @Column({ name: 'creator_id', ...ID_COLUMN, nullable: true })
  creatorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'creator_id' })
  creator?: UserEntity | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 35, default: 'nl' })
  language!: string;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: ModuleStatus;

  /** Set on insert by `stampCreation`, to the millisecond (see there). */
  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;

  @DeleteDateColumn({ name: 'deleted_at' })
  deletedAt!: Date | null;

  /**
   * The creation time comes from here, to the millisecond, not from a column default:
   * SQLite's default has whole seconds only, and modules are paged by (created_at, id).
   */
  @BeforeInsert()
  stampCreation(): void {
    this.createdAt ??= new Date();
  }
}
