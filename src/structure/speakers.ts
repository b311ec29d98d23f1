/**
 * Person mentions: every place a text names someone, by title and/or name.
 *
 * Example: "市人大常委会委员、麒麟区人大常委会主任谢茂华就政府如何…进行提问" gives one mention,
 * title "市人大常委会委员、麒麟区人大常委会主任", name 谢茂华, organization 麒麟区人大常委会,
 * congress true. Also read: name + title (王某某委员), surname + title (李局长), office only
 * (市公安局相关负责人表示, 一位委员问), one title before several names (副局长王某、李某), and a
 * bare name already known (海建才表示). Not people: bylines (记者 王某), titles with no name
 * or speech (人大代表建议), names that are not introduced (习近平法治思想).
 * Matching runs on `pair.view`; spans are [start, end) UTF-16 offsets into `pair.text`.
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import { withoutPadding, type SpeakerMention } from './mentions.js';
import { normalize } from '../source/normalize.js';
import { markupGapStart } from '../source/markdown.js';
import { lexicon, type Lexicon } from './lexicon.js';
import { readName } from './names.js';
import { readLabelName, readUnlistedName } from './unlisted-names.js';
import { TAG } from './term-index.js';
import { readOrganization, withoutMannerLead } from './title-orgs.js';
import { spacedLabelOrganization } from './spaced-labels.js';
import { findTitles, type TitleHit } from './titles.js';
import { appositiveMentions } from './appositive.js';
import { labelNameMentions } from './label-names.js';
import { handleLabelMentions } from './handle-labels.js';
import { reporterLabelMentions } from './reporter-labels.js';

/** After a byline's name, the colon of a reporter's label ("记者 冯若溪:", "记者 冯若溪提问:"). */
const REPORTER_LABEL_AFTER = /^[ \t\u3000]*(?:追问|提问|问道|问)?[ \t\u3000]*:/u;
import { hostLabelMentions } from './host-questions.js';
import { hostAskerMentions } from './host-askers.js';
import { relayedNameMentions, withoutRelayLead } from './relayed-askers.js';
import { orgLabelMentions } from './org-labels.js';
import { postBracketMentions } from './post-bracket-labels.js';
import { addAffiliations } from './affiliations.js';
import { inheritOrganizations } from './inherited-orgs.js';
import { addTextLevel } from './text-levels.js';
import { JOINERS, chainFacts, isCongress, surnameOf, type Link } from './chain-facts.js';
import { deputyOccupationMention, withDeputyQualifiers } from './deputy-labels.js';
import { opensLabel } from './chain-labels.js';
import { nameAfter, readChain } from './titles-chain.js';
import { resolveFieldDepartments } from './field-departments.js';
import { bareNames } from './bare-names.js';
import { quotedAskerMentions } from './quoted-askers.js';
import { JOIN_PEOPLE, jointNameMentions } from './joint-names.js';
import { qualifierEnd } from './title-qualifiers.js';
import { asideEnd } from './label-asides.js';
import { delimitedName, slotOf } from './delimited-names.js';
import type { NameRead } from './name-context.js';
import { lineStartAt } from '../source/line-bounds.js';
import { append } from '../model/append.js';

/**
 * Every person mention in `range` (UTF-16 offsets into the text) in reading order. Names given
 * in `known` (as written; matched on the view) and names introduced with a title anywhere in
 * the range are also found on their own ("海建才表示"). Mentions never overlap.
 */
