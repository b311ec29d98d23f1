/**
 * Office titles, found left to right in a stretch of the view.
 *
 * Example: "市人大常委会委员、麒麟区人大常委会主任谢茂华" holds two titles, 委员 and 主任;
 * "市法院代理院长" one, 代理院长 (a modifier opens the title after it), and "委员长期关注"
 * only 委员 (its 长 opens 长期). The organization written before a title is read in
 * title-orgs.ts. Offsets are UTF-16 into the view, [start, end).
 */
import { isHanUnit, type Lexicon, type RoleTag } from './lexicon.js';
import { surnameLength, termAt } from './name-context.js';
import { opensProductive, productiveTitleEnd } from './productive-titles.js';
import { readOrganization } from './title-orgs.js';
import { TAG, TERM, deepestBefore, firstUp, type TrieNode } from './term-index.js';
import { ACTING } from '../model/posts.js';

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
/** What closes an organization or a place read back from a title's first character: 公司, 总局, 部, 县. */
const CLOSES = TAG.suffix | TAG.head | TAG['place-suffix'];
/** How far after such a title the next title is looked for (code units): an organization's name. */
const NEXT_REACH = 20;

/**
 * True when the two-character title at `i` ending in 长 straddles two organizations: its first character
 * closes the one before (有限公司, 国家税务总局, 交通运输部) and its 长 opens the next one, which runs with no
 * break into the next title ("…有限公司长沙办事处主任", "国家税务总局长春市税务局局长", "交通运输部长江航务管理局局长"):
 * the 长 starts that organization's name, so there is no 司长, 局长 or 部长. A post written after its own
 * institution (市财政局局长) repeats the character and is a title; so is a short form before a name (公安局长王某),
 * where no organization reaches a title.
 */
function acrossOrganizations(lex: Lexicon, view: string, i: number, end: number): boolean {
  if (view.charCodeAt(i - 1) === view.charCodeAt(i) || firstUp(deepestBefore(lex.index.orgsBack, view, i + 1, Math.max(0, i + 1 - lex.maxOrg)), CLOSES) === null) return false;
  const roles = lex.index.roles;
  const stop = Math.min(end, i + 2 + NEXT_REACH);
  for (let t = i + 3; t < stop; t++) {
    const c = view.charCodeAt(t);
    if (!isHanUnit(c)) return false;
    if ((roles.first[c >>> 5] & (1 << (c & 31))) === 0) continue;
    const next = termAt(roles, lex.maxRole, view, t, end);
    if (next === null || (next.flags & TAG.not) !== 0) continue;
    const org = readOrganization(lex, view, t, i + 1);
    return org.organization !== null && org.start === i + 1;
  }
  return false;
}

/** Every title in `[start, end)`, left to right, longest match first; "not" entries (委员会) block. */
export function findTitles(lex: Lexicon, view: string, start: number, end: number): TitleHit[] {
  const hits: TitleHit[] = [];
  const roles = lex.index.roles;
  for (let i = start; i < end; ) {
    const c = view.charCodeAt(i);
    if ((roles.first[c >>> 5] & (1 << (c & 31))) === 0 && !opensProductive(c)) { i++; continue; } // most positions start no title: no call
    const hit = termAt(roles, lex.maxRole, view, i, end);
    if (opensProductive(c)) { // 首席预报员, 总农艺师, 副总督学: a post by pattern (productive-titles.ts), unless a listed one is as long
      const stop = productiveTitleEnd(lex, view, i, end);
      if (stop > i + (hit === null ? 0 : hit.depth)) { hits.push({ start: i, end: stop, term: view.slice(i, stop), tags: PLAIN, flags: 0 }); i = stop; continue; }
    }
    if (hit === null && (c === FU || (c === DAI && actingAfterOrganization(lex, view, i)))) { i = deputyTitle(lex, view, i, end, hits); continue; }
    i = hit === null ? i + 1 : titleHere(lex, view, i, end, hit, hits); // (the rest, apart: this loop compiles small)
  }
  return hits;
}

const FU = '副'.charCodeAt(0);
const DAI = ACTING.charCodeAt(0);

