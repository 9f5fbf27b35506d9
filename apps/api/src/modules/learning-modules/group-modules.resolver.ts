import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GqlContext } from '../../common/request-context';
import { AuthService } from '../auth/auth.service';
import { GroupType } from '../groups/dto/group.type';
import { ModuleConnectionType } from './dto/learning-module.type';
import { LearningModulesService } from './learning-modules.service';

/** Group.modules: a group's modules, paged. */
@Resolver(() => GroupType)
export class GroupModulesResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly modulesService: LearningModulesService,
  ) {}

  @ResolveField(() => ModuleConnectionType)
  async modules(
    @Context() ctx: GqlContext,
    @Parent() group: GroupType,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('includeDeleted', { defaultValue: false }) includeDeleted?: boolean,
  ): Promise<ModuleConnectionType> {
    return this.modulesService.listForGroup(await this.auth.actorOf(ctx.req), group.id, { first, after, includeDeleted: !!includeDeleted });
  }
}
