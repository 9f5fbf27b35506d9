import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { GqlContext } from '../../common/request-context';
import { AuthService } from './auth.service';
import { AuthPayloadType, LoginInput } from './dto/auth.type';
import { SessionCookie } from './session-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: SessionCookie,
  ) {}

  @Mutation(() => AuthPayloadType, { description: 'Sign in; sets the refresh cookie' })
  async login(@Context() ctx: GqlContext, @Args('input') input: LoginInput): Promise<AuthPayloadType> {
    return this.cookie.issue(ctx, await this.auth.login(input.email, input.password, ctx.req.ip ?? 'unknown'));
  }

  @Mutation(() => AuthPayloadType, { description: 'A new access token for the refresh cookie; rotates the cookie' })
  async refreshToken(@Context() ctx: GqlContext): Promise<AuthPayloadType> {
    return this.cookie.issue(ctx, await this.auth.refresh(this.cookie.read(ctx)));
  }

  @Mutation(() => Boolean, { description: 'End this session everywhere it was refreshed' })
  async logout(@Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.logout(this.cookie.read(ctx));
    this.cookie.clear(ctx);
    return true;
  }
}
