import {
  addSubItem,
  attrsOf,
  childKeysOf,
  childrenOf,
  childType,
  htmlToPlainText,
  idOf,
  NODE_KEYS,
  removeNode,
  richOf,
  richTextFragment,
  moveSubItem,
  nodesOf,
  setField,
  typeOf,
  type ChildDef,
  type FieldDef,
  type NodeMap,
  type NodeTypeDef,
} from '@samenwijs/module-model';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { currentLanguage } from '../../app/i18n/i18n';
import type { CollabSession } from './collab/collab-session';
import { useYVersion } from './collab/hooks';
import { useEditorErrors } from './editor-errors';
import { RichTextField } from './fields/RichTextField';
import { SimpleField } from './fields/SimpleField';

export interface NodeFormProps {
  node: NodeMap;
  def: NodeTypeDef;
  session: CollabSession;
  readOnly: boolean;
  /** Heading level of this node's sub-item list titles. */
  level?: number;
  /** A chapter's pages are edited in the outline, not as sub-items. */
  hideChildren?: boolean;
}

/** Fields the form never offers: maintained by the model, or deprecated in Xerte's editor. */
const shown = (field: FieldDef) => !field.readOnly && !field.deprecated;

/**
 * The form for one page or sub-item, generated from its registry declaration: its fields bound
 * to the Y.Doc (rich text through TipTap, the rest through the module model's `setField`, which
 * validates), then its sub-item lists. Optional fields Xerte leaves out sit under "More settings".
 */
export function NodeForm({ node, def, session, readOnly, level = 3, hideChildren = false }: NodeFormProps) {
  const { t } = useTranslation();
  const attrs = attrsOf(node);
  const rich = richOf(node);
  useYVersion(attrs);
  useYVersion(rich);
  useYVersion(node); // the raw body (youtube code) lives on the node itself
  const id = idOf(node);
  const { doc } = session;
  // A node someone just deleted (or moved, which copies it) has no content any more.
  if (!attrs || !rich) return null;

  const onUndoKey = (event: KeyboardEvent) => void session.handleUndoKey(event);

  const valueOf = (field: FieldDef): string | undefined => {
    if (field.storage === 'body') {
      const body = node.get(NODE_KEYS.body);
      return typeof body === 'string' ? body : undefined;
    }
    return attrs.get(field.name);
  };

  const renderField = (field: FieldDef) => {
    if (field.kind === 'richText') {
      const fragment = rich.get(field.name);
      if (fragment instanceof Y.XmlFragment) {
        return <RichTextField key={field.name} field={field} fragment={fragment} session={session} readOnly={readOnly} />;
      }
      return <AbsentRichText key={field.name} field={field} readOnly={readOnly} create={() => richTextFragment(doc, id, field.name, { create: true })} />;
    }
    return (
      <SimpleField
        key={field.name}
        field={field}
        write={(value) => setField(doc, id, field.name, value)}
        read={() => valueOf(field)}
        readOnly={readOnly}
        doc={doc}
        onUndoKey={onUndoKey}
      />
    );
  };

  // The title first, as Xerte's own editor shows it; the rest in declaration order.
  const fields = def.fields.filter(shown).sort((a, b) => Number(b.name === 'name') - Number(a.name === 'name'));
  const main = fields.filter((f) => !f.optional || valueOf(f) !== undefined || (f.kind === 'richText' && rich.has(f.name)));
  const more = fields.filter((f) => !main.includes(f));

  return (
    <div className="node-form" data-node-id={id} data-node-type={typeOf(node)}>
      {main.map(renderField)}
      {more.length > 0 ? (
        <details className="node-form__more">
          <summary>{t('editor.form.moreSettings', { count: more.length })}</summary>
          {more.map(renderField)}
        </details>
      ) : null}
      {(hideChildren ? [] : (def.children ?? [])).map((child) => (
        <SubItemList key={child.type} parent={node} parentDef={def} child={child} session={session} readOnly={readOnly} level={level} />
      ))}
    </div>
  );
}

function AbsentRichText({ field, readOnly, create }: { field: FieldDef; readOnly: boolean; create(): void }) {
  const { t, i18n } = useTranslation();
  const report = useEditorErrors();
  const lang = currentLanguage(i18n);
  return (
    <div className="form-field" data-field={field.name}>
      <span className="field__label">{field.label[lang]}</span>
      {readOnly ? (
        <p className="field__hint">{t('editor.form.empty')}</p>
      ) : (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            try {
              create();
            } catch (error) {
              report(error);
            }
          }}
        >
          {t('editor.form.addText', { field: field.label[lang] })}
        </button>
      )}
    </div>
  );
}

