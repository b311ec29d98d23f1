/**
 * Office titles and the organizations written before them.
 *
 * Example: "市人大常委会委员、麒麟区人大常委会主任谢茂华" holds two title links, 市人大常委会委员
 * and 麒麟区人大常委会主任; the second reads as place 麒麟区 + institution 人大常委会 + post 主任.
 * "市法院执行局局长" reads as 市 + 法院 (head) + 执行局 (inner department) + 局长, so its
 * organization is 市法院. Organizations are parsed right to left from the title back to a
 * boundary (punctuation, 请, 对此, a verb). Offsets are UTF-16 into the view, [start, end).
 */
import { isHanUnit, type Lexicon, type RoleTag } from './lexicon.js';
import { termAt } from './name-context.js';
import { TAG, TERM, deepestAt, deepestBefore, firstUp, type TrieNode } from './term-index.js';

export interface TitleHit {
  start: number;
  end: number;
  term: string;
  tags: Set<RoleTag>;
  /** The tags as bits (`TAG` of term-index.ts): callers test a tag without a Set lookup. */
  flags: number;
}

const CHANG = '长'.charCodeAt(0);
/** What 长 opens after a title ending in 长 (委员长期关注): a word, so the title is the shorter one. */
const LONG_WORDS = new Set(Array.from('期远久效足年', (c) => c.charCodeAt(0)));
/**
 * A place whose name opens with 长 after a level word (湖南省长沙市, 吉林省长春市, 上海市长宁区): the
 * 长 starts the place name (长 + one or two ideographs + 市/县/区), so 省长/市长/县长 there is no title.
 */
const LONG_PLACE = /^长[\u4e00-\u9fff]{1,2}?[市县区](?!长)/u;
const LEVELS = new Set(Array.from('省市县区州', (c) => c.charCodeAt(0)));

/** Every title in `[start, end)`, left to right, longest match first; "not" entries (委员会) block. */
export function findTitles(lex: Lexicon, view: string, start: number, end: number): TitleHit[] {
  const hits: TitleHit[] = [];
  const roles = lex.index.roles;
  for (let i = start; i < end; ) {
    const c = view.charCodeAt(i);
    if ((roles.first[c >>> 5] & (1 << (c & 31))) === 0) { i++; continue; } // most positions start no title: no call
    const hit = termAt(roles, lex.maxRole, view, i, end);
    i = hit === null ? i + 1 : titleHere(lex, view, i, end, hit, hits); // (the rest, apart: this loop compiles small)
  }
  return hits;
}

/** The title at `i`, whose longest term is `hit`, pushed to `hits` unless it blocks: where the scan goes on. */
function titleHere(lex: Lexicon, view: string, i: number, end: number, hit: TrieNode<Set<RoleTag>> | null, hits: TitleHit[]): number {
  const roles = lex.index.roles;
  // 委员长期关注: the 长 belongs to 长期, so the title is the shorter 委员.
  while (hit && hit.depth > 1 && view.charCodeAt(i + hit.depth - 1) === CHANG && i + hit.depth < view.length && LONG_WORDS.has(view.charCodeAt(i + hit.depth))) {
    hit = firstUp(hit.up, TERM);
  }
  if (!hit) return i + 1;
  if (hit.depth === 2 && LEVELS.has(view.charCodeAt(i)) && view.charCodeAt(i + 1) === CHANG && LONG_PLACE.test(view.slice(i + 1, i + 5))) return i + 1;
  let len = hit.depth;
  let tags = hit.value!;
  let flags = hit.flags;
  if ((flags & TAG.modifier) !== 0) {
    // 代理局长, 二级巡视员: the modifier opens the title that follows it.
    const next = termAt(roles, lex.maxRole, view, i + len, end);
    if (next && (next.flags & (TAG.not | TAG.modifier)) === 0) { len += next.depth; tags = next.value!; flags = next.flags; }
    else return i + len;
  }
  if ((flags & TAG.not) === 0) hits.push({ start: i, end: i + len, term: view.slice(i, i + len), tags, flags });
  return i + len;
}

export interface OrgUnit {
  start: number;
  end: number;
  kind: 'head' | 'inner' | 'place' | 'named';
}

