import { GraphQLObjectType } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Mailer } from '../src/modules/invitations/mailer';
import { MATRIX, Role, ROLES, World } from './authz-matrix';
import { Engine, engines, outcome, startTestApp, TestApp } from './harness';

/** Fields of Group whose resolvers check the policy themselves. */
const GUARDED_GROUP_FIELDS = ['members', 'membersBySchool', 'modules', 'invitations'];
/** Fields of Module that read through the document store or versions. */
const GUARDED_MODULE_FIELDS = ['pages', 'versions'];

describe.each(engines())('authorization matrix on %s', (engine: Engine) => {
  let t: TestApp;
  let world: World;
  const tokens = new Map<Role, string | undefined>();

  beforeAll(async () => {
    t = await startTestApp(engine);
    const { f } = t;
    const school = await f.school();
    const [outsider, author, reviewer, otherCoordinator, coordinator, admin] = await Promise.all([
      f.user({ schools: [school] }),
      f.user({ schools: [school] }),
      f.user({ schools: [school] }),
      f.user(),
      f.user({ schools: [school] }),
      f.user({ isAdmin: true }),
    ]);
    const group = await f.group();
    const otherGroup = await f.group();
    await f.member(group, author, ['author']);
    await f.member(group, reviewer, ['reviewer']);
    await f.member(group, coordinator, ['coordinator']);
    await f.member(otherGroup, otherCoordinator, ['coordinator']);
    const module = await f.module(group, author);
    const users = { outsider, author, reviewer, otherCoordinator, coordinator, admin };
    world = {
      f,
      users,
      school,
      group,
      module,
      async invite() {
        const email = `uitgenodigd-${Math.random().toString(36).slice(2, 10)}@school.test`;
        const res = await t.gql(
          'mutation($g: ID!, $s: ID!, $e: String!) { inviteMember(input: { groupId: $g, schoolId: $s, email: $e, roles: [AUTHOR] }) { id } }',
          { g: group.id, s: school.id, e: email },
          { token: await f.token(coordinator) },
        );
        expect(outcome(res)).toBe('ok');
        const mail = t.app.get(Mailer).sentTo(email).at(-1)!;
        return /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
      },
      async version() {
        const res = await t.gql<{ saveModuleVersion: { id: string } }>(
          'mutation($id: ID!) { saveModuleVersion(input: { moduleId: $id, name: "Versie" }) { id } }',
          { id: module.id },
          { token: await f.token(author) },
        );
        expect(outcome(res)).toBe('ok');
        return res.data!.saveModuleVersion.id;
      },
    };
    tokens.set('anonymous', undefined);
    for (const role of ROLES.filter((r) => r !== 'anonymous')) tokens.set(role, await f.token(users[role as Exclude<Role, 'anonymous'>]));
  });

  afterAll(() => t.close());

  const cases = MATRIX.flatMap((row) => ROLES.map((role) => [row.operation, role, row.expect[role], row] as const));

  it.each(cases)('%s as %s → %s', async (_op, role, expected, row) => {
    const res = await t.gql(row.document, await row.variables(world), { token: tokens.get(role) });
    expect(res.status).toBeLessThan(500);
    expect(outcome(res)).toBe(expected);
    if (expected !== 'ok') {
      // A refusal carries no partial data and no internals.
      expect(JSON.stringify(res.errors)).not.toMatch(/stack|at .*\.ts|TypeORM|SQL/i);
      const root = row.operation.split('.')[1].replace(/\(.*$/, '');
      const data = res.data as Record<string, unknown> | null | undefined;
      if (row.operation.startsWith('Group.')) expect(data?.group ?? null).toBeNull();
      else if (row.operation.startsWith('Module.')) expect(data?.module ?? null).toBeNull();
      else expect(data?.[root] ?? null).toBeNull();
    }
  });

  it('lists every Query and Mutation field and every guarded Group field', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const inSchema = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`),
      ...GUARDED_GROUP_FIELDS.map((f) => `Group.${f}`),
      ...GUARDED_MODULE_FIELDS.map((f) => `Module.${f}`),
    ];
    const listed = new Set(MATRIX.map((row) => row.operation.replace(/\(.*$/, '')));
    expect(inSchema.filter((op) => !listed.has(op))).toEqual([]);
    expect([...listed].filter((op) => !inSchema.includes(op))).toEqual([]);
    // A new field on Group with arguments or a guard must be classified here as well.
    const group = schema.getType('Group') as GraphQLObjectType;
    const withArgs = Object.values(group.getFields()).filter((field) => field.args.length > 0).map((field) => field.name);
    expect(withArgs.every((name) => GUARDED_GROUP_FIELDS.includes(name))).toBe(true);
  });
});
