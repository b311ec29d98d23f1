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
  /** Length of the path (the term, when one ends here), in code units. */
  depth: number;
  /** TERM when a term ends here, or'ed with its tags' bits (`TAG`); 0 for a mere prefix. */
  flags: number;
  /** The term's value in the lexicon map (its tag set), null for a mere prefix. */
  value: T | null;
  /** The node one code unit shorter (null at a root). */
  up: TrieNode<T> | null;
  /** The nodes one code unit longer, by code unit; null when none. */
  next: Map<number, TrieNode<T>> | null;
}

/**
 * A trie: the nodes of the first code unit (of the last one, backward), by code unit, and the
 * same code units as a bit set. Most positions of a text start no term, and the 8 KB bit set
 * says so without a lookup in the Map (a flat array by code unit would be 256 KB, too big to
 * stay in the CPU's caches between documents).
 */
export interface Trie<T> {
  first: Uint32Array;
  roots: Map<number, TrieNode<T>>;
}

/** Set on every node where a term ends. */
export const TERM = 1;

/** One bit per tag name of the lexicon files (roles, organizations, words). */
export const TAG = {
  // roles
  congress: 1 << 1, office: 1 << 2, byline: 1 << 3, weak: 1 << 4, not: 1 << 5, modifier: 1 << 6, descriptor: 1 << 7, collective: 1 << 8,
  // organizations
  head: 1 << 9, inner: 1 << 10, place: 1 << 11, 'place-suffix': 1 << 12, suffix: 1 << 13, qualifier: 1 << 14, party: 1 << 15,
  // words around names
  speech: 1 << 16, after: 1 << 17, before: 1 << 18,
} as const;

function node<T>(depth: number, up: TrieNode<T> | null): TrieNode<T> {
  return { depth, flags: 0, value: null, up, next: null };
}

/** The trie of `map`'s keys (reversed when `backward`), each term's value and tag bits at its node. */
export function buildTrie<T>(map: ReadonlyMap<string, T>, backward = false): Trie<T> {
  const first = new Uint32Array(0x10000 >>> 5);
  const roots = new Map<number, TrieNode<T>>();
  for (const [key, value] of map) {
    if (key.length === 0) continue;
    const unit = (k: number) => key.charCodeAt(backward ? key.length - 1 - k : k);
    let at = roots.get(unit(0));
    if (!at) {
      roots.set(unit(0), (at = node<T>(1, null)));
      first[unit(0) >>> 5] |= 1 << (unit(0) & 31);
    }
    for (let k = 1; k < key.length; k++) {
      if (!at.next) at.next = new Map();
      let child = at.next.get(unit(k));
      if (!child) at.next.set(unit(k), (child = node<T>(k + 1, at)));
      at = child;
    }
    at.value = value;
    at.flags = TERM | tagBits(value);
  }
  return { first, roots };
}

function tagBits(value: unknown): number {
  let bits = 0;
  if (value instanceof Set) for (const t of value) bits |= (TAG as Record<string, number>)[t as string] ?? 0;
  return bits;
}

/**
 * The deepest node the text `view[pos, end)` reaches from the root, or null when no term starts
 * with `view[pos]` (or the range is empty). The terms starting at `pos` within the range are this
 * node and the nodes up from it that have TERM set.
 */
export function deepestAt<T>(trie: Trie<T>, view: string, pos: number, end: number): TrieNode<T> | null {
  if (end > view.length) end = view.length;
  if (pos >= end || pos < 0) return null;
  const c = view.charCodeAt(pos);
  if ((trie.first[c >>> 5] & (1 << (c & 31))) === 0) return null;
  let at = trie.roots.get(c)!;
  for (let j = pos + 1; j < end && at.next !== null; j++) {
    const child = at.next.get(view.charCodeAt(j));
    if (child === undefined) break;
    at = child;
  }
  return at;
}

/**
 * On a backward trie: the deepest node the text reaches reading back from `pos` (exclusive) to
 * `start`, or null. The terms ending at `pos` are this node and the nodes up from it with TERM set.
 */
export function deepestBefore<T>(trie: Trie<T>, view: string, pos: number, start: number): TrieNode<T> | null {
  if (pos <= start || pos > view.length || pos < 1) return null;
  const c = view.charCodeAt(pos - 1);
  if ((trie.first[c >>> 5] & (1 << (c & 31))) === 0) return null;
  let at = trie.roots.get(c)!;
  for (let j = pos - 2; j >= start && at.next !== null; j--) {
    const child = at.next.get(view.charCodeAt(j));
    if (child === undefined) break;
    at = child;
  }
  return at;
}

/** The longest term node with any of `bits` (TERM for any term) from `n` up, or null. */
export function firstUp<T>(n: TrieNode<T> | null, bits: number): TrieNode<T> | null {
  for (; n !== null; n = n.up) if ((n.flags & bits) !== 0) return n;
  return null;
}
