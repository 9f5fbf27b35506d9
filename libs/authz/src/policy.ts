/**
 * The one permission policy. Every door (GraphQL, REST, the collaboration socket, OAI-PMH)
 * asks `can(actor, action, resource)`; nothing else decides who may do what.
 */

export const GROUP_ROLES = ['author', 'reviewer', 'coordinator'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

export interface Actor {
  userId: string;
  isAdmin: boolean;
  /** Roles per development group id. */
  roles: ReadonlyMap<string, ReadonlySet<GroupRole>>;
}

export type Resource =
  | { kind: 'platform' }
  | { kind: 'group'; groupId: string }
  | { kind: 'module'; groupId: string; deleted: boolean }
  | { kind: 'membership'; groupId: string; userId: string };

export const ACTIONS = {
  'school.create': 'platform',
  'school.update': 'platform',
  'school.list': 'platform',
  'group.create': 'platform',
  'group.list': 'platform',
  'group.read': 'group',
  'group.readMembers': 'group',
  'group.update': 'group',
  'group.invite': 'group',
  'group.manageRoles': 'group',
  'group.removeMember': 'membership',
  'group.leave': 'membership',
  'module.list': 'group',
  'module.listDeleted': 'group',
  'module.create': 'group',
  'module.read': 'module',
  'module.write': 'module',
  'module.rename': 'module',
  'module.delete': 'module',
  'module.restore': 'module',
} as const satisfies Record<string, Resource['kind']>;

export type Action = keyof typeof ACTIONS;
export type ResourceFor<A extends Action> = Extract<Resource, { kind: (typeof ACTIONS)[A] }>;

const rolesIn = (actor: Actor, groupId: string): ReadonlySet<GroupRole> => actor.roles.get(groupId) ?? EMPTY;
const EMPTY: ReadonlySet<GroupRole> = new Set();

const isMember = (actor: Actor, groupId: string) => rolesIn(actor, groupId).size > 0;
const has = (actor: Actor, groupId: string, ...roles: GroupRole[]) => roles.some((r) => rolesIn(actor, groupId).has(r));
const coordinatesAnyGroup = (actor: Actor) => [...actor.roles.values()].some((roles) => roles.has('coordinator'));

type Rule = (actor: Actor, resource: never) => boolean;

const RULES: { [A in Action]: (actor: Actor, resource: ResourceFor<A>) => boolean } = {
  'school.create': (a) => a.isAdmin,
  'school.update': (a) => a.isAdmin,
  'school.list': () => true,
  // A development group is founded by a platform administrator or by someone who already
  // coordinates one; the founder becomes its coordinator.
  'group.create': (a) => a.isAdmin || coordinatesAnyGroup(a),
  // The directory of groups (name, sector, description) is visible to every teacher, so they
  // can find groups to join; members and drafts are not.
  'group.list': () => true,
  'group.read': () => true,
  'group.readMembers': (a, r) => a.isAdmin || isMember(a, r.groupId),
  'group.update': (a, r) => a.isAdmin || has(a, r.groupId, 'coordinator'),
  'group.invite': (a, r) => a.isAdmin || has(a, r.groupId, 'coordinator'),
  'group.manageRoles': (a, r) => a.isAdmin || has(a, r.groupId, 'coordinator'),
  'group.removeMember': (a, r) => a.isAdmin || has(a, r.groupId, 'coordinator'),
  'group.leave': (a, r) => a.userId === r.userId && isMember(a, r.groupId),
  'module.list': (a, r) => a.isAdmin || isMember(a, r.groupId),
  'module.listDeleted': (a, r) => a.isAdmin || has(a, r.groupId, 'author', 'coordinator'),
  'module.create': (a, r) => has(a, r.groupId, 'author', 'coordinator'),
  'module.read': (a, r) => (r.deleted ? a.isAdmin || has(a, r.groupId, 'author', 'coordinator') : a.isAdmin || isMember(a, r.groupId)),
  // Content is written by authors only: reviewers and coordinators without the author role
  // read live documents but their updates are dropped.
  'module.write': (a, r) => !r.deleted && has(a, r.groupId, 'author'),
  'module.rename': (a, r) => !r.deleted && has(a, r.groupId, 'author', 'coordinator'),
  'module.delete': (a, r) => !r.deleted && has(a, r.groupId, 'author', 'coordinator'),
  'module.restore': (a, r) => r.deleted && (a.isAdmin || has(a, r.groupId, 'author', 'coordinator')),
};

export function can<A extends Action>(actor: Actor | null, action: A, resource: ResourceFor<A>): boolean {
  if (!actor) return false;
  if (ACTIONS[action] !== resource.kind) {
    throw new Error(`Action ${action} applies to a ${ACTIONS[action]}, not a ${resource.kind}`);
  }
  return (RULES[action] as Rule)(actor, resource as never);
}

/** Whether the actor may see that the resource exists at all (deny as NOT_FOUND otherwise). */
export function canSee(actor: Actor | null, resource: Resource): boolean {
  if (!actor) return false;
  switch (resource.kind) {
    case 'platform':
    case 'group':
      return true;
    case 'module':
      return can(actor, 'module.read', resource);
    case 'membership':
      return can(actor, 'group.readMembers', { kind: 'group', groupId: resource.groupId });
  }
}

export function actorFrom(userId: string, isAdmin: boolean, memberships: Iterable<{ groupId: string; roles: Iterable<GroupRole> }>): Actor {
  const roles = new Map<string, Set<GroupRole>>();
  for (const m of memberships) roles.set(m.groupId, new Set(m.roles));
  return { userId, isAdmin, roles };
}

export function isGroupRole(value: string): value is GroupRole {
  return (GROUP_ROLES as readonly string[]).includes(value);
}
