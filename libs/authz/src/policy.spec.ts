import { Action, Actor, ACTIONS, actorFrom, can, GroupRole, Resource } from './policy';

const G = 'group-1';
const OTHER = 'group-2';

const actors: Record<string, Actor | null> = {
  anonymous: null,
  outsider: actorFrom('u-out', false, []),
  author: actorFrom('u-auth', false, [{ groupId: G, roles: ['author'] }]),
  reviewer: actorFrom('u-rev', false, [{ groupId: G, roles: ['reviewer'] }]),
  otherCoordinator: actorFrom('u-oc', false, [{ groupId: OTHER, roles: ['coordinator'] }]),
  coordinator: actorFrom('u-coord', false, [{ groupId: G, roles: ['coordinator'] }]),
  admin: actorFrom('u-admin', true, []),
};

const resources: Record<Resource['kind'], Resource> = {
  platform: { kind: 'platform' },
  group: { kind: 'group', groupId: G },
  module: { kind: 'module', groupId: G, deleted: false },
  membership: { kind: 'membership', groupId: G, userId: 'someone-else' },
};

// Expected outcomes, columns in the order of `actors`.
const A = true;
const _ = false;
const MATRIX: Record<Action, [boolean, boolean, boolean, boolean, boolean, boolean, boolean]> = {
  //                      anon out  auth rev  oc   coord admin
  'school.create':       [_,   _,   _,   _,   _,   _,    A],
  'school.update':       [_,   _,   _,   _,   _,   _,    A],
  'school.list':         [_,   A,   A,   A,   A,   A,    A],
  'group.create':        [_,   _,   _,   _,   A,   A,    A],
  'group.list':          [_,   A,   A,   A,   A,   A,    A],
  'group.read':          [_,   A,   A,   A,   A,   A,    A],
  'group.readMembers':   [_,   _,   A,   A,   _,   A,    A],
  'group.update':        [_,   _,   _,   _,   _,   A,    A],
  'group.invite':        [_,   _,   _,   _,   _,   A,    A],
  'group.manageRoles':   [_,   _,   _,   _,   _,   A,    A],
  'group.removeMember':  [_,   _,   _,   _,   _,   A,    A],
  'group.leave':         [_,   _,   _,   _,   _,   _,    _],
  'module.list':         [_,   _,   A,   A,   _,   A,    A],
  'module.listDeleted':  [_,   _,   A,   _,   _,   A,    A],
  'module.create':       [_,   _,   A,   _,   _,   A,    _],
  'module.read':         [_,   _,   A,   A,   _,   A,    A],
  'module.write':        [_,   _,   A,   _,   _,   _,    _],
  'module.rename':       [_,   _,   A,   _,   _,   A,    _],
  'module.delete':       [_,   _,   A,   _,   _,   A,    _],
  'module.restore':      [_,   _,   _,   _,   _,   _,    _],
};

describe('can(actor, action, resource)', () => {
  const names = Object.keys(actors);
  const cases = (Object.keys(MATRIX) as Action[]).flatMap((action) =>
    names.map((name, i) => [action, name, MATRIX[action][i]] as const),
  );

  it('the matrix lists every action', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  it.each(cases)('%s as %s → %s', (action, name, expected) => {
    const resource = resources[ACTIONS[action]];
    expect(can(actors[name], action, resource as never)).toBe(expected);
  });

  it('a member leaves their own membership only', () => {
    const self = { kind: 'membership', groupId: G, userId: 'u-rev' } as const;
    expect(can(actors.reviewer, 'group.leave', self)).toBe(true);
    expect(can(actors.author, 'group.leave', self)).toBe(false);
  });

  it.each<[string, boolean]>([
    ['author', true],
    ['coordinator', true],
    ['admin', true],
    ['reviewer', false],
    ['outsider', false],
  ])('deleted modules: %s may read and restore → %s', (name, expected) => {
    const deleted = { kind: 'module', groupId: G, deleted: true } as const;
    expect(can(actors[name], 'module.read', deleted)).toBe(expected);
    expect(can(actors[name], 'module.restore', deleted)).toBe(expected);
    expect(can(actors[name], 'module.write', deleted)).toBe(false);
    expect(can(actors[name], 'module.delete', deleted)).toBe(false);
  });

  it('holding several roles grants the union', () => {
    const both = actorFrom('u', false, [{ groupId: G, roles: ['reviewer', 'author'] as GroupRole[] }]);
    expect(can(both, 'module.write', resources.module as never)).toBe(true);
  });

  it('refuses a resource of the wrong kind loudly', () => {
    expect(() => can(actors.admin, 'module.read', resources.group as never)).toThrow(/applies to a module/);
  });
});
