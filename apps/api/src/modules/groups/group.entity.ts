import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ID_COLUMN } from '../../database/columns';

/** A cross-school development group (ontwikkelgroep). */
@Entity('development_groups')
@Index(['slug'], { unique: true })
export class GroupEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 60 })
  slug!: string;

  /** e.g. "Zorg en welzijn". */
  @Column({ type: 'varchar', length: 120 })
  sector!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
