import type { GroupRole } from '../../app/api/types';

export const EDITOR_MODULE_QUERY = `query EditorModule($id: ID!) {
  module(id: $id) {
    id title status language deletedAt
    group { id slug name myRoles }
  }
}`;

export interface EditorModuleData {
  module: {
    id: string;
    title: string;
    status: string;
    language: string;
    deletedAt: string | null;
    group: { id: string; slug: string; name: string; myRoles: GroupRole[] };
  };
}

const VERSION_FIELDS = 'id name kind createdAt createdBy { id name }';

export interface ModuleVersion {
  id: string;
  name: string;
  kind: 'MANUAL' | 'REVIEW';
  createdAt: string;
  createdBy: { id: string; name: string } | null;
}

export const VERSIONS_QUERY = `query ModuleVersions($id: ID!) {
  module(id: $id) { id versions { ${VERSION_FIELDS} } }
}`;

export interface VersionsData {
  module: { id: string; versions: ModuleVersion[] };
}

export const SAVE_VERSION_MUTATION = `mutation SaveModuleVersion($input: SaveModuleVersionInput!) {
  saveModuleVersion(input: $input) { ${VERSION_FIELDS} }
}`;

export interface SaveVersionData {
  saveModuleVersion: ModuleVersion;
}

export interface SaveVersionVariables {
  input: { moduleId: string; name: string };
}

export const RESTORE_VERSION_MUTATION = `mutation RestoreModuleVersion($id: ID!) {
  restoreModuleVersion(id: $id) { ${VERSION_FIELDS} }
}`;

export interface RestoreVersionData {
  restoreModuleVersion: ModuleVersion;
}

export const VERSION_CONTENT_QUERY = `query ModuleVersionContent($id: ID!) {
  moduleVersion(id: $id) { html version { ${VERSION_FIELDS} } }
}`;

export interface VersionContentData {
  moduleVersion: { html: string; version: ModuleVersion };
}

export const COMPARE_VERSIONS_QUERY = `query CompareModuleVersions($from: ID!) {
  compareModuleVersions(from: $from) {
    added { id title type }
    removed { id title type }
    moved { id title type fromIndex toIndex }
    changed {
      id title type subItemsAdded subItemsChanged subItemsRemoved
      fields { field text { op text } }
    }
  }
}`;

export interface TextChange {
  op: 'EQUAL' | 'INSERT' | 'DELETE';
  text: string;
}

export interface CompareData {
  compareModuleVersions: {
    added: { id: string; title: string; type: string }[];
    removed: { id: string; title: string; type: string }[];
    moved: { id: string; title: string; type: string; fromIndex: number; toIndex: number }[];
    changed: {
      id: string;
      title: string;
      type: string;
      subItemsAdded: number;
      subItemsChanged: number;
      subItemsRemoved: number;
      fields: { field: string; text: TextChange[] }[];
    }[];
  };
}
