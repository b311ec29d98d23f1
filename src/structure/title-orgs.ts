/**
 * The organization written before a title, read right to left from the title back to a boundary
 * (punctuation, 请, 对此, a verb, a question header: "问题二常委会委员…").
 *
 * Example: "对此,市法院执行局局长" reads back to 对此: 市 + 法院 (head) + 执行局 (inner department),
 * so the organization is 市法院 and the title link starts at 市. Before an unnamed post
 * ("市交通运输局一位负责人", "民政部门负责人") a determiner or a field + 部门 is read too.
 * Offsets are UTF-16 into the view, [start, end).
 */
import { isHanUnit, type Lexicon } from './lexicon.js';
import { OrgParse, orgsAt, parseRange, type OrgUnit } from './org-units.js';
import { TAG, TERM, deepestAt, deepestBefore, firstUp } from './term-index.js';
import { termAt } from './name-context.js';
import { selfReferenceStart } from './self-references.js';
import { secondNameOpen } from './second-names.js';
import { MANNER_ADVERBS } from './speech-patterns.js';
import type { SpeakerMention } from './mentions.js';
import { POSTS } from '../model/posts.js';

export interface OrgRead {
  /** Where the title link starts (the organization, or a qualifier such as 有关). */
  start: number;
  /** The organization the person answers for: places + first institution, inner departments left out. */
  organization: [number, number] | null;
  units: OrgUnit[];
}

/** A manner adverb, the whole stretch before a post (speech-patterns.ts). */
const MANNER_ADVERB = new RegExp(`^(?:${MANNER_ADVERBS})$`, 'u');

/** A manner adverb opening a title: 现场委员 (the adverb then the post, as in "（现场委员插话:…）"). */
// (Only before a bare post: 联合 and 共同 also open names of bodies, 联合国…, 共同富裕办公室主任.)
const MANNER_LEAD = new RegExp(`^(?:${MANNER_ADVERBS})(?=${POSTS.label}$)`, 'u');

/**
 * The title of `m` without a manner adverb read in front of its post: "（现场委员插话:…？）" is a member (委员) cutting in
 * on the spot — 现场 says where, not who. The mention keeps its span (the label is read from where it is written); only
 * the title and its span start after the adverb. Only a bare post after it (委员, 副局长): a title with an organization
 * or more words (共同富裕办公室主任) is left as it is.
 */
export function withoutMannerLead(m: SpeakerMention): SpeakerMention {
  if (!m.title || !m.titleSpan || m.organization) return m;
  const lead = MANNER_LEAD.exec(m.title);
  if (!lead) return m;
  return { ...m, title: m.title.slice(lead[0].length), titleSpan: [m.titleSpan[0] + lead[0].length, m.titleSpan[1]] };
}

/** How far back from a title an organization is read, in UTF-16 units: lastCut keeps the stretch as bits of one int. */
const MAX_STRETCH = 24;

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
      // but not inside 人力资源和社会保障厅; the 由 of the agent also before a named place, where it opens its
      // clause (会议由江西省人大常委会副主任…: see `prepositionCuts`).
      if (!inside && i + len > cut && (len > 1 || (opensOrganization(lex, view, i + len, to) && !joinsWithinName(lex, view, i, from, to)) || prepositionCuts(lex, view, i, from, to))) cut = i + len;
    }
  }
  return cut;
}

const HE = '和'.charCodeAt(0);
/** The last characters of institutions and of their inner units: a 和 after one joins two bodies (市财政局和税务局). */
const INSTITUTION_END = new Set(Array.from('局厅委办院所队部署处站馆社厂组室场会司行中心', (c) => c.charCodeAt(0)));

/**
 * True when the 和 at `i` joins two fields inside one institution's name ("区数据资源和政务服务局", "市住房和城乡建设局",
 * "县文化和旅游局"), not two bodies or a person and a body: a field word before it (no institution's last character,
 * 资源 of 数据资源) read back from a place, and an institution, no place, after it. "张某和市政府" (a place after 和) and
 * "市财政局和税务局" (an institution before it) join two.
 */
