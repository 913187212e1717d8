/**
 * Three-way merge of an ordered list of ids (sections of a plan, rows of a table). If only the file
 * reordered what both sides hold, its order is taken; otherwise ours stands. Ids the result keeps but our
 * order lacks (added in the file, or put back by a resolved conflict) go after their predecessor in the file.
 */

const eq = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export interface OrderMerge {
  order: string[];
  /** True when the file's reordering was taken. */
  theirsMoved: boolean;
}

export function mergeOrder(base: string[], ours: string[], theirs: string[], keep: Set<string>): OrderMerge {
  const inAll = new Set(base.filter((u) => ours.includes(u) && theirs.includes(u) && keep.has(u)));
  const seqB = base.filter((u) => inAll.has(u));
  const seqO = ours.filter((u) => inAll.has(u));
  const seqT = theirs.filter((u) => inAll.has(u));
  const theirsMoved = !eq(seqT, seqB) && !eq(seqT, seqO) && eq(seqO, seqB);
  let order: string[];
  if (theirsMoved) {
    order = theirs.filter((u) => keep.has(u) && (ours.includes(u) || !base.includes(u)));
    order = insertAfterPredecessor(
      order,
      ours.filter((u) => keep.has(u) && !order.includes(u)),
      ours,
    );
  } else order = ours.filter((u) => keep.has(u));
  order = insertAfterPredecessor(
    order,
    [...keep].filter((u) => !order.includes(u)),
    theirs,
  );
  return { order, theirsMoved };
}

/** Places each missing id right after the nearest id before it in `reference` that is already placed. */
function insertAfterPredecessor(list: string[], missing: string[], reference: string[]): string[] {
  const out = [...list];
  const wanted = new Set(missing);
  for (const u of reference.filter((x) => wanted.has(x)).concat(missing.filter((x) => !reference.includes(x)))) {
    const ri = reference.indexOf(u);
    let at = 0;
    for (let i = ri - 1; i >= 0; i--) {
      const p = out.indexOf(reference[i]);
      if (p >= 0) {
        at = p + 1;
        break;
      }
    }
    if (ri < 0) at = out.length;
    out.splice(at, 0, u);
  }
  return out;
}