export function findMentions(pair: TextPair, range: Span = [0, pair.text.length], known: readonly string[] = [], lex: Lexicon = lexicon()): SpeakerMention[] {
  const { view } = pair;
  const [from, to] = range;
  const names = known.map((k) => normalize(k)); // matched against the view: 朱樹平 → 朱树平
  const out: SpeakerMention[] = [];
  const claimed: Span[] = [];
  // An occupation (居民, 种粮大户) or a member of the public (群众代表) is a title only right before a name.
  const hits = findTitles(lex, view, from, to).filter((h, k, all) => (h.flags & (TAG.descriptor | TAG.public)) === 0 || describesName(lex, view, all, k, from, to, names));

  const links: Link[] = [];
  for (const hit of hits) {
    const last = links[links.length - 1];
    if (last && hit.start < last.end) continue; // 副局长(一级巡视员): inside the qualifier of the title before
    // "市交通运输局局长(市港航管理局局长)张大山:": a concurrent post in brackets after the principal one is the title's.
    if (last && view.charCodeAt(last.end) === 0x28 && hit.start > last.end) {
      const close = concurrentBracketEnd(lex, view, last.end, hit, to);
      if (close > 0) { last.end = close; continue; }
    }
    // "副局长(主持工作)夏侯军": a status qualifier after the post is the title's (title-qualifiers.ts).
    if (last && last.end === hit.start) { last.hits.push(hit); last.end = qualifierEnd(view, hit.end); continue; } // 党组书记局长
    // "副局长兼文物执法队队长韩某": the 兼 joining two posts is no part of the second one's organization (兼文物执法队),
    // as 、 is not; the organization is read after it. (Not 兼职: "兼职委员" is one post.)
    const joined = last && view[last.end] === CONCURRENT && view[last.end + 1] !== '职' ? 1 : 0;
    const floor = last ? Math.max(from, last.end + joined) : from;
    let org = readOrganization(lex, view, hit.start, floor, (hit.flags & TAG.office) !== 0);
    // "**市水利局**局长雷振华:", "常委会**副主任**柯明远": emphasis marks between an organization and its post are layout
    // (blanked in the view): the organization is read across them, as if written against the post.
    if (org.start === hit.start) {
      const gap = markupGapStart(pair.text, view, hit.start);
      const across = gap < hit.start && gap > floor ? readOrganization(lex, view, gap, floor, (hit.flags & TAG.office) !== 0) : null;
      if (across && across.organization && across.start < gap) org = across;
      // "县医疗保障局 局长 何勇:": a label set in columns, a space between the organization and its post (spaced-labels.ts).
      else if (view.charCodeAt(hit.start - 1) === 0x20 || view.charCodeAt(hit.start - 1) === 0x09) org = spacedLabelOrganization(lex, view, hit.start, floor, (hit.flags & TAG.office) !== 0) ?? org;
    }
    // "州人大代表（土家族）、…": a note on the person between two links is an aside; the chain reads on over it (label-asides.ts).
    const end = qualifierEnd(view, hit.end);
    const aside = asideEnd(view, end);
    links.push({ start: 0, end: aside > end && JOINERS.has(view[aside]) ? aside : end, hits: [hit], org });
    links[links.length - 1].start = links[links.length - 1].org.start;
  }

  for (let i = 0; i < links.length; i++) {
    // A chain: links joined by 、 (市人大常委会委员、麒麟区人大常委会主任).
    let j = i;
    while (j + 1 < links.length && (JOINERS.has(view[links[j].end]) && (links[j + 1].start === links[j].end + 1 || memberGoesOn(view, links[j], links[j + 1])) || labelComma(view, links[i], links[j], links[j + 1]) || reportedComma(lex, view, links[j], links[j + 1], to, names)) && !nameAfter(lex, view, links[j].end, to, names)) j++;
    const chain = links.slice(i, j + 1);
    i = j;
    const prev = out[out.length - 1];
    const floor = prev ? Math.max(from, prev.span[1]) : from;
    if (chain[0].start < floor && !rereadAfterJoin(lex, view, chain[0], floor)) continue; // inside the mention before
    // "陶某某委员(省人大常委会委员、…)": the titles in brackets belong to the name before its
    // short post; that chain may read back over the mention "陶某某委员" and replaces it.
    const bracketed = prev !== undefined && prev.span[1] === chain[0].start - 1 && view[prev.span[1]] === '(' && prev.nameSpan !== null && prev.span[0] === prev.nameSpan[0];
    const found = readChain(pair, lex, chain, bracketed ? Math.max(from, prev.span[0]) : floor, to, names);
    // "省人大代表、某乳业公司质量总监秦雪:": a deputy's label goes on with a workplace and an occupation (deputy-labels.ts).
    // (Also when the chain was read as an office naming nobody: "省人大代表、质量总监秦雪代表:" took 代表 for a second link.)
    if (found.every((m) => m.name === null)) {
      const d = deputyOccupationMention(pair, lex, chain[0].start, chain[0].end, floor, to, chainFacts(pair, chain.slice(0, 1), chainTags(chain.slice(0, 1))));
      if (d) found.splice(0, found.length, d);
    }
    // "列席代表孙雯:": what qualifies 代表 before it on its label's line is the title's.
    for (let k = 0; k < found.length; k++) found[k] = withDeputyQualifiers(pair, found[k], floor);
    // "受县人大代表陈某委托": the relay's lead is no part of the title (relayed-askers.ts).
    for (let k = 0; k < found.length; k++) found[k] = withoutRelayLead(pair, found[k]);
    // "（现场委员插话:…）": the adverb before the post is no part of the title (title-orgs.ts).
    for (let k = 0; k < found.length; k++) found[k] = withoutMannerLead(found[k]);
    if (bracketed && found.length > 0 && found[0].span[0] < floor) {
      out.pop();
      claimed.pop();
    }
    for (const m of found) {
      fromPlace(pair, m, floor);
      out.push(m);
      claimed.push(m.span);
      if (m.nameSpan) remember(names, view.slice(m.nameSpan[0], m.nameSpan[1]));
    }
    if (!found.length && chain[chain.length - 1].hits.some((h) => (h.flags & TAG.byline) !== 0)) {
      const n = nameAfter(lex, view, chain[chain.length - 1].end, to, []);
      // (Unless the byline opens a reporter's label: "江南日报记者 冯若溪:…?", reporter-labels.ts.)
      if (n && !REPORTER_LABEL_AFTER.test(view.slice(n.end, n.end + 6))) claimed.push([chain[0].start, n.end]); // 记者 王某: not a speaker
    }
  }
  // Speakers of other shapes, each reader after the last (each one's mentions claimed before the next reads):
  // "网友“湖畔老周”:…", an online user's label, the handle in the name slot (not remembered as a name: the chair quoting
  // the handle mid-line names no speaker); "主持人:请问市某局,…?", the host asking, named by the office only
  // (host-questions.ts); then, their names remembered: "主持人刘德厚随后提问:“…?”" (host-askers.ts), "我代陈某代表提问:…"
  // (relayed-askers.ts), "程立华, 县人大常委会委员, 首先提问" (a name with its title as an apposition), "达瓦次仁:…" (a
  // bare name opening a line as a label), "…?”马成林接着问:“…" (a next asker after a quotation, quoted-askers.ts), "对此，乌兰图雅和李明
  // 分别作了回答" (untitled names reported together, joint-names.ts).
  const take = (found: Iterable<SpeakerMention>, named: boolean) => {
    for (const m of found) {
      out.push(m);
      claimed.push(m.span);
      if (named) remember(names, view.slice(m.nameSpan![0], m.nameSpan![1]));
    }
  };
  take(handleLabelMentions(pair, range, claimed), false);
  take(reporterLabelMentions(pair, range, claimed), false); // "江南日报记者 冯若溪:…?" at a press conference
  take(hostLabelMentions(pair, range, claimed), false);
  for (const read of [hostAskerMentions, relayedNameMentions, appositiveMentions, labelNameMentions, quotedAskerMentions, jointNameMentions]) take(read(pair, lex, range, claimed), true);
  // "市水务局局长(邵立军):…": a post as a line's label, the person's name in brackets after it.
  for (const m of postBracketMentions(pair, lex, range, claimed)) {
    for (let i = out.length - 1; i >= 0; i--) if (out[i].span[0] >= m.span[0] && out[i].span[1] <= m.span[1]) out.splice(i, 1);
    for (let i = claimed.length - 1; i >= 0; i--) if (claimed[i][0] >= m.span[0] && claimed[i][1] <= m.span[1]) claimed.splice(i, 1);
    out.push(m);
    claimed.push(m.span);
    remember(names, view.slice(m.nameSpan![0], m.nameSpan![1]));
  }
  // "区教育局:…": an organization alone as a line's label, the office speaking.
  for (const m of orgLabelMentions(pair, lex, range, claimed)) {
    // "省民政厅(邵某厅长):": the person read inside the brackets is the label's.
    for (let i = out.length - 1; i >= 0; i--) if (out[i].span[0] > m.span[0] && out[i].span[1] < m.span[1]) out.splice(i, 1);
    out.push(m);
    claimed.push(m.span);
  }
  append(out, bareNames(pair, lex, range, names, claimed));
  out.sort((a, b) => a.span[0] - b.span[0]);
  addAffiliations(lex, view, out, pair.text); // "镇人大代表 杨某某(大坪村党支部书记):"
  inheritOrganizations(pair, out); // "省财政厅厅长冉某、副厅长柴某"
  addTextLevel(out); // "自治区教育厅副厅长苏日娜…人力资源和社会保障厅副厅长额尔敦"
  resolveFieldDepartments(pair, lex, out); // "请问市民政局…?民政部门负责人回答"
  return out;
}

