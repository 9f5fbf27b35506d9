import { htmlToPlainText, plainTextToHtml, pageSummaries, type FieldDef } from '@samenwijs/module-model';
import { simpleDiffString } from 'lib0/diff';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { currentLanguage } from '../../../app/i18n/i18n';
import { usePageListVersion } from '../collab/hooks';
import { editErrorReason } from '../editor-errors';

export interface SimpleFieldProps {
  field: FieldDef;
  /** Writes the stored value through the module model; throws when the model refuses it. */
  write(value: string | undefined): void;
  /** Reads the stored value (absent: undefined) from the document. */
  read(): string | undefined;
  readOnly: boolean;
  doc: Y.Doc;
  /** Routes Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y to the person's module-wide undo. */
  onUndoKey(event: KeyboardEvent): void;
}

/** Stored value ⇄ what the input shows, per field kind. */
const toDisplay = (field: FieldDef, stored: string | undefined): string => {
  const value = stored ?? '';
  switch (field.kind) {
    case 'plainText':
      return field.html ? htmlToPlainText(value) : value;
    case 'colour':
      return /^0x[0-9a-f]{6}$/i.test(value) ? `#${value.slice(2).toLowerCase()}` : '#000000';
    case 'dataGrid':
      return value.split('||').join('\n');
    default:
      return value;
  }
};

const toStored = (field: FieldDef, display: string): string => {
  switch (field.kind) {
    case 'plainText':
      return field.html ? plainTextToHtml(display) : display;
    case 'colour':
      return `0x${display.slice(1).toUpperCase()}`;
    case 'dataGrid':
      return display.split('\n').join('||');
    default:
      return display;
  }
};

/**
 * Every non-rich field: the input keeps what the person typed while the model refuses it (too
 * long, not a number…) and says why; a value someone else set shows as soon as this input is
 * not being edited.
 */
