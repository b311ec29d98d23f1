/**
 * One title chain read into mentions: who the title names, and how.
 *
 * Example: the chain "市人大常委会委员、麒麟区人大常委会主任" followed by "谢茂华就…" gives a
 * title-name mention; "副局长王某、李某某" gives two; "王某某委员" and "李局长" are read from the
 * name or surname before a bare post; "市公安局相关负责人表示", "一位委员问" and "这位负责人说"
 * name nobody (office-only). Offsets are UTF-16 into the text, [start, end).
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import { speakerMention, type SpeakerMention } from './mentions.js';
import type { Lexicon } from './lexicon.js';
import { boundaryBefore, endScore, followerNode, surnameLength, type NameRead } from './name-context.js';
import { readName } from './names.js';
import { dottedNameEndingAt } from './dotted-names.js';
import { labelEndAt, mayBeLabelName, readLabelName, readUnlistedName } from './unlisted-names.js';
import { TAG } from './term-index.js';
import { readCertainName } from './certain-names.js';
import { readOrganization, type OrgRead, type TitleHit } from './titles.js';
import { STAMP } from './stamps.js';

/** One title link: organization + post(s), e.g. 麒麟区人大常委会主任. */
export interface Link {
  start: number;
  end: number;
  hits: TitleHit[];
  org: OrgRead;
}

/** Words that join the last names of a list: 副局长王某、李某和赵某. */
const LIST_AND = new Set(['和', '与', '及']);

/** What joins the links of a title chain: 市人大常委会委员、麒麟区人大常委会主任; 副市长兼市公安局局长. */
export const JOINERS = new Set(['、', '兼']);

/** Quantifiers that make an office-only speaker out of a bare post: 一位委员, 有委员, 一位来自基层的委员. */
const QUANTIFIER = /(?:(?:另一位|另一名|一位|一名|有位|有的|多位|多名|某位)(?:[^,。;:?!、\s]{1,12}的)?|有)$/u;
/** "…代表在询问中提到,": the post speaks in the inquiry. */
const IN_THE_INQUIRY = /^在(?:询问|提问|发言)(?:中|时)(?:提到|说|表示|指出|提出)/u;
/** A count before a post: many people, not one speaker (4名, 十二位). */
const COUNTED = /(?:\d+|[两二三四五六七八九十百几多]+)\s*(?:名|位|个)$/u;

/** Demonstratives that point back to a speaker already named: 这位负责人, 该局长. */
const DEMONSTRATIVE = /(?:这位|那位|这名|该|此位|上述)$/u;

/**
 * A quotation opening its sentence (or after a short connective: "会上,“…”") and closing at the
 * end of the slice (“…”委员某…): the quotation's speaker is named next.
 */
const QUOTE_CLOSES = /(?:^|[。?!;\n])(?:[^。?!;,:“”\n]{1,8},)?\s*“[^“”\n]{2,400}”\s*$/u;
/** How far back a quotation before a title is looked for (code units). */
const QUOTE_REACH = 402;
/** The rest of a sentence after a name: a clause of interest, then a verb of asking ("关心X问题,询问…"). */
const ASKS_LATER = /^[^。?!;\n]{1,40},\s*(?:又|并|还|随即|进而)?(?:询问|提问|发问|追问|问道|请问)/u;

/**
 * A bare post (委员, 代表, 局长) and three characters after it that nothing after them supports
 * (委员乔美玲直指问题, 委员毛丽君牵挂…) still name a speaker when the grammar around them says
 * someone speaks: a quotation opening the sentence closes right before the post (the quotation
 * needs a speaker, and the post names one), or the sentence goes on, after a clause, to a verb of
 * asking ("委员某某关心X问题,询问…"). `title` is where the post starts, `end` where the name ends.
 */
function reportedSpeaker(view: string, from: number, title: number, end: number, to: number): boolean {
  if (view.charCodeAt(title - 1) === 0x201d && QUOTE_CLOSES.test(view.slice(Math.max(from, title - QUOTE_REACH), title))) return true; // ”
  return ASKS_LATER.test(view.slice(end, Math.min(to, end + 60)));
}

/** The name right after a title (spaces allowed: "委员 王某"), when the cut is supported. */
export function nameAfter(lex: Lexicon, view: string, pos: number, to: number, known: readonly string[]): NameRead | null {
  const n = readName(lex, view, skipSpaces(view, pos, to), to, known);
  return n && n.score > 0 ? n : null;
}

