import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp } from './harness';

export const SCHEMA_HEADER = '# Generated from the code by `npm run schema:write`. Do not edit by hand.\n\n';

/** The schema as the running application builds it, printed in a stable order. */
export async function printedSchema(): Promise<string> {
  const t = await startTestApp('sqlite');
  try {
    return SCHEMA_HEADER + printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
  } finally {
    await t.close();
  }
}
