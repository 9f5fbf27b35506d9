import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { AppConfig } from '../config/config';
import { formatGraphqlError } from '../common/error-format';
import { queryCostPlugin } from './query-cost';

/** Query-shape limits, applied before any resolver runs. */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  /** Objects one request may load, counting page sizes (see query-cost.ts). */
  maxCost: 10_000,
  listEstimate: 20,
} as const;

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true, propagateOnRejection: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, propagateOnRejection: true },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, propagateOnRejection: true },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    // Replaced by queryCostPlugin, which multiplies by page sizes.
    costLimit: { enabled: false },
    // "Did you mean …?" helps developers and attackers alike; only outside production.
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !production,
    // graphql-js also suggests enum values and argument names ("Did you mean the enum value
    // …?"), which armor's field-suggestion filter does not catch.
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    plugins: [...protection.plugins, queryCostPlugin({ maxCost: GRAPHQL_LIMITS.maxCost, listEstimate: GRAPHQL_LIMITS.listEstimate })],
    validationRules: protection.validationRules,
    formatError: formatGraphqlError,
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
