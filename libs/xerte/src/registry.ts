import { PAGE_TYPES, ROOT, SUB_ITEM_TYPES } from '@samenwijs/module-model';
import { buildSchema, type XerteSchema } from './schema';

let cached: XerteSchema | undefined;

/**
 * The Xerte view of the page-type registry of `@samenwijs/module-model`, built once. Sub-items get
 * their shape from their parent's declaration (`ChildDef.def`, else the shared one by name).
 */
export function defaultSchema(): XerteSchema {
  cached ??= buildSchema({ pages: Object.values(PAGE_TYPES), subItems: Object.values(SUB_ITEM_TYPES), root: ROOT });
  return cached;
}
