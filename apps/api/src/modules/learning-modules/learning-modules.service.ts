import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { Actor } from '@samenwijs/authz';
import { cleanText, LIMITS, normalizeLanguage } from '@samenwijs/accounts';
import { badInput, decodeCursor, encodeCursor, notFound } from '@samenwijs/core';
import { assertId } from '../../common/ids';
import { AccessEvents } from '../../common/access-events';
import { ModuleEvents } from '../../common/module-events';
import { PolicyService } from '../../common/policy.service';
import { newId } from '../../database/columns';
import { GroupEntity } from '../groups/group.entity';
import { LearningModuleType, ModuleConnectionType } from './dto/learning-module.type';
import { LearningModuleEntity } from './learning-module.entity';

export const MAX_PAGE_SIZE = 100;

@Injectable()
export class LearningModulesService {
  private readonly modules: Repository<LearningModuleEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly accessEvents: AccessEvents,
    private readonly moduleEvents: ModuleEvents,
  ) {
    this.modules = dataSource.getRepository(LearningModuleEntity);
  }

  /**
   * A group's modules, newest first, by keyset: the cursor names the last module seen and the
   * next page starts strictly after its (created_at, id), so inserts never shift pages.
   */
  async listForGroup(
    actor: Actor | null,
    groupId: string,
    page: { first: number; after?: string | null; includeDeleted: boolean },
  ): Promise<ModuleConnectionType> {
    this.policy.authorize(actor, page.includeDeleted ? 'module.listDeleted' : 'module.list', { kind: 'group', groupId });
    if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_PAGE_SIZE) {
      throw badInput('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
    }
    const base = () => {
      const qb = this.modules.createQueryBuilder('m').where('m.group_id = :groupId', { groupId });
      if (page.includeDeleted) qb.withDeleted();
      return qb;
    };
    const qb = base();
    if (page.after) {
      const { id } = decodeCursor(page.after, 'after');
      const anchor = await this.modules.findOne({ where: { id: assertId(id, 'after', 'Cursor'), groupId }, withDeleted: true });
      if (!anchor) throw badInput('after', 'the cursor no longer points at a module of this group');
      // Compare with the stored timestamp itself, never a re-encoded one: engines keep
      // different precisions and text forms.
      const at = '(SELECT a.created_at FROM learning_modules a WHERE a.id = :anchorId)';
      qb.andWhere(`(m.created_at < ${at} OR (m.created_at = ${at} AND m.id < :anchorId))`, { anchorId: anchor.id });
    }
    const [rows, totalCount] = await Promise.all([
      qb.orderBy('m.created_at', 'DESC').addOrderBy('m.id', 'DESC').take(page.first + 1).getMany(),
      base().getCount(),
    ]);
    const hasNextPage = rows.length > page.first;
    const edges = rows.slice(0, page.first).map((row) => ({
      cursor: encodeCursor({ key: 'module', id: row.id }),
      node: LearningModuleType.from(row),
    }));
    return { edges, totalCount, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async get(actor: Actor | null, rawId: string, field = 'id'): Promise<LearningModuleEntity> {
    const id = assertId(rawId, field, 'Module');
    const module = await this.modules.findOne({ where: { id }, withDeleted: true });
    if (!module) throw notFound('Module', field);
    // Someone who may not read a module learns nothing about it, not even that it exists.
    this.policy.authorize(actor, 'module.read', this.resource(module), { what: 'Module', field });
    return module;
  }

  async create(actor: Actor | null, input: { groupId: string; title: string; description?: string | null; language?: string | null }): Promise<LearningModuleEntity> {
    const groupId = assertId(input.groupId, 'input.groupId', 'Group');
    if (!(await this.dataSource.getRepository(GroupEntity).existsBy({ id: groupId }))) throw notFound('Group', 'input.groupId');
    this.policy.authorize(actor, 'module.create', { kind: 'group', groupId });
    const module = this.modules.create({
      id: newId(),
      groupId,
      creatorId: actor.userId,
      title: cleanText(input.title, 'input.title', LIMITS.moduleTitle),
      description: cleanText(input.description ?? '', 'input.description', LIMITS.description, { multiline: true, allowEmpty: true }),
      language: input.language ? normalizeLanguage(input.language, 'input.language') : 'nl',
      status: 'draft',
    });
    const saved = await this.modules.save(module);
    await this.moduleEvents.emit({ kind: 'created', moduleId: saved.id, title: saved.title, language: saved.language });
    return saved;
  }

  async rename(actor: Actor | null, input: { id: string; title: string }): Promise<LearningModuleEntity> {
    const module = await this.get(actor, input.id, 'input.id');
    this.policy.authorize(actor, 'module.rename', this.resource(module));
    module.title = cleanText(input.title, 'input.title', LIMITS.moduleTitle);
    const saved = await this.modules.save(module);
    await this.moduleEvents.emit({ kind: 'renamed', moduleId: saved.id, title: saved.title });
    return saved;
  }

  /**
   * Takes the title authors gave the module in its content (the module settings' name) into the
   * catalogue. No permission check: the edit itself was authorised by the collaboration socket.
   * Returns whether the catalogue changed.
   */
  async syncTitleFromContent(moduleId: string, title: string): Promise<boolean> {
    let clean: string;
    try {
      clean = cleanText(title.slice(0, LIMITS.moduleTitle), 'title', LIMITS.moduleTitle);
    } catch {
      return false; // empty or unusable (control characters): keep the catalogue title
    }
    const result = await this.modules.createQueryBuilder().update().set({ title: clean }).where('id = :id AND title <> :title', { id: moduleId, title: clean }).execute();
    return (result.affected ?? 0) > 0;
  }

  async delete(actor: Actor | null, id: string): Promise<LearningModuleEntity> {
    const module = await this.get(actor, id);
    this.policy.authorize(actor, 'module.delete', this.resource(module));
    await this.modules.softDelete({ id: module.id });
    this.accessEvents.changed({ kind: 'module', moduleId: module.id });
    return (await this.modules.findOne({ where: { id: module.id }, withDeleted: true }))!;
  }

  async restore(actor: Actor | null, id: string): Promise<LearningModuleEntity> {
    const module = await this.get(actor, id);
    this.policy.authorize(actor, 'module.restore', this.resource(module));
    await this.modules.restore({ id: module.id });
    return (await this.modules.findOneBy({ id: module.id }))!;
  }

  private resource(module: LearningModuleEntity) {
    return { kind: 'module', groupId: module.groupId, deleted: module.deletedAt !== null } as const;
  }
}
