import type { ApolloServerPlugin } from '@apollo/server';
import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLList,
  GraphQLObjectType,
  GraphQLSchema,
  isCompositeType,
  isObjectType,
  Kind,
  SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';

export interface QueryCostOptions {
  /** Most objects one request may ask the server to load. */
  maxCost: number;
  /** Assumed length of a list that has no `first` argument governing it. */
  listEstimate: number;
}

/**
 * Most selections the estimate visits. Fragments are expanded where they are spread, so a
 * short query that spreads a fragment twice, which spreads one twice, and so on, expands to
 * 2^n selections (40 levels fit in ~400 tokens); past this budget the query costs `Infinity`
 * and is refused, instead of the walk taking the event loop for hours. A query that really
 * expands to this many selections would be too costly to run anyway.
 */
export const MAX_VISITED_SELECTIONS = 20_000;

/**
 * Estimates how many objects a query would load, multiplying by page sizes: a field with a
 * `first` argument sets the length of the list beneath it (a connection's `edges`), other
 * lists count as `listEstimate`. A query over the budget is refused before anything runs.
 * (graphql-armor's cost rule ignores page sizes, so `modules(first: 100)` nested three
 * deep would pass it.)
 */
export function estimateCost(
  schema: GraphQLSchema,
  operation: { selectionSet: SelectionSetNode; operation: 'query' | 'mutation' | 'subscription' },
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  options: QueryCostOptions,
): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;

  let visited = 0;
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLObjectType, pageSize: number | undefined, depth: number): number => {
    if (depth > 50) return Infinity;
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (++visited > MAX_VISITED_SELECTIONS) return Infinity;
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parent, pageSize, depth);
      } else {
        const set = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments[selection.name.value]?.selectionSet;
        const typeName = selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition?.name.value : fragments[selection.name.value]?.typeCondition.name.value;
        const type = typeName ? schema.getType(typeName) : parent;
        if (set && isObjectType(type)) total += walk(set, type, pageSize, depth + 1);
      }
    }
    return total;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLObjectType, pageSize: number | undefined, depth: number): number => {
    const field = parent.getFields()[node.name.value];
    if (!field || !node.selectionSet) return 0;
    const named = getNamedType(field.type);
    if (!isCompositeType(named) || !isObjectType(named)) return 1;
    const firstArg = node.arguments?.find((a) => a.name.value === 'first');
    const declaredFirst = field.args.find((a) => a.name === 'first');
    let nextPageSize = pageSize;
    if (declaredFirst) {
      const value = firstArg ? valueFromASTUntyped(firstArg.value, variables) : declaredFirst.defaultValue;
      nextPageSize = typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : options.listEstimate;
    }
    const isList = getNullableType(field.type) instanceof GraphQLList;
    const count = isList ? (pageSize ?? options.listEstimate) : 1;
    const childPageSize = isList ? undefined : nextPageSize;
    return count * (1 + walk(node.selectionSet, named, childPageSize, depth + 1));
  };

  return walk(operation.selectionSet, root, undefined, 0);
}

export function queryCostPlugin(options: QueryCostOptions): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const cost = estimateCost(schema, operation, fragments, request.variables ?? {}, options);
          if (cost > options.maxCost) {
            throw new GraphQLError(`Query is too expensive: it could load about ${Math.round(Math.min(cost, 1e12))} objects, the limit is ${options.maxCost}. Ask for smaller pages.`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
