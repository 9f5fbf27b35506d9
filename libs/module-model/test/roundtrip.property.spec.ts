import fc from 'fast-check';
import * as Y from 'yjs';
import { docToModule, moduleToDoc } from '../src/doc';
import { moduleArb } from './support/arbitraries';
import { normalizeModule } from './support/normalize';

describe('ModuleJson → Y.Doc → ModuleJson', () => {
  test('is the identity (rich text in canonical form), also on a replica fed the update', () => {
    fc.assert(
      fc.property(moduleArb, (json) => {
        const doc = new Y.Doc();
        moduleToDoc(json, doc);
        const expected = normalizeModule(json);
        expect(docToModule(doc)).toEqual(expected);
        const replica = new Y.Doc();
        Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
        expect(docToModule(replica)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('moduleToDoc replaces what a document held', () => {
    fc.assert(
      fc.property(moduleArb, moduleArb, (first, second) => {
        const doc = new Y.Doc();
        moduleToDoc(first, doc);
        moduleToDoc(second, doc);
        expect(docToModule(doc)).toEqual(normalizeModule(second));
      }),
      { numRuns: 50 },
    );
  });
});
