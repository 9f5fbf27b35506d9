import { Injectable } from '@nestjs/common';
import { Action, Actor, can, ResourceFor } from '@samenwijs/authz';
import { forbidden, notFound, unauthenticated } from '@samenwijs/core';

/** Applies the one policy and turns a "no" into the right error code. */
@Injectable()
export class PolicyService {
  /**
   * Throws UNAUTHENTICATED for anonymous callers, NOT_FOUND when the caller may not even
   * know the resource exists (`hidden`), FORBIDDEN otherwise.
   */
  authorize<A extends Action>(actor: Actor | null, action: A, resource: ResourceFor<A>, hidden?: { what: string; field?: string }): asserts actor is Actor {
    if (!actor) throw unauthenticated();
    if (can(actor, action, resource)) return;
    if (hidden) throw notFound(hidden.what, hidden.field);
    throw forbidden();
  }
}
