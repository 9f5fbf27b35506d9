import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_ROLES, type GroupRole } from '../app/api/types';
import { FieldError } from './TextField';

export interface RoleCheckboxesProps {
  legend: string;
  /** Show the legend only to assistive technology. */
  hideLegend?: boolean;
  value: readonly GroupRole[];
  onChange(roles: GroupRole[]): void;
  error?: string | null;
  /** Show what each role may do next to its name. */
  describe?: boolean;
  disabled?: boolean;
}

/** A fieldset with one checkbox per group role. */
export function RoleCheckboxes({ legend, hideLegend, value, onChange, error, describe, disabled }: RoleCheckboxesProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (role: GroupRole, on: boolean) =>
    onChange(GROUP_ROLES.filter((r) => (r === role ? on : value.includes(r))));
  return (
    <fieldset
      className={['role-checkboxes', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={errorId}
      disabled={disabled}
    >
      <legend className={hideLegend ? 'visually-hidden' : 'field__label'}>{legend}</legend>
      <div className="role-checkboxes__options">
        {GROUP_ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input type="checkbox" checked={value.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />
            <span>
              {t(`roles.${role}`)}
              {describe ? <span className="checkbox__hint"> — {t(`roles.description.${role}`)}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </fieldset>
  );
}
