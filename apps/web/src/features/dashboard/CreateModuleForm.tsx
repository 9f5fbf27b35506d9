import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessages } from '../../app/api/error-messages';
import { useMutation } from '../../app/api/hooks';
import type { ModuleSummary } from '../../app/api/types';
import { ErrorAlert } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { CREATE_MODULE_MUTATION, type CreateModuleData, type CreateModuleVariables } from './operations';

export function CreateModuleForm({ groupId, groupName, onCreated }: { groupId: string; groupName: string; onCreated(module: ModuleSummary): void }) {
  const { t } = useTranslation();
  const errorText = useErrorMessages();
  const create = useMutation<CreateModuleData, CreateModuleVariables>(CREATE_MODULE_MUTATION);
  const [title, setTitle] = useState('');
  const [empty, setEmpty] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const errors = errorText.forForm(create.error, ['title'], { CONFLICT: t('modules.conflict') });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    setEmpty(!trimmed);
    create.reset();
    if (!trimmed) return input.current?.focus();
    const data = await create.run({ input: { groupId, title: trimmed } });
    if (!data) return input.current?.focus();
    setTitle('');
    onCreated(data.createModule);
  }

  return (
    <form className="create-module" onSubmit={submit} noValidate aria-label={`${t('modules.newHeading')}: ${groupName}`}>
      <TextField
        className="create-module__field"
        label={t('modules.newTitle')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        maxLength={200}
        error={empty ? t('errors.fieldRequired') : errors.fields.title}
        inputRef={input}
      />
      <button type="submit" className="button button--primary" disabled={create.pending}>
        {create.pending ? t('modules.creating') : t('modules.create')}
      </button>
      <ErrorAlert message={errors.form} className="create-module__error" />
    </form>
  );
}