/**
 * "来自江西的" right before a title, opening a line, a sentence or a clause or after the chair's 请 (not 来自基层的, a
 * walk of life): where the member comes from, a place or a work unit.
 */
const FROM_PLACE = /(?:^|[\n。!?;,:请由])[ \t]*(?:问题[一二三四五六七八九十\d]{1,3}[ \t]*:[ \t]*)?(来自(?!基层|一线|群众|企业|农村|社区)([\u4e00-\u9fff\d]{1,14}?)的)$/u;
/** An organization that only repeats the congress of the title (县人大代表 → 县人大): no unit of the member's own. */
const CONGRESS_ORG = /人大(?:常委会)?$|人民代表大会(?:常务委员会)?$/u;

/**
 * "来自柳林镇的县人大代表周海燕第一个发问", "来自桃源镇的市人大代表钟秀兰:", "请来自县第二中学的县人大代表、教师林雪梅提问":
 * 来自X的 modifies the member named, so the mention (and the turn) starts at 来自; the title stays the post
 * (县人大代表), and X, the place or the unit the member comes from, is the organization unless the chain names a unit
 * of its own ("来自湖阳经济技术开发区的市人大代表、湖阳精工科技有限公司工会主席殷红" keeps the company). `m` is
 * changed in place.
 */