interface SubItemListProps {
  parent: NodeMap;
  parentDef: NodeTypeDef;
  child: ChildDef;
  session: CollabSession;
  readOnly: boolean;
  level: number;
}

/** One kind of sub-item (options, hotspots, nested pages…) that several people can edit at once. */
function SubItemList({ parent, parentDef, child, session, readOnly, level }: SubItemListProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const report = useEditorErrors();
  useYVersion(childKeysOf(parent));
  useYVersion(nodesOf(session.doc)); // a sub-item removed while someone moved it
  const all = childrenOf(parent);
  const def = childType(parentDef, child.type);
  const [open, setOpen] = useState<Set<string>>(() => new Set());
  if (!def) return null;

  const items = all.filter((node) => typeOf(node) === child.type);
  const label = def.label[lang];
  const canAdd = !readOnly && (child.max === undefined || items.length < child.max);
  const canRemove = !readOnly && items.length > (child.min ?? 0);
  const Heading = `h${Math.min(level, 6)}` as 'h3';

  const run = (action: () => void) => {
    try {
      session.discrete(action);
    } catch (error) {
      report(error);
    }
  };

  const summaryOf = (node: NodeMap, index: number) => {
    const attrs = attrsOf(node);
    const rich = richOf(node);
    const text = attrs.get('name') ?? attrs.get('text') ?? attrs.get('label') ?? '';
    const fromRich = !text ? rich.get('text') ?? rich.get('body') : undefined;
    const plain = htmlToPlainText(text || (fromRich instanceof Y.XmlFragment ? fromRich.toString().replace(/<[^>]*>/g, ' ') : ''));
    return `${index + 1}. ${plain.trim().slice(0, 80) || label}`;
  };

  return (
    <section className="sub-items" data-sub-items={child.type}>
      <Heading className="sub-items__title">
        {label} <span className="sub-items__count">({items.length})</span>
      </Heading>
      <ol className="sub-items__list">
        {items.map((node, index) => {
          const nodeId = idOf(node);
          const expanded = open.has(nodeId);
          // Sub-items of several kinds share one list: move past the neighbour of the same kind.
          const before = index > 0 ? all.indexOf(items[index - 1]) : -1;
          const after = index < items.length - 1 ? all.indexOf(items[index + 1]) : -1;
          return (
            <li key={nodeId} className="sub-item" data-node-id={nodeId}>
              <div className="sub-item__head">
                <button
                  type="button"
                  className="sub-item__toggle"
                  aria-expanded={expanded}
                  onClick={() =>
                    setOpen((s) => {
                      const next = new Set(s);
                      if (next.has(nodeId)) next.delete(nodeId);
                      else next.add(nodeId);
                      return next;
                    })
                  }
                >
                  {summaryOf(node, index)}
                </button>
                {!readOnly ? (
                  <span className="sub-item__actions">
                    <button type="button" className="icon-button" disabled={before < 0} onClick={() => run(() => moveSubItem(session.doc, nodeId, before))} aria-label={t('editor.subItems.moveUp', { item: summaryOf(node, index) })}>
                      <ArrowUp size={16} aria-hidden="true" />
                    </button>
                    <button type="button" className="icon-button" disabled={after < 0} onClick={() => run(() => moveSubItem(session.doc, nodeId, after))} aria-label={t('editor.subItems.moveDown', { item: summaryOf(node, index) })}>
                      <ArrowDown size={16} aria-hidden="true" />
                    </button>
                    <button type="button" className="icon-button icon-button--danger" disabled={!canRemove} onClick={() => run(() => removeNode(session.doc, nodeId))} aria-label={t('editor.subItems.remove', { item: summaryOf(node, index) })}>
                      <Trash2 size={16} aria-hidden="true" />
                    </button>
                  </span>
                ) : null}
              </div>
              {expanded ? (
                <div className="sub-item__body">
                  <NodeForm node={node} def={def} session={session} readOnly={readOnly} level={level + 1} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {canAdd ? (
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            run(() => {
              const newId = addSubItem(session.doc, idOf(parent), child.type);
              setOpen((s) => new Set(s).add(newId));
            })
          }
        >
          <Plus size={14} aria-hidden="true" /> {t('editor.subItems.add', { item: label })}
        </button>
      ) : null}
    </section>
  );
}