export function SimpleField({ field, write, read, readOnly, doc, onUndoKey }: SimpleFieldProps) {
  const value = read();
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const id = useId();
  const [draft, setDraft] = useState(() => toDisplay(field, value));
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  // The value this input wrote last: its echo from the document must not reset the draft (a
  // trailing space would vanish from an HTML title, whose display is trimmed).
  const written = useRef<string | undefined>(value);
  const previous = useRef<string | undefined>(value);
  /** The text input or text area, to keep the caret where the person types when a colleague's change arrives. */
  const textControl = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const caretAfterRender = useRef<[number, number] | null>(null);

  useEffect(() => {
    if (value === previous.current) return; // only a change in the document counts
    // A render that is already behind the document (this input wrote since) must not win.
    if (value !== read()) return;
    previous.current = value;
    if (value === written.current) return;
    if (focused.current && error !== null) return; // keep what the person is fixing
    written.current = value;
    const display = toDisplay(field, value);
    const control = textControl.current;
    if (control && control === control.ownerDocument.activeElement && control.selectionStart !== null && control.selectionEnd !== null) {
      // A colleague's change (or a merge of theirs and ours) while this person types here.
      caretAfterRender.current = [mapOffset(control.value, display, control.selectionStart), mapOffset(control.value, display, control.selectionEnd)];
    }
    setDraft(display);
  }, [field, value, error, read]);

  useLayoutEffect(() => {
    const caret = caretAfterRender.current;
    const control = textControl.current;
    if (!caret || !control) return;
    caretAfterRender.current = null;
    if (control === control.ownerDocument.activeElement) control.setSelectionRange(caret[0], caret[1]);
  });

  const commit = (display: string) => {
    setDraft(display);
    try {
      const stored = toStored(field, display);
      write(stored);
      written.current = stored;
      setError(null);
    } catch (e) {
      const { reason } = editErrorReason(e);
      setError(t(`editor.fieldErrors.${reason ?? 'invalid'}`, { defaultValue: t('editor.fieldErrors.invalid') }));
    }
  };

  const label = field.label[lang];
  const errorId = `${id}-error`;
  const common = {
    id,
    disabled: readOnly,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
    },
    onKeyDown: onUndoKey,
  } as const;

  let control;
  switch (field.kind) {
    case 'boolean':
      return (
        <div className="form-field form-field--checkbox" data-field={field.name}>
          <input
            {...common}
            type="checkbox"
            checked={value === 'true'}
            onChange={(e) => commit(e.target.checked ? 'true' : 'false')}
          />
          <label htmlFor={id}>{label}</label>
          {error ? <FieldMessage id={errorId} text={error} /> : null}
        </div>
      );
    case 'choice': {
      const options = field.options ?? [];
      const known = options.some((o) => o.value === draft);
      control = (
        <select {...common} className="input" value={draft} onChange={(e) => commit(e.target.value)}>
          {!known ? <option value={draft}>{draft || t('editor.form.noChoice')}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label[lang]}
            </option>
          ))}
        </select>
      );
      break;
    }
    case 'pageRef':
      control = <PageRefSelect {...common} doc={doc} value={draft} onChange={commit} />;
      break;
    case 'number':
      control = (
        <input
          {...common}
          className="input"
          type="number"
          inputMode="decimal"
          min={field.min}
          max={field.max}
          step={field.step ?? 'any'}
          value={draft}
          onChange={(e) => commit(e.target.value)}
        />
      );
      break;
    case 'colour':
      control = (
        <span className="colour-field">
          <input {...common} className="input input--colour" type="color" value={draft} onChange={(e) => commit(e.target.value)} />
          {value && !readOnly ? (
            <button type="button" className="button button--small" onClick={() => write(undefined)}>
              {t('editor.form.clear')}
            </button>
          ) : null}
        </span>
      );
      break;
    case 'script':
    case 'dataGrid':
      control = (
        <textarea
          {...common}
          ref={textControl}
          className={`input${field.kind === 'script' ? ' input--code' : ''}`}
          rows={field.kind === 'script' ? 4 : 5}
          spellCheck={field.kind !== 'script'}
          value={draft}
          onChange={(e) => commit(e.target.value)}
        />
      );
      break;
    case 'media':
      control = (
        <input
          {...common}
          ref={textControl}
          className="input"
          type="text"
          inputMode="url"
          placeholder="https://…"
          value={draft}
          onChange={(e) => commit(e.target.value)}
        />
      );
      break;
    default:
      control = field.multiline ? (
        <textarea {...common} ref={textControl} className="input" rows={3} value={draft} onChange={(e) => commit(e.target.value)} />
      ) : (
        <input {...common} ref={textControl} className="input" type="text" value={draft} onChange={(e) => commit(e.target.value)} />
      );
  }

  return (
    <div className="form-field" data-field={field.name}>
      <label className="field__label" htmlFor={id}>
        {label}
        {field.required ? <span className="field__required"> ({t('common.required')})</span> : null}
      </label>
      {field.kind === 'dataGrid' && field.columns ? (
        <p className="field__hint">{t('editor.form.gridHint', { columns: field.columns.map((c) => c[lang]).join(' | ') })}</p>
      ) : null}
      {field.kind === 'media' ? <p className="field__hint">{t('editor.form.mediaHint')}</p> : null}
      {control}
      {error ? <FieldMessage id={errorId} text={error} /> : null}
    </div>
  );
}

/**
 * Where a position in `before` is in `after`, which differs from it in one stretch: before the
 * change it stays, after it it moves with the text, inside it it goes to the change's end.
 */
function mapOffset(before: string, after: string, offset: number): number {
  const { index, remove, insert } = simpleDiffString(before, after);
  if (offset <= index) return offset;
  if (offset >= index + remove) return offset + insert.length - remove;
  return index + insert.length;
}

function FieldMessage({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} className="field__error" role="alert">
      {text}
    </p>
  );
}

function PageRefSelect({
  doc,
  value,
  onChange,
  ...rest
}: { doc: Y.Doc; value: string; onChange(value: string): void } & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'>) {
  const { t } = useTranslation();
  const version = usePageListVersion(doc);
  const pages = useMemo(() => {
    void version;
    return pageSummaries(doc);
  }, [doc, version]);
  const known = value === '' || pages.some((p) => p.id === value);
  return (
    <select {...rest} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('editor.form.noPage')}</option>
      {!known ? <option value={value}>{value}</option> : null}
      {pages.map((p) => (
        <option key={p.id} value={p.id}>
          {p.title || p.id}
        </option>
      ))}
    </select>
  );
}