/**
 * True when the 代 at `i` follows an organization's name ("市住建局代局长"): an acting head's mark, which joins the title
 * after it as 副 does. Elsewhere it is a surname ("代局长：", "请代局长回答") or a word's first character (代表).
 */
function actingAfterOrganization(lex: Lexicon, view: string, i: number): boolean {
  return i > 0 && firstUp(deepestBefore(lex.index.orgsBack, view, i, Math.max(0, i - lex.maxOrg)), CLOSES) !== null;
}
/** The tags of a post read by pattern: none, a plain office title. Shared, never changed. */
const PLAIN: Set<RoleTag> = new Set();
/** Tags of a title that has no deputy: members, the public, occupations, generic words, bylines. */
const NO_DEPUTY = TAG.congress | TAG.public | TAG.descriptor | TAG.weak | TAG.collective | TAG.byline | TAG.not | TAG.modifier | TAG.office;

/**
 * 副 before an office title the lexicon lists only without it (副盟长 of 盟长, 副站长 of 站长): every post that
 * has a head has deputies, so 副 + the title is one title; so is an acting head's 代 (代局长). Where the scan goes on.
 */
function deputyTitle(lex: Lexicon, view: string, i: number, end: number, hits: TitleHit[]): number {
  const next = termAt(lex.index.roles, lex.maxRole, view, i + 1, end);
  if (next === null || (next.flags & NO_DEPUTY) !== 0) return i + 1;
  const n = hits.length;
  const after = titleHere(lex, view, i + 1, end, next, hits);
  if (hits.length > n && hits[n].start === i + 1) hits[n] = { ...hits[n], start: i, term: view.slice(i, hits[n].end) };
  return after;
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
  if (hit.depth === 2 && view.charCodeAt(i + 1) === CHANG && acrossOrganizations(lex, view, i, end)) return i + 1;
  let len = hit.depth;
  let tags = hit.value!;
  let flags = hit.flags;
  if ((flags & TAG.modifier) !== 0) {
    // 代理局长, 二级巡视员: the modifier opens the title that follows it.
    const next = termAt(roles, lex.maxRole, view, i + len, end);
    if (next && (next.flags & (TAG.not | TAG.modifier)) === 0) { len += next.depth; tags = next.value!; flags = next.flags; }
    else return i + len;
  }
  // 护士长祁某: 长 after an occupation names its head (护士 → 护士长), so it closes the title; no name opens with it.
  if ((flags & TAG.descriptor) !== 0 && view.charCodeAt(i + len) === CHANG && !LONG_WORDS.has(view.charCodeAt(i + len + 1))) len++;
  if ((flags & TAG.not) === 0) {
    const longer = overlappingTitle(lex, view, i, i + len, end);
    if (longer !== null) return titleHere(lex, view, longer.start, end, longer.hit, hits);
    hits.push({ start: i, end: i + len, term: view.slice(i, i + len), tags, flags });
  }
  return i + len;
}

/**
 * "曼蚌村医生王建国": the title 村医 at `[start, stop)` would leave a name opening with 生, no surname, while the longer
 * 医生, starting inside it, ends where a name may start. When the character after the title is a Han character that
 * opens no surname, a title starting inside it and ending past it is the title (the characters before it are its
 * organization's: 曼蚌村). Null when none does.
 */
function overlappingTitle(lex: Lexicon, view: string, start: number, stop: number, end: number): { start: number; hit: TrieNode<Set<RoleTag>> } | null {
  if (stop >= end || !isHanUnit(view.charCodeAt(stop)) || surnameLength(lex, view, stop) > 0) return null;
  const roles = lex.index.roles;
  for (let j = start + 1; j < stop; j++) {
    const c = view.charCodeAt(j);
    if ((roles.first[c >>> 5] & (1 << (c & 31))) === 0) continue;
    const hit = termAt(roles, lex.maxRole, view, j, end);
    if (hit !== null && j + hit.depth > stop && (hit.flags & (TAG.not | TAG.modifier)) === 0) return { start: j, hit };
  }
  return null;
}
