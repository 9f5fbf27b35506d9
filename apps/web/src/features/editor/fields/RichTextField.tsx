import { editorExtensions } from '@samenwijs/editor-schema';
import type { FieldDef } from '@samenwijs/module-model';
import { Extension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { Bold, Heading2, Italic, List, ListOrdered } from 'lucide-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { currentLanguage } from '../../../app/i18n/i18n';
import type { CollabSession } from '../collab/collab-session';

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
    }),
  });
  const buttons = [
    { key: 'bold', icon: Bold, active: state.bold, run: () => editor.chain().focus().toggleBold().run() },
    { key: 'italic', icon: Italic, active: state.italic, run: () => editor.chain().focus().toggleItalic().run() },
    { key: 'heading', icon: Heading2, active: state.heading, run: () => editor.chain().focus().toggleHeading({ level: 2 }).run() },
    { key: 'bulletList', icon: List, active: state.bullet, run: () => editor.chain().focus().toggleBulletList().run() },
    { key: 'orderedList', icon: ListOrdered, active: state.ordered, run: () => editor.chain().focus().toggleOrderedList().run() },
  ];
  return (
    <div className="rich-text__toolbar" role="toolbar" aria-label={label}>
      {buttons.map(({ key, icon: Icon, active, run }) => (
        <button key={key} type="button" className="icon-button" aria-pressed={active} onClick={run} aria-label={t(`editor.toolbar.${key}`)}>
          <Icon size={16} aria-hidden="true" />
        </button>
      ))}
    </div>
  );
}
