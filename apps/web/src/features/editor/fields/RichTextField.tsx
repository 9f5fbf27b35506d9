import { editorExtensions } from '@samenwijs/editor-schema';
import type { FieldDef } from '@samenwijs/module-model';
import { Extension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { Bold, Heading2, Italic, Link2, List, ListOrdered } from 'lucide-react';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { currentLanguage } from '../../../app/i18n/i18n';
import type { CollabSession } from '../collab/collab-session';
import { linkUrl } from './link-url';

export interface RichTextFieldProps {
  field: FieldDef;
  fragment: Y.XmlFragment;
  session: CollabSession;
  readOnly: boolean;
}

/**
 * A rich-text field as a TipTap editor bound to its Y.XmlFragment, with everyone's carets.
 * Ctrl+Z goes to the person's module-wide undo (CollabSession), not to a per-field history, so
 * undo crosses fields and pages in the order the person worked.
 */
export function RichTextField({ field, fragment, session, readOnly }: RichTextFieldProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const labelId = useId();
  const user = session.awareness.getLocalState()?.user as { id: string; name: string; color: string } | undefined;

  const extensions = useMemo(
    () => [
      ...editorExtensions,
      Collaboration.configure({ fragment }),
      CollaborationCaret.configure({ provider: session.provider, user: user ?? { name: '?', color: '#1c4fa1' } }),
      moduleUndo(session),
    ],
    // The user does not change during a session.
    [fragment, session],
  );

  const editor = useEditor(
    {
      extensions,
      editable: !readOnly,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'rich-text__content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelId,
          ...(readOnly ? { 'aria-readonly': 'true' } : {}),
        },
      },
    },
    [extensions],
  );

  if (editor && editor.isEditable === readOnly) editor.setEditable(!readOnly, false);

  return (
    <div className="form-field rich-text" data-field={field.name}>
      <span className="field__label" id={labelId}>
        {field.label[lang]}
        {field.required ? <span className="field__required"> ({t('common.required')})</span> : null}
      </span>
      {!readOnly && editor ? <Toolbar editor={editor} label={t('editor.toolbar.label', { field: field.label[lang] })} /> : null}
      <EditorContent editor={editor} className="rich-text__editor" />
    </div>
  );
}

function moduleUndo(session: CollabSession) {
  return Extension.create({
    name: 'samenwijsModuleUndo',
    priority: 1100, // before Collaboration's own Mod-z
    addKeyboardShortcuts() {
      const undo = () => {
        session.undo();
        return true;
      };
      const redo = () => {
        session.redo();
        return true;
      };
      return { 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo };
    },
  });
}

function Toolbar({ editor, label }: { editor: Editor; label: string }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      heading: e.isActive('heading', { level: 2 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      link: e.isActive('link'),
      href: (e.getAttributes('link').href as string | undefined) ?? '',
      empty: e.state.selection.empty,
    }),
  });
  const [linking, setLinking] = useState(false);
  const buttons = [
    { key: 'bold', icon: Bold, active: state.bold, run: () => editor.chain().focus().toggleBold().run() },
    { key: 'italic', icon: Italic, active: state.italic, run: () => editor.chain().focus().toggleItalic().run() },
    { key: 'heading', icon: Heading2, active: state.heading, run: () => editor.chain().focus().toggleHeading({ level: 2 }).run() },
    { key: 'bulletList', icon: List, active: state.bullet, run: () => editor.chain().focus().toggleBulletList().run() },
    { key: 'orderedList', icon: ListOrdered, active: state.ordered, run: () => editor.chain().focus().toggleOrderedList().run() },
  ];
  return (
    <>
      <div className="rich-text__toolbar" role="toolbar" aria-label={label}>
        {buttons.map(({ key, icon: Icon, active, run }) => (
          <button key={key} type="button" className="icon-button" aria-pressed={active} onClick={run} aria-label={t(`editor.toolbar.${key}`)}>
            <Icon size={16} aria-hidden="true" />
          </button>
        ))}
        <button
          type="button"
          className="icon-button"
          aria-pressed={state.link}
          aria-expanded={linking}
          disabled={state.empty && !state.link}
          title={state.empty && !state.link ? t('editor.toolbar.linkSelectFirst') : undefined}
          onClick={() => setLinking((open) => !open)}
          aria-label={t('editor.toolbar.link')}
        >
          <Link2 size={16} aria-hidden="true" />
        </button>
      </div>
      {linking ? <LinkForm editor={editor} current={state.href} onDone={() => setLinking(false)} /> : null}
    </>
  );
}

/** Sets, changes or removes the link on the selected text (only web, mail and phone links). */
function LinkForm({ editor, current, onDone }: { editor: Editor; current: string; onDone(): void }) {
  const { t } = useTranslation();
  // Empty, not a pre-filled "https://": a pasted address would follow it (https://https://…).
  const [href, setHref] = useState(current);
  const [error, setError] = useState(false);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const url = linkUrl(href);
    if (!url) {
      setError(true);
      input.current?.focus();
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href: url }).run();
    onDone();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onDone();
  };

  return (
    <form
      className="rich-text__link"
      // We check the address ourselves: the browser's url check refuses "www.school.nl".
      noValidate
      onSubmit={apply}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          editor.commands.focus();
          onDone();
        }
      }}
    >
      <label htmlFor={id} className="field__label">
        {t('editor.toolbar.linkAddress')}
      </label>
      <input
        ref={input}
        id={id}
        className="input"
        type="url"
        inputMode="url"
        value={href}
        placeholder={t('editor.toolbar.linkPlaceholder')}
        autoFocus
        aria-invalid={error || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setHref(e.target.value);
          setError(false);
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {t('editor.toolbar.linkInvalid')}
        </p>
      ) : null}
      <span className="rich-text__link-actions">
        <button type="submit" className="button button--primary button--small">
          {t('editor.toolbar.linkApply')}
        </button>
        {current ? (
          <button type="button" className="button button--small" onClick={remove}>
            {t('editor.toolbar.linkRemove')}
          </button>
        ) : null}
        <button type="button" className="button button--small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </span>
    </form>
  );
}
