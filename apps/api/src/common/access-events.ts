import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';

export type AccessChange = { kind: 'group'; groupId: string } | { kind: 'module'; moduleId: string };

/**
 * Announces that who may do what changed (roles, membership, a deleted module), so open
 * connections that were authorised earlier — live documents — are checked again at once.
 */
@Injectable()
export class AccessEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  changed(change: AccessChange): void {
    this.emitter.emit('change', change);
  }

  subscribe(listener: (change: AccessChange) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }
}
