/**
 * One title chain read into mentions: who the title names, and how.
 *
 * Example: the chain "市人大常委会委员、麒麟区人大常委会主任" followed by "谢茂华就…" gives a
 * title-name mention; "副局长王某、李某某" gives two; "王某某委员" and "李局长" are read from the
 * name or surname before a bare post; "市公安局相关负责人表示", "一位委员问" and "这位负责人说"
 * name nobody (office-only). Offsets are UTF-16 into the text, [start, end).
 * What the chain's mentions share is in chain-facts.ts, the names a speaker label frames in
 * chain-labels.ts, and the office-only readings in office-mentions.ts.
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import { speakerMention, type SpeakerMention } from './mentions.js';
import { withoutEmphasis } from '../source/markdown.js';
import type { Lexicon } from './lexicon.js';
import { boundaryBefore, followerNode, hasTitleAt, surnameLength, type NameRead } from './name-context.js';
import { readName } from './names.js';
import { afterNameDot, dottedNameEndingAt } from './dotted-names.js';
import { readUnlistedName } from './unlisted-names.js';
import { TAG } from './term-index.js';
import { readCertainName } from './certain-names.js';
import { readOrganization } from './title-orgs.js';
import { anchored, chainFacts, opensNamedInstitution, surnameOf, type ChainFacts, type Link } from './chain-facts.js';
import { LABEL_ASKS, LABEL_COLON, labelName, labelNameBefore, opensLabel, spacesBefore } from './chain-labels.js';
import { readOffice } from './office-mentions.js';
import { nameBeforeLineTitle, nameBeforeTitleBracket } from './name-first-labels.js';
import { delimitedName, fieldNameBefore, slotClosesAt, slotOf } from './delimited-names.js';
import { ACTING } from '../model/posts.js';
import { commaNoteStart } from './title-qualifiers.js';
import { speaksOnBehalf } from './on-behalf.js';
import { repeatedPost } from './repeated-posts.js';
import { asideEnd, withoutAsides } from './label-asides.js';

/** Words that join the last names of a list: 副局长王某、李某和赵某. */
const LIST_AND = new Set(['和', '与', '及']);

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

/** What opens a roster's item: the field's or the speech's colon, the separator after the item before, the line's start. */
const ITEM_OPENERS = new Set([':', ';', ',', '、', '\n']);
/** Posts of the public and of congress members, descriptors and generic words: no official's roster item. */
const NOT_ROSTER = TAG.congress | TAG.public | TAG.descriptor | TAG.weak | TAG.collective;

/**
 * True when the official's title chain starting at `start` (its organization first) opens an item of a roster
 * ("应询人:市财政局局长向东", "到会的同志:副市长蒋文斌;市财政局局长和平。"): the name after it closes the item,
 * so a surname that is also a word (向, 和) opens it there (readName's `afterTitle`). Not for members and the
 * public ("人大代表、政协委员和群众、专家"), whose lists join groups with 和.
 */
function rosterItem(view: string, start: number, from: number, tags: number): boolean {
  return (tags & NOT_ROSTER) === 0 && (start <= from || ITEM_OPENERS.has(view[start - 1]));
}

/** The name right after a title (spaces allowed: "委员 王某"), when the cut is supported. */
export function nameAfter(lex: Lexicon, view: string, pos: number, to: number, known: readonly string[]): NameRead | null {
  const n = readName(lex, view, skipSpaces(view, pos, to), to, known);
  return n && n.score > 0 ? n : null;
}

function skipSpaces(view: string, pos: number, to: number): number {
  while (pos < to && (view[pos] === ' ' || view[pos] === '\t' || view[pos] === '\u00a0')) pos++; // 委员 王某, 委员\u3000王某 (folded)
  return pos;
}

/**
 * An annotation in brackets between the title and the name, "董事长（列席）邵文杰", "州人大代表（凤凰镇选区）吴金花",
 * "全国人大代表（湖南代表团）某": how the person attends, their constituency or delegation; the name is read after it.
 * (A bracket holding a name, "局长（王某）", or anything else ends the title as before.)
 */