function fromPlace(pair: TextPair, m: SpeakerMention, floor: number): void {
  if (!m.titleSpan || m.titleSpan[0] !== m.span[0] || !m.congress) return;
  const at = m.span[0];
  const lookFrom = Math.max(floor, at - 24);
  const p = FROM_PLACE.exec(pair.view.slice(lookFrom, at));
  if (!p || (p.index === 0 && !/^[\n。!?;,:请由]/u.test(p[0]) && lookFrom > 0 && pair.view[lookFrom - 1] !== '\n')) return;
  const start = at - p[1].length;
  m.span = [start, m.span[1]];
  if (!m.organization || CONGRESS_ORG.test(m.organization)) m.organization = pair.text.slice(start + 2, start + 2 + p[2].length);
}

/** Free words of a later link's organization the lexicon does not read (湖南省长沙市某企业): ideographs, no clause words. */
const FREE_ORG = /^(?:(?![的和与及在对就说问是])[\u4e00-\u9fff]){1,12}$/u;

/**
 * "全国人大代表、湖南省长沙市某企业董事长樊志诚": after a congress post (代表, 委员), the next link of
 * the chain may open with an organization the lexicon does not read (某企业); it still belongs to
 * the chain, so the person stays a member of the congress whatever the last post is.
 */
function memberGoesOn(view: string, link: Link, next: Link): boolean {
  if (!link.hits.some((h) => (h.flags & TAG.congress) !== 0)) return false;
  if (next.start <= link.end + 1) return false;
  const words = view.slice(link.end + 1, next.start);
  // "省人大代表、来自基层社区的全国劳动模范阮某": a walk of life the member comes from, before an occupation or honour.
  return FREE_ORG.test(words) || (FROM_WALK.test(words) && next.hits.every((h) => (h.flags & (TAG.descriptor | TAG.public)) !== 0));
}

/** The mark of a concurrent post opening its bracket: "(兼市某办公室主任)". */
const CONCURRENT = '兼';
/** After a bracketed concurrent post: the name, maybe after a space (no punctuation: "(市港航管理局局长):" is no such post). */
const NAME_AFTER_BRACKET = /^[ \t\u3000]?[\p{sc=Han}]/u;

/**
 * Where the bracket opening at `open` ends (after its ")") when it holds one concurrent post of the speaker, `hit` its
 * post: "市住房城乡建设局局长(市园林绿化局局长) 赵国华:", "市发展改革委主任(市粮食和物资储备局局长)司徒建军". Since the
 * reforms that merged bodies, one head often leads a second under its own name; the bracket names that second
 * post, an organization and a post filling it (maybe after 兼), and the name follows. The post before the bracket is the principal
 * one (the person answers for its organization, as after 兼); else -1.
 */
function concurrentBracketEnd(lex: Lexicon, view: string, open: number, hit: TitleHit, to: number): number {
  const end = qualifierEnd(view, hit.end);
  if (view.charCodeAt(end) !== 0x29 || end + 1 >= to) return -1; // )
  // "局长(兼市城市更新工作领导小组办公室主任)潘某": 兼 says outright that the bracket's post is held beside the principal one.
  const first = view.startsWith(CONCURRENT, open + 1) ? open + 1 + CONCURRENT.length : open + 1;
  const org = readOrganization(lex, view, hit.start, first, (hit.flags & TAG.office) !== 0);
  if (org.start !== first || !org.organization) return -1;
  return NAME_AFTER_BRACKET.test(view.slice(end + 1, end + 3)) ? end + 1 : -1;
}

