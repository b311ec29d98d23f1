/**
 * Office titles and the organizations written before them.
 *
 * Example: "市人大常委会委员、麒麟区人大常委会主任谢茂华" holds two title links, 市人大常委会委员
 * and 麒麟区人大常委会主任; the second reads as place 麒麟区 + institution 人大常委会 + post 主任.
 * "市法院执行局局长" reads as 市 + 法院 (head) + 执行局 (inner department) + 局长, so its
 * organization is 市法院. Organizations are parsed right to left from the title back to a
 * boundary (punctuation, 请, 对此, a verb). Offsets are UTF-16 into the view, [start, end).
 */
import { isHan, type Lexicon, type OrgTag, type RoleTag } from './lexicon.js';
import { termAt } from './names.js';
import { lengthsFrom, lengthsTo } from './term-index.js';

export interface TitleHit {
  start: number;
  end: number;
  term: string;
  tags: Set<RoleTag>;
}

/** Every title in `[start, end)`, left to right, longest match first; "not" entries (委员会) block. */
export function findTitles(lex: Lexicon, view: string, start: number, end: number): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let i = start; i < end; ) {
    let hit = termAt(lex.roles, lex.maxRole, view, i, end);
    // 委员长期关注: the 长 belongs to 长期, so the title is the shorter 委员.
    while (hit && hit[0].length > 1 && hit[0].endsWith('长') && LONG_WORDS.test(view.slice(i + hit[0].length - 1, i + hit[0].length + 1))) {
      hit = termAt(lex.roles, hit[0].length - 1, view, i, end);
    }
    if (!hit) { i++; continue; }
    if (hit[1].has('modifier')) {
      // 代理局长, 二级巡视员: the modifier opens the title that follows it.
      const next = termAt(lex.roles, lex.maxRole, view, i + hit[0].length, end);
      if (next && !next[1].has('not') && !next[1].has('modifier')) hit = [hit[0] + next[0], next[1]];
      else { i += hit[0].length; continue; }
    }
    if (!hit[1].has('not')) hits.push({ start: i, end: i + hit[0].length, term: hit[0], tags: hit[1] });
    i += hit[0].length;
  }
  return hits;
}

const LONG_WORDS = /^长(?:期|远|久|效|足|年)/u;

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
const PARTICLES = /[的了是把被]/u;
const MAX_BODY = 10;

const ORG_TAGS: readonly OrgTag[] = ['head', 'inner', 'place', 'place-suffix', 'suffix'];

/**
 * What one reading back from a title shares between its parses of `view.slice(i, orgEnd)` for
 * i = cut, cut + 1 …: the positions (in the view) from which the rest cannot be parsed, and the
 * lengths of the organizations found at a position, by tag. Both hold because every parse ends
 * at the same orgEnd.
 */
interface ParseMemo {
  failed: Set<number>;
  lengths: Map<number, number[]>;
}

/** The lengths of the organizations with `tag` starting at `k` of `s`, longest first. */
function tagLengths(lex: Lexicon, s: string, k: number, tag: OrgTag, base: number, memo: ParseMemo | null): number[] {
  const key = (base + k) * 8 + ORG_TAGS.indexOf(tag);
  const known = memo?.lengths.get(key);
  if (known) return known;
  const out: number[] = [];
  const top = Math.min(lex.maxOrg, s.length - k);
  for (const len of lengthsFrom(lex.orgs, s.charCodeAt(k))) { // only lengths some organization starting here has
    if (len <= top && lex.orgs.get(s.slice(k, k + len))?.has(tag)) out.push(len);
  }
  memo?.lengths.set(key, out);
  return out;
}

