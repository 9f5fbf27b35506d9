/** Shapes of the API's GraphQL types, as far as the web app selects them. */

export const GROUP_ROLES = ['AUTHOR', 'REVIEWER', 'COORDINATOR'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

export const canEditModules = (roles: readonly GroupRole[]): boolean => roles.includes('AUTHOR') || roles.includes('COORDINATOR');
export const isCoordinator = (roles: readonly GroupRole[]): boolean => roles.includes('COORDINATOR');

/** Sorts roles in their fixed display order and drops unknown values. */
export const sortRoles = (roles: readonly string[]): GroupRole[] => GROUP_ROLES.filter((role) => roles.includes(role));

export interface School {
  id: string;
  name: string;
  brin: string | null;
}

export interface UserRef {
  id: string;
  name: string;
}

export interface ModuleSummary {
  id: string;
  title: string;
  description: string | null;
  language: string | null;
  status: string | null;
  updatedAt: string | null;
  createdBy: UserRef | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface ModuleConnection {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: ModuleSummary }[];
}

export const MODULE_FIELDS = 'id title description language status updatedAt createdBy { id name }';
export const MODULE_CONNECTION_FIELDS = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${MODULE_FIELDS} } }`;
/** Modules per page, on the dashboard and when loading more. */
export const MODULES_PAGE_SIZE = 50;