/** A line's lead before a speaker label: spaces, Markdown bold. */
const LINE_LEAD = /^[ \t]*(?:\*\*|__)?[ \t]*$/u;
/** After a comma between two posts, the rest of a speaker label: more posts, the name, the colon (no sentence ends between). */
const LABEL_REST = /^,[^。?!;:\n“”]{3,48}:/u;

/**
 * True when a comma joins two posts of one speaker's label ("市林草局局长,市林长办主任刘建军:", "市发展改革委主任,
 * 市粮食和储备局局长某:"), as 、 or 兼 do: the chain opens its line and the label's colon closes the line's words
 * after the next post, or the chain fills the bracket after a name opening its line (NAME_BEFORE_BRACKET). In running text a comma parts two people ("请市财政局局长,市税务局局长回答"), so only there.
 */
function labelComma(view: string, first: Link, link: Link, next: Link): boolean {
  if (view.charCodeAt(link.end) !== 0x2c || next.start !== link.end + 1) return false; // ,
  const lineStart = lineStartAt(view, first.start);
  if (view[first.start - 1] === '(') return NAME_BEFORE_BRACKET.test(view.slice(lineStart, first.start - 1)) && BRACKET_REST.test(view.slice(link.end, link.end + 50));
  return LINE_LEAD.test(view.slice(lineStart, first.start)) && LABEL_REST.test(view.slice(link.end, link.end + 50));
}

/**
 * True when a comma joins two posts of one official named in a reported answer: "市工业和信息化局党组书记、局长,市开发区
 * 建设服务中心主任戴某回答,…" — the post before the comma names nobody (no name after it), the one after it does, and the
 * name speaks at once (a verb of answering right after it). Two people would each be named: "请市财政局局长,市税务局
 * 局长回答" names none, and stays two posts.
 */
function reportedComma(lex: Lexicon, view: string, link: Link, next: Link, to: number, names: readonly string[]): boolean {
  if (view.charCodeAt(link.end) !== 0x2c || next.start !== link.end + 1) return false; // ,
  const n = nameAfter(lex, view, next.end, to, names);
  return n !== null && ANSWERS_AT.test(view.slice(n.end, n.end + 4));
}
/** A verb of answering right after a name ("戴某回答,", "戴某表示,"). */
const ANSWERS_AT = /^(?:回答|答复|回应|作答|表示|介绍|说)/u;

/**
 * A label's name opening its line before the bracket of its posts: "段卫东(县财政局局长,县国有资产事务中心主任)" in
 * minutes, where the comma parts the posts as 、 does. The bracket closes the label: the line's end or a colon after it.
 */
const NAME_BEFORE_BRACKET = /^[ \t]*(?:\*\*|__)?[\p{sc=Han}·]{2,8}[ \t]*$/u;
const BRACKET_REST = /^,[^。?!;:\n“”()]{3,48}\)[ \t]*(?:\*\*|__)?[ \t]*(?::|\r?\n|$)/u;

/** "来自基层社区的", "来自城郊的": where a member comes from, a relative clause before a descriptor link (居民, 劳动模范). */
const FROM_WALK = /^来自(?:(?![、,。;:?!的])[\u4e00-\u9fff]){1,12}的$/u;

// (Words joining two people named one after the other, 副厅长韦某和自治区民政厅副厅长甘某: joint-names.ts's JOIN_PEOPLE.)

/**
 * "自治区财政厅副厅长韦某和自治区人力资源社会保障厅副厅长甘某": the organization of the second
 * link was read back over "韦某和" (和 cuts only before a listed place or institution, and 自治区…厅
 * is a named one). When a joining word stands right after the mention before (at `floor`), read
 * the organization again from after it; true when the link then starts there or later (`link` updated).
 */
function rereadAfterJoin(lex: Lexicon, view: string, link: Link, floor: number): boolean {
  if (!JOIN_PEOPLE.has(view[floor])) return false;
  const org = readOrganization(lex, view, link.hits[0].start, floor + 1);
  if (org.start < floor + 1) return false;
  link.org = org;
  link.start = org.start;
  return true;
}

