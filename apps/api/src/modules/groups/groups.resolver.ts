import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GqlContext } from '../../common/request-context';
import { AuthService } from '../auth/auth.service';
import { SchoolType } from '../schools/dto/school.type';
import { UserType } from '../users/dto/user.type';
import {
  CreateGroupInput,
  GroupRoleValue,
  GroupType,
  MemberType,
  RemoveMemberInput,
  SchoolMembersType,
  SetMemberRolesInput,
  toRoleValues,
  UpdateGroupInput,
} from './dto/group.type';
import { GroupsService } from './groups.service';
import { MembershipEntity, roleList } from './membership.entity';

export const toMember = (m: MembershipEntity): MemberType =>
  Object.assign(new MemberType(), {
    id: m.id,
    user: UserType.from(m.user!),
    school: m.school ? SchoolType.from(m.school) : null,
    roles: toRoleValues(roleList(m.roles)),
    joinedAt: m.createdAt,
  });

@Resolver(() => GroupType)
export class GroupsResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly groupsService: GroupsService,
  ) {}

  @Query(() => [GroupType], { description: 'The directory of development groups' })
  async groups(@Context() ctx: GqlContext): Promise<GroupType[]> {
    return (await this.groupsService.list(await this.auth.actorOf(ctx.req))).map(GroupType.from);
  }

  @Query(() => GroupType, { description: 'One group, by id or by slug' })
  async group(
    @Context() ctx: GqlContext,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('slug', { nullable: true }) slug?: string,
  ): Promise<GroupType> {
    return GroupType.from(await this.groupsService.get(await this.auth.actorOf(ctx.req), { id, slug }));
  }

  @Mutation(() => GroupType)
  async createGroup(@Context() ctx: GqlContext, @Args('input') input: CreateGroupInput): Promise<GroupType> {
    return GroupType.from(await this.groupsService.create(await this.auth.actorOf(ctx.req), input));
  }

  @Mutation(() => GroupType)
  async updateGroup(@Context() ctx: GqlContext, @Args('input') input: UpdateGroupInput): Promise<GroupType> {
    return GroupType.from(await this.groupsService.update(await this.auth.actorOf(ctx.req), input));
  }

  @Mutation(() => MemberType, { description: "Coordinators set a member's roles" })
  async setMemberRoles(@Context() ctx: GqlContext, @Args('input') input: SetMemberRolesInput): Promise<MemberType> {
    return toMember(await this.groupsService.setRoles(await this.auth.actorOf(ctx.req), input));
  }

  @Mutation(() => Boolean, { description: 'Coordinators remove a member' })
  async removeMember(@Context() ctx: GqlContext, @Args('input') input: RemoveMemberInput): Promise<boolean> {
    await this.groupsService.removeMember(await this.auth.actorOf(ctx.req), input);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Leave a group you are a member of' })
  async leaveGroup(@Context() ctx: GqlContext, @Args('groupId', { type: () => ID }) groupId: string): Promise<boolean> {
    await this.groupsService.leave(await this.auth.actorOf(ctx.req), groupId);
    return true;
  }

  @ResolveField(() => [GroupRoleValue], { description: "The viewer's roles in this group" })
  async myRoles(@Context() ctx: GqlContext, @Parent() group: GroupType): Promise<GroupRoleValue[]> {
    const actor = await this.auth.requireActor(ctx.req);
    return toRoleValues([...(actor.roles.get(group.id) ?? [])].sort());
  }

  @ResolveField(() => Int)
  async memberCount(@Parent() group: GroupType): Promise<number> {
    return this.groupsService.memberCount(group.id);
  }

  @ResolveField(() => [MemberType], { description: 'Members, by name; visible to members' })
  async members(@Context() ctx: GqlContext, @Parent() group: GroupType): Promise<MemberType[]> {
    return (await this.groupsService.members(await this.auth.actorOf(ctx.req), group.id)).map(toMember);
  }

  @ResolveField(() => [SchoolMembersType], { description: 'Members grouped by the school they take part for' })
  async membersBySchool(@Context() ctx: GqlContext, @Parent() group: GroupType): Promise<SchoolMembersType[]> {
    const members = (await this.groupsService.members(await this.auth.actorOf(ctx.req), group.id)).map(toMember);
    const bySchool = new Map<string, SchoolMembersType>();
    for (const member of members) {
      const key = member.school?.id ?? '';
      const entry = bySchool.get(key) ?? Object.assign(new SchoolMembersType(), { school: member.school, members: [] });
      entry.members.push(member);
      bySchool.set(key, entry);
    }
    return [...bySchool.values()].sort((a, b) =>
      !a.school ? 1 : !b.school ? -1 : a.school.name.localeCompare(b.school.name, 'nl'),
    );
  }
}
