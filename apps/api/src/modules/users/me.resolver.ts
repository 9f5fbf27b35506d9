import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { GqlContext } from '../../common/request-context';
import { AuthService } from '../auth/auth.service';
import { GroupType } from '../groups/dto/group.type';
import { GroupsService } from '../groups/groups.service';
import { SchoolType } from '../schools/dto/school.type';
import { ViewerType } from './dto/user.type';
import { UserEntity } from './user.entity';

@Resolver(() => ViewerType)
export class MeResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly groupsService: GroupsService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => ViewerType, { description: 'The signed-in user' })
  async me(@Context() ctx: GqlContext): Promise<ViewerType> {
    const actor = await this.auth.requireActor(ctx.req);
    return ViewerType.from(await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: actor.userId }));
  }

  @ResolveField(() => [SchoolType])
  async schools(@Parent() viewer: ViewerType): Promise<SchoolType[]> {
    return (await this.groupsService.schoolsOfUser(viewer.id)).map(SchoolType.from);
  }

  @ResolveField(() => [GroupType], { description: 'The groups I am a member of' })
  async groups(@Parent() viewer: ViewerType): Promise<GroupType[]> {
    // A Viewer is only ever the caller (me, or the payload of a sign-in), so its id is theirs.
    return (await this.groupsService.ofUser(viewer.id)).map(GroupType.from);
  }
}
