import { Injectable, Logger } from '@nestjs/common';

export type ModuleEvent =
  | { kind: 'created'; moduleId: string; title: string; language: string }
  | { kind: 'renamed'; moduleId: string; title: string };

type Listener = (event: ModuleEvent) => Promise<void> | void;

/**
 * Announces catalogue changes to a module (created, renamed) to whoever keeps something in step
 * with them — the collaboration layer writes the title into the module's content — without the
 * catalogue depending on it. `emit` waits for the listeners, so a new module's content exists
 * before `createModule` answers; a failing listener is logged, never the caller's failure.
 */
@Injectable()
export class ModuleEvents {
  private readonly logger = new Logger('ModuleEvents');
  private readonly listeners = new Set<Listener>();

  async emit(event: ModuleEvent): Promise<void> {
    await Promise.all(
      [...this.listeners].map(async (listener) => {
        try {
          await listener(event);
        } catch (error) {
          this.logger.error(`Module ${event.moduleId} ${event.kind}: ${(error as Error).message}`);
        }
      }),
    );
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
