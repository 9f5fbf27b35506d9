import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type * as Y from 'yjs';
import { createModule, DOC_KEYS, escapeHtml, hasLegacyContent, htmlToPlainText, nodesOf, propertiesOf, setField, upgradeModuleDoc } from '@samenwijs/module-model';
import { ModuleEvents, type ModuleEvent } from '../common/module-events';
import { LearningModulesService } from '../modules/learning-modules/learning-modules.service';
import { DocumentService } from './document.service';
import { FROM_PEER_INSTANCE, FROM_STORE, type LiveDocument } from './live-document';

/** Quiet time after an edit of the module's name before the catalogue takes it. */
export const TITLE_SYNC_DELAY_MS = 1000;

/** Xerte's language codes are regional (`nl-NL`); the catalogue keeps what the author chose. */
export function contentLanguage(language: string): string {
  if (language.includes('-')) return language;
  return { nl: 'nl-NL', en: 'en-GB', de: 'de-DE', fr: 'fr-FR' }[language] ?? language;
}

/**
 * Keeps a module's catalogue row and its content in step:
 * - a new module's content starts as an empty Xerte module with its title and language, so the
 *   editor, the preview and an export have a root to work with from the first moment;
 * - renaming the module (dashboard) writes the title into the content's `name`;
 * - editing the `name` in the module settings updates the catalogue title once the author pauses;
 * - content in the Y.Doc shape of before the key arrays (stored then, or brought by an old offline
 *   copy) is moved into the current shape as soon as it is there.
 */
@Injectable()
export class ModuleContentSync implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ModuleContentSync');
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly unsubscribe: (() => void)[] = [];
  private readonly upgrading = new Set<string>();

  constructor(
    private readonly documents: DocumentService,
    private readonly modules: LearningModulesService,
    private readonly events: ModuleEvents,
  ) {}

  onModuleInit(): void {
    this.unsubscribe.push(this.events.subscribe((event) => this.onModuleEvent(event)));
    this.unsubscribe.push(this.documents.onLoad((live) => this.watch(live)));
  }

  onModuleDestroy(): void {
    for (const stop of this.unsubscribe.splice(0)) stop();
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  private async onModuleEvent(event: ModuleEvent): Promise<void> {
    if (event.kind === 'created') {
      await this.documents.change(event.moduleId, (doc) => {
        if (!isEmpty(doc)) return; // content arrived with it (an import)
        createModule(doc, { name: escapeHtml(event.title), language: contentLanguage(event.language) });
      });
      return;
    }
    await this.documents.change(event.moduleId, (doc) => {
      if (isEmpty(doc) || htmlToPlainText(propertiesOf(doc).get('name') ?? '') === event.title) return;
      setField(doc, null, 'name', escapeHtml(event.title));
    });
  }

  private watch(live: LiveDocument): void {
    // Observing needs no content: a large document's deferred load stays deferred.
    const properties = propertiesOf(live.docToObserve);
    properties.observe((event) => {
      // Loading the stored state is not an edit of the name.
      if (!event.keysChanged.has('name') || event.transaction.origin === FROM_STORE) return;
      const name = properties.get('name');
      if (name !== undefined) this.schedule(live.id, name);
    });
    const upgradeIfNeeded = () => {
      if (hasLegacyContent(live.docToObserve)) this.upgrade(live.id);
    };
    // Late shape-1 content (an old offline copy). Watched without asking Yjs for the old root,
    // which would create it, empty, in every open document. Content relayed from another
    // instance is upgraded there, by the instance that accepted it.
    live.docToObserve.on('afterTransaction', (transaction: Y.Transaction) => {
      const legacy = transaction.doc.share.get(DOC_KEYS.legacyPages);
      if (legacy && transaction.changed.has(legacy) && transaction.origin !== FROM_PEER_INSTANCE) upgradeIfNeeded();
    });
    live.afterLoad(upgradeIfNeeded);
  }

  /** One upgrade per document at a time; it runs as the server's own change, stored and relayed. */
  private upgrade(moduleId: string): void {
    if (this.upgrading.has(moduleId)) return;
    this.upgrading.add(moduleId);
    this.documents
      .change(moduleId, (doc) => upgradeModuleDoc(doc))
      .then((moved) => {
        if (moved) this.logger.log(`Module ${moduleId}: content moved to the current document shape`);
      })
      .catch((error: Error) => this.logger.error(`Module ${moduleId}: content not moved to the current document shape (${error.message})`))
      .finally(() => this.upgrading.delete(moduleId));
  }

  /** Every keystroke in the name lands here; only the last one, after a pause, is read as text. */
  private schedule(moduleId: string, name: string): void {
    clearTimeout(this.pending.get(moduleId));
    const timer = setTimeout(() => {
      this.pending.delete(moduleId);
      this.modules.syncTitleFromContent(moduleId, htmlToPlainText(name)).catch((error: Error) => this.logger.error(`Module ${moduleId}: title not synchronised (${error.message})`));
    }, TITLE_SYNC_DELAY_MS);
    timer.unref();
    this.pending.set(moduleId, timer);
  }
}

const isEmpty = (doc: Y.Doc): boolean => propertiesOf(doc).size === 0 && nodesOf(doc).size === 0 && !hasLegacyContent(doc);
