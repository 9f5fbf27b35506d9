import { useTranslation } from 'react-i18next';
import { sortRoles } from '../app/api/types';

export interface RoleBadgesProps {
  roles: readonly string[];
  /** Accessible name of the list, e.g. "Rollen van Anna". */
  label?: string;
  /** Or the id of a visible element that names it. */
  labelledBy?: string;
}

export function RoleBadges({ roles, label, labelledBy }: RoleBadgesProps) {
  const { t } = useTranslation();
  const sorted = sortRoles(roles);
  if (sorted.length === 0) return null;
  return (
    <ul className="badges" aria-label={labelledBy ? undefined : label} aria-labelledby={labelledBy}>
      {sorted.map((role) => (
        <li key={role} className={`badge badge--${role.toLowerCase()}`}>
          {t(`roles.${role}`)}
        </li>
      ))}
    </ul>
  );
}
