import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GqlContext } from '../../common/request-context';
import { AuthService } from '../auth/auth.service';
import { CreateSchoolInput, SchoolType } from './dto/school.type';
import { SchoolsService } from './schools.service';

@Resolver(() => SchoolType)
export class SchoolsResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly schoolsService: SchoolsService,
  ) {}

  @Query(() => [SchoolType], { description: 'All schools, by name' })
  async schools(@Context() ctx: GqlContext): Promise<SchoolType[]> {
    const rows = await this.schoolsService.list(await this.auth.actorOf(ctx.req));
    return rows.map(SchoolType.from);
  }

  @Mutation(() => SchoolType, { description: 'Administrators register a school' })
  async createSchool(@Context() ctx: GqlContext, @Args('input') input: CreateSchoolInput): Promise<SchoolType> {
    return SchoolType.from(await this.schoolsService.create(await this.auth.actorOf(ctx.req), input));
  }
}
