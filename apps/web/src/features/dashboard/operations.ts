import {
  MODULE_CONNECTION_FIELDS,
  MODULE_FIELDS,
  MODULES_PAGE_SIZE,
  type GroupRole,
  type ModuleConnection,
  type ModuleSummary,
  type School,
} from '../../app/api/types';

export const DASHBOARD_QUERY = `query Dashboard {
  me {
    id name email isAdmin
    schools { id name brin }
    groups {
      id slug name sector description myRoles memberCount
      modules(first: ${MODULES_PAGE_SIZE}) { ${MODULE_CONNECTION_FIELDS} }
    }
  }
}`;

export interface DashboardGroup {
  id: string;
  slug: string;
  name: string;
  sector: string | null;
  description: string | null;
  myRoles: GroupRole[];
  memberCount: number;
  modules: ModuleConnection;
}

export interface DashboardData {
  me: {
    id: string;
    name: string;
    email: string;
    isAdmin: boolean;
    schools: School[];
    groups: DashboardGroup[];
  };
}

export const GROUP_MODULES_QUERY = `query GroupModules($slug: String!, $first: Int!, $after: String) {
  group(slug: $slug) { id modules(first: $first, after: $after) { ${MODULE_CONNECTION_FIELDS} } }
}`;

export interface GroupModulesVariables {
  slug: string;
  first: number;
  after: string | null;
}

export interface GroupModulesData {
  group: { id: string; modules: ModuleConnection };
}

export const CREATE_MODULE_MUTATION = `mutation CreateModule($input: CreateModuleInput!) {
  createModule(input: $input) { ${MODULE_FIELDS} }
}`;

export interface CreateModuleVariables {
  input: { groupId: string; title: string };
}

export interface CreateModuleData {
  createModule: ModuleSummary;
}

export const RENAME_MODULE_MUTATION = `mutation RenameModule($input: RenameModuleInput!) {
  renameModule(input: $input) { id title updatedAt }
}`;

export interface RenameModuleVariables {
  input: { id: string; title: string };
}

export interface RenameModuleData {
  renameModule: { id: string; title: string; updatedAt: string | null };
}

export const DELETE_MODULE_MUTATION = `mutation DeleteModule($id: ID!) { deleteModule(id: $id) { id deletedAt } }`;
export const RESTORE_MODULE_MUTATION = `mutation RestoreModule($id: ID!) { restoreModule(id: $id) { id deletedAt } }`;

export interface ModuleIdVariables {
  id: string;
}

export interface DeleteModuleData {
  deleteModule: { id: string; deletedAt: string | null };
}

export interface RestoreModuleData {
  restoreModule: { id: string; deletedAt: string | null };
}
