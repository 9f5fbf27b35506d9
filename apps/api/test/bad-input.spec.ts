import { GroupEntity } from '../src/modules/groups/group.entity';
import { MembershipEntity } from '../src/modules/groups/membership.entity';
import { InvitationEntity } from '../src/modules/invitations/invitation.entity';
import { LearningModuleEntity } from '../src/modules/learning-modules/learning-module.entity';
import { SchoolEntity } from '../src/modules/schools/school.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { Engine, engines, startTestApp, TestApp } from './harness';

const HUGE = 'x'.repeat(100_000);
const UNKNOWN = '5b0d1f3e-8d1c-4c55-9a3e-0b1f2a3c4d5e';

interface Ctx {
  adminToken: string;
  coordinatorToken: string;
  authorToken: string;
  groupId: string;
  schoolId: string;
  brin: string;
  moduleId: string;
  reviewerId: string;
}

interface Case {
  name: string;
  as: keyof Pick<Ctx, 'adminToken' | 'coordinatorToken' | 'authorToken'>;
  document: string;
  variables: (c: Ctx) => Record<string, unknown>;
  code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';
  /** The field the error must name (checked against extensions.field or the message). */
  field: string;
}

const CASES: Case[] = [
  { name: 'malformed e-mail in an invitation', as: 'coordinatorToken', document: 'mutation($g: ID!, $s: ID!) { inviteMember(input: { groupId: $g, schoolId: $s, email: "geen-adres", roles: [AUTHOR] }) { id } }', variables: (c) => ({ g: c.groupId, s: c.schoolId }), code: 'BAD_USER_INPUT', field: 'input.email' },
  { name: 'malformed e-mail at sign-in', as: 'authorToken', document: 'mutation { login(input: { email: "a@@b", password: "whatever-long" }) { accessToken } }', variables: () => ({}), code: 'BAD_USER_INPUT', field: 'input.email' },
  { name: 'duplicate BRIN', as: 'adminToken', document: 'mutation($b: String!) { createSchool(input: { name: "Dubbel", brin: $b }) { id } }', variables: (c) => ({ b: c.brin.toLowerCase() }), code: 'BAD_USER_INPUT', field: 'input.brin' },
  { name: 'malformed BRIN', as: 'adminToken', document: 'mutation { createSchool(input: { name: "Fout", brin: "ABCD" }) { id } }', variables: () => ({}), code: 'BAD_USER_INPUT', field: 'input.brin' },
  { name: '100 kB school name', as: 'adminToken', document: 'mutation($n: String!) { createSchool(input: { name: $n, brin: "99ZZ" }) { id } }', variables: () => ({ n: HUGE }), code: 'BAD_USER_INPUT', field: 'input.name' },
  { name: '100 kB group name', as: 'adminToken', document: 'mutation($n: String!) { createGroup(input: { name: $n, sector: "Zorg" }) { id } }', variables: () => ({ n: HUGE }), code: 'BAD_USER_INPUT', field: 'input.name' },
  { name: '100 kB module title', as: 'authorToken', document: 'mutation($g: ID!, $t: String!) { createModule(input: { groupId: $g, title: $t }) { id } }', variables: (c) => ({ g: c.groupId, t: HUGE }), code: 'BAD_USER_INPUT', field: 'input.title' },
  { name: '100 kB rename', as: 'authorToken', document: 'mutation($id: ID!, $t: String!) { renameModule(input: { id: $id, title: $t }) { id } }', variables: (c) => ({ id: c.moduleId, t: HUGE }), code: 'BAD_USER_INPUT', field: 'input.title' },
  { name: 'empty module title', as: 'authorToken', document: 'mutation($g: ID!) { createModule(input: { groupId: $g, title: "   " }) { id } }', variables: (c) => ({ g: c.groupId }), code: 'BAD_USER_INPUT', field: 'input.title' },
  { name: 'bad language tag', as: 'authorToken', document: 'mutation($g: ID!) { createModule(input: { groupId: $g, title: "T", language: "klingon!" }) { id } }', variables: (c) => ({ g: c.groupId }), code: 'BAD_USER_INPUT', field: 'input.language' },
  { name: 'control characters in a group name', as: 'adminToken', document: 'mutation { createGroup(input: { name: "a\\u0000b", sector: "Zorg" }) { id } }', variables: () => ({}), code: 'BAD_USER_INPUT', field: 'input.name' },
  { name: 'duplicate group slug', as: 'adminToken', document: 'mutation($s: String!) { createGroup(input: { name: "Nog een", sector: "Zorg", slug: $s }) { id } }', variables: () => ({ s: 'bestaande-groep' }), code: 'BAD_USER_INPUT', field: 'input.slug' },
  { name: 'malformed slug', as: 'adminToken', document: 'mutation { createGroup(input: { name: "Nog een", sector: "Zorg", slug: "Geen Slug!" }) { id } }', variables: () => ({}), code: 'BAD_USER_INPUT', field: 'input.slug' },
  { name: 'unknown module id', as: 'authorToken', document: 'query($id: ID!) { module(id: $id) { id } }', variables: () => ({ id: UNKNOWN }), code: 'NOT_FOUND', field: 'id' },
  { name: 'id that is no id', as: 'authorToken', document: "query { module(id: \"1' OR '1'='1\") { id } }", variables: () => ({}), code: 'NOT_FOUND', field: 'id' },
  { name: 'unknown group id', as: 'authorToken', document: 'mutation($g: ID!) { createModule(input: { groupId: $g, title: "T" }) { id } }', variables: () => ({ g: UNKNOWN }), code: 'NOT_FOUND', field: 'input.groupId' },
  { name: 'unknown group slug', as: 'authorToken', document: 'query { group(slug: "bestaat-niet") { id } }', variables: () => ({}), code: 'NOT_FOUND', field: 'slug' },
  { name: 'unknown school in an invitation', as: 'coordinatorToken', document: 'mutation($g: ID!, $s: ID!) { inviteMember(input: { groupId: $g, schoolId: $s, email: "x@school.test", roles: [AUTHOR] }) { id } }', variables: (c) => ({ g: c.groupId, s: UNKNOWN }), code: 'NOT_FOUND', field: 'input.schoolId' },
  { name: 'roles of someone who is no member', as: 'coordinatorToken', document: 'mutation($g: ID!, $u: ID!) { setMemberRoles(input: { groupId: $g, userId: $u, roles: [AUTHOR] }) { id } }', variables: (c) => ({ g: c.groupId, u: UNKNOWN }), code: 'NOT_FOUND', field: 'input.userId' },
  { name: 'no roles at all', as: 'coordinatorToken', document: 'mutation($g: ID!, $u: ID!) { setMemberRoles(input: { groupId: $g, userId: $u, roles: [] }) { id } }', variables: (c) => ({ g: c.groupId, u: c.reviewerId }), code: 'BAD_USER_INPUT', field: 'input.roles' },
  { name: 'unknown invitation token', as: 'authorToken', document: 'query { invitation(token: "verzonnen") { email } }', variables: () => ({}), code: 'NOT_FOUND', field: 'token' },
  { name: 'weak password on accepting an invitation', as: 'authorToken', document: 'mutation { acceptInvitation(input: { token: "verzonnen", name: "X", password: "kort" }) { accessToken } }', variables: () => ({}), code: 'NOT_FOUND', field: 'token' },
  { name: 'page size out of range', as: 'authorToken', document: 'query($id: ID) { group(id: $id) { modules(first: 101) { totalCount } } }', variables: (c) => ({ id: c.groupId }), code: 'BAD_USER_INPUT', field: 'first' },
  { name: 'forged cursor', as: 'authorToken', document: 'query($id: ID) { group(id: $id) { modules(first: 5, after: "bm9ub25zZW5zZQ") { totalCount } } }', variables: (c) => ({ id: c.groupId }), code: 'BAD_USER_INPUT', field: 'after' },
  // Wrong types are refused by the GraphQL layer before any resolver runs.
  { name: 'a number for a string', as: 'adminToken', document: 'mutation { createSchool(input: { name: 42, brin: "12AB" }) { id } }', variables: () => ({}), code: 'BAD_USER_INPUT', field: 'name' },
  { name: 'a string for a number', as: 'authorToken', document: 'query($id: ID) { group(id: $id) { modules(first: "tien") { totalCount } } }', variables: (c) => ({ id: c.groupId }), code: 'BAD_USER_INPUT', field: 'first' },
  { name: 'an unknown enum value', as: 'coordinatorToken', document: 'mutation($g: ID!, $u: ID!) { setMemberRoles(input: { groupId: $g, userId: $u, roles: [OPPERHOOFD] }) { id } }', variables: (c) => ({ g: c.groupId, u: c.reviewerId }), code: 'BAD_USER_INPUT', field: 'OPPERHOOFD' },
  { name: 'a wrongly typed variable', as: 'adminToken', document: 'mutation($n: String!) { createSchool(input: { name: $n, brin: "12AB" }) { id } }', variables: () => ({ n: { nested: true } }), code: 'BAD_USER_INPUT', field: '$n' },
  { name: 'a missing required argument', as: 'authorToken', document: 'query { module { id } }', variables: () => ({}), code: 'BAD_USER_INPUT', field: 'id' },
];

