import { AccountsGroupsModules1764300000000 } from './1764300000000-accounts-groups-modules';
import { DocumentStore1764400000000 } from './1764400000000-document-store';
import { DocumentVersions1764500000000 } from './1764500000000-document-versions';
import { DocumentUpdatesByDocument1764600000000 } from './1764600000000-document-updates-by-document';

/** Every migration, oldest first. They run at start-up; `synchronize` is never on. */
export const MIGRATIONS = [AccountsGroupsModules1764300000000, DocumentStore1764400000000, DocumentVersions1764500000000, DocumentUpdatesByDocument1764600000000];
