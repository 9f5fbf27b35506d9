import { Inject, Injectable } from '@nestjs/common';
import * as Y from 'yjs';
import { PageSummary, pageSummaries } from '@samenwijs/module-model';
import { DOCUMENT_STORE, DocumentStore } from './document-store';
import { DocumentService } from './document.service';

/**
 * Reads module content for GraphQL and other readers: from the live document when one is
 * loaded (so edits show within a second), else from the store. Raw updates never leave.
 */
@Injectable()
export class ModuleContentService {
  constructor(
    private readonly documents: DocumentService,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
  ) {}

  async pages(moduleId: string): Promise<PageSummary[]> {
    const doc = await this.documents.snapshot(moduleId);
    try {
      return pageSummaries(doc);
    } finally {
      doc.destroy();
    }
  }

  /** Writes a whole document as one update (seeding, imports); the module must not be open. */
  async initialise(moduleId: string, doc: Y.Doc): Promise<void> {
    await this.store.append(moduleId, [Y.encodeStateAsUpdate(doc)]);
  }
}
