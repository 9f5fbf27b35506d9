import type { ModuleConnection, ModuleSummary } from '../app/api/types';
import type { DashboardGroup } from '../features/dashboard/operations';
import { TEST_USER } from './render';

export const moduleSummary = (id: string, title: string, extra: Partial<ModuleSummary> = {}): ModuleSummary => ({
  id,
  title,
  description: '',
  language: 'nl',
  status: 'DRAFT',
  updatedAt: '2025-11-20T10:00:00.000Z',
  createdBy: { id: TEST_USER.id, name: TEST_USER.name },
  ...extra,
});

export const connection = (modules: ModuleSummary[], more?: { totalCount: number; endCursor: string }): ModuleConnection => ({
  totalCount: more?.totalCount ?? modules.length,
  pageInfo: { hasNextPage: !!more, endCursor: more?.endCursor ?? (modules.length ? `cursor-${modules.at(-1)?.id}` : null) },
  edges: modules.map((node) => ({ cursor: `cursor-${node.id}`, node })),
});

export const dashboardGroup = (extra: Partial<DashboardGroup> & Pick<DashboardGroup, 'id' | 'name'>): DashboardGroup => ({
  slug: extra.name.toLowerCase().replace(/\s+/g, '-'),
  sector: 'Zorg en welzijn',
  description: '',
  myRoles: ['AUTHOR'],
  memberCount: 3,
  modules: connection([]),
  ...extra,
});

export const dashboardAnswer = (groups: DashboardGroup[]) => ({
  data: {
    me: { ...TEST_USER, schools: [{ id: 's-1', name: 'ROC Midden Nederland', brin: '25LX' }], groups },
  },
});
