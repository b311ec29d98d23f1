/**
 * Tries over a lexicon's terms, by UTF-16 code unit, so that a lookup at a position of the view
 * walks the text once instead of slicing a string for every length some term has.
 *
 * Example: with the organizations 市, 市政府 and 市公安局, the walk at "市公安局局长" goes
 * 市 → 公 → 安 → 局 and stops (no term goes on with 局长): the deepest node is 市公安局, and its
 * `up` chain (市公安, 市公, 市) lists every shorter prefix, so the terms found there are read
 * longest first by climbing, shortest first by collecting. Each node carries its term's tags as
 * bits (`TAG`), so "is there a head here" is a bit test, not a Set lookup. A backward trie holds
 * the terms reversed, for "which terms end at this position" (words before a name: 请, 询问).
 * The tries are built once with the lexicon (`parseLexicon`); the lexicon's maps never change
 * afterwards.
 */

/** One node of a trie: the term spelled by the path from the root to it, when one ends here. */
export interface TrieNode<T> {
  /** This node's number in its trie (1, 2 …; 0 is the root above the first code units). */
  id: number;
  /** Length of the path (the term, when one ends here), in code units. */
  depth: number;
  /** TERM when a term ends here, or'ed with its tags' bits (`TAG`); 0 for a mere prefix. */
  flags: number;
  /** The term's value in the lexicon map (its tag set), null for a mere prefix. */
  value: T | null;
  /** The node one code unit shorter (null at a first code unit). */
  up: TrieNode<T> | null;
  /** How many nodes are one code unit longer (0 at a leaf: the walk stops without a lookup). */
  branches: number;
}

/**
 * A trie as a table of edges: (node id, code unit) → child id, in one open-addressing hash
 * table of typed arrays, a few memory reads per step (a Map per node cost tens of ns a lookup).
 * `first` is the set of code units some term starts with (ends with, backward), 8 KB: most
 * positions of a text start no term, and the bit set says so before any hashing.
 */
export interface Trie<T> {
  first: Uint32Array;
  /** The code units that are a whole term (the one-unit terms), as a bit set. */
  single: Uint32Array;
  /** The first two code units of the longer terms, hashed (`pairBit`) into a bit set: a unit that starts terms mostly starts none at a given place (委 of 委员, not of 委托). */
  pairs: Uint32Array;
  /** Edge keys (parent id × 65536 + code unit), -1 for an empty slot (doubles: any number of nodes fits). */
  keys: Float64Array;
  /** The child id of the edge in the same slot. */
  children: Int32Array;
  /** Size of the table − 1 (a power of two − 1). */
  mask: number;
  /** Nodes by id; nodes[0] is unused (the root). */
  nodes: Array<TrieNode<T>>;
}

/** Set on every node where a term ends. */
export const TERM = 1;

/** One bit per tag name of the lexicon files (roles, organizations, words). */
export const TAG = {
  // roles
  congress: 1 << 1, office: 1 << 2, byline: 1 << 3, weak: 1 << 4, not: 1 << 5, modifier: 1 << 6, descriptor: 1 << 7, collective: 1 << 8, public: 1 << 19,
  // organizations
  head: 1 << 9, inner: 1 << 10, place: 1 << 11, 'place-suffix': 1 << 12, suffix: 1 << 13, qualifier: 1 << 14, party: 1 << 15,
  // words around names
  speech: 1 << 16, after: 1 << 17, before: 1 << 18,
} as const;

/** The slot of the edge key `key` in the table: a multiplicative hash, probed linearly. */
function slot(keys: Float64Array, mask: number, key: number): number {
  let h = Math.imul(key, 0x9e3779b1) & mask;
  while (keys[h] !== key && keys[h] !== -1) h = (h + 1) & mask;
  return h;
}

/** The trie of `map`'s keys (reversed when `backward`), each term's value and tag bits at its node. */
export function buildTrie<T>(map: ReadonlyMap<string, T>, backward = false): Trie<T> {
  const first = new Uint32Array(0x10000 >>> 5);
  const single = new Uint32Array(0x10000 >>> 5);
  const pairs = new Uint32Array(0x10000 >>> 5);
  const nodes: Array<TrieNode<T>> = [{ id: 0, depth: 0, flags: 0, value: null, up: null, branches: 0 }];
  const edges = new Map<number, number>(); // parent id × 65536 + unit → child id, while building
  for (const [key, value] of map) {
    if (key.length === 0) continue;
    const first0 = key.charCodeAt(backward ? key.length - 1 : 0);
    first[first0 >>> 5] |= 1 << (first0 & 31);
    if (key.length === 1) single[first0 >>> 5] |= 1 << (first0 & 31);
    else {
      const bit = pairBit(first0, key.charCodeAt(backward ? key.length - 2 : 1));
      pairs[bit >>> 5] |= 1 << (bit & 31);
    }
    let at = nodes[0];
    for (let k = 0; k < key.length; k++) {
      const edge = at.id * 0x10000 + key.charCodeAt(backward ? key.length - 1 - k : k);
      let id = edges.get(edge);
      if (id === undefined) {
        id = nodes.length;
        nodes.push({ id, depth: k + 1, flags: 0, value: null, up: k === 0 ? null : at, branches: 0 });
        edges.set(edge, id);
        at.branches++;
      }
      at = nodes[id];
    }
    at.value = value;
    at.flags = TERM | tagBits(value);
  }
  let size = 16;
  while (size < edges.size * 2) size *= 2;
  const keys = new Float64Array(size).fill(-1);
  const children = new Int32Array(size);
  for (const [edge, id] of edges) {
    const h = slot(keys, size - 1, edge);
    keys[h] = edge;
    children[h] = id;
  }
  return { first, single, pairs, keys, children, mask: size - 1, nodes };
}

