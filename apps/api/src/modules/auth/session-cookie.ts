import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { GqlContext } from '../../common/request-context';
import { ViewerType } from '../users/dto/user.type';
import type { Session } from './auth.service';
import { AuthPayloadType } from './dto/auth.type';

export const REFRESH_COOKIE = 'sw_refresh';

/**
 * The refresh token lives only in an httpOnly, SameSite=Strict cookie scoped to /graphql:
 * page scripts cannot read it and other sites cannot send it. The access token is returned
 * in the body and kept in memory by the client.
 */
@Injectable()
export class SessionCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  issue(ctx: GqlContext, session: Session): AuthPayloadType {
    ctx.res.cookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.publicUrl.startsWith('https:'),
      path: '/graphql',
      expires: session.refreshExpiresAt,
    });
    return Object.assign(new AuthPayloadType(), {
      accessToken: session.accessToken,
      expiresAt: session.expiresAt,
      user: ViewerType.from(session.user),
    });
  }

  read(ctx: GqlContext): string | undefined {
    const value = (ctx.req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
    return typeof value === 'string' ? value : undefined;
  }

  clear(ctx: GqlContext): void {
    ctx.res.clearCookie(REFRESH_COOKIE, { path: '/graphql', httpOnly: true, sameSite: 'strict' });
  }
}
