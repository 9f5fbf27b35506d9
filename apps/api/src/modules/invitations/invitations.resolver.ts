import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GqlContext } from '../../common/request-context';
import { AuthService } from '../auth/auth.service';
import { AuthPayloadType } from '../auth/dto/auth.type';
import { SessionCookie } from '../auth/session-cookie';
import { AcceptInvitationInput, InvitationPreviewType, InvitationType, InviteMemberInput } from './dto/invitation.type';
import { InvitationsService } from './invitations.service';

@Resolver(() => InvitationType)
export class InvitationsResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationsService,
    private readonly cookie: SessionCookie,
  ) {}

  @Mutation(() => InvitationType, { description: 'Coordinators invite someone by e-mail; a one-time link is mailed' })
  async inviteMember(@Context() ctx: GqlContext, @Args('input') input: InviteMemberInput): Promise<InvitationType> {
    return this.invitations.invite(await this.auth.actorOf(ctx.req), input);
  }

  @Query(() => InvitationPreviewType, { description: 'What an invitation link offers; needs only the token' })
  async invitation(@Args('token') token: string): Promise<InvitationPreviewType> {
    return this.invitations.preview(token);
  }

  @Mutation(() => AuthPayloadType, { description: 'Accept an invitation (setting name and password for a new account) and sign in' })
  async acceptInvitation(@Context() ctx: GqlContext, @Args('input') input: AcceptInvitationInput): Promise<AuthPayloadType> {
    return this.cookie.issue(ctx, await this.invitations.accept(input));
  }
}