const TABLES = [UserEntity, SchoolEntity, GroupEntity, MembershipEntity, InvitationEntity, LearningModuleEntity];

describe.each(engines())('bad input on %s', (engine: Engine) => {
  let t: TestApp;
  let c: Ctx;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const school = await t.f.school();
    const admin = await t.f.user({ isAdmin: true });
    const coordinator = await t.f.user({ schools: [school] });
    const author = await t.f.user({ schools: [school] });
    const reviewer = await t.f.user({ schools: [school] });
    const group = await t.f.group();
    await t.f.group({ slug: 'bestaande-groep' });
    await t.f.member(group, coordinator, ['coordinator']);
    await t.f.member(group, author, ['author']);
    await t.f.member(group, reviewer, ['reviewer']);
    const module = await t.f.module(group, author);
    c = {
      adminToken: await t.f.token(admin),
      coordinatorToken: await t.f.token(coordinator),
      authorToken: await t.f.token(author),
      groupId: group.id,
      schoolId: school.id,
      brin: school.brin,
      moduleId: module.id,
      reviewerId: reviewer.id,
    };
  });

  afterAll(() => t.close());

  const snapshot = async () => {
    const counts = await Promise.all(TABLES.map((table) => t.dataSource.getRepository(table).count({ withDeleted: true } as never)));
    const module = await t.dataSource.getRepository(LearningModuleEntity).findOneBy({ id: c.moduleId });
    return { counts, title: module?.title };
  };

  it.each(CASES.map((k) => [k.name, k] as const))('%s', async (_name, k) => {
    const before = await snapshot();
    const res = await t.gql(k.document, k.variables(c), { token: c[k.as] });
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0]?.extensions?.code).toBe(k.code);
    const error = res.errors![0];
    expect(error.extensions?.field === k.field || error.message.includes(k.field)).toBe(true);
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|\.ts:\d+/);
    expect(await snapshot()).toEqual(before);
  });
});
