import type { GroupEntity } from '../src/modules/groups/group.entity';
import type { LearningModuleEntity } from '../src/modules/learning-modules/learning-module.entity';
import type { SchoolEntity } from '../src/modules/schools/school.entity';
import type { UserEntity } from '../src/modules/users/user.entity';
import type { Factories } from './factories';

/** Who asks, in the order of every row below. */
export const ROLES = ['anonymous', 'outsider', 'author', 'reviewer', 'otherCoordinator', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type Expected = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

export interface World {
  f: Factories;
  users: Record<Exclude<Role, 'anonymous'>, UserEntity>;
  school: SchoolEntity;
  group: GroupEntity;
  module: LearningModuleEntity;
  /** Creates an invitation to `group` and returns its token (read from the outgoing mail). */
  invite(): Promise<string>;
  /** Saves a version of `module` (as its author) and returns its id. */
  version(): Promise<string>;
}

export interface Row {
  /** `Query.x`, `Mutation.x`, or `Type.field` for a field-level probe. */
  operation: string;
  document: string;
  variables: (world: World) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expect: Record<Role, Expected>;
}

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
const by = (...codes: Expected[]): Record<Role, Expected> => Object.fromEntries(ROLES.map((r, i) => [r, codes[i]])) as Record<Role, Expected>;

/** A group of its own per case, holding each role-holder of the world with their role. */
async function groupWithRoles(w: World): Promise<GroupEntity> {
  const group = await w.f.group();
  await w.f.member(group, w.users.author, ['author']);
  await w.f.member(group, w.users.reviewer, ['reviewer']);
  await w.f.member(group, w.users.coordinator, ['coordinator']);
  await w.f.member(group, await w.f.user(), ['coordinator']);
  return group;
}

/**
 * The authorization matrix: every GraphQL operation (and the guarded fields of Group) as
 * anonymous, a signed-in outsider, an author, a reviewer, a coordinator of another group,
 * the group's coordinator and a platform administrator. Modules a caller may not read
 * answer NOT_FOUND, indistinguishable from a module that does not exist.
 */
export const MATRIX: Row[] = [
  //                                                       anon out ath rev oc coord admin
  { operation: 'Query.me', document: '{ me { id } }', variables: () => ({}), expect: by(U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok') },
  { operation: 'Query.schools', document: '{ schools { id } }', variables: () => ({}), expect: by(U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok') },
  { operation: 'Query.groups', document: '{ groups { id } }', variables: () => ({}), expect: by(U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok') },
  {
    operation: 'Query.group',
    document: 'query($id: ID) { group(id: $id) { id name memberCount myRoles } }',
    variables: (w) => ({ id: w.group.id }),
    expect: by(U, 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  {
    operation: 'Group.members',
    document: 'query($id: ID) { group(id: $id) { members { id user { email } } } }',
    variables: (w) => ({ id: w.group.id }),
    expect: by(U, F, 'ok', 'ok', F, 'ok', 'ok'),
  },
  {
    operation: 'Group.membersBySchool',
    document: 'query($id: ID) { group(id: $id) { membersBySchool { members { id } } } }',
    variables: (w) => ({ id: w.group.id }),
    expect: by(U, F, 'ok', 'ok', F, 'ok', 'ok'),
  },
  {
    operation: 'Group.modules',
    document: 'query($id: ID) { group(id: $id) { modules(first: 5) { totalCount } } }',
    variables: (w) => ({ id: w.group.id }),
    expect: by(U, F, 'ok', 'ok', F, 'ok', 'ok'),
  },
  {
    operation: 'Group.modules(includeDeleted)',
    document: 'query($id: ID) { group(id: $id) { modules(first: 5, includeDeleted: true) { totalCount } } }',
    variables: (w) => ({ id: w.group.id }),
    expect: by(U, F, 'ok', F, F, 'ok', 'ok'),
  },
  {
    operation: 'Group.invitations',
    document: 'query($id: ID) { group(id: $id) { invitations { id email } } }',
    variables: (w) => ({ id: w.group.id }),
    expect: by(U, F, F, F, F, 'ok', 'ok'),
  },
  {
    operation: 'Query.module',
    document: 'query($id: ID!) { module(id: $id) { id title group { id } createdBy { id } } }',
    variables: (w) => ({ id: w.module.id }),
    expect: by(U, N, 'ok', 'ok', N, 'ok', 'ok'),
  },
  {
    operation: 'Query.invitation',
    document: 'query($token: String!) { invitation(token: $token) { email groupName } }',
    variables: async (w) => ({ token: await w.invite() }),
    expect: by('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  {
    operation: 'Mutation.login',
    document: 'mutation($email: String!) { login(input: { email: $email, password: "factory-password-42" }) { accessToken } }',
    variables: (w) => ({ email: w.users.author.email }),
    expect: by('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  {
    // Refreshing needs the refresh cookie, whatever bearer token comes along.
    operation: 'Mutation.refreshToken',
    document: 'mutation { refreshToken { accessToken } }',
    variables: () => ({}),
    expect: by(U, U, U, U, U, U, U),
  },
  { operation: 'Mutation.logout', document: 'mutation { logout }', variables: () => ({}), expect: by('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok') },
  {
    operation: 'Mutation.createSchool',
    document: 'mutation($brin: String!) { createSchool(input: { name: "Nieuwe school", brin: $brin }) { id } }',
    variables: () => ({ brin: `${String(Math.floor(Math.random() * 100)).padStart(2, '0')}${String.fromCharCode(65 + Math.floor(Math.random() * 26))}${String.fromCharCode(65 + Math.floor(Math.random() * 26))}` }),
    expect: by(U, F, F, F, F, F, 'ok'),
  },
  {
    operation: 'Mutation.createGroup',
    document: 'mutation($slug: String!) { createGroup(input: { name: "Nieuwe groep", sector: "Techniek", slug: $slug }) { id } }',
    variables: () => ({ slug: `nieuw-${Math.random().toString(36).slice(2, 10)}` }),
    expect: by(U, F, F, F, 'ok', 'ok', 'ok'),
  },
  {
    operation: 'Mutation.updateGroup',
    document: 'mutation($id: ID!) { updateGroup(input: { id: $id, description: "Bijgewerkt" }) { id } }',
    variables: (w) => ({ id: w.group.id }),
    expect: by(U, F, F, F, F, 'ok', 'ok'),
  },
  {
    operation: 'Mutation.inviteMember',
    document: 'mutation($g: ID!, $s: ID!, $e: String!) { inviteMember(input: { groupId: $g, schoolId: $s, email: $e, roles: [AUTHOR] }) { id } }',
    variables: (w) => ({ g: w.group.id, s: w.school.id, e: `nieuw-${Math.random().toString(36).slice(2, 8)}@school.test` }),
    expect: by(U, F, F, F, F, 'ok', 'ok'),
  },
  {
    operation: 'Mutation.acceptInvitation',
    document: 'mutation($token: String!) { acceptInvitation(input: { token: $token, name: "Nieuwe Docent", password: "een-goed-wachtwoord" }) { accessToken } }',
    variables: async (w) => ({ token: await w.invite() }),
    expect: by('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  },
  {
    operation: 'Mutation.setMemberRoles',
    document: 'mutation($g: ID!, $u: ID!) { setMemberRoles(input: { groupId: $g, userId: $u, roles: [REVIEWER] }) { id roles } }',
    variables: (w) => ({ g: w.group.id, u: w.users.reviewer.id }),
    expect: by(U, F, F, F, F, 'ok', 'ok'),
  },
  {
    operation: 'Mutation.removeMember',
    document: 'mutation($g: ID!, $u: ID!) { removeMember(input: { groupId: $g, userId: $u }) }',
    variables: async (w) => {
      const leaving = await w.f.user();
      await w.f.member(w.group, leaving, ['author']);
      return { g: w.group.id, u: leaving.id };
    },
    expect: by(U, F, F, F, F, 'ok', 'ok'),
  },
  {
    operation: 'Mutation.leaveGroup',
    document: 'mutation($g: ID!) { leaveGroup(groupId: $g) }',
    variables: async (w) => ({ g: (await groupWithRoles(w)).id }),
    expect: by(U, F, 'ok', 'ok', F, 'ok', F),
  },
  {
    operation: 'Mutation.createModule',
    document: 'mutation($g: ID!) { createModule(input: { groupId: $g, title: "Nieuwe module" }) { id } }',
    variables: (w) => ({ g: w.group.id }),
    expect: by(U, F, 'ok', F, F, 'ok', F),
  },
  {
    operation: 'Mutation.renameModule',
    document: 'mutation($id: ID!) { renameModule(input: { id: $id, title: "Andere titel" }) { id } }',
    variables: (w) => ({ id: w.module.id }),
    expect: by(U, N, 'ok', F, N, 'ok', F),
  },
  {
    operation: 'Mutation.deleteModule',
    document: 'mutation($id: ID!) { deleteModule(id: $id) { id deletedAt } }',
    variables: async (w) => ({ id: (await w.f.module(w.group, w.users.author)).id }),
    expect: by(U, N, 'ok', F, N, 'ok', F),
  },
  {
    operation: 'Module.versions',
    document: 'query($id: ID!) { module(id: $id) { versions { id name } } }',
    variables: (w) => ({ id: w.module.id }),
    expect: by(U, N, 'ok', 'ok', N, 'ok', 'ok'),
  },
  {
    operation: 'Module.pages',
    document: 'query($id: ID!) { module(id: $id) { pages { id type title } } }',
    variables: (w) => ({ id: w.module.id }),
    expect: by(U, N, 'ok', 'ok', N, 'ok', 'ok'),
  },
  {
    operation: 'Query.moduleVersion',
    document: 'query($id: ID!) { moduleVersion(id: $id) { version { id } pages { id } html } }',
    variables: async (w) => ({ id: await w.version() }),
    expect: by(U, N, 'ok', 'ok', N, 'ok', 'ok'),
  },
  {
    operation: 'Query.compareModuleVersions',
    document: 'query($id: ID!) { compareModuleVersions(from: $id) { added { id } changed { id } } }',
    variables: async (w) => ({ id: await w.version() }),
    expect: by(U, N, 'ok', 'ok', N, 'ok', 'ok'),
  },
  {
    operation: 'Mutation.saveModuleVersion',
    document: 'mutation($id: ID!) { saveModuleVersion(input: { moduleId: $id, name: "Tussenstand" }) { id } }',
    variables: (w) => ({ id: w.module.id }),
    expect: by(U, N, 'ok', F, N, F, F),
  },
  {
    operation: 'Mutation.restoreModuleVersion',
    document: 'mutation($id: ID!) { restoreModuleVersion(id: $id) { id } }',
    variables: async (w) => ({ id: await w.version() }),
    expect: by(U, N, 'ok', F, N, F, F),
  },
  {
    operation: 'Mutation.restoreModule',
    document: 'mutation($id: ID!) { restoreModule(id: $id) { id deletedAt } }',
    variables: async (w) => ({ id: (await w.f.module(w.group, w.users.author, { deletedAt: new Date() })).id }),
    expect: by(U, N, 'ok', N, N, 'ok', 'ok'),
  },
];
