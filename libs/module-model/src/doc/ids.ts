/**
 * linkIDs as Xerte's editor makes them: `PG` + `Date.now()`. Two nodes created in the same
 * millisecond (or a clock that went back) take the next free number, so ids stay unique within
 * the document and increasing within this process.
 */
let last = 0;

export function newLinkId(used: Set<string>): string {
  let candidate = Math.max(Date.now(), last + 1);
  while (used.has(`PG${candidate}`)) candidate++;
  last = candidate;
  const id = `PG${candidate}`;
  used.add(id);
  return id;
}

/** A linkID as Xerte writes them. Other ids in real files are kept, but never generated. */
export const LINK_ID_PATTERN = /^PG\d+$/;
