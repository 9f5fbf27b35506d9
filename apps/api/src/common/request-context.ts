import type { Request, Response } from 'express';
import type { Actor } from '@samenwijs/authz';

/** What every GraphQL resolver receives as context. */
export interface GqlContext {
  req: AuthedRequest;
  res: Response;
}

export interface AuthedRequest extends Request {
  /** Memoised per request by AuthService.actorOf. */
  actorPromise?: Promise<Actor | null>;
}