const ANNOTATION = /^\((?:列席|特邀|应邀|受邀|[^()\n,。;:]{1,12}?(?:选区|代表团|界别))\)[ \t]*/u;
function skipAnnotation(view: string, pos: number, to: number): number {
  if (view[pos] !== '(') return pos;
  // "…党支部书记（土家族）彭家旺：": a note on the person (ethnicity, sex) is an aside too (label-asides.ts).
  const aside = asideEnd(view, pos);
  if (aside > pos) return skipSpaces(view, aside, to);
  const m = ANNOTATION.exec(view.slice(pos, Math.min(to, pos + 20)));
  return m ? pos + m[0].length : pos;
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
    // (The title as a string of its own: emphasis marks inside it, "市水利局**局长", are layout.)
    return speakerMention([start, end], form, name ? text.slice(name[0], name[1]) : null, name, withoutAsides(withoutEmphasis(text.slice(title[0], title[1]))), title,
      facts.organization, facts.congress, facts.office, name ? surnameOf(pair, lex, name[0]) : null);
  };

  const weak = (tags & TAG.weak) !== 0;
  // An occupation alone is a title only opening a speaker label (易家渡镇居民卓秀英:…), and the
  // speaker asks when the label's words do (…水质到底有没有人管?); 主任医师某:我们医院… answers.
  let labelAsks = false;
  if (chain.length === 1 && (tags & TAG.descriptor) !== 0) {
    // (The label's colon frames a name with no listed surname too: "镶白旗明安图镇牧民朝鲁门:…", as after any title.)
    const n = readName(lex, view, skipSpaces(view, last.end, to), to, known) ?? labelName(lex, view, first.start, last.end, from, to, false);
    if (!n || !opensLabel(view, from, first.start, n.end)) return [];
    const colon = LABEL_COLON.exec(view.slice(n.end, n.end + 8));
    const wordsStart = n.end + (colon ? colon[0].length : 0);
    const eol = view.indexOf('\n', wordsStart);
    labelAsks = /问/u.test(colon?.[0] ?? '') || LABEL_ASKS.test(view.slice(wordsStart, eol < 0 ? view.length : eol));
  }
  // Name (title): 王某某(市人大常委会委员), or both in brackets: (王某某,市人大常委会委员).
  const sep = view[first.start - 1];
  if ((sep === '(' || sep === ',' || sep === '、' || sep === ' ') && view[last.end] === ')') {
    for (const len of [6, 5, 4, 3, 2]) {
      const s = first.start - 1 - len;
      // "买买提江·阿不都（区交通运输局副局长）:": 阿不都 after the dot is the last part of a dotted name, read whole by
      // the label readers below (name-first-labels.ts), never a name of its own.
      if (afterNameDot(view, s)) continue;
      // "主持人：斯琴巴根（县人大常委会主任）": a person field's colon and the bracket delimit the name (delimited-names.ts).
      const r = s < from ? null : len <= 4 ? readName(lex, view, s, first.start - 1, known) ?? fieldNameBefore(lex, view, s, first.start - 1, from) : sep === '(' ? fieldNameBefore(lex, view, s, first.start - 1, from) : null;
      if (!r || r.end !== first.start - 1) continue;
      if (sep === '(' && boundaryBefore(lex, view, s, from)) {
        // (裴某（市行政审批服务局副局长，主持工作）: the note after the comma is the bracket's, not the title's.)
        return [mention(s, last.end + 1, 'name-title', [s, r.end], [first.start, commaNoteStart(view, last.end)])];
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

  // A label on a line of its own, the name first: "公孙丽　县人大常委会委员", "买买提·吐尔逊(种粮大户、镇人大代表)" (name-first-labels.ts).
  if (!weak) {
    const lined = nameBeforeLineTitle(lex, view, first.start, last.end, from, known);
    if (lined) return [mention(lined.start, lined.titleEnd, 'name-title', [lined.start, lined.end], [lined.titleStart, lined.titleEnd])];
    const framed = nameBeforeTitleBracket(lex, view, first.start, last.end, from, to, known);
    if (framed) return [mention(framed.start, framed.close + 1, 'name-title', [framed.start, framed.end], [framed.open + 1, framed.close])];
  }

  // Title + name(s): 市政府副市长海建才, 副局长王某、李某某. A cut with no support after it
  // (委员韩寅燕十分关注 before 十分 was listed) is taken only after a full title with an organization.
  const at = skipAnnotation(view, skipSpaces(view, last.end, to), to);
  // After a bare post (副州长扎西多吉在回答时表示) only names of four characters or more: most
  // unlisted names there are Tibetan, Uyghur or Mongolian ones written without a dot.
  // Before a list's 、, a comma or a bracket's end, two or three characters right after the title are
  // a name whatever the surname ("县水利局局长铁明辉、县卫生健康局局长…", certain-names.ts).
  // A listed surname opening a longer name read only by the unlisted reader (副旗长乌云其其格表示: 乌 is a surname, but no cut
  // of two to four characters is supported by what follows): a read with no support gives way to the longer one.
  // "答复人:镇供水站站长 岩罕", "主持人:县人大常委会主任 哈斯巴根", "州水务局局长岩温答复:": in a person field's value or a
  // speaker label, the name runs to the line's end or the label's verb and colon, whatever its first character.
  const slot = weak ? null : slotOf(view, first.start, from);
  // (In a speaker's bracket the name closes it as a roster's item closes: "主持人(州人大常委会副主任 和丽娟):", 和 a surname.)
  const listed = readName(lex, view, at, to, known, slot === 'bracket' || rosterItem(view, first.start, from, tags));
  const unlisted = (r: NameRead | null) => (!weak ? readUnlistedName(lex, view, at, to, bare ? 4 : 3) ?? (r ? null : readCertainName(lex, view, at, to, !bare)) : null);
  let n = labelName(lex, view, first.start, at, from, to, weak) ?? (listed && listed.score === 0 ? unlisted(listed) ?? listed : listed ?? unlisted(null));
  if (slot && (!n || !slotClosesAt(view, n.end, slot))) n = delimitedName(lex, view, at, to, slot) ?? n;
  if (n && (n.score > 0 || (!bare && !weak) || (bare && !weak && n.end - n.start === 3 && surnameLength(lex, view, n.start) > 0 && reportedSpeaker(view, from, first.start, n.end, to)))) {
    const title: Span = [first.start, last.end];
    const out = [mention(first.start, n.end, 'title-name', [n.start, n.end], title)];
    for (let p = n.end; view[p] === '、' || LIST_AND.has(view[p]); ) {
      const more = nameAfter(lex, view, p + 1, to, known) ?? readCertainName(lex, view, p + 1, to); // 委员姬晓梅、铁建华、郦春生先后提问
      // (Not the organization of the next official's title: "科技部部长王和俊、商务部副部长郭婷婷" — 商务部 opens a chain of its own.)
      if (!more || more.score < 2 || hasTitleAt(lex, view, more.end, to)) break;
      // "市交通局局长王强和李明分别作了回答": a second name joined by 和 (与, 及) right after the first is no list under the
      // title — the title before 王强 is his; 李明 is named bare (a title written for him elsewhere is his). A list under one
      // title runs on 、 ("副局长王某、李某和赵某": all three are 副局长).
      if (LIST_AND.has(view[p]) && p === n.end) {
        out.push(speakerMention([more.start, more.end], 'bare-name', text.slice(more.start, more.end), [more.start, more.end], null, null, null, out[0].congress, null, surnameOf(pair, lex, more.start)));
        break;
      }
      out.push(mention(more.start, more.end, 'title-name', [more.start, more.end], title));
      p = more.end;
    }
    if (labelAsks) for (const m of out) m.congress = true;
    return out;
  }

  // "市人大代表王代表补充问": the full title, then the surname and the same post, no given name (repeated-posts.ts).
  if (!bare && !weak && !n) {
    const again = repeatedPost(lex, view, at, to, view.slice(post.start, post.end));
    if (again) {
      const m = mention(first.start, again.end, 'surname-title', null, [first.start, last.end]);
      m.surname = text.slice(at, again.surnameEnd);
      return [m];
    }
  }

  // "钟启明代表国务院表态": 代表 opening the body spoken for and a verb of speaking is the verb, no deputy's post (on-behalf.ts):
  // the name before it is the speaker's, with no title (the one met earlier with his, grouped by cast.ts).
  if (bare && speaksOnBehalf(lex, view, first.hits[0].start, to)) {
    const t = first.hits[0].start;
    for (const len of [4, 3, 2]) {
      const s = t - len;
      const r = s >= from ? readName(lex, view, s, t, known) : null;
      if (r && r.end === t && boundaryBefore(lex, view, s, from)) return [speakerMention([s, t], 'bare-name', text.slice(s, t), [s, t], null, null, null, false, null, surnameOf(pair, lex, s))];
    }
    return [];
  }

  if (bare && !weak) {
    const t = first.hits[0];
    // Surname + title: 李局长, 欧阳主任, 市教育局李局长 (the person is resolved later by the registry).
    for (const len of [2, 1]) {
      const s = t.start - len;
      if (s < from || !(lex.surnames.has(view.slice(s, t.start)) || knownSurname(known, view, s, t.start))) continue;
      if (followerNode(lex, view, s, t.start)) continue; // 学校和校长: 和 joins, it names nobody
      if (nameOverJoin(lex, view, s, t.start, from, known)) continue; // 赵和平委员: 平委员 is no surname and title
      const m = mention(s, last.end, 'surname-title', null, [t.start, last.end]);
      m.surname = text.slice(s, t.start);
      if (boundaryBefore(lex, view, s, from)) return [m];
      const org = readOrganization(lex, view, s, from);
      if (org.organization && org.organization[1] === s && (anchored(org) || opensNamedInstitution(lex, view, org, from))) {
        m.span = [org.start, last.end];
        m.organization = text.slice(org.organization[0], org.organization[1]);
        m.congress = m.congress || /人大|人民代表大会/u.test(view.slice(org.start, s));
        return [m];
      }
    }
    // Name + title: 王某某委员, 李某副市长; with the organization before the name:
    // 市人大常委会张某某副主任 (organization 市人大常委会, title 副主任). A label may set the
    // name apart from its post ("王明远　委员:", "张　伟　委员:", minutes aligning both columns).
    const spaced = LABEL_COLON.test(view.slice(last.end, last.end + 8)) ? spacesBefore(view, t.start, from) : t.start;
    // 钟某某代局长回答说: an acting head's 代 (posts.ts ACTING) between the name and the post is the title's, as it is
    // after an organization (titles.ts); tried first, and where no name ends before it 代 is a surname as before.
    const cuts: Array<[number, number]> = spaced === t.start && view.startsWith(ACTING, t.start - ACTING.length) ? [[t.start - ACTING.length, t.start - ACTING.length]] : [];
    cuts.push([spaced, t.start]);
    for (const [nameEnd, titleStart] of cuts) {
      // 买买提·艾力厅长, 古丽娜尔-吐尔逊委员: a dotted name is read whole (its last part alone, 艾力, reads as a name too).
      const dotted = dottedNameEndingAt(lex, view, nameEnd, from);
      for (const len of dotted >= 0 ? [nameEnd - dotted] : [4, 3, 2]) {
        const s = nameEnd - len;
        if (s < from) continue;
        const r = dotted >= 0 ? { end: nameEnd } : readName(lex, view, s, nameEnd, known);
        if (!r || r.end !== nameEnd || (nameEnd < titleStart && !boundaryBefore(lex, view, s, from))) continue;
        if (boundaryBefore(lex, view, s, from)) {
          // 张某某、李某某委员: every name of the list carries the title after it.
          const out = [mention(s, last.end, 'name-title', [s, nameEnd], [titleStart, last.end])];
          for (let p = s; view[p - 1] === '、'; ) {
            const prev = nameEndingAt(lex, view, p - 1, from, known);
            if (prev === null) break;
            out.unshift(mention(prev, p - 1, 'name-title', [prev, p - 1], [titleStart, last.end]));
            p = prev;
          }
          return out;
        }
        const org = readOrganization(lex, view, s, from);
        if (org.organization && org.organization[1] === s && (anchored(org) || opensNamedInstitution(lex, view, org, from))) {
          const m = mention(org.start, last.end, 'name-title', [s, nameEnd], [titleStart, last.end]);
          m.organization = text.slice(org.organization[0], org.organization[1]);
          m.congress = m.congress || /人大|人民代表大会/u.test(view.slice(org.start, s));
          return [m];
        }
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

  if (bare && !weak && slotClosesAt(view, last.end, 'field')) {
    // "提问代表：玉罕代表": a person field's value, the name before its post, the post closing the value (delimited-names.ts).
    const t = first.hits[0].start;
    for (let len = 2; len <= 6 && t - len >= from; len++) {
      const r = fieldNameBefore(lex, view, t - len, t, from);
      if (r) return [mention(r.start, last.end, 'name-title', [r.start, t], [t, last.end])];
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
 * True when `view[s, end)` opens a name already known (`known`, as the view writes them): 刀镇长 after 刀建国, 岩局长
 * after 岩温香 — a surname outside the lexicon (Dai 刀, 岩, 玉) is still the surname of someone named before, and the
 * registry resolves 刀 + 镇长 to that person (people.ts) as it does 刘镇长.
 */
function knownSurname(known: readonly string[], view: string, s: number, end: number): boolean {
  for (const k of known) if (k.length > end - s && view.startsWith(k.slice(0, end - s), s)) return true;
  return false;
}

/**
 * True when the character before the surname at `s` is a one-character word that joins or points (和, 向, 对) but
 * nothing it could join stands before it: only a surname, right after a boundary ("请赵和平委员提问", "⏎刘向阳委员:").
 * A conjunction or a preposition needs words on both sides (局长和王委员, 学校向李委员); a bare surname is no such
 * side, so the character is the given name's and the whole (赵和平, 刘向阳, 刘对阳) names the person before the post.
 */
function nameOverJoin(lex: Lexicon, view: string, s: number, end: number, from: number, known: readonly string[]): boolean {
  const j = s - 1;
  if (j <= from || !followerNode(lex, view, j, s)) return false;
  for (const len of [2, 1]) {
    const q = j - len;
    if (q < from || surnameLength(lex, view, q) !== len || !boundaryBefore(lex, view, q, from)) continue;
    const r = readName(lex, view, q, end, known);
    if (r && r.end === end) return true;
  }
  return false;
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
