import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GqlContext } from '../../common/request-context';
import { AuthService } from '../auth/auth.service';
import { GroupType } from '../groups/dto/group.type';
import { InvitationType } from './dto/invitation.type';
import { InvitationsService } from './invitations.service';

/** Group.invitations: pending invitations, for coordinators. */
@Resolver(() => GroupType)
export class GroupInvitationsResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly invitationsService: InvitationsService,
  ) {}

  @ResolveField(() => [InvitationType], { description: 'Pending invitations; for coordinators' })
  async invitations(@Context() ctx: GqlContext, @Parent() group: GroupType): Promise<InvitationType[]> {
    return this.invitationsService.pending(await this.auth.actorOf(ctx.req), group.id);
  }
}
