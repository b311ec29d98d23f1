/**
 * An organization's name parsed into units: place* institution* (inner department)*.
 *
 * Example: "市法院执行局" parses as 市 (place) + 法院 (institution, head) + 执行局 (inner);
 * "县生态环境分局" as 县 (place) + 生态环境分局 (a name before a listed suffix, named);
 * "南沙海关办公室" as 南沙海关 (named) + 办公室 (inner). The first full parse, depth first, wins.
 * Offsets are UTF-16 into the view, [start, end).
 */
import { isHanUnit, type Lexicon } from './lexicon.js';
import { TAG, deepestAt, deepestBefore, type TrieNode } from './term-index.js';

export interface OrgUnit {
  start: number;
  end: number;
  kind: 'head' | 'inner' | 'place' | 'named';
}

/** Particles that no place or institution name holds: a named unit never runs over them. */
const PARTICLES = new Set(Array.from('的了是把被', (c) => c.charCodeAt(0)));
/** The longest body of a named unit that opens an organization ("某某检测中心"): an unanchored run of words stays short. */
const MAX_BODY = 10;
/**
 * The longest body of a named unit after a place or an institution ("州" + "农产品质量安全检验检测" + 中心, "州农业农村局" +
 * …中心): the unit before anchors where the organization starts, so the name runs on to its suffix as written.
 */
const MAX_ANCHORED_BODY = 16;

/** The organizations starting at `pos` and ending by `end`, as the deepest node of the walk (the shorter ones are up from it). */
export function orgsAt(lex: Lexicon, view: string, pos: number, end: number): TrieNode<unknown> | null {
  return deepestAt(lex.index.orgs, view, pos, Math.min(end, pos + lex.maxOrg));
}

/**
 * One reading of the organizations in `view[base, end)`, shared by its parses from every start
 * base, base + 1 …: they all end at `end`, so the organizations found at a position and the
 * positions from which the rest cannot be parsed hold for all of them.
 */
export class OrgParse {
  readonly lex: Lexicon;
  readonly view: string;
  readonly base: number;
  readonly end: number;
  /**
   * By position − base: the rest cannot be parsed from there. A start that failed there before
   * had no units yet (no inner department), and a later start reaches the position only with
   * units, so a failure recorded there holds for it.
   */
  readonly failed: boolean[];
  /** By position − base: `orgsAt` there, once read (undefined before). */
  readonly walks: Array<TrieNode<unknown> | null | undefined>;
  /** The units of the parse so far: pushed before each try, popped after. */
  readonly units: OrgUnit[] = [];

  constructor(lex: Lexicon, view: string, base: number, end: number) {
    this.lex = lex;
    this.view = view;
    this.base = base;
    this.end = end;
    this.failed = new Array<boolean>(end - base + 1).fill(false);
    this.walks = new Array<TrieNode<unknown> | null | undefined>(end - base + 1).fill(undefined);
  }

  orgsAt(pos: number): TrieNode<unknown> | null {
    let n = this.walks[pos - this.base];
    if (n === undefined) n = this.walks[pos - this.base] = orgsAt(this.lex, this.view, pos, this.end);
    return n;
  }
}

/** Parse all of `s` as place* institution* (inner)*, depth first; the first full parse wins (麒麟区 alone is a place). */
export function parseOrganization(lex: Lexicon, s: string, base = 0): OrgUnit[] | null {
  const units = s ? parseRange(new OrgParse(lex, s, 0, s.length), 0) : null;
  return units && base ? units.map((u) => ({ start: u.start + base, end: u.end + base, kind: u.kind })) : units;
}

/**
 * Parse `view[k, end)` as the rest of an organization after the units on the stack (place*
 * institution* (inner)*), depth first: the units of the first full parse (a copy), or null.
 */
export function parseRange(p: OrgParse, k: number): OrgUnit[] | null {
  const { view, end, units } = p;
  if (k === end) return units.length ? units.slice() : null;
  if (p.failed[k - p.base]) return null;
  const at = p.orgsAt(k);
  let r: OrgUnit[] | null;
  // Tries in order: listed institutions (head), then inner departments (after a unit), then
  // places, each longest first.
  for (let n = at; n !== null; n = n.up) if ((n.flags & TAG.head) !== 0 && (r = tryUnit(p, k, n.depth, 'head'))) return r;
  if (units.length) for (let n = at; n !== null; n = n.up) if ((n.flags & TAG.inner) !== 0 && (r = tryUnit(p, k, n.depth, 'inner'))) return r;
  for (let n = at; n !== null; n = n.up) if ((n.flags & TAG.place) !== 0 && (r = tryUnit(p, k, n.depth, 'place'))) return r;
  // A body of Han characters before a listed suffix. Named places are short (麒麟区), shortest
  // first; unlisted institutions are read whole (人力资源和社会保障厅, not 人力资源和社 + …),
  // longest first, after every place.
  let bodies = 0;
  const longest = units.length ? MAX_ANCHORED_BODY : MAX_BODY;
  for (let b = 1; b <= longest && k + b < end; b++) {
    const c = view.charCodeAt(k + b - 1);
    if (!isHanUnit(c) || PARTICLES.has(c)) break; // 列席会议的市人大代表: 的 ends the words before
    bodies = b;
    if (b <= 7) {
      for (let n = p.orgsAt(k + b); n !== null; n = n.up) {
        if ((n.flags & TAG['place-suffix']) !== 0 && (r = tryUnit(p, k, b + n.depth, 'place'))) return r;
      }
    }
  }
  for (let b = bodies; b >= 1; b--) {
    // Longest first within one body, as the walk goes up: a listed suffix is one word, so 岳阳办事处 is
    // 岳阳 + 办事处, never 岳阳办 + a unit 事处 (the shorter 办 is tried when the longer leaves no parse).
    for (let n = p.orgsAt(k + b); n !== null; n = n.up) {
      if ((n.flags & TAG.suffix) === 0) continue;
      const inner = innerAtEnd(p, k, k + b + n.depth);
      if ((r = tryUnit(p, k, (inner < 0 ? k + b + n.depth : inner) - k, 'named'))) return r;
    }
  }
  p.failed[k - p.base] = true; // the rest cannot be parsed from k, whatever came before
  return null;
}

/**
 * Where a listed inner department ends the named unit `view[k, end)` right after a suffix-ended name, or -1
 * (南沙海关办公室 = 南沙海关 + 办公室, as after a listed head: 市财政局办公室): the name is the shorter one.
 */
function innerAtEnd(p: OrgParse, k: number, end: number): number {
  const back = p.lex.index.orgsBack;
  for (let n = deepestBefore(back, p.view, end, k + 1); n !== null; n = n.up) {
    if ((n.flags & TAG.inner) === 0) continue;
    for (let m = deepestBefore(back, p.view, end - n.depth, k + 1); m !== null; m = m.up) if ((m.flags & (TAG.suffix | TAG.head)) !== 0) return end - n.depth;
  }
  return -1;
}

/** Push the unit `view[k, k + len)` and parse the rest: the full parse, or null. */
function tryUnit(p: OrgParse, k: number, len: number, kind: OrgUnit['kind']): OrgUnit[] | null {
  p.units.push({ start: k, end: k + len, kind });
  const r = parseRange(p, k + len);
  p.units.pop();
  return r;
}
