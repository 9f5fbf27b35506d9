import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_COLUMN } from '../../database/columns';

@Entity('schools')
@Index(['brin'], { unique: true })
export class SchoolEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** BRIN code, upper case, e.g. 25LX. */
  @Column({ type: 'varchar', length: 4 })
  brin!: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