function joinsWithinName(lex: Lexicon, view: string, i: number, from: number, to: number): boolean {
  if (view.charCodeAt(i) !== HE || i <= from || INSTITUTION_END.has(view.charCodeAt(i - 1))) return false;
  const after = firstUp(orgsAt(lex, view, i + 1, to), TERM);
  if (after && (after.flags & TAG.place) !== 0) return false;
  // The field before 和 runs back to a place that opens the name (区 of 区数据资源).
  for (let s = i - 2; s >= from && s >= i - PLACE_BODY - 4; s--) {
    if (!isHanUnit(view.charCodeAt(s))) return false;
    const place = firstUp(orgsAt(lex, view, s, i), TERM);
    if (place && (place.flags & TAG.place) !== 0 && s + place.depth < i && (s === from || !isHanUnit(view.charCodeAt(s - 1)) || firstUp(deepestBefore(lex.index.wordsBack, view, s, from), TAG.before) !== null)) return true;
  }
  return false;
}

/** How long a named place's name may be before its suffix (江西 + 省, 西双版纳傣族 + 自治州), as org-units.ts reads it. */
const PLACE_BODY = 7;
const YOU = '由'.charCodeAt(0);

/**
 * True when the word at `i` is the preposition 由 of the agent ("会议由江西省人大常委会副主任某主持", "联组会议由金沙州…",
 * "询问由自治区…", "会议由教科文卫委员会主任委员某…") and a named place or a named body follows it: the place opens the organization, 由 is no part of the post.
 * Only where 由 opens its clause — the stretch read back starts with it, or a listed word ends right before it (会议由,
 * 询问由) — so that the 由 of a word (自由贸易试验区) never cuts. (请 and 同 before a named place stay in the mention:
 * a call "请渝北区…" is read from the 请 the mention holds, speech-patterns.ts.)
 */
