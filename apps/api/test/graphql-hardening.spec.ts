import { GraphQLError } from 'graphql';
import { formatGraphqlError } from '../src/common/error-format';
import { GRAPHQL_LIMITS } from '../src/graphql/graphql-options';
import { outcome, startTestApp, TestApp } from './harness';

const rejected = (res: { status: number; errors?: { extensions?: { code?: string } }[] }) =>
  res.status === 400 || res.errors?.some((e) => ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST'].includes(String(e.extensions?.code)));

/** `{ me { ...F0 } }` where each fragment spreads the next one twice: short, but 2^levels selections. */
function doublingFragments(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Viewer { ...F${i + 1} ...F${i + 1} }`);
  return `{ me { ...F0 } } ${fragments.join(' ')} fragment F${levels} on Viewer { id }`;
}

describe('GraphQL hardening', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    token = await t.f.token(await t.f.user());
  });
  afterAll(() => t.close());

  const shapes: [string, () => string][] = [
    ['depth 50', () => `{ me { groups ${'{ modules(first: 1) { edges { node { group '.repeat(10)}{ id }${' } } } }'.repeat(10)} } }`],
    ['1000 aliases', () => `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: me { id }`).join(' ')} }`],
    ['200 directives', () => `{ me { id ${'@include(if: true) '.repeat(200)} } }`],
    ['20k tokens', () => `{ me { ${'id '.repeat(20_000)} } }`],
    ['a fragment cycle', () => 'query { me { ...A } } fragment A on Viewer { groups { ...B } } fragment B on Group { ...A2 } fragment A2 on Group { ...B }'],
    // ~400 tokens that expand to 2^40 selections: refused by the cost estimate's visit budget.
    ['a fragment that doubles itself 40 levels deep', () => doublingFragments(40)],
    ['an expensive query', () => `{ groups { modules(first: 100) { edges { node { group { modules(first: 100) { edges { node { id } } } } } } } } }`],
  ];

  it.each(shapes)('rejects %s before resolving anything', async (_name, build) => {
    const res = await t.gql(build(), {}, { token });
    expect(rejected(res)).toBe(true);
    expect(res.data ?? null).toBeNull();
  });

  it('refuses the doubling fragments without a token, before any sign-in is asked', async () => {
    const res = await t.gql(doublingFragments(40));
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it("accepts the web app's dashboard query (50 modules per group)", async () => {
    const res = await t.gql(
      '{ me { id name email isAdmin schools { id name brin } groups { id slug name sector description myRoles memberCount modules(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title description language status updatedAt createdBy { id name } } } } } } }',
      {},
      { token },
    );
    expect(outcome(res)).toBe('ok');
  });

  it('has limits that leave room for the real app', () => {
    expect(GRAPHQL_LIMITS.maxDepth).toBeGreaterThanOrEqual(8);
    expect(GRAPHQL_LIMITS.maxAliases).toBeGreaterThanOrEqual(10);
  });

  it('refuses batched requests', async () => {
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(Array.from({ length: 100 }, () => ({ query: '{ me { id } }' })));
    expect(res.status).toBe(400);
  });

  it('refuses a cross-site simple request (CSRF prevention) and mutations over GET', async () => {
    const simple = await t.http.post('/graphql').set('content-type', 'text/plain').send('{"query":"mutation { logout }"}');
    expect(simple.status).toBe(400);
    const get = await t.http.get('/graphql').query({ query: 'mutation { logout }' }).set('apollo-require-preflight', 'true');
    expect(get.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(get.body)).not.toContain('"logout":true');
  });

  it('sends security headers', async () => {
    const res = await t.http.get('/api/health');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('offers field suggestions and introspection outside production', async () => {
    const res = await t.gql('{ me { nmae } }', {}, { token });
    expect(res.errors![0].message).toMatch(/Did you mean/);
    expect(outcome(await t.gql('{ __schema { queryType { name } } }', {}, { token }))).toBe('ok');
  });

  it('turns unknown errors into a generic message without internals', () => {
    const internal = new GraphQLError('boom', { originalError: new TypeError("Cannot read properties of undefined (reading 'x') at /app/src/secret.ts:12") });
    const formatted = formatGraphqlError({ message: 'boom', path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, internal);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});

describe('GraphQL hardening in production', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp('sqlite', { NODE_ENV: 'production' });
    token = await t.f.token(await t.f.user());
  });
  afterAll(() => t.close());

  it('turns introspection off', async () => {
    const res = await t.gql('{ __schema { types { name } } }', {}, { token });
    expect(rejected(res)).toBe(true);
    expect(res.data ?? null).toBeNull();
  });

  it('gives no field suggestions', async () => {
    const res = await t.gql('{ me { nmae } }', {}, { token });
    expect(res.errors).toBeDefined();
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean|name/);
  });

  it('gives no enum value or argument suggestions', async () => {
    const res = await t.gql('mutation { inviteMember(input: { groupId: "x", email: "a@b.nl", schoolId: "y", roles: [AUTHORR] }) { id } }', {}, { token });
    expect(res.errors).toBeDefined();
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean|AUTHOR"/);
  });

  it('includes no stack traces in errors', async () => {
    const res = await t.gql('{ module(id: "x") { id } }', {}, { token });
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|\bat\b.*\.(ts|js)/);
  });
});
