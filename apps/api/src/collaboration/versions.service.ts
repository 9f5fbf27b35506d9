import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { Actor } from '@samenwijs/authz';
import { cleanText } from '@samenwijs/accounts';
import { notFound } from '@samenwijs/core';
import { diffModules, docToModule, ModuleDiff, ModuleJson, moduleToDoc, pageSummaries, PageSummary, renderModule } from '@samenwijs/module-model';
import { assertId } from '../common/ids';
import { PolicyService } from '../common/policy.service';
import { newId } from '../database/columns';
import { LearningModulesService } from '../modules/learning-modules/learning-modules.service';
import { DocumentService } from './document.service';
import { SqlVersionStore, VersionMeta } from './version-store';

export const VERSION_NAME_MAX = 200;

export interface VersionContent {
  meta: VersionMeta;
  pages: PageSummary[];
  html: string;
}

/**
 * Named versions of a module: the full state saved at a moment (by hand, or when the module
 * is submitted for review), rendered through the module model, compared, and restored as a
 * new change on top of the history — never by rewriting it.
 */
@Injectable()
export class VersionsService {
  private readonly store: SqlVersionStore;

  constructor(
    dataSource: DataSource,
    private readonly documents: DocumentService,
    private readonly modules: LearningModulesService,
    private readonly policy: PolicyService,
  ) {
    this.store = new SqlVersionStore(dataSource);
  }

  async list(actor: Actor | null, moduleId: string): Promise<VersionMeta[]> {
    await this.modules.get(actor, moduleId);
    return this.store.list(moduleId);
  }

  async save(actor: Actor | null, input: { moduleId: string; name: string }, kind: VersionMeta['kind'] = 'manual'): Promise<VersionMeta> {
    const module = await this.modules.get(actor, input.moduleId, 'input.moduleId');
    this.policy.authorize(actor, 'module.write', { kind: 'module', groupId: module.groupId, deleted: module.deletedAt !== null });
    const name = cleanText(input.name, 'input.name', VERSION_NAME_MAX);
    const doc = await this.documents.snapshot(module.id);
    const meta: VersionMeta = { id: newId(), docId: module.id, name, kind, createdBy: actor.userId, createdAt: new Date() };
    try {
      await this.store.save(meta, Y.encodeStateAsUpdate(doc));
    } finally {
      doc.destroy();
    }
    return meta;
  }

  async content(actor: Actor | null, versionId: string): Promise<VersionContent> {
    const { meta, json } = await this.load(actor, versionId);
    const doc = new Y.Doc();
    try {
      moduleToDoc(json, doc);
      return { meta, pages: pageSummaries(doc), html: renderModule(json, { includeHidden: true }) };
    } finally {
      doc.destroy();
    }
  }

  async restore(actor: Actor | null, versionId: string): Promise<VersionMeta> {
    const { meta, json, module } = await this.load(actor, versionId);
    this.policy.authorize(actor, 'module.write', { kind: 'module', groupId: module.groupId, deleted: module.deletedAt !== null });
    await this.documents.change(module.id, (doc) => moduleToDoc(json, doc));
    return meta;
  }

  /** Differences from version `fromId` to version `toId`, or to the current state when absent. */
  async compare(actor: Actor | null, fromId: string, toId?: string | null): Promise<ModuleDiff> {
    const from = await this.load(actor, fromId, 'from');
    let to: ModuleJson;
    if (toId) {
      const other = await this.load(actor, toId, 'to');
      if (other.meta.docId !== from.meta.docId) throw notFound('Version of the same module', 'to');
      to = other.json;
    } else {
      const doc = await this.documents.snapshot(from.meta.docId);
      try {
        to = docToModule(doc);
      } finally {
        doc.destroy();
      }
    }
    return diffModules(from.json, to);
  }

  private async load(actor: Actor | null, rawId: string, field = 'id') {
    const id = assertId(rawId, field, 'Version');
    const found = await this.store.get(id);
    if (!found) throw notFound('Version', field);
    // Reading a version is reading its module: hidden modules hide their versions too.
    const module = await this.modules.get(actor, found.meta.docId, field);
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, found.state);
      return { meta: found.meta, json: docToModule(doc), module };
    } finally {
      doc.destroy();
    }
  }
}