/** The bit of the code units `a`, `b` (the first two of a term) in `pairs`: a 16-bit hash. */
function pairBit(a: number, b: number): number {
  return Math.imul(a * 0x10000 + b, 0x9e3779b1) >>> 16;
}

/** True when a term may start with `a` (then `b`, NaN when the range ends after `a`): false rules every term out. */
function mayStart<T>(trie: Trie<T>, a: number, b: number): boolean {
  if ((trie.first[a >>> 5] & (1 << (a & 31))) === 0) return false;
  if ((trie.single[a >>> 5] & (1 << (a & 31))) !== 0) return true;
  if (b !== b) return false; // NaN: no second unit in range, and no one-unit term
  const bit = pairBit(a, b);
  return (trie.pairs[bit >>> 5] & (1 << (bit & 31))) !== 0;
}

/** The child of node `id` by code unit `unit`, or null. */
function child<T>(trie: Trie<T>, id: number, unit: number): TrieNode<T> | null {
  const h = slot(trie.keys, trie.mask, id * 0x10000 + unit);
  return trie.keys[h] === -1 ? null : trie.nodes[trie.children[h]];
}

function tagBits(value: unknown): number {
  let bits = 0;
  if (value instanceof Set) for (const t of value) bits |= (TAG as Record<string, number>)[t as string] ?? 0;
  return bits;
}

/**
 * The deepest node the text `view[pos, end)` reaches from the root, or null when no term can
 * start at `pos` (or the range is empty). The terms starting at `pos` within the range are this
 * node and the nodes up from it that have TERM set; the others are mere prefixes, so callers
 * read nodes by their flags only.
 */
export function deepestAt<T>(trie: Trie<T>, view: string, pos: number, end: number): TrieNode<T> | null {
  if (end > view.length) end = view.length;
  if (pos >= end || pos < 0) return null;
  const a = view.charCodeAt(pos);
  if ((trie.first[a >>> 5] & (1 << (a & 31))) === 0) return null; // most offsets: no call at all
  if (!mayStart(trie, a, pos + 1 < end ? view.charCodeAt(pos + 1) : NaN)) return null;
  // One step per code unit from the root (the first always succeeds: mayStart saw a term start
  // with it). The edge lookup (`child`, `slot`) is written out: a batch runs this function
  // unoptimized for many documents, where each call costs.
  const { keys, children, mask, nodes } = trie;
  let at: TrieNode<T> | null = null;
  for (let j = pos; j < end; j++) {
    const key: number = (at === null ? 0 : at.id) * 0x10000 + view.charCodeAt(j);
    let h: number = Math.imul(key, 0x9e3779b1) & mask;
    while (keys[h] !== key && keys[h] !== -1) h = (h + 1) & mask;
    if (keys[h] === -1) break;
    at = nodes[children[h]];
    if (at.branches === 0) break;
  }
  return at;
}

/**
 * On a backward trie: the deepest node the text reaches reading back from `pos` (exclusive) to
 * `start`, or null when no term can end at `pos`. The terms ending at `pos` are this node and
 * the nodes up from it with TERM set.
 */
export function deepestBefore<T>(trie: Trie<T>, view: string, pos: number, start: number): TrieNode<T> | null {
  if (pos <= start || pos > view.length || pos < 1) return null;
  if (!mayStart(trie, view.charCodeAt(pos - 1), pos - 2 >= start ? view.charCodeAt(pos - 2) : NaN)) return null;
  let at: TrieNode<T> | null = null; // (one call site of `child`, as in deepestAt)
  for (let j = pos - 1; j >= start; j--) {
    const next: TrieNode<T> | null = child(trie, at === null ? 0 : at.id, view.charCodeAt(j));
    if (next === null) break;
    at = next;
    if (next.branches === 0) break;
  }
  return at;
}

/** The longest term node with any of `bits` (TERM for any term) from `n` up, or null. */
export function firstUp<T>(n: TrieNode<T> | null, bits: number): TrieNode<T> | null {
  for (; n !== null; n = n.up) if ((n.flags & bits) !== 0) return n;
  return null;
}