export interface OrgRead {
  /** Where the title link starts (the organization, or a qualifier such as 有关). */
  start: number;
  /** The organization the person answers for: places + first institution, inner departments left out. */
  organization: [number, number] | null;
  units: OrgUnit[];
}

const MAX_STRETCH = 24;
/** Particles that no place or institution name holds: a named unit never runs over them. */
const PARTICLES = new Set(Array.from('的了是把被', (c) => c.charCodeAt(0)));
const MAX_BODY = 10;

/** The organizations starting at `pos` and ending by `end`, as the deepest node of the walk (the shorter ones are up from it). */
function orgsAt(lex: Lexicon, view: string, pos: number, end: number): TrieNode<unknown> | null {
  return deepestAt(lex.index.orgs, view, pos, Math.min(end, pos + lex.maxOrg));
}

/**
 * One reading of the organizations in `view[base, end)`, shared by its parses from every start
 * base, base + 1 …: they all end at `end`, so the organizations found at a position and the
 * positions from which the rest cannot be parsed hold for all of them.
 */
class OrgParse {
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
function parseRange(p: OrgParse, k: number): OrgUnit[] | null {
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
  for (let b = 1; b <= MAX_BODY && k + b < end; b++) {
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
    // Shortest first within one body: collect the suffixes up the walk, then try them back.
    let lengths: number[] | null = null;
    for (let n = p.orgsAt(k + b); n !== null; n = n.up) if ((n.flags & TAG.suffix) !== 0) (lengths ??= []).push(n.depth);
    if (lengths) for (let q = lengths.length - 1; q >= 0; q--) {
      const inner = innerAtEnd(p, k, k + b + lengths[q]);
      if ((r = tryUnit(p, k, (inner < 0 ? k + b + lengths[q] : inner) - k, 'named'))) return r;
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

/**
 * The last offset in `[from, to)` where a word that precedes titles ends (请, 对此, 询问),
 * outside known organizations, or `from` when none does.
 */
function lastCut(lex: Lexicon, view: string, from: number, to: number): number {
  // Offsets inside an institution or inner department of two or more characters (人力资源和社会保障厅),
  // as bits from `from`: the stretch is at most MAX_STRETCH (24) long.
  let covered = 0;
  for (let i = from; i < to; ) {
    const hit = termAt(lex.index.orgs, lex.maxOrg, view, i, to);
    const len = hit && (hit.flags & (TAG.head | TAG.inner)) !== 0 && hit.depth > 1 ? hit.depth : 0;
    for (let j = i; j < i + len; j++) covered |= 1 << (j - from);
    i += len || 1;
  }
  let cut = from;
  for (let i = from; i < to; i++) {
    if (covered & (1 << (i - from))) continue;
    for (let n = deepestAt(lex.index.words, view, i, to); n !== null; n = n.up) {
      if ((n.flags & (TAG.before | TAG.speech)) === 0) continue;
      const len = n.depth;
      let inside = false;
      for (let j = 1; j < len && !inside; j++) inside = (covered & (1 << (i + j - from))) !== 0;
      // A one-character word (和, 向) cuts only before a place or institution: 张某和市政府…,
      // but not inside 人力资源和社会保障厅.
      if (!inside && i + len > cut && (len > 1 || opensOrganization(lex, view, i + len, to))) cut = i + len;
    }
  }
  return cut;
}

/** True when the longest organization at `pos` is a place, or an institution of two or more characters starts there. */
function opensOrganization(lex: Lexicon, view: string, pos: number, to: number): boolean {
  const at = orgsAt(lex, view, pos, to);
  const longest = firstUp(at, TERM);
  if (longest && (longest.flags & TAG.place) !== 0) return true;
  for (let n = at; n !== null && n.depth >= 2; n = n.up) if ((n.flags & TAG.head) !== 0) return true;
  return false;
}

/**
 * The organization (and qualifiers such as 相关) written before the title at `titleStart`,
 * reading back no further than `floor`. Null organization when none parses. Before a post named
 * without a person (`unnamedPost`: 负责人, 负责同志) a news report may also write a determiner
 * (市交通运输局一位负责人, 市财政局的负责同志) or a field + 部门 (民政部门负责人).
 */
export function readOrganization(lex: Lexicon, view: string, titleStart: number, floor: number, unnamedPost = false): OrgRead {
  if (!unnamedPost) return readOrganizationBefore(lex, view, titleStart, floor);
  // A field + 部门 first: 人社部门 is the 人社 department, not an institution named 人社 (社 ends 供销社).
  const field = view.startsWith(BUMEN, titleStart - BUMEN.length) ? fieldDepartment(lex, view, titleStart - BUMEN.length, floor) : null;
  if (field) return field;
  const read = readOrganizationBefore(lex, view, titleStart, floor);
  if (read.organization) return read;
  return unnamedPostOrganization(lex, view, read.start, floor) ?? read;
}

/** A determiner between a department and its unnamed post: 市交通运输局一位负责人, 市财政局的负责同志. */
const DETERMINER = /(?:的?(?:一位|一名)|的)$/u;
/** The suffixes that make a field (民政, 教育, 卫健) an institution of the lexicon: 民政局, 教育厅, 卫健委. */
export const FIELD_SUFFIXES: readonly string[] = ['局', '厅', '委'];
const BUMEN = '部门';

/**
 * True when `field` is the field of a generic department (民政部门, 住建部门): field + 局/厅/委 is a
 * listed institution (民政局, 住建局, 卫健委). Not 有关, 应询, 职能: no institution bears their name.
 */
export function isField(lex: Lexicon, field: string): boolean {
  return FIELD_SUFFIXES.some((x) => lex.orgs.get(field + x)?.has('head') ?? false);
}

/**
 * The organization of an unnamed post (负责人, 负责同志) that the plain reading misses, ending at
 * `at` (where the post or its qualifiers start): a department before a determiner
 * ("市交通运输局一位负责人" → 市交通运输局), or a field + 部门 (below).
 */
function unnamedPostOrganization(lex: Lexicon, view: string, at: number, floor: number): OrgRead | null {
  const det = DETERMINER.exec(view.slice(Math.max(floor, at - 3), at));
  if (det) {
    const r = readOrganizationBefore(lex, view, at - det[0].length, floor);
    if (r.organization && r.units.some((u) => u.kind === 'place' || u.kind === 'head')) return r;
  }
  return view.startsWith(BUMEN, at) ? fieldDepartment(lex, view, at, floor) : null;
}

/**
 * A field + 部门 standing before `at + 2` ("民政部门" → 民政部门, "县教育部门" → 县教育部门, a place
 * word kept) whose field names a listed institution (民政局, 教育局), or null. `at` is where 部门 starts.
 * Not "有关部门", "应询部门": 有关 and 应询 name no field.
 */
function fieldDepartment(lex: Lexicon, view: string, at: number, floor: number): OrgRead | null {
  for (const len of [4, 3, 2]) {
    const s = at - len;
    if (s < floor) continue;
    if (!isField(lex, view.slice(s, at))) continue;
    // A place before the field (市民政部门, 麒麟区民政部门) belongs to the department.
    const place = readOrganizationBefore(lex, view, s, floor);
    const start = place.organization && place.organization[1] === s && place.units.every((u) => u.kind === 'place') ? place.organization[0] : s;
    const end = at + BUMEN.length;
    return { start, organization: [start, end], units: [{ start, end, kind: 'named' }] };
  }
  return null;
}

function readOrganizationBefore(lex: Lexicon, view: string, titleStart: number, floor: number): OrgRead {
  let left = titleStart;
  while (left > floor && titleStart - left < MAX_STRETCH && isHanUnit(view.charCodeAt(left - 1))) left--;
  if (left === titleStart) return { start: titleStart, organization: null, units: [] }; // nothing written before the title
  const cut = lastCut(lex, view, left, titleStart);
  // Qualifiers between the organization and the post: 市公安局相关负责人.
  let orgEnd = titleStart;
  for (let q = firstUp(deepestBefore(lex.index.orgsBack, view, orgEnd, cut), TAG.qualifier); q !== null; ) {
    orgEnd -= q.depth;
    q = firstUp(deepestBefore(lex.index.orgsBack, view, orgEnd, cut), TAG.qualifier);
  }
  const parse = new OrgParse(lex, view, cut, orgEnd); // every start below parses up to orgEnd
  for (let i = cut; i < orgEnd; i++) {
    const units = parseRange(parse, i);
    if (units) return { start: i, organization: headOf(lex, view, units), units };
  }
  return { start: orgEnd, organization: null, units: [] };
}

/**
 * The unit ending a congress committee's name right after 人大 (财经委, 农业农村工作委员会), or -1.
 * The units between run on without another institution: the body of a committee's name may
 * parse as a place (农业农村 ends in 村), so it counts as part of the name, not as a place.
 */
function congressCommittee(view: string, units: OrgUnit[], from: number): number {
  for (let k = from; k < units.length && units[k].start === units[k - 1].end && units[k].kind !== 'head'; k++) {
    if (units[k].kind === 'inner') return -1;
    if (view[units[k].end - 1] === '委' || view.slice(units[k].end - 3, units[k].end) === '委员会') return k;
  }
  return -1;
}

/** Places and the first institution; 人大 + X委 or X委员会 (市人大财经委) and 市委 + department stay together; inner departments are dropped. */
function headOf(lex: Lexicon, view: string, units: OrgUnit[]): [number, number] | null {
  const i = units.findIndex((u) => u.kind === 'head' || u.kind === 'named');
  if (i < 0) return units[0].kind === 'place' ? [units[0].start, units[units.length - 1].end] : null;
  let end = units[i].end;
  const next = units[i + 1];
  const head = view.slice(units[i].start, end);
  const committee = head.endsWith('人大') ? congressCommittee(view, units, i + 1) : -1;
  if (committee >= 0) end = units[committee].end;
  // 市委宣传部, 市委政法委: a party committee's departments answer for themselves.
  else if (lex.orgs.get(head)?.has('party') && next && (next.kind === 'named' || next.kind === 'head')) end = next.end;
  // 市政府口岸物流办, 市政府金融办, 县政府办公室, 市人民政府研究室: a government's offices answer for themselves.
  else if (GOVERNMENT.has(head) && next && next.start === end && (next.kind === 'named' || next.kind === 'head' || GOVERNMENT_OFFICES.has(view.slice(next.start, next.end)))) end = next.end;
  else end = branchEnd(view, units, i);
  return [units[0].start, end];
}

/** A body managed top-down whose local offices carry its name on: 国家X局, X总局, X总署 (国家税务总局, 海关总署). */
const VERTICAL = /^国家|总局$|总署$/u;
/** A branch of the institution before it: 分局, 分行, 支行, 分院, 分公司, 分中心 (市公安局某区分局), a customs office (海关总署临江海关). */
const BRANCH = /(?:分局|分行|支行|分院|分公司|分中心|海关)$/u;

/**
 * Where the organization opening at `units[i]` ends when its local branch follows it: the institution,
 * maybe a place, and an institution that is the first's office there ("国家金融监督管理总局某市监管分局",
 * "国家统计局临川调查队", "市公安局城东区分局"): after a vertical body any institution, else a branch by name
 * ("市公安局治安分局"). The person answers for the branch, so the organization runs to its end (and on,
 * branch after branch); else `units[i]`'s end.
 */
function branchEnd(view: string, units: OrgUnit[], i: number): number {
  let k = i;
  for (;;) {
    let j = k + 1;
    while (j < units.length && units[j].kind === 'place') j++;
    const branch = units[j];
    if (!branch || (branch.kind !== 'head' && branch.kind !== 'named')) return units[k].end;
    // (No place needed between: "国家统计局临川调查队" names its place in a word the lexicon does not hold,
    // "市公安局治安分局" is a branch by name.)
    if (!VERTICAL.test(view.slice(units[k].start, units[k].end)) && !BRANCH.test(view.slice(branch.start, branch.end))) return units[k].end;
    k = j;
  }
}

/** A government, and its inner offices that are organizations of their own (unlike its 党组). */
const GOVERNMENT = new Set(['政府', '人民政府']);
const GOVERNMENT_OFFICES = new Set(['办公室', '办公厅', '研究室']);