/**
 * True when the descriptor `hits[k]` is a title: right before a name, and for an occupation (居民,
 * 种粮大户) only as a later link of a chain ("市人大代表、桐华街道居民孟雪琴") or opening a line's
 * speaker label ("易家渡镇居民卓秀英:…"); a member of the public (群众代表) may open any chain.
 */
function describesName(lex: Lexicon, view: string, hits: TitleHit[], k: number, from: number, to: number, names: readonly string[]): boolean {
  const h = hits[k];
  // 群众代表、易家渡镇居民卓秀英: a member of the public may lead a chain whose name comes later (readChain needs one).
  if ((h.flags & TAG.public) !== 0 && JOINERS.has(view[h.end])) return true;
  const name = nameAfter(lex, view, h.end, to, names) ?? readUnlistedName(lex, view, h.end, to) ?? slotName(lex, view, h, from, to);
  if (name === null) return false;
  if ((h.flags & TAG.public) !== 0) return true;
  return (k > 0 && hits[k - 1].end < h.start) || opensLabel(view, from, h.start, name.end);
}

/**
 * The name filling a person field's value or a speaker label right after the descriptor `h` ("提问代表:镇人大代表、教师 玉罕",
 * "县人大代表、教师 刀建国提问:"): the layout delimits it, whatever its first character (delimited-names.ts). A label's
 * name written against the occupation before a bare colon ("人大代表、镶白旗明安图镇牧民朝鲁门:") is read as after any
 * other title of a label (`readLabelName`: three characters or more, or a transliterated two), so a subhead glued to it
 * ("群众代表心声:") still names nobody.
 */
function slotName(lex: Lexicon, view: string, h: TitleHit, from: number, to: number): NameRead | null {
  const slot = slotOf(view, h.start, from);
  if (!slot) return null;
  let at = h.end;
  while (at < to && (view[at] === ' ' || view[at] === '\t' || view[at] === '\u00a0')) at++;
  return delimitedName(lex, view, at, to, slot) ?? (slot === 'label' && at === h.end ? readLabelName(lex, view, at, to) : null);
}

/** Add a name read at a mention (as the view writes it) to `names`; a padded one ("张 伟") also unpadded, so 张伟表示 is found later. */
function remember(names: string[], seen: string): void {
  if (!names.includes(seen)) names.push(seen);
  const bare = withoutPadding(seen);
  if (bare !== seen && !names.includes(bare)) names.push(bare);
}


/**
 * The inside of a speaker label ("委员 王某", "李某", "市某局局长李某", "市公安局负责人"): one
 * mention with form 'label', or null. A bare 2–4 character name starting with a surname is read
 * as a name; a post alone names a speaker by office only.
 */
export function readLabel(pair: TextPair, range: Span, known: readonly string[] = [], lex: Lexicon = lexicon()): SpeakerMention | null {
  const { text, view } = pair;
  let [s, e] = range;
  while (s < e && /\s/u.test(view[s])) s++;
  while (e > s && /\s/u.test(view[e - 1])) e--;
  const found = findMentions(pair, [s, e], known, lex).find((m) => m.form !== 'bare-name');
  if (found) return { ...found, form: 'label' };
  const n = readName(lex, view, s, e, known.map((k) => normalize(k)));
  if (n && n.end === e) {
    return {
      span: [s, e], form: 'label', name: withoutPadding(text.slice(s, e)), nameSpan: [s, e], title: null, titleSpan: null,
      organization: null, congress: false, office: null, surname: surnameOf(pair, lex, s),
    };
  }
  const any = findMentions(pair, [s, e], known, lex)[0];
  if (any) return { ...any, form: 'label' };
  // A post alone ("【委员】", "市公安局负责人:"): a speaker named by office only.
  const hits = findTitles(lex, view, s, e);
  const last = hits[hits.length - 1];
  if (!last || last.end !== e || hits.some((h) => h.tags.has('byline'))) return null;
  const org = readOrganization(lex, view, hits[0].start, s);
  if (org.start !== s) return null;
  const organization = org.organization ? text.slice(org.organization[0], org.organization[1]) : null;
  const congress = isCongress(view.slice(s, hits[0].start), hits.some((h) => h.tags.has('congress')));
  return {
    span: [s, e], form: 'label', name: null, nameSpan: null, title: text.slice(s, e), titleSpan: [s, e],
    organization, congress, office: text.slice(last.start, last.end), surname: null,
  };
}

/** The tags of every title of `chain`, as bits. */
function chainTags(chain: Link[]): number {
  let tags = 0;
  for (const l of chain) for (const h of l.hits) tags |= h.flags;
  return tags;
}
