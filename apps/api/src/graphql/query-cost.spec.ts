import { buildSchema, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { estimateCost } from './query-cost';

const schema = buildSchema(`
  type Query { me: Viewer!, groups: [Group!]! }
  type Viewer { id: ID!, groups: [Group!]! }
  type Group { id: ID!, name: String!, modules(first: Int = 20): ModuleConnection! }
  type ModuleConnection { totalCount: Int!, edges: [ModuleEdge!]! }
  type ModuleEdge { node: Module! }
  type Module { id: ID!, group: Group! }
`);

const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return estimateCost(schema, operation, fragments, variables, { maxCost: 10_000, listEstimate: 20 });
};

describe('estimateCost', () => {
  it.each([
    ['scalars only', '{ me { id } }', 1],
    ['a plain list counts as the estimate', '{ groups { id } }', 20],
    ['a page multiplies by first', '{ groups { modules(first: 50) { edges { node { id } } } } }', 20 * (1 + 1 + 50 * (1 + 1))],
    ['the default page size applies without first', '{ groups { modules { edges { node { id } } } } }', 20 * (1 + 1 + 20 * 2)],
    ['variables count', 'query($n: Int) { groups { modules(first: $n) { edges { node { id } } } } }', 20 * (1 + 1 + 5 * 2)],
    ['fragments count', '{ me { ...G } } fragment G on Viewer { groups { id } }', 1 + 20],
  ])('%s', (_name, query, expected) => {
    expect(cost(query, { n: 5 })).toBe(expected);
  });

  it('grows with nested pages, so fan-out attacks are caught', () => {
    const nested = '{ groups { modules(first: 100) { edges { node { group { modules(first: 100) { edges { node { id } } } } } } } } }';
    expect(cost(nested)).toBeGreaterThan(100_000);
  });

  // Without the visit budget this query's walk doubles per level: 2^40 selections, hours.
  it('refuses a fragment that doubles itself level by level, in a short query', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Viewer { ...F${i + 1} ...F${i + 1} }`);
    const query = `{ me { ...F0 } } ${fragments.join(' ')} fragment F${levels} on Viewer { id }`;
    expect(cost(query)).toBe(Infinity);
  });

  it('still counts a fragment spread in many places when the expansion stays within the budget', () => {
    const spreads = Array.from({ length: 100 }, (_, i) => `g${i}: groups { ...G }`).join(' ');
    const query = `{ ${spreads} } fragment G on Group { id name }`;
    expect(cost(query)).toBe(100 * 20);
  });
});
