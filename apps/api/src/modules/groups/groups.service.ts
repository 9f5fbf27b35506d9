import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { Actor, GroupRole } from '@samenwijs/authz';
import { cleanText, LIMITS, normalizeSlug, slugify } from '@samenwijs/accounts';
import { badInput, conflict, notFound } from '@samenwijs/core';
import { assertId } from '../../common/ids';
import { AccessEvents } from '../../common/access-events';
import { PolicyService } from '../../common/policy.service';
import { newId } from '../../database/columns';
import { SchoolEntity } from '../schools/school.entity';
import { UserEntity } from '../users/user.entity';
import { GroupEntity } from './group.entity';
import { MembershipEntity, roleList, roleString } from './membership.entity';

export interface CreateGroup {
  name: string;
  sector: string;
  description?: string;
  slug?: string;
}

@Injectable()
export class GroupsService {
  private readonly groups: Repository<GroupEntity>;
  private readonly memberships: Repository<MembershipEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly accessEvents: AccessEvents,
  ) {
    this.groups = dataSource.getRepository(GroupEntity);
    this.memberships = dataSource.getRepository(MembershipEntity);
  }

  async list(actor: Actor | null): Promise<GroupEntity[]> {
    this.policy.authorize(actor, 'group.list', { kind: 'platform' });
    return this.groups.find({ order: { name: 'ASC' } });
  }

  async get(actor: Actor | null, by: { id?: string | null; slug?: string | null }): Promise<GroupEntity> {
    if (!by.id === !by.slug) throw badInput('id', 'give exactly one of id and slug');
    const group = by.id
      ? await this.groups.findOneBy({ id: assertId(by.id, 'id', 'Group') })
      : await this.groups.findOneBy({ slug: String(by.slug).toLowerCase().slice(0, LIMITS.slug + 1) });
    if (!group) throw notFound('Group', by.id ? 'id' : 'slug');
    this.policy.authorize(actor, 'group.read', { kind: 'group', groupId: group.id });
    return group;
  }

  /** The groups a user is a member of, by name. */
  async ofUser(userId: string): Promise<GroupEntity[]> {
    const ids = (await this.memberships.findBy({ userId })).map((m) => m.groupId);
    if (ids.length === 0) return [];
    return this.groups.find({ where: { id: In(ids) }, order: { name: 'ASC' } });
  }

  async create(actor: Actor | null, input: CreateGroup): Promise<GroupEntity> {
    this.policy.authorize(actor, 'group.create', { kind: 'platform' });
    const name = cleanText(input.name, 'input.name', LIMITS.groupName);
    const sector = cleanText(input.sector, 'input.sector', LIMITS.sector);
    const description = cleanText(input.description ?? '', 'input.description', LIMITS.description, { multiline: true, allowEmpty: true });
    const slug = input.slug ? normalizeSlug(input.slug, 'input.slug') : slugify(name);
    return this.dataSource.transaction(async (tx) => {
      if (await tx.existsBy(GroupEntity, { slug })) {
        throw badInput(input.slug ? 'input.slug' : 'input.name', `a group with the address "${slug}" already exists`);
      }
      const group = await tx.save(tx.create(GroupEntity, { id: newId(), name, sector, description, slug }));
      // The founder coordinates the group, taking part for their first school.
      const founder = await tx.findOne(UserEntity, { where: { id: actor.userId }, relations: { schools: true } });
      await tx.insert(MembershipEntity, {
        id: newId(),
        groupId: group.id,
        userId: actor.userId,
        schoolId: founder?.schools?.[0]?.id ?? null,
        roles: roleString(['coordinator']),
      });
      return group;
    });
  }

  async update(actor: Actor | null, input: { id: string; name?: string | null; sector?: string | null; description?: string | null }): Promise<GroupEntity> {
    const group = await this.get(actor, { id: input.id });
    this.policy.authorize(actor, 'group.update', { kind: 'group', groupId: group.id });
    if (input.name != null) group.name = cleanText(input.name, 'input.name', LIMITS.groupName);
    if (input.sector != null) group.sector = cleanText(input.sector, 'input.sector', LIMITS.sector);
    if (input.description != null) {
      group.description = cleanText(input.description, 'input.description', LIMITS.description, { multiline: true, allowEmpty: true });
    }
    return this.groups.save(group);
  }

  async members(actor: Actor | null, groupId: string): Promise<MembershipEntity[]> {
    this.policy.authorize(actor, 'group.readMembers', { kind: 'group', groupId });
    const rows = await this.memberships.find({ where: { groupId }, relations: { user: true, school: true } });
    return rows.sort((a, b) => a.user!.name.localeCompare(b.user!.name, 'nl'));
  }

  async memberCount(groupId: string): Promise<number> {
    return this.memberships.countBy({ groupId });
  }

  async setRoles(actor: Actor | null, input: { groupId: string; userId: string; roles: GroupRole[] }): Promise<MembershipEntity> {
    const groupId = assertId(input.groupId, 'input.groupId', 'Group');
    const userId = assertId(input.userId, 'input.userId', 'Member');
    await this.get(actor, { id: groupId });
    this.policy.authorize(actor, 'group.manageRoles', { kind: 'group', groupId });
    if (input.roles.length === 0) throw badInput('input.roles', 'a member needs at least one role; remove the member instead');
    const updated = await this.inGroupLock(groupId, async (tx) => {
      const membership = await tx.findOneBy(MembershipEntity, { groupId, userId });
      if (!membership) throw notFound('Member', 'input.userId');
      if (!input.roles.includes('coordinator')) await this.assertAnotherCoordinator(tx, groupId, userId);
      membership.roles = roleString(input.roles);
      await tx.save(membership);
      return (await tx.findOne(MembershipEntity, { where: { id: membership.id }, relations: { user: true, school: true } }))!;
    });
    // Open live documents of the group are checked again, now that the change is committed.
    this.accessEvents.changed({ kind: 'group', groupId });
    return updated;
  }

  async removeMember(actor: Actor | null, input: { groupId: string; userId: string }): Promise<void> {
    const groupId = assertId(input.groupId, 'input.groupId', 'Group');
    const userId = assertId(input.userId, 'input.userId', 'Member');
    await this.get(actor, { id: groupId });
    this.policy.authorize(actor, 'group.removeMember', { kind: 'membership', groupId, userId });
    await this.leaveOrRemove(groupId, userId, 'input.userId');
  }

  async leave(actor: Actor | null, rawGroupId: string): Promise<void> {
    const groupId = assertId(rawGroupId, 'groupId', 'Group');
    await this.get(actor, { id: groupId });
    this.policy.authorize(actor, 'group.leave', { kind: 'membership', groupId, userId: actor!.userId });
    await this.leaveOrRemove(groupId, actor!.userId, 'groupId');
  }

  private async leaveOrRemove(groupId: string, userId: string, field: string): Promise<void> {
    await this.inGroupLock(groupId, async (tx) => {
      const membership = await tx.findOneBy(MembershipEntity, { groupId, userId });
      if (!membership) throw notFound('Member', field);
      await this.assertAnotherCoordinator(tx, groupId, userId);
      await tx.delete(MembershipEntity, { id: membership.id });
    });
    this.accessEvents.changed({ kind: 'group', groupId });
  }

  /** A group always keeps at least one coordinator. */
  private async assertAnotherCoordinator(tx: EntityManager, groupId: string, leavingUserId: string): Promise<void> {
    const all = await tx.findBy(MembershipEntity, { groupId });
    const others = all.filter((m) => m.userId !== leavingUserId && roleList(m.roles).includes('coordinator'));
    const leavingIsCoordinator = all.some((m) => m.userId === leavingUserId && roleList(m.roles).includes('coordinator'));
    if (leavingIsCoordinator && others.length === 0) {
      throw conflict('A group needs at least one coordinator; appoint another coordinator first');
    }
  }

  /**
   * Runs a membership change in a transaction that holds the group row, so two coordinators
   * demoting each other at once cannot leave the group without one. SQLite serialises
   * writers by itself; PostgreSQL needs the row lock.
   */
  private inGroupLock<T>(groupId: string, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      if (this.dataSource.options.type === 'postgres') {
        await tx.createQueryBuilder(GroupEntity, 'g').setLock('pessimistic_write').where('g.id = :groupId', { groupId }).getOne();
      }
      return work(tx);
    });
  }

  async addMember(tx: EntityManager, groupId: string, userId: string, schoolId: string, roles: GroupRole[]): Promise<void> {
    const existing = await tx.findOneBy(MembershipEntity, { groupId, userId });
    if (existing) {
      existing.roles = roleString([...roleList(existing.roles), ...roles]);
      existing.schoolId ??= schoolId;
      await tx.save(existing);
      return;
    }
    await tx.insert(MembershipEntity, { id: newId(), groupId, userId, schoolId, roles: roleString(roles) });
    const linked = await tx
      .createQueryBuilder()
      .select('1')
      .from('user_schools', 'us')
      .where('us.user_id = :userId AND us.school_id = :schoolId', { userId, schoolId })
      .getRawOne();
    if (!linked) await tx.createQueryBuilder().relation(UserEntity, 'schools').of(userId).add(schoolId);
  }

  async schoolsOfUser(userId: string): Promise<SchoolEntity[]> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: userId }, relations: { schools: true } });
    return (user?.schools ?? []).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }
}