/** Where the spaces (and tabs, no-break spaces) right before `pos` start, no further back than `from`. */
function spacesBefore(view: string, pos: number, from: number): number {
  while (pos > from && (view[pos - 1] === ' ' || view[pos - 1] === '\t' || view[pos - 1] === '\u00a0')) pos--;
  return pos;
}

function skipSpaces(view: string, pos: number, to: number): number {
  while (pos < to && (view[pos] === ' ' || view[pos] === '\t' || view[pos] === '\u00a0')) pos++; // 委员 王某, 委员\u3000王某 (folded)
  return pos;
}

export function readChain(pair: TextPair, lex: Lexicon, chain: Link[], from: number, to: number, known: string[]): SpeakerMention[] {
  const { text, view } = pair;
  const first = chain[0];
  const last = chain[chain.length - 1];
  let tags = 0; // the tags of every title of the chain, as bits
  for (const l of chain) for (const h of l.hits) tags |= h.flags;
  if ((tags & TAG.byline) !== 0) return [];
  const post = last.hits[last.hits.length - 1];
  const bare = chain.length === 1 && first.start === first.hits[0].start; // a post with nothing before it
  // What every mention of the chain shares, read when the first mention is made (most chains make none).
  let facts: ChainFacts | null = null;
  const mention = (start: number, end: number, form: SpeakerMention['form'], name: Span | null, title: Span): SpeakerMention => {
    facts ??= chainFacts(pair, chain, tags);
    return speakerMention([start, end], form, name ? text.slice(name[0], name[1]) : null, name, text.slice(title[0], title[1]), title,
      facts.organization, facts.congress, facts.office, name ? surnameOf(pair, lex, name[0]) : null);
  };

  const weak = (tags & TAG.weak) !== 0;
  // An occupation alone is a title only opening a speaker label (易家渡镇居民卓秀英:…), and the
  // speaker asks when the label's words do (…水质到底有没有人管?); 主任医师某:我们医院… answers.
  let labelAsks = false;
  if (chain.length === 1 && (tags & TAG.descriptor) !== 0) {
    const n = readName(lex, view, skipSpaces(view, last.end, to), to, known);
    if (!n || !opensLabel(view, from, first.start, n.end)) return [];
    const colon = LABEL_COLON.exec(view.slice(n.end, n.end + 8));
    const wordsStart = n.end + (colon ? colon[0].length : 0);
    const eol = view.indexOf('\n', wordsStart);
    labelAsks = /问/u.test(colon?.[0] ?? '') || LABEL_ASKS.test(view.slice(wordsStart, eol < 0 ? view.length : eol));
  }
  // Name (title): 王某某(市人大常委会委员), or both in brackets: (王某某,市人大常委会委员).
  const sep = view[first.start - 1];
  if ((sep === '(' || sep === ',' || sep === '、' || sep === ' ') && view[last.end] === ')') {
    for (const len of [4, 3, 2]) {
      const s = first.start - 1 - len;
      const r = s >= from ? readName(lex, view, s, first.start - 1, known) : null;
      if (!r || r.end !== first.start - 1) continue;
      if (sep === '(' && boundaryBefore(lex, view, s, from)) {
        return [mention(s, last.end + 1, 'name-title', [s, r.end], [first.start, last.end])];
      }
      if (sep !== '(' && view[s - 1] === '(') return [mention(s, last.end, 'name-title', [s, r.end], [first.start, last.end])];
    }
    // 陶某某委员(省人大常委会委员、省人大财政经济委员会副主任委员): the name, the short post it is
    // called by, then the full titles in brackets (gazettes and 发言摘要 print labels this way).
    const short = sep === '(' ? /(?:委员|代表|常委|同志)$/.exec(view.slice(Math.max(from, first.start - 4), first.start - 1)) : null;
    if (short) {
      const postStart = first.start - 1 - short[0].length;
      for (const len of [4, 3, 2]) {
        const s = postStart - len;
        const r = s >= from ? readName(lex, view, s, postStart, known) : null;
        if (r && r.end === postStart && boundaryBefore(lex, view, s, from)) return [mention(s, last.end + 1, 'name-title', [s, r.end], [first.start, last.end])];
      }
    }
  }

  // Title + name(s): 市政府副市长海建才, 副局长王某、李某某. A cut with no support after it
  // (委员韩寅燕十分关注 before 十分 was listed) is taken only after a full title with an organization.
  const at = skipSpaces(view, last.end, to);
  // After a bare post (副州长扎西多吉在回答时表示) only names of four characters or more: most
  // unlisted names there are Tibetan, Uyghur or Mongolian ones written without a dot.
  // Before a list's 、, a comma or a bracket's end, two or three characters right after the title are
  // a name whatever the surname ("县水利局局长铁明辉、县卫生健康局局长…", certain-names.ts).
  const n = labelName(lex, view, first.start, at, from, to, weak) ?? readName(lex, view, at, to, known) ?? (!weak ? readUnlistedName(lex, view, at, to, bare ? 4 : 3) ?? readCertainName(lex, view, at, to) : null);
  if (n && (n.score > 0 || (!bare && !weak) || (bare && !weak && n.end - n.start === 3 && surnameLength(lex, view, n.start) > 0 && reportedSpeaker(view, from, first.start, n.end, to)))) {
    const title: Span = [first.start, last.end];
    const out = [mention(first.start, n.end, 'title-name', [n.start, n.end], title)];
    for (let p = n.end; view[p] === '、' || LIST_AND.has(view[p]); ) {
      const more = nameAfter(lex, view, p + 1, to, known) ?? readCertainName(lex, view, p + 1, to); // 委员姬晓梅、铁建华、郦春生先后提问
      if (!more || more.score < 2) break;
      out.push(mention(more.start, more.end, 'title-name', [more.start, more.end], title));
      p = more.end;
    }
    if (labelAsks) for (const m of out) m.congress = true;
    return out;
  }

  if (bare && !weak) {
    const t = first.hits[0];
    // Surname + title: 李局长, 欧阳主任, 市教育局李局长 (the person is resolved later by the registry).
    for (const len of [2, 1]) {
      const s = t.start - len;
      if (s < from || !lex.surnames.has(view.slice(s, t.start))) continue;
      if (followerNode(lex, view, s, t.start)) continue; // 学校和校长: 和 joins, it names nobody
      const m = mention(s, last.end, 'surname-title', null, [t.start, last.end]);
      m.surname = text.slice(s, t.start);
      if (boundaryBefore(lex, view, s, from)) return [m];
      const org = readOrganization(lex, view, s, from);
      if (org.organization && org.organization[1] === s && anchored(org)) {
        m.span = [org.start, last.end];
        m.organization = text.slice(org.organization[0], org.organization[1]);
        m.congress = m.congress || /人大|人民代表大会/u.test(view.slice(org.start, s));
        return [m];
      }
    }
    // Name + title: 王某某委员, 李某副市长; with the organization before the name:
    // 市人大常委会张某某副主任 (organization 市人大常委会, title 副主任). A label may set the
    // name apart from its post ("王明远　委员:", "张　伟　委员:", minutes aligning both columns).
    const nameEnd = LABEL_COLON.test(view.slice(last.end, last.end + 8)) ? spacesBefore(view, t.start, from) : t.start;
    // 买买提·艾力厅长, 古丽娜尔-吐尔逊委员: a dotted name is read whole (its last part alone, 艾力, reads as a name too).
    const dotted = dottedNameEndingAt(lex, view, nameEnd, from);
    for (const len of dotted >= 0 ? [nameEnd - dotted] : [4, 3, 2]) {
      const s = nameEnd - len;
      if (s < from) continue;
      const r = dotted >= 0 ? { end: nameEnd } : readName(lex, view, s, nameEnd, known);
      if (!r || r.end !== nameEnd || (nameEnd < t.start && !boundaryBefore(lex, view, s, from))) continue;
      if (boundaryBefore(lex, view, s, from)) {
        // 张某某、李某某委员: every name of the list carries the title after it.
        const out = [mention(s, last.end, 'name-title', [s, nameEnd], [t.start, last.end])];
        for (let p = s; view[p - 1] === '、'; ) {
          const prev = nameEndingAt(lex, view, p - 1, from, known);
          if (prev === null) break;
          out.unshift(mention(prev, p - 1, 'name-title', [prev, p - 1], [t.start, last.end]));
          p = prev;
        }
        return out;
      }
      const org = readOrganization(lex, view, s, from);
      if (org.organization && org.organization[1] === s && anchored(org)) {
        const m = mention(org.start, last.end, 'name-title', [s, t.start], [t.start, last.end]);
        m.organization = text.slice(org.organization[0], org.organization[1]);
        m.congress = m.congress || /人大|人民代表大会/u.test(view.slice(org.start, s));
        return [m];
      }
    }
  }

  if (bare && !weak) {
    // 格桑卓玛委员:, 扎西平措厅长:, 自治区水利厅次仁厅长: a line's label, the name before the post whatever its first character.
    const r = labelNameBefore(lex, view, first.hits[0].start, last.end, from);
    if (r) {
      const m = mention(r.start, last.end, 'name-title', [r.name, r.nameEnd], [first.hits[0].start, last.end]);
      if (r.org) {
        m.organization = text.slice(r.org.organization![0], r.org.organization![1]);
        m.congress = m.congress || /人大|人民代表大会/u.test(view.slice(r.org.start, r.name));
      }
      return [m];
    }
  }

  // 群众代表, 居民 and the like name someone only with the name after them.
  if (chain.every((l) => l.hits.every((h) => (h.flags & (TAG.public | TAG.descriptor)) !== 0))) return [];
  const collective = (post.flags & TAG.collective) !== 0;
  // (一名来自基层的省人大代表: a congress post may carry its body and still be someone unnamed.)
  const offices = readOffice(pair, lex, chain, from, to, (bare || collective || (tags & TAG.congress) !== 0) && !weak, (tags & TAG.office) !== 0, mention);
  // 常委会组成人员认为: the members as a body, not one speaker; but 一位常委会组成人员问 is someone.
  return collective ? offices.filter((m) => m.reference === 'indefinite') : offices;
}

