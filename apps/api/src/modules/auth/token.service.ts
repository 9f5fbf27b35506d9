import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { APP_CONFIG, AppConfig } from '../../config/config';

export interface AccessToken {
  token: string;
  expiresAt: Date;
}

const ISSUER = 'samenwijs';
const AUDIENCE = 'samenwijs-api';

/** Short-lived HS256 access tokens; opaque random refresh tokens stored only as hashes. */
@Injectable()
export class TokenService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  signAccess(userId: string, now = Date.now(), ttl = this.config.auth.accessTokenTtlSeconds): AccessToken {
    const token = jwt.sign({ typ: 'access' }, this.config.jwtSecret, {
      algorithm: 'HS256',
      subject: userId,
      issuer: ISSUER,
      audience: AUDIENCE,
      expiresIn: ttl,
    });
    return { token, expiresAt: new Date(now + ttl * 1000) };
  }

  /** The user id of a valid access token and when it expires (ms since the epoch); 'expired' or 'invalid' otherwise. */
  verifyAccess(token: string): { userId: string; expiresAt: number } | 'expired' | 'invalid' {
    if (token.length > 2048) return 'invalid';
    try {
      const payload = jwt.verify(token, this.config.jwtSecret, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      if (typeof payload === 'string' || payload.typ !== 'access' || typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return 'invalid';
      return { userId: payload.sub, expiresAt: payload.exp * 1000 };
    } catch (error) {
      return error instanceof jwt.TokenExpiredError ? 'expired' : 'invalid';
    }
  }

  newOpaqueToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: hashToken(token) };
  }
}

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
