import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessages } from '../../app/api/error-messages';
import { useMutation } from '../../app/api/hooks';
import type { ModuleSummary } from '../../app/api/types';
import { currentLanguage, LOCALES } from '../../app/i18n/i18n';
import { PATHS } from '../../app/paths';
import { useFormat } from '../../app/i18n/format';
import { ErrorAlert } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { RENAME_MODULE_MUTATION, type RenameModuleData, type RenameModuleVariables } from './operations';

export interface ModuleItemProps {
  module: ModuleSummary;
  canEdit: boolean;
  onRenamed(module: ModuleSummary): void;
  onDelete(module: ModuleSummary): void;
  deleting: boolean;
}

export function ModuleItem({ module, canEdit, onRenamed, onDelete, deleting }: ModuleItemProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    if (!editing && wasEditing.current) renameButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const statusKey = module.status?.toLowerCase();
  const status = statusKey ? t(`modules.status.${statusKey}`, { defaultValue: module.status ?? '' }) : null;
  const language = module.language ? languageName(module.language, LOCALES[currentLanguage(i18n)]) : null;

  return (
    <li className="module" data-module-id={module.id}>
      {editing ? (
        <RenameForm
          module={module}
          onDone={(renamed) => {
            if (renamed) onRenamed(renamed);
            setEditing(false);
          }}
        />
      ) : (
        <div className="module__main">
          <h4 className="module__title" tabIndex={-1}>
            <Link to={PATHS.module(module.id)} className="module__link">
              {module.title || t('modules.untitled')}
            </Link>
          </h4>
          {module.description ? <p className="module__description">{module.description}</p> : null}
          <p className="module__meta">
            {status ? <span className={`status status--${statusKey}`}>{status}</span> : null}
            <span>{t('modules.updated', { date: format.date(module.updatedAt) })}</span>
            <span>{module.createdBy ? t('modules.by', { name: module.createdBy.name }) : t('modules.byUnknown')}</span>
            {language ? <span>{t('modules.language', { language })}</span> : null}
          </p>
        </div>
      )}
      {canEdit && !editing ? (
        <div className="module__actions">
          <button ref={renameButton} type="button" className="button button--secondary button--small" onClick={() => setEditing(true)}>
            {t('modules.rename')}
            <span className="visually-hidden">: {module.title}</span>
          </button>
          <button type="button" className="button button--danger-outline button--small" disabled={deleting} onClick={() => onDelete(module)}>
            {t('modules.delete')}
            <span className="visually-hidden">: {module.title}</span>
          </button>
        </div>
      ) : null}
    </li>
  );
}

function RenameForm({ module, onDone }: { module: ModuleSummary; onDone(renamed: ModuleSummary | null): void }) {
  const { t } = useTranslation();
  const errorText = useErrorMessages();
  const rename = useMutation<RenameModuleData, RenameModuleVariables>(RENAME_MODULE_MUTATION);
  const [title, setTitle] = useState(module.title);
  const [empty, setEmpty] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const errors = errorText.forForm(rename.error, ['title']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    setEmpty(!trimmed);
    if (!trimmed) return input.current?.focus();
    if (trimmed === module.title) return onDone(null);
    const data = await rename.run({ input: { id: module.id, title: trimmed } });
    if (data) onDone({ ...module, title: data.renameModule.title, updatedAt: data.renameModule.updatedAt ?? module.updatedAt });
    else input.current?.focus();
  }

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone(null);
    }
  };

  return (
    <form className="module__rename" onSubmit={submit} onKeyDown={cancelOnEscape} noValidate>
      <TextField
        label={t('modules.renameLabel', { title: module.title })}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        maxLength={200}
        error={empty ? t('errors.fieldRequired') : errors.fields.title}
        inputRef={input}
      />
      <ErrorAlert message={errors.form} />
      <div className="button-row">
        <button type="submit" className="button button--primary button--small" disabled={rename.pending}>
          {rename.pending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag; // not a valid language tag
  }
}