/**
 * The name of a line's speaker label right after its title ("自治区人大常委会委员格桑卓玛:…",
 * "自治区水利厅厅长次仁:…"), read up to the label's colon whatever its first character: the label,
 * not a listed surname, marks the name. Null when the title does not open a label, or when a name
 * read the usual way already ends at the colon (a known or surname-led name keeps its reading).
 */
function labelName(lex: Lexicon, view: string, titleStart: number, at: number, from: number, to: number, weak: boolean): NameRead | null {
  if (weak) return null;
  if (!COLON_NEAR.test(view.slice(at + 2, at + 10))) return bracketName(lex, view, titleStart, at, from, to); // most titles: no colon within a name's reach
  const n = readLabelName(lex, view, at, to);
  return n && opensLabel(view, from, titleStart, n.end) ? n : null;
}

/** Brackets that may hold a speaker's title and name, in the view: the opening one → its closing one. */
const SPEAKER_BRACKETS: Readonly<Record<string, string>> = { '(': ')', '【': '】', '[': ']' };

/**
 * The name in a bracket that holds a title and the name and nothing else, as minutes print a turn's speaker
 * ("问:(县林业和草原局局长 索朗)…", "答:【县农业农村局局长 次旦】…"): the bracket closing right after the name is a
 * label's frame as the colon is, so the name (see `mayBeLabelName`) needs no listed surname. Null otherwise.
 */
