/**
 * Writes the GraphQL schema generated from the code to apps/api/schema.graphql, which is
 * committed so reviewers see API changes; test/schema.spec.ts fails when the two drift.
 * Run: npm run schema:write
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printedSchema } from '../test/schema-printer';

printedSchema()
  .then((sdl) => {
    writeFileSync(join(__dirname, '..', 'schema.graphql'), sdl);
    console.log('apps/api/schema.graphql written');
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