/** Parse all of `s` as place* institution* (inner)*, depth first; the first full parse wins (麒麟区 alone is a place). */
export function parseOrganization(lex: Lexicon, s: string, base = 0, memo: ParseMemo | null = null): OrgUnit[] | null {
  // Positions are kept as view offsets (base + k), so a memo serves parses of other starts.
  const failed = memo?.failed ?? new Set<number>();
  const go = (k: number, units: OrgUnit[]): OrgUnit[] | null => {
    if (k === s.length) return units.length ? units : null;
    // A start that failed here before had no units yet (no inner department); a later start
    // reaches k only with units, so a failure recorded at k by a parse with units holds for it.
    if (failed.has(base + k)) return null;
    const tries: Array<[number, OrgUnit['kind']]> = [];
    for (const len of tagLengths(lex, s, k, 'head', base, memo)) tries.push([len, 'head']);
    if (units.length) for (const len of tagLengths(lex, s, k, 'inner', base, memo)) tries.push([len, 'inner']);
    for (const len of tagLengths(lex, s, k, 'place', base, memo)) tries.push([len, 'place']);
    // Named places are short (麒麟区), shortest first; unlisted institutions are read whole
    // (人力资源和社会保障厅, not 人力资源和社 + …), longest first.
    const named: Array<[number, OrgUnit['kind']]> = [];
    for (let b = 1; b <= MAX_BODY && k + b < s.length; b++) {
      if (!isHan(s[k + b - 1]) || PARTICLES.test(s[k + b - 1])) break; // 列席会议的市人大代表: 的 ends the words before
      if (b <= 7) for (const len of tagLengths(lex, s, k + b, 'place-suffix', base, memo)) tries.push([b + len, 'place']);
      for (const len of tagLengths(lex, s, k + b, 'suffix', base, memo)) named.unshift([b + len, 'named']);
    }
    tries.push(...named);
    for (const [len, kind] of tries) {
      const r = go(k + len, [...units, { start: base + k, end: base + k + len, kind }]);
      if (r) return r;
    }
    failed.add(base + k); // the rest of s cannot be parsed from k, whatever came before
    return null;
  };
  return s ? go(0, []) : null;
}

/** Offsets in `[from, to)` where a word that precedes titles ends (请, 对此, 询问), outside known organizations. */
function cuts(lex: Lexicon, view: string, from: number, to: number): number[] {
  const covered = new Set<number>();
  for (let i = from; i < to; ) {
    const hit = termAt(lex.orgs, lex.maxOrg, view, i, to);
    const len = hit && (hit[1].has('head') || hit[1].has('inner')) && hit[0].length > 1 ? hit[0].length : 0;
    for (let j = i; j < i + len; j++) covered.add(j);
    i += len || 1;
  }
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    if (covered.has(i)) continue;
    const lengths = lengthsFrom(lex.words, view.charCodeAt(i));
    for (let n = lengths.length - 1; n >= 0; n--) { // shortest first, as offsets ascend
      const len = lengths[n];
      if (len > lex.maxWord || i + len > to) continue;
      const tags = lex.words.get(view.slice(i, i + len));
      if (!tags || !(tags.has('before') || tags.has('speech'))) continue;
      let inside = false;
      for (let j = 0; j < len && !inside; j++) inside = covered.has(i + j);
      // A one-character word (和, 向) cuts only before a place or institution: 张某和市政府…,
      // but not inside 人力资源和社会保障厅.
      const opensOrg = len > 1 || !!termAt(lex.orgs, lex.maxOrg, view, i + len, to)?.[1].has('place') || startsHead(lex, view, i + len, to);
      if (!inside && opensOrg) out.push(i + len);
    }
  }
  return out;
}

function startsHead(lex: Lexicon, view: string, pos: number, to: number): boolean {
  const top = Math.min(lex.maxOrg, to - pos);
  for (const len of lengthsFrom(lex.orgs, view.charCodeAt(pos))) if (len >= 2 && len <= top && lex.orgs.get(view.slice(pos, pos + len))?.has('head')) return true;
  return false;
}

/**
 * The organization (and qualifiers such as 相关) written before the title at `titleStart`,
 * reading back no further than `floor`. Null organization when none parses.
 */
export function readOrganization(lex: Lexicon, view: string, titleStart: number, floor: number): OrgRead {
  let left = titleStart;
  while (left > floor && titleStart - left < MAX_STRETCH && isHan(view[left - 1])) left--;
  const cut = Math.max(left, ...cuts(lex, view, left, titleStart));
  // Qualifiers between the organization and the post: 市公安局相关负责人.
  let orgEnd = titleStart;
  for (let again = true; again; ) {
    again = false;
    const top = Math.min(lex.maxOrg, orgEnd - cut);
    for (const len of lengthsTo(lex.orgs, view.charCodeAt(orgEnd - 1))) {
      if (len > top) continue;
      if (lex.orgs.get(view.slice(orgEnd - len, orgEnd))?.has('qualifier')) { orgEnd -= len; again = true; break; }
    }
  }
  const memo: ParseMemo = { failed: new Set(), lengths: new Map() }; // every start below parses up to orgEnd
  for (let i = cut; i < orgEnd; i++) {
    const units = parseOrganization(lex, view.slice(i, orgEnd), i, memo);
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
  return [units[0].start, end];
}