function bracketName(lex: Lexicon, view: string, titleStart: number, at: number, from: number, to: number): NameRead | null {
  let o = titleStart - 1;
  while (o >= from && (view[o] === ' ' || view[o] === '\t')) o--;
  const close = o >= from ? SPEAKER_BRACKETS[view[o]] : undefined;
  if (!close) return null;
  for (let end = at + 2; end <= at + 6 && end <= to; end++) {
    if (view[end] === close) return mayBeLabelName(lex, view, at, end, end) ? { start: at, end, score: 3 } : null;
  }
  return null;
}

/** A colon within a label name's reach (2–6 characters and a verb of the label), or the bracket of a note before it (乌兰其其格(蒙古族):). */
const COLON_NEAR = /[:(]/u;

/** The lead of a line before its label: spaces, a stamp, a bullet, Markdown bold ("**格桑卓玛委员:**"). */
const LINE_LEAD = new RegExp(String.raw`^[ \t]*(?:${STAMP}[ \t\u3000]*)?(?:[■●◆▲★☆□◇○•▶►][ \t]*)?(?:\*\*|__)?[ \t]*$`, 'u');

/**
 * A name before the post of a line's speaker label, listed surname or not: "格桑卓玛委员:…",
 * "扎西平措厅长答:…", "自治区水利厅次仁厅长:…" (the organization, if any, opens the line). The post
 * at `[post, postEnd)` must be followed by the label's colon; the name (see `mayBeLabelName`)
 * runs from the line's lead or the organization's end to the post (spaces between allowed).
 */
function labelNameBefore(lex: Lexicon, view: string, post: number, postEnd: number, from: number): { start: number; name: number; nameEnd: number; org: OrgRead | null } | null {
  if (!LABEL_COLON.test(view.slice(postEnd, postEnd + 8))) return null;
  const nameEnd = spacesBefore(view, post, from);
  const lineStart = Math.max(from, view.lastIndexOf('\n', nameEnd - 1) + 1);
  for (let len = 2; len <= 6; len++) {
    const s = nameEnd - len;
    if (s < lineStart) break;
    if (!mayBeLabelName(lex, view, s, nameEnd, nameEnd)) continue;
    if (LINE_LEAD.test(view.slice(lineStart, s))) return { start: s, name: s, nameEnd, org: null };
    const org = readOrganization(lex, view, s, lineStart);
    if (org.organization && org.organization[1] === s && anchored(org) && LINE_LEAD.test(view.slice(lineStart, org.start))) return { start: org.start, name: s, nameEnd, org };
  }
  return null;
}

/** Words of a label that ask: a question mark, 请问, 想问. */
const LABEL_ASKS = /[?]|请问|想问|问一下|问一问/u;

/** After the name of a speaker label: its verb (问, 答, 追问) and the colon. */
const LABEL_COLON = /^[ \t]*(?:追问|提问|问|答)?[ \t]*(?:\*\*|__)?[ \t]*:/u;
/** Before a title opening a label: the line's lead (spaces, a stamp, a bullet, Markdown bold: "**县交通运输局局长 格桑:**") and the organization's Han characters. */
const LABEL_HEAD = new RegExp(String.raw`^[ \t]*(?:${STAMP}[ \t\u3000]*)?(?:[■●◆▲★☆□◇○•▶►][ \t]*)?(?:\*\*|__)?[ \t]*\p{sc=Han}{0,16}$`, 'u');

/**
 * True when the title at `titleStart` opens a line's speaker label whose name ends at `nameEnd`
 * ("易家渡镇居民卓秀英:…", "东乡区种粮大户聂红英问:…"): nothing but a lead and an organization
 * before it on its line (no further back than `from`), the label's colon after the name (maybe
 * after a bracketed note: "州人大常委会委员其其格(蒙古族):…").
 */
export function opensLabel(view: string, from: number, titleStart: number, nameEnd: number): boolean {
  const lineStart = Math.max(from, view.lastIndexOf('\n', titleStart - 1) + 1);
  return LABEL_HEAD.test(view.slice(lineStart, titleStart)) && labelEndAt(view, nameEnd); // (a bracketed note may come first: 其其格(蒙古族):)
}

/**
 * What the mentions of one chain share: the organization, congress or not, the post. The organization is
 * that of the last link that has one (市人大代表、城东小学家长委员会主任 answers for the school's committee),
 * within the first post of a concurrent pair: in 市教育局局长兼市体育局局长 兼 adds a second post to the
 * principal one, so the person answers for 市教育局.
 */
interface ChainFacts {
  organization: string | null;
  congress: boolean;
  office: string;
}

function chainFacts(pair: TextPair, chain: Link[], tags: number): ChainFacts {
  const { text, view } = pair;
  let organization: string | null = null;
  let principal = chain.length; // the links before the first 兼
  for (let k = 1; k < chain.length; k++) if (view.slice(chain[k - 1].end, chain[k].start).includes('兼')) { principal = k; break; }
  for (let k = principal - 1; k >= 0; k--) {
    const o = chain[k].org.organization;
    if (o) { organization = text.slice(o[0], o[1]); break; }
  }
  const orgText = chain.map((l) => view.slice(l.start, l.hits[0].start)).join('、');
  const last = chain[chain.length - 1];
  const post = last.hits[last.hits.length - 1];
  // "代表、石门村党支部书记某": a chain led by a bare congress post names a member, whatever follows.
  const first = chain[0].hits[0];
  const ledByMember = first.start === chain[0].start && (first.flags & TAG.congress) !== 0;
  // 群众代表、易家渡镇居民卓秀英: the public the congress invites asks, like its members.
  const invited = (tags & TAG.public) !== 0;
  return { organization, congress: ledByMember || invited || isCongress(orgText, (tags & TAG.congress) !== 0), office: text.slice(post.start, post.end) };
}

/** The start of a name that ends exactly at `end` after a boundary (、张某某), or null. */
function nameEndingAt(lex: Lexicon, view: string, end: number, from: number, known: readonly string[]): number | null {
  for (const len of [3, 2, 4]) {
    const s = end - len;
    if (s < from) continue;
    const r = readName(lex, view, s, end, known);
    if (r && r.end === end && boundaryBefore(lex, view, s, from)) return s;
  }
  return null;
}

/**
 * A congress title: an organization of the people's congress (市人大常委会, 全国人大), or a
 * congress post (委员, 代表, 组成人员) with no other organization before it: 市政协委员 sits in the
 * consultative conference and 市纪委委员 in a party body, not the congress.
 */
export function isCongress(orgText: string, congressPost: boolean): boolean {
  return /人大|人民代表大会/u.test(orgText) || STANDING.test(orgText) || (congressPost && !/[\u4e00-\u9fff]/u.test(orgText));
}

/**
 * 常委会 with 人大 left out, as news reports write it (常委会副主任, 省常委会委员): the congress's
 * standing committee, unless a party committee (市委常委会) or the consultative conference
 * (政协常委会) owns it.
 */
const STANDING = /(?<!政协|委|党)常委会/u;

/** An organization with a place or a listed institution in it (市教育局), not just any words before 局. */
function anchored(org: OrgRead): boolean {
  return org.units.some((u) => u.kind === 'place' || u.kind === 'head');
}

/**
 * Office only (no name): 市公安局相关负责人表示, 有关负责人介绍, 一位委员问 (a new person), 这位负责人
 * 表示 (the one named before). Posts that are counted (4名…组成人员), coordinated (…和市人大代表)
 * or spoken to (向…相关部门负责人提问) name no speaker.
 */
function readOffice(pair: TextPair, lex: Lexicon, chain: Link[], from: number, to: number, plain: boolean, office: boolean,
  mention: (start: number, end: number, form: SpeakerMention['form'], name: Span | null, title: Span) => SpeakerMention): SpeakerMention[] {
  const { view } = pair;
  const first = chain[0];
  const last = chain[chain.length - 1];
  const bare = chain.length === 1 && first.start === first.hits[0].start;
  const speaks = followerNode(lex, view, last.end, to);
  const speech = speaks !== null && (speaks.flags & TAG.speech) !== 0;
  const colon = view[last.end] === ':';
  const spoken = (speech || colon) && (!bare || office);
  if (!plain && !spoken) return []; // neither quantified nor pointed can name anyone: no need to read before the post
  const before = view.slice(Math.max(from, first.start - 16), first.start);
  const quantified = plain ? QUANTIFIER.exec(before) : null;
  const pointed = plain ? DEMONSTRATIVE.exec(before) : null;
  const title: Span = [first.start, last.end];
  // 4名市人大常委会组成人员先后提问 (a count: many people), 向…相关部门负责人提问 (spoken to).
  const clause = view.slice(Math.max(from, first.start - 40), first.start).split(/[,。;:?!\n]/u).pop() ?? '';
  const lead = view.slice(Math.max(from, first.start - 6), first.start);
  if (COUNTED.test(lead) || /[和与及]$/u.test(lead) || /向/u.test(clause)) return []; // …组成人员和市人大代表提出问题
  if (quantified && (endScore(lex, view, last.end, to) >= 2 || IN_THE_INQUIRY.test(view.slice(last.end, last.end + 12)))) {
    const m = mention(first.start - quantified[0].length, last.end, 'office-only', null, title);
    m.reference = 'indefinite';
    return [m];
  }
  if (pointed && (speaks || colon)) {
    const m = mention(first.start - pointed[0].length, last.end, 'office-only', null, title);
    m.reference = 'anaphoric';
    return [m];
  }
  if (spoken) return [mention(first.start, last.end, 'office-only', null, title)];
  return [];
}

/** The surname at `pos` as written in the text (欧陽 stays 欧陽), found on the view. */
export function surnameOf(pair: TextPair, lex: Lexicon, pos: number): string | null {
  const len = surnameLength(lex, pair.view, pos);
  return len ? pair.text.slice(pos, pos + len) : null;
}
