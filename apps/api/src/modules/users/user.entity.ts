import { Column, CreateDateColumn, Entity, Index, JoinTable, ManyToMany, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ID_COLUMN } from '../../database/columns';
import { SchoolEntity } from '../schools/school.entity';

@Entity('users')
@Index(['email'], { unique: true })
export class UserEntity {
  @PrimaryColumn(ID_COLUMN)
  id!: string;

  /** Stored lower-cased: unique case-insensitively on every engine. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** Argon2id PHC string; null until an invited user sets a password. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'is_admin', type: Boolean, default: false })
  isAdmin!: boolean;

  @ManyToMany(() => SchoolEntity)
  @JoinTable({ name: 'user_schools', joinColumn: { name: 'user_id' }, inverseJoinColumn: { name: 'school_id' } })
  schools?: SchoolEntity[];

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
