import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printedSchema } from './schema-printer';

describe('committed GraphQL schema', () => {
  it('equals the schema generated from the code (run `npm run schema:write` after an API change)', async () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(await printedSchema()).toBe(committed);
  });
});
