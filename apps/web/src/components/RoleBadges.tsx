import { useTranslation } from 'react-i18next';
import { sortRoles } from '../app/api/types';

export function RoleBadges({ roles, label }: { roles: readonly string[]; label?: string }) {
  const { t } = useTranslation();
  const sorted = sortRoles(roles);
  if (sorted.length === 0) return null;
  return (
    <ul className="badges" aria-label={label}>
      {sorted.map((role) => (
        <li key={role} className={`badge badge--${role.toLowerCase()}`}>
          {t(`roles.${role}`)}
        </li>
      ))}
    </ul>
  );
}
