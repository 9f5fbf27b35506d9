import { Mailer } from '../src/modules/invitations/mailer';
import { MembershipEntity } from '../src/modules/groups/membership.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { DEFAULT_PASSWORD } from './factories';
import { Engine, engines, outcome, startTestApp, TestApp } from './harness';

const INVITE = 'mutation($g: ID!, $s: ID!, $e: String!, $r: [GroupRole!]!) { inviteMember(input: { groupId: $g, schoolId: $s, email: $e, roles: $r }) { id email roles expiresAt school { brin } } }';
const ACCEPT = 'mutation($t: String!, $n: String, $p: String) { acceptInvitation(input: { token: $t, name: $n, password: $p }) { accessToken user { id email } } }';
const SET_ROLES = 'mutation($g: ID!, $u: ID!, $r: [GroupRole!]!) { setMemberRoles(input: { groupId: $g, userId: $u, roles: $r }) { roles user { id } } }';

describe.each(engines())('development groups on %s', (engine: Engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  async function groupWithCoordinator() {
    const schoolA = await t.f.school({ name: 'ROC Alfa' });
    const schoolB = await t.f.school({ name: 'ROC Beta' });
    const coordinator = await t.f.user({ schools: [schoolA] });
    const group = await t.f.group();
    await t.f.member(group, coordinator, ['coordinator']);
    return { schoolA, schoolB, coordinator, group, token: await t.f.token(coordinator) };
  }

  const tokenFromMail = (email: string) => {
    const mail = t.app.get(Mailer).sentTo(email).at(-1);
    return /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(mail!.text)![1];
  };

  it('lets a coordinator invite a new teacher, who sets a password through the one-time link and joins for their school', async () => {
    const { schoolB, group, token } = await groupWithCoordinator();
    const invited = await t.gql<{ inviteMember: { email: string; roles: string[]; school: { brin: string } } }>(INVITE, {
      g: group.id,
      s: schoolB.id,
      e: 'Nieuwe.Docent@ROC-beta.test',
      r: ['AUTHOR', 'REVIEWER'],
    }, { token });
    expect(outcome(invited)).toBe('ok');
    expect(invited.data!.inviteMember).toMatchObject({ email: 'nieuwe.docent@roc-beta.test', roles: ['AUTHOR', 'REVIEWER'], school: { brin: schoolB.brin } });

    const link = tokenFromMail('nieuwe.docent@roc-beta.test');
    const preview = await t.gql<{ invitation: { accountExists: boolean; groupName: string } }>('query($t: String!) { invitation(token: $t) { email groupName groupSlug schoolName accountExists } }', { t: link });
    expect(preview.data!.invitation).toMatchObject({ accountExists: false, groupName: group.name, groupSlug: group.slug });

    const weak = await t.gql(ACCEPT, { t: link, n: 'Nieuwe Docent', p: 'wachtwoord123' });
    expect(weak.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password', reason: 'common' });
    expect(await t.dataSource.getRepository(UserEntity).countBy({ email: 'nieuwe.docent@roc-beta.test' })).toBe(0);

    const accepted = await t.gql<{ acceptInvitation: { accessToken: string } }>(ACCEPT, { t: link, n: 'Nieuwe Docent', p: 'koffie-en-een-tillift' });
    expect(outcome(accepted)).toBe('ok');
    const me = await t.gql<{ me: { schools: { id: string }[]; groups: { id: string }[] } }>('{ me { schools { id } groups { id } } }', {}, { token: accepted.data!.acceptInvitation.accessToken });
    expect(me.data!.me.schools.map((s) => s.id)).toEqual([schoolB.id]);
    expect(me.data!.me.groups.map((g) => g.id)).toEqual([group.id]);

    // The link works once.
    expect(outcome(await t.gql(ACCEPT, { t: link, n: 'Nog eens', p: 'koffie-en-een-tillift' }))).toBe('NOT_FOUND');
    // And the new password signs in.
    const login = await t.gql('mutation { login(input: { email: "nieuwe.docent@roc-beta.test", password: "koffie-en-een-tillift" }) { accessToken } }');
    expect(outcome(login)).toBe('ok');
  });

  it('adds an existing account without asking for a password, and refuses to invite a member twice', async () => {
    const { schoolA, group, token } = await groupWithCoordinator();
    const existing = await t.f.user({ schools: [schoolA] });
    expect(outcome(await t.gql(INVITE, { g: group.id, s: schoolA.id, e: existing.email, r: ['REVIEWER'] }, { token }))).toBe('ok');
    const link = tokenFromMail(existing.email);
    const preview = await t.gql<{ invitation: { accountExists: boolean } }>('query($t: String!) { invitation(token: $t) { accountExists } }', { t: link });
    expect(preview.data!.invitation.accountExists).toBe(true);
    expect(outcome(await t.gql(ACCEPT, { t: link }))).toBe('ok');
    const row = await t.dataSource.getRepository(MembershipEntity).findOneByOrFail({ groupId: group.id, userId: existing.id });
    expect(row.roles).toBe('reviewer');
    expect(outcome(await t.gql(INVITE, { g: group.id, s: schoolA.id, e: existing.email, r: ['AUTHOR'] }, { token }))).toBe('CONFLICT');
  });

  it('a newer invitation replaces an open one for the same address', async () => {
    const { schoolA, group, token } = await groupWithCoordinator();
    await t.gql(INVITE, { g: group.id, s: schoolA.id, e: 'twee-keer@school.test', r: ['AUTHOR'] }, { token });
    const first = tokenFromMail('twee-keer@school.test');
    await t.gql(INVITE, { g: group.id, s: schoolA.id, e: 'twee-keer@school.test', r: ['REVIEWER'] }, { token });
    expect(outcome(await t.gql('query($t: String!) { invitation(token: $t) { email } }', { t: first }))).toBe('NOT_FOUND');
    const pending = await t.gql<{ group: { invitations: { roles: string[] }[] } }>('query($id: ID) { group(id: $id) { invitations { email roles } } }', { id: group.id }, { token });
    expect(pending.data!.group.invitations).toEqual([{ email: 'twee-keer@school.test', roles: ['REVIEWER'] }]);
  });

  it('lists members by school, and role changes apply to the next request', async () => {
    const { schoolA, schoolB, group, token } = await groupWithCoordinator();
    const author = await t.f.user({ name: 'Anouk', schools: [schoolB] });
    await t.f.member(group, author, ['author']);
    const res = await t.gql<{ group: { membersBySchool: { school: { name: string }; members: { roles: string[] }[] }[] } }>(
      'query($id: ID) { group(id: $id) { membersBySchool { school { name } members { roles user { name } } } } }',
      { id: group.id },
      { token },
    );
    expect(res.data!.group.membersBySchool.map((s) => [s.school.name, s.members.length])).toEqual([
      [schoolA.name, 1],
      [schoolB.name, 1],
    ]);

    const authorToken = await t.f.token(author);
    expect(outcome(await t.gql('mutation($g: ID!) { createModule(input: { groupId: $g, title: "Mag nog" }) { id } }', { g: group.id }, { token: authorToken }))).toBe('ok');
    const changed = await t.gql<{ setMemberRoles: { roles: string[] } }>(SET_ROLES, { g: group.id, u: author.id, r: ['REVIEWER'] }, { token });
    expect(changed.data!.setMemberRoles.roles).toEqual(['REVIEWER']);
    expect(outcome(await t.gql('mutation($g: ID!) { createModule(input: { groupId: $g, title: "Mag niet meer" }) { id } }', { g: group.id }, { token: authorToken }))).toBe('FORBIDDEN');
  });

  it('keeps at least one coordinator: no demoting, removing or leaving of the last one', async () => {
    const { coordinator, group, token } = await groupWithCoordinator();
    expect(outcome(await t.gql(SET_ROLES, { g: group.id, u: coordinator.id, r: ['AUTHOR'] }, { token }))).toBe('CONFLICT');
    expect(outcome(await t.gql('mutation($g: ID!) { leaveGroup(groupId: $g) }', { g: group.id }, { token }))).toBe('CONFLICT');
    expect(outcome(await t.gql('mutation($g: ID!, $u: ID!) { removeMember(input: { groupId: $g, userId: $u }) }', { g: group.id, u: coordinator.id }, { token }))).toBe('CONFLICT');

    const second = await t.f.user();
    await t.f.member(group, second, ['author']);
    expect(outcome(await t.gql(SET_ROLES, { g: group.id, u: second.id, r: ['AUTHOR', 'COORDINATOR'] }, { token }))).toBe('ok');
    expect(outcome(await t.gql('mutation($g: ID!) { leaveGroup(groupId: $g) }', { g: group.id }, { token }))).toBe('ok');
    expect(await t.dataSource.getRepository(MembershipEntity).countBy({ groupId: group.id })).toBe(1);
  });

  it('makes the founder of a new group its coordinator, for their school', async () => {
    const school = await t.f.school();
    const admin = await t.f.user({ isAdmin: true, schools: [school] });
    const res = await t.gql<{ createGroup: { id: string; slug: string; myRoles: string[] } }>(
      'mutation { createGroup(input: { name: "Zorg & Technologie", sector: "Zorg en welzijn", description: "Samen" }) { id slug myRoles } }',
      {},
      { token: await t.f.token(admin) },
    );
    expect(res.data!.createGroup.slug).toBe('zorg-technologie');
    const member = await t.dataSource.getRepository(MembershipEntity).findOneByOrFail({ groupId: res.data!.createGroup.id });
    expect(member).toMatchObject({ userId: admin.id, roles: 'coordinator', schoolId: school.id });
  });

  it('does not sign in an invited account before it has a password', async () => {
    const { schoolA, group, token } = await groupWithCoordinator();
    await t.gql(INVITE, { g: group.id, s: schoolA.id, e: 'nog-geen-wachtwoord@school.test', r: ['AUTHOR'] }, { token });
    expect(outcome(await t.gql(`mutation { login(input: { email: "nog-geen-wachtwoord@school.test", password: "${DEFAULT_PASSWORD}" }) { accessToken } }`))).toBe('UNAUTHENTICATED');
  });
});
