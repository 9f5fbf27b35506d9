import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { GqlContext } from '../../common/request-context';
import { AuthService } from '../auth/auth.service';
import { GroupType } from '../groups/dto/group.type';
import { GroupEntity } from '../groups/group.entity';
import { UserType } from '../users/dto/user.type';
import { UserEntity } from '../users/user.entity';
import { CreateModuleInput, LearningModuleType, RenameModuleInput } from './dto/learning-module.type';
import { LearningModulesService } from './learning-modules.service';

@Resolver(() => LearningModuleType)
export class LearningModulesResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly modules: LearningModulesService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => LearningModuleType)
  async module(@Context() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): Promise<LearningModuleType> {
    return LearningModuleType.from(await this.modules.get(await this.auth.actorOf(ctx.req), id));
  }

  @Mutation(() => LearningModuleType)
  async createModule(@Context() ctx: GqlContext, @Args('input') input: CreateModuleInput): Promise<LearningModuleType> {
    return LearningModuleType.from(await this.modules.create(await this.auth.actorOf(ctx.req), input));
  }

  @Mutation(() => LearningModuleType)
  async renameModule(@Context() ctx: GqlContext, @Args('input') input: RenameModuleInput): Promise<LearningModuleType> {
    return LearningModuleType.from(await this.modules.rename(await this.auth.actorOf(ctx.req), input));
  }

  @Mutation(() => LearningModuleType, { description: 'Soft delete: the module can be restored' })
  async deleteModule(@Context() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): Promise<LearningModuleType> {
    return LearningModuleType.from(await this.modules.delete(await this.auth.actorOf(ctx.req), id));
  }

  @Mutation(() => LearningModuleType)
  async restoreModule(@Context() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): Promise<LearningModuleType> {
    return LearningModuleType.from(await this.modules.restore(await this.auth.actorOf(ctx.req), id));
  }

  // The module itself was authorised when it was resolved; its group and creator come with it.
  @ResolveField(() => GroupType)
  async group(@Parent() module: LearningModuleType): Promise<GroupType> {
    return GroupType.from(await this.dataSource.getRepository(GroupEntity).findOneByOrFail({ id: module.groupId }));
  }

  @ResolveField(() => UserType, { nullable: true, description: 'null when the account was removed' })
  async createdBy(@Parent() module: LearningModuleType): Promise<UserType | null> {
    if (!module.creatorId) return null;
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: module.creatorId });
    return user ? UserType.from(user) : null;
  }
}
