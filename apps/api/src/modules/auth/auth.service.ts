import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, Repository } from 'typeorm';
import { Actor, actorFrom } from '@samenwijs/authz';
import { normalizeEmail } from '@samenwijs/accounts';
import { unauthenticated } from '@samenwijs/core';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { AuthedRequest } from '../../common/request-context';
import { newId } from '../../database/columns';
import { MembershipEntity, roleList } from '../groups/membership.entity';
import { UserEntity } from '../users/user.entity';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { RefreshTokenEntity } from './refresh-token.entity';
import { hashToken, TokenService } from './token.service';

export interface Session {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
  user: UserEntity;
}

/** Two tabs refreshing at once both present the same token; that is not theft. */
const REUSE_GRACE_MS = 10_000;
const WRONG_CREDENTIALS = 'E-mail address or password is incorrect';

@Injectable()
export class AuthService {
  private readonly users: Repository<UserEntity>;
  private readonly refreshTokens: Repository<RefreshTokenEntity>;
  private readonly memberships: Repository<MembershipEntity>;

  constructor(
    dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
  ) {
    this.users = dataSource.getRepository(UserEntity);
    this.refreshTokens = dataSource.getRepository(RefreshTokenEntity);
    this.memberships = dataSource.getRepository(MembershipEntity);
  }

  async login(rawEmail: string, password: string, address: string): Promise<Session> {
    const email = normalizeEmail(rawEmail, 'input.email');
    if (password.length > 1024) throw unauthenticated(WRONG_CREDENTIALS);
    // Counted before the password is checked: see LoginThrottle.
    await this.throttle.begin(email, address);
    const user = await this.users.findOneBy({ email });
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !ok) throw unauthenticated(WRONG_CREDENTIALS);
    await this.throttle.succeeded(email, address);
    return this.startSession(user);
  }

  async startSession(user: UserEntity, familyId = newId()): Promise<Session> {
    const access = this.tokens.signAccess(user.id);
    const { token, hash } = this.tokens.newOpaqueToken();
    const refreshExpiresAt = new Date(Date.now() + this.config.auth.refreshTokenTtlSeconds * 1000);
    await this.refreshTokens.insert({
      id: newId(),
      userId: user.id,
      familyId,
      tokenHash: hash,
      expiresAt: refreshExpiresAt,
      usedAt: null,
      revokedAt: null,
    });
    return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken: token, refreshExpiresAt, user };
  }

  /** Rotates a refresh token: the presented one is spent, a new one of the same family issued. */
  async refresh(presented: string | undefined): Promise<Session> {
    if (!presented || presented.length > 200) throw unauthenticated('No valid session; sign in again');
    const row = await this.refreshTokens.findOneBy({ tokenHash: hashToken(presented) });
    const now = Date.now();
    if (!row || row.revokedAt || row.expiresAt.getTime() <= now) throw unauthenticated('No valid session; sign in again');
    if (row.usedAt && now - row.usedAt.getTime() > REUSE_GRACE_MS) {
      // A spent token came back: someone holds a copy. End every session of this family.
      await this.revokeFamily(row.familyId);
      throw unauthenticated('No valid session; sign in again');
    }
    const claimed = await this.refreshTokens.update({ id: row.id, revokedAt: IsNull() }, { usedAt: row.usedAt ?? new Date(now) });
    const user = await this.users.findOneBy({ id: row.userId });
    if (!claimed.affected || !user) throw unauthenticated('No valid session; sign in again');
    return this.startSession(user, row.familyId);
  }

  async logout(presented: string | undefined): Promise<void> {
    if (!presented || presented.length > 200) return;
    const row = await this.refreshTokens.findOneBy({ tokenHash: hashToken(presented) });
    if (row) await this.revokeFamily(row.familyId);
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.refreshTokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** The actor behind a request's bearer token, or null when anonymous. Memoised per request. */
  actorOf(req: AuthedRequest): Promise<Actor | null> {
    return (req.actorPromise ??= this.resolveActor(req.headers.authorization));
  }

  async requireActor(req: AuthedRequest): Promise<Actor> {
    const actor = await this.actorOf(req);
    if (!actor) throw unauthenticated();
    return actor;
  }

  private async resolveActor(header: string | undefined): Promise<Actor | null> {
    if (!header) return null;
    const match = /^Bearer ([A-Za-z0-9._-]+)$/.exec(header);
    if (!match) throw unauthenticated('Malformed Authorization header; expected "Bearer <accessToken>"');
    const verified = this.tokens.verifyAccess(match[1]);
    if (verified === 'expired') throw unauthenticated('Access token expired; refresh it');
    if (verified === 'invalid') throw unauthenticated('Invalid access token');
    return this.loadActor(verified.userId);
  }

  async loadActor(userId: string): Promise<Actor> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw unauthenticated('This account no longer exists');
    const memberships = await this.memberships.findBy({ userId });
    return actorFrom(user.id, user.isAdmin, memberships.map((m) => ({ groupId: m.groupId, roles: roleList(m.roles) })));
  }
}

