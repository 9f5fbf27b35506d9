import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { tableKit } from './table-kit';

/** Users, schools, development groups with memberships and invitations, sessions, modules. */
export class AccountsGroupsModules1764300000000 implements MigrationInterface {
  name = 'AccountsGroupsModules1764300000000';

  async up(q: QueryRunner): Promise<void> {
    const k = tableKit(q);
    await q.createTable(
      new Table({
        name: 'users',
        columns: [
          k.id(),
          k.varchar('email', 254),
          k.varchar('name', 120),
          k.varchar('password_hash', 255, { isNullable: true }),
          k.bool('is_admin', false),
          k.createdAt(),
          k.updatedAt(),
        ],
        indices: [k.index(['email'], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'schools',
        columns: [k.id(), k.varchar('name', 200), k.varchar('brin', 4), k.createdAt()],
        indices: [k.index(['brin'], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'user_schools',
        columns: [
          { ...k.ref('user_id'), isPrimary: true },
          { ...k.ref('school_id'), isPrimary: true },
        ],
        indices: [k.index(['user_id']), k.index(['school_id'])],
        // TypeORM's many-to-many join tables cascade updates as well.
        foreignKeys: [k.fk('user_id', 'users', 'CASCADE', 'CASCADE'), k.fk('school_id', 'schools', 'CASCADE', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'development_groups',
        columns: [
          k.id(),
          k.varchar('name', 120),
          k.varchar('slug', 60),
          k.varchar('sector', 120),
          k.text('description', { default: "''" }),
          k.createdAt(),
          k.updatedAt(),
        ],
        indices: [k.index(['slug'], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'group_memberships',
        columns: [k.id(), k.ref('group_id'), k.ref('user_id'), k.ref('school_id', true), k.varchar('roles', 64), k.createdAt()],
        indices: [k.index(['group_id', 'user_id'], true), k.index(['user_id'])],
        foreignKeys: [
          k.fk('group_id', 'development_groups', 'CASCADE'),
          k.fk('user_id', 'users', 'CASCADE'),
          k.fk('school_id', 'schools', 'SET NULL'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'invitations',
        columns: [
          k.id(),
          k.ref('group_id'),
          k.varchar('email', 254),
          k.ref('school_id'),
          k.varchar('roles', 64),
          k.varchar('token_hash', 64),
          k.ref('invited_by_id', true),
          k.date('expires_at'),
          k.date('accepted_at', true),
          k.date('revoked_at', true),
          k.createdAt(),
        ],
        indices: [k.index(['token_hash'], true), k.index(['group_id'])],
        foreignKeys: [
          k.fk('group_id', 'development_groups', 'CASCADE'),
          k.fk('school_id', 'schools', 'CASCADE'),
          k.fk('invited_by_id', 'users', 'SET NULL'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'refresh_tokens',
        columns: [
          k.id(),
          k.ref('user_id'),
          k.ref('family_id'),
          k.varchar('token_hash', 64),
          k.date('expires_at'),
          k.date('used_at', true),
          k.date('revoked_at', true),
          k.createdAt(),
        ],
        indices: [k.index(['token_hash'], true), k.index(['family_id'])],
        foreignKeys: [k.fk('user_id', 'users', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'learning_modules',
        columns: [
          k.id(),
          k.ref('group_id'),
          k.ref('creator_id', true),
          k.varchar('title', 200),
          k.text('description', { default: "''" }),
          k.varchar('language', 35, { default: "'nl'" }),
          k.varchar('status', 20, { default: "'draft'" }),
          k.date('created_at'),
          k.updatedAt(),
          k.deletedAt(),
        ],
        indices: [k.index(['group_id', 'created_at'])],
        foreignKeys: [k.fk('group_id', 'development_groups', 'CASCADE'), k.fk('creator_id', 'users', 'SET NULL')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'learning_modules',
      'refresh_tokens',
      'invitations',
      'group_memberships',
      'development_groups',
      'user_schools',
      'schools',
      'users',
    ]) {
      await q.dropTable(table);
    }
  }
}
