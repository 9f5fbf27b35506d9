import { useId, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from './TextField';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  error?: string | null;
  selectRef?: Ref<HTMLSelectElement>;
  children: ReactNode;
}

export function SelectField({ label, error, selectRef, required, children, className, ...select }: SelectFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
        {required ? <span className="field__required"> ({t('common.required')})</span> : null}
      </label>
      <select
        id={id}
        ref={selectRef}
        className="input select"
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        required={required}
        {...select}
      >
        {children}
      </select>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  );
}