function prepositionCuts(lex: Lexicon, view: string, i: number, from: number, to: number): boolean {
  if (view.charCodeAt(i) !== YOU) return false;
  if (i > from && firstUp(deepestBefore(lex.index.wordsBack, view, i, from), TERM) === null) return false;
  for (let b = 1; b <= PLACE_BODY && i + 1 + b < to; b++) {
    if (!isHanUnit(view.charCodeAt(i + b))) return false;
    for (let n = orgsAt(lex, view, i + 1 + b, to); n !== null; n = n.up) if ((n.flags & TAG['place-suffix']) !== 0) return true;
  }
  // …or a body named by its own words and suffix running to the post ("会议由教科文卫委员会主任委员巴特尔和…共同主持"): a
  // committee or office of the congress named short, no place before it.
  return i + 1 < to && parseRange(new OrgParse(lex, view, i + 1, to), i + 1) !== null;
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

/**
 * A question header written before the title with nothing between ("问题二常委会委员某:", "第三问市财政局局长某:"):
 * the numeral after 问题 is the header's, never an organization's, so the reading stops after it.
 */
const HEADER_BEFORE = /(?:问题|询问)[一二三四五六七八九十百零〇两]+|第[一二三四五六七八九十百零〇两]+个?(?:问题|问)/gu;

/** Where a question header in [left, titleStart) ends (the last one), or `left` when none stands there. */
function afterHeader(view: string, left: number, titleStart: number): number {
  const q = view.lastIndexOf('问', titleStart - 1);
  if (q < left) return left; // (most titles: no 问 before them)
  let end = left;
  for (const m of view.slice(left, titleStart).matchAll(HEADER_BEFORE)) end = left + m.index + m[0].length;
  return end;
}

const JI = '记'.charCodeAt(0);
/** A dash, maybe spaces after it, ending right before `at`: "——", "—", "--" (the view folds － and the ideographic space). */
const DASH_BEFORE = /[—–-][ \t]*$/u;

/**
 * Where the reading starts after a profile's byline verb: a subtitle "——记县人大代表、某镇卫生院院长某某" ("a portrait of
 * …") writes 记 between its dash and the person it portrays, so 记 opens no place nor organization ("记县" is no county).
 */
function afterBylineVerb(view: string, left: number): number {
  return view.charCodeAt(left) === JI && DASH_BEFORE.test(view.slice(Math.max(0, left - 4), left)) ? left + 1 : left;
}

function readOrganizationBefore(lex: Lexicon, view: string, titleStart: number, floor: number): OrgRead {
  // "市数据局(市大数据中心)局长": the body's second name in brackets before the post; the person answers for the
  // first name, read back from the bracket (second-names.ts). The title link starts at the first name.
  const open = secondNameOpen(lex, view, titleStart, floor);
  if (open > floor) {
    const first = readOrganizationBefore(lex, view, open, floor);
    if (first.organization && first.organization[1] === open) return first;
  }
  let left = titleStart;
  while (left > floor && titleStart - left < MAX_STRETCH && isHanUnit(view.charCodeAt(left - 1))) left--;
  left = afterHeader(view, afterBylineVerb(view, left), titleStart);
  if (left === titleStart) return { start: titleStart, organization: null, units: [] }; // nothing written before the title
  const cut = lastCut(lex, view, left, titleStart);
  // Qualifiers between the organization and the post: 市公安局相关负责人.
  let orgEnd = partyGroupEnd(view, titleStart, cut);
  for (let q = firstUp(deepestBefore(lex.index.orgsBack, view, orgEnd, cut), TAG.qualifier); q !== null; ) {
    orgEnd -= q.depth;
    q = firstUp(deepestBefore(lex.index.orgsBack, view, orgEnd, cut), TAG.qualifier);
  }
  // 请中心总经济师, 由我局副局长: the speaker's own body named short in a handover is no organization (self-references.ts).
  if (selfReferenceStart(lex, view, cut, orgEnd) >= 0) return { start: orgEnd, organization: null, units: [] };
  // "（现场委员插话:…）", "当场记者": an adverb of how or where the words are said stands before the post; it names no body (现 + 场 is no X场).
  if (MANNER_ADVERB.test(view.slice(cut, orgEnd))) return { start: cut, organization: null, units: [] };
  const parse = new OrgParse(lex, view, cut, orgEnd); // every start below parses up to orgEnd
  for (let i = cut; i < orgEnd; i++) {
    const units = parseRange(parse, i);
    if (units) return { start: i, organization: headOf(lex, view, units, view.slice(titleStart, titleStart + 4)), units };
  }
  return { start: orgEnd, organization: null, units: [] };
}

/**
 * A body's party group before its post: "生态环境部部党组书记", "省交通运输厅厅党组成员", "市林业局局党委书记". The suffix
 * written twice opens 部党组 (the party group of that ministry), it is no part of the ministry's name.
 */
const PARTY_GROUP = /^党(?:组|委)/u;
const BODY_SUFFIX = new Set(['部', '厅', '局', '委', '办']);

/** Where the organization before the post at `titleStart` ends: one unit earlier when the body's suffix opens 部党组 (above). */
function partyGroupEnd(view: string, titleStart: number, floor: number): number {
  const c = view[titleStart - 1];
  if (titleStart - 2 < floor || !BODY_SUFFIX.has(c) || view[titleStart - 2] !== c) return titleStart;
  return PARTY_GROUP.test(view.slice(titleStart, titleStart + 2)) ? titleStart - 1 : titleStart;
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
function headOf(lex: Lexicon, view: string, units: OrgUnit[], post: string): [number, number] | null {
  const i = units.findIndex((u) => u.kind === 'head' || u.kind === 'named');
  if (i < 0) return units[0].kind === 'place' ? [units[0].start, units[units.length - 1].end] : null;
  let end = units[i].end;
  const next = units[i + 1];
  const head = view.slice(units[i].start, end);
  const committee = head.endsWith('人大') ? congressCommittee(view, units, i + 1) : -1;
  if (committee >= 0) end = units[committee].end;
  // 市委宣传部, 市委政法委: a party committee's departments answer for themselves.
  else if (lex.orgs.get(head)?.has('party') && next && (next.kind === 'named' || next.kind === 'head')) end = next.end;
  // 市政府口岸物流办, 市政府金融办, 县政府办公室, 市人民政府研究室: a government's offices answer for themselves; so do a
  // zone's management committee's bureaus, the zone's government (某经济技术开发区管委会社会事务局 answers as the 社会事务局).
  else if (GOVERNMENT.has(head) && next && next.start === end && (next.kind === 'named' || next.kind === 'head' || GOVERNMENT_OFFICES.has(view.slice(next.start, next.end)))) end = next.end;
  else end = branchEnd(view, units, i, post);
  return [units[0].start, end];
}

/**
 * A body managed top-down whose local offices carry its name on: 国家X局, X总局, X总署 (国家税务总局, 海关总署),
 * a ministry (X部) and its dispatched bodies (交通运输部长江航务管理局).
 */
const VERTICAL = /^国家|总局$|总署$|部$/u;
/**
 * A branch of the institution before it: 分局, 分行, 支行, 分院, 分公司, 分中心 (市公安局某区分局), a customs office (海关总署临江海关),
 * a company's office in a city (某集团有限公司岳阳办事处), a railway or highway 段 under its bureau or company
 * (中国铁路某局集团有限公司某车务段, 省公路局某公路段: a 段 is always some body's local unit), and the field units of
 * a bureau or a corps — its stations (所, 站: 区公安分局龙山派出所, 县司法局城关司法所) and squads (队: 支队, 大队, 中队:
 * 区公安分局交巡警支队, 市消防救援支队某区大队), each a unit of its own whose head (所长, 支队长) answers for it.
 * A centre's office in a county is its 管理部 as well as its 分中心 (市住房公积金管理中心某县管理部: the city's housing fund
 * centre, managed top-down, answers in the county through it).
 * (An inner office, 科 or 处, stays the institution's: 市财政局预算科科长 answers for 市财政局.)
 */
export const BRANCH = /(?:分局|分行|支行|分院|分公司|分中心|管理部|办事处|海关|段|所|站|队)$/u;
/** The field units among the branches (所, 站, 队): not the unit of a post that heads the body above it (below). */
const FIELD_UNIT = /[所站队]$/u;
/** The head of a unit named by its last character: 局长 of a 局, 所长 of a 所, 支队长 of a 支队 (deputy or executive too). */
const HEAD_POST = /^(?:常务)?副?(\p{sc=Han})长/u;

/**
 * Where the organization opening at `units[i]` ends when its local branch follows it: the institution,
 * maybe a place, and an institution that is the first's office there ("国家金融监督管理总局某市监管分局",
 * "国家统计局临川调查队", "市公安局城东区分局"): after a vertical body any institution, else a branch by name
 * ("市公安局治安分局"). The person answers for the branch, so the organization runs to its end (and on,
 * branch after branch); else `units[i]`'s end.
 */
function branchEnd(view: string, units: OrgUnit[], i: number, post: string): number {
  // (A post that heads the body above a field unit is that body's: "县公安局交警大队局长" is no 大队's post.)
  const heads = HEAD_POST.exec(post)?.[1] ?? null;
  let k = i;
  for (;;) {
    let j = k + 1;
    while (j < units.length && units[j].kind === 'place') j++;
    const branch = units[j];
    if (!branch || (branch.kind !== 'head' && branch.kind !== 'named')) return units[k].end;
    // (No place needed between: "国家统计局临川调查队" names its place in a word the lexicon does not hold,
    // "市公安局治安分局" is a branch by name.)
    const vertical = VERTICAL.test(view.slice(units[k].start, units[k].end));
    if (!vertical && !BRANCH.test(view.slice(branch.start, branch.end))) return units[k].end;
    if (!vertical && heads !== null && FIELD_UNIT.test(view.slice(branch.start, branch.end)) && view[units[k].end - 1] === heads && view[branch.end - 1] !== heads) return units[k].end;
    k = j;
  }
}

/**
 * A government, and its inner offices that are organizations of their own (unlike its 党组). 国务院 is the national
 * government: 国务院国资委, 国务院办公厅 as 省政府国资委, 市政府办公厅. A zone's 管委会 governs the zone in its stead: its
 * 社会事务局, 财政金融局 and 办公室 are bodies of their own as a government's are (its 党工委 is not: inner).
 */
const GOVERNMENT = new Set(['政府', '人民政府', '国务院', '管委会']);
const GOVERNMENT_OFFICES = new Set(['办公室', '办公厅', '研究室']);
