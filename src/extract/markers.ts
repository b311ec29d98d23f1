/**
 * Enumeration markers: the words that open the items of a list, found in the normalized view.
 *
 * Example: "将从四方面着手:一是健全协同监管机制;二是严防校园食品安全问题" holds the markers 一是
 * and 二是; "坚持统一是前提", "第一时间", "第一批", "唯一是" and a quoted "“一是一、二是二”" hold
 * none; "抓三条。第一条,提高待遇;第二条,…" holds 第一条 and 第二条, but "第一条规定…" and
 * "《条例》第三条," cite articles of a document and hold none. A marker opens a clause: it stands at
 * the start of the stretch, of a line, or right after , : ; 。 ! ? or a space, and never inside a
 * quoted term (quotes.ts).
 * Header markers ("管案方面," "专业打击上,") open a sentence and name the item (header-markers.ts).
 * Offsets are UTF-16 code units into the text, 0-based, end-exclusive.
 */
import type { Span } from '../model/span.js';
import { parseNumeral } from './numerals.js';
import { quoteMask } from './quotes.js';
import { markerBeforeDigit } from './digit-markers.js';
import { findHeaders } from './header-markers.js';
import { CITING_HEAD, CLASSIFIED_HEAD, CLASSIFIERS, CLASSIFIER_AT_END, ORDINAL_HEAD, QUESTION_HEAD, TIME_OR_RANK_HEAD, afterDocumentName, bareStepRuns, sameClassifierRuns } from './classifier-runs.js';
import { laiAfterMeasureHead } from './lai-ordinals.js';
import { ORDINAL_VERBS, colloquialFirsts, sameVerbRuns } from './spoken-ordinals.js';
import { afterResumeLeadIn } from './resume-lead-ins.js';
import { handOrdinal, handPairs } from './hand-pairs.js';
import { append } from '../model/append.js';

export type MarkerFamily =
  | 'shi' // 一是 二是 … 十一是 (and the half-width 1是 2是; also 一要 二要, 一抓 二抓 and the classical 一则 二则 in a run: spoken-ordinals.ts, 一来 二来 listing measures: lai-ordinals.ts)
  | 'di' // 第一, 第二、 第三:, 第四是, 第五个方面, 第一点, 第一步, 第一条 (in a run of 第N条, as 第一阶段, 第一块, 头一件, 第一项工作是: classifier-runs.ts), 第一件事是, 第一个呢, 第1,
  | 'qi' // 其一, 其二
  | 'sequence' // 首先 其次 再次 然后 最后
  | 'paren' // (一) (二), ㈠ ㈡
  | 'dun' // 一、 二、, also 一． 一. and 一) (heading a line or a sentence)
  | 'arabic' // 1. 2、 3), ⒈ ⒉
  | 'paren-arabic' // (1) (2), ⑴ ⑵
  | 'circled' // ① ②
  | 'latin' // A. B、 C) (capitals counted A = 1, heading a line or a sentence, as 1. does)
  | 'paren-latin' // (A) (B)
  | 'pair' // 一个是 … 另一个是 / 再一个是 … 还有一个是, 一件是 … 另一件是, 一方面 … 另一方面, 一手抓 … 一手抓 (hand-pairs.ts)
  | 'bullet' // ● ◆ ■ … and "- ", "* ", "+ ", "· " opening lines: 1, 2, 3 … down a run of like bullets
  | 'header-fangmian' // 管案方面,
  | 'header-shang'; // 能力素质上,

export interface Marker {
  family: MarkerFamily;
  /** 1-based position claimed (二是 → 2). Sequence words: 首先 1, 其次 2, 再次/然后 3, 最后 99. Headers: 0. Bullets: their place in the run of like bullets. */
  ordinal: number;
  /** The marker as written ("一是", "第一", "(一)", "管案方面"), punctuation after it excluded. */
  text: string;
  span: Span;
  /** Where the item's text starts: after the marker and any , : 、 after it; at the marker for headers. */
  contentStart: number;
  /** False for a first 一是/首先 that follows its subject ("市政府一是…", "我们首先要…"). */
  opensClause: boolean;
}

const NUM_CN = '[一二三四五六七八九十]{1,3}';
/**
 * Characters after which a clause, hence a marker, may start; an opening quote mark too, for the
 * second part of a split quotation ("“一是推动转型,”她说,“二是开展照护”"); a quoted term is masked anyway.
 */
const OPENS_CLAUSE = /[,:;。!?\s“「『]/;
/** Characters after which a line or a sentence, hence a 一、 or 1. marker, may start. */
const OPENS_LINE = /[:;。!?\n ]/;
/** Characters that make a word with a following 一 (统一, 唯一, 同一, 逐一, 之一 …): no marker there. */
const WORD_BEFORE_YI = /[统唯同第单万专划逐之其归合不一每任无初这那此该哪某]|[\d一二两三四五六七八九十]/;
/**
 * What may stand before a first 一方面 / 一个是 that follows its subject ("我们一方面…", "同时一方面…"): a Han
 * character that makes no word with 一 (这一方面, 每一方面: WORD_BEFORE_YI) and is no copula, verb of having or
 * preposition taking "一方面" as a noun ("这只是一方面", "有一个是…", "从一方面看", "问题的一方面").
 */
const NOUN_ONE_BEFORE = /[是有在从的了为对就仅]/;
function pairAfterSubject(before: string): boolean {
  return /[\u4e00-\u9fff]/.test(before) && !WORD_BEFORE_YI.test(before) && !NOUN_ONE_BEFORE.test(before);
}
/**
 * What a 第一 inside its clause may not follow: a copula, particle, preposition or verb that takes the ordinal as its
 * object or modifier ("是第一个", "全省排名第一", "位居第一", "关于第一点", "讲第一点意见").
 */
const ORDINAL_OBJECT_BEFORE = /[是的了过着在于对从到至为居列排名获得争创当做作占数称与和及或把将被给向按就以讲说谈提]/;
/** Longest clause opening (subject or connective) before a first 第一 that does not open its clause: "市城市管理局", "其中". */
const SUBJECT_REACH = 8;
/**
 * A first 第一 after the subject or connective that opens its clause ("我们第一是争取…", "其中第一条,…", "市政府第一个方面,
 * …"): the words before it back to the clause's start are a few Han characters with no 是 (a predicate: "这是全市第一个,"),
 * the one right before it takes no ordinal (ORDINAL_OBJECT_BEFORE, "迈出了第一步"), and the marker names its item by 是/呢
 * or a head (第一是, 第一条): a bare "第一," / "第1," after words is a rank or a slogan ("坚持安全第一、预防为主",
 * "排名全省第1,"). Like the first 一是 after its subject, it opens a list only when a 第二 opening its clause follows it
 * (enumeration-runs.ts).
 */
function firstAfterSubject(view: string, i: number, from: number, marker: string): boolean {
  if (/^第(?:一|1)$/.test(marker) || marker[0] !== '第') return false;
  let k = i;
  while (k > from && !OPENS_CLAUSE.test(view[k - 1])) if (i - --k > SUBJECT_REACH) return false;
  const lead = view.slice(k, i);
  return /^[\u4e00-\u9fff]+$/.test(lead) && !lead.includes('是') && !ORDINAL_OBJECT_BEFORE.test(lead[lead.length - 1]);
}
const SEQUENCE_WORDS: Readonly<Record<string, number>> = { 首先: 1, 其次: 2, 再次: 3, 然后: 3, 最后: 99 };

/**
 * The patterns of the families, sticky: one pass over the range tries each only where its first
 * character stands (FIRST), which finds what a global scan of each pattern in turn would find (a
 * match starts with one of those characters; after a match the family's scan goes on at its end).
 * In findMarkers' order: shi, di, qi, sequence, paren, dun, arabic, paren-arabic, circled, ⑴, ㈠, ⒈, bullet, latin, paren-latin, 1是.
 */
const NUMERALS = '一二三四五六七八九十';
/**
 * A bullet opening a line: a glyph the view keeps (decoration.ts blanks the others), or an ASCII
 * "- " / "* " / "+ " (not "**", Markdown's bold; "-" also straight before a Han character), or "· ".
 */
const BULLET = /([●◆■▲★☆□◇○•▶►·]|-(?=[ \t]|[\u4e00-\u9fff])|[*+](?=[ \t]))/y;
const BULLET_FIRSTS = '●◆■▲★☆□◇○•▶►·-*+';
/** An ordinal marker right after a bullet ("- 一是", "● 1.", "■（一）", "· 首先"). */
const NUMBERED_AFTER = /^[ \t]*(?:[一二三四五六七八九十]{1,3}[是要、.]|第[一二三四五六七八九十]{1,3}|[(（]?[一二三四五六七八九十\d]{1,2}[)）.、]|[\u2460-\u2473]|首先|其次|再次|最后)/;
/**
 * The separator a bare 第N / 其N marker wants after it ("第一,"), past the spaces of blanked emphasis marks:
 * "**第一**，" reads "  第一  ," in the view of a Markdown 纪要 (source/markdown.ts), and the marks say nothing.
 */
const SEPARATOR_NEXT = '(?=[ \\t]*[,、:])';
const PATTERNS: [RegExp, string][] = [
  [new RegExp(`(另|再|还有|最后)?一(?:([个件点条])(?:(事|方面)(?:是|呢|(?=,))|是|呢)|方面(?:是(?!否))?|手抓)|(${NUM_CN})(是|要|来是?|则|${ORDINAL_VERBS}|个是)`, 'y'), `另再还最${NUMERALS}`],
  [new RegExp(`(?:第|头(?=一(?![一二三四五六七八九十])))(${NUM_CN}|\\d{1,2})(个方面|个|方面|点|步|${CLASSIFIERS}|(${CLASSIFIED_HEAD}|个?${ORDINAL_HEAD}))?(?:(?<=[个件])事情?)?(?:是|呢|${SEPARATOR_NEXT}|(?<=步))`, 'y'), '第头'],
  [new RegExp(`其(${NUM_CN})(?:是|${SEPARATOR_NEXT})`, 'y'), '其'],
  [/首先|其次|再次|然后|最后/y, '首其再然最'],
  [new RegExp(`\\((${NUM_CN})\\)`, 'y'), '('],
  [new RegExp(`(${NUM_CN})[、.)](?![一二三四五六七八九十两\\d])`, 'y'), NUMERALS],
  [/(\d{1,2})[.、)](\d)?/y, '0123456789'],
  [/\((\d{1,2})\)/y, '('],
  [/[\u2460-\u2473]/y, codeRange(0x2460, 0x2473)],
  [/[\u2474-\u2487]/y, codeRange(0x2474, 0x2487)],
  [/[\u3220-\u3229]/y, codeRange(0x3220, 0x3229)],
  [/[\u2488-\u249b]/y, codeRange(0x2488, 0x249b)],
  [BULLET, BULLET_FIRSTS],
  // "A、B两类", "A.M." and "B超" are no markers: a letter, digit or dot after the mark, or no mark at all.
  [/([A-Z])[.、)](?![A-Za-z\d.])/y, codeRange(0x41, 0x5a)],
  [/\(([A-Z])\)/y, '('],
  [/(\d{1,2})是(?!否)/y, '0123456789'],
];
/** Per code unit, a bit for each pattern that may start there. */
const FIRST = new Uint16Array(0x10000);
PATTERNS.forEach(([, firsts], k) => { for (const c of firsts) FIRST[c.charCodeAt(0)] |= 1 << k; });

function codeRange(first: number, last: number): string {
  let s = '';
  for (let c = first; c <= last; c++) s += String.fromCharCode(c);
  return s;
}

const IDIOM_AFTER = new RegExp(`^${NUM_CN}[、,]`);
function opensAt(view: string, i: number, from: number, allowed: RegExp): boolean {
  return i <= from || allowed.test(view[i - 1]);
}

/** A numbered marker opens its clause, or follows a resumption lead-in as its object ("我接着说第三,": resume-lead-ins.ts). */
function opensOrResumes(view: string, i: number, from: number): boolean {
  return opensAt(view, i, from, OPENS_CLAUSE) || afterResumeLeadIn(view, i, from);
}

/**
 * Strip a , : 、 (and spaces) right after a marker: "第一,加强…" → the item starts at 加; and the closing emphasis
 * mark the view keeps after a colon ("**其一：**打通…" reads "  其一:**打通…": source/markdown.ts).
 */
function skipJoiner(view: string, i: number, end: number): number {
  while (i < end && /[,:、\s*_]/.test(view[i])) i++;
  return i;
}

/**
 * One findMarkers call: what the handlers read, and the list of the family being scanned. One
 * shape for every call, and the handlers below are module functions, not closures made per call:
 * the scan loop stays small to compile and calls them through one site.
 */
interface Scan { view: string; from: number; to: number; quoted: Uint8Array; into: Marker[]; inline: Marker[] | null }

/**
 * A first marker 1. / (一) / (1) written inside a sentence ("包括1.压缩环节;2.压缩时间", "重点是(一)压缩环节;
 * (二)…"): kept aside, it opens a list only when the second marker of its family follows in the same
 * sentence, itself opening a clause (see `inlineFirsts`).
 */
function holdInline(s: Scan, family: MarkerFamily, start: number, end: number): void {
  if (s.quoted[start]) return;
  (s.inline ??= []).push({ family, ordinal: 1, text: s.view.slice(start, end), span: [start, end], contentStart: skipJoiner(s.view, end, s.to), opensClause: true });
}

/** The inline first markers followed, in their sentence, by the second of their family: an inner list written inline. */
function inlineFirsts(view: string, held: Marker[], found: Marker[]): Marker[] {
  return held.filter((first) => {
    const second = found.find((m) => m.family === first.family && m.span[0] >= first.span[1]);
    return !!second && second.ordinal === 2 && !/[。!?\n]/.test(view.slice(first.span[1], second.span[0]));
  });
}

function add(s: Scan, family: MarkerFamily, ordinal: number, start: number, end: number, opens: boolean): void {
  if (s.quoted[start]) return;
  s.into.push({ family, ordinal, text: s.view.slice(start, end), span: [start, end], contentStart: skipJoiner(s.view, end, s.to), opensClause: opens });
}

/**
 * 一个是 / 一方面 / 一个方面, (1), 另一个是 / 另一方面 (2), and the spoken next of a run, 再一个是 / 还有一个是 /
 * 最后一个是 (one after the pair marker before it: "一个是…,再一个是…,最后一个是…"); a 再一个是 with no first
 * before it is none.
 */
function pairMarker(s: Scan, prefix: string | undefined, start: number, end: number, opens = true): void {
  const prev = lastPair(s);
  const text = s.view.slice(start, end);
  // 一手抓…,一手抓… / 另一手抓: two halves, the second written as the first (hand-pairs.ts).
  if (s.view.startsWith('手抓', end - 2)) {
    if (prefix === undefined || prefix === '另') add(s, 'pair', handOrdinal(prefix, prev), start, end, opens);
  // "一条是…;一条是…;还有一条是…": in speech the same counted head said again marks the next item, not a new first one
  // (一条是, 一个是, 一件是, 一点是 repeated close after the one before; 一方面 said twice stays two firsts).
  // (Parted from it by a ; or a stop, a clause group each, as 一手抓's halves are: "一个是调岗,一个是未上岗" inside one sentence
  // tells two cases, no measures.)
  } else if (prefix === undefined && prev && opens && prev.text === text && REPEATED_HEAD.test(text) && start - prev.span[1] <= REPEAT_REACH
    && (/[;。!?\n]/u.test(s.view.slice(prev.span[1], start)) || announcedBefore(s.view, prev.span[0]))) add(s, 'pair', prev.ordinal + 1, start, end, true);
  else if (prefix === undefined) add(s, 'pair', 1, start, end, opens);
  else if (prefix === '另') add(s, 'pair', prev && prev.ordinal >= 2 ? prev.ordinal + 1 : 2, start, end, true);
  else if (prev) add(s, 'pair', prev.ordinal + 1, start, end, true);
}

/** The last pair marker found so far, if any. */
function lastPair(s: Scan): Marker | undefined {
  for (let k = s.into.length - 1; k >= 0; k--) if (s.into[k].family === 'pair') return s.into[k];
  return undefined;
}
/**
 * A count announced with a colon right before the first marker ("主要原因有两个:一个是…,一个是…"): the repeated head goes on
 * with the list it announces, whatever parts its items.
 */
const ANNOUNCED = /[两二三四五六七八九十]个(?:方面|原因|问题|困难|考虑)?:\s*$/u;
function announcedBefore(view: string, at: number): boolean {
  return ANNOUNCED.test(view.slice(Math.max(0, at - 8), at));
}
/** A counted head whose repetition goes on with its run: 一条是, 一个是, 一件是, 一点是. */
const REPEATED_HEAD = /^一[个件点条](?:是|呢)$/u;
/** How far (characters) a repeated 一条是 may stand after the one before and still go on with it. */
const REPEAT_REACH = 200;

/** The handler of each pattern of PATTERNS (same order): checks the match and adds its marker. */
const HANDLERS: ((s: Scan, m: RegExpExecArray) => void)[] = [
  // (一方面是 / 另一方面是: the 是 is the marker's, as in 一是 — "一方面是进展情况" lists 进展情况.)
  // 一是 and its spoken variants 一要 (一要提高认识,二要完善机制), 一抓 (一抓待遇落实;二抓…, kept in a run
  // of one verb: spoken-ordinals.ts) and 一来 (我们的办法,一来…二来…: lai-ordinals.ts) are one family: lists mix them.
  (s, m) => {
    const end = m.index + m[0].length;
    const opens = opensOrResumes(s.view, m.index, s.from);
    if (m[4] === undefined) {
      if (opens) pairMarker(s, m[1], m.index, end);
      // "我们一方面落实…;另一方面…", "同时一方面…": a first pair marker may follow its subject or an adverb, as 一是 does.
      else if (m[1] === undefined && pairAfterSubject(s.view[m.index - 1] ?? '')) pairMarker(s, undefined, m.index, end, false);
      return;
    }
    // "一个是…;二个是…;三个是…": the spoken next of a 一个是 run, only right after the one before it (pair family).
    if (m[5] === '个是') {
      const n = parseNumeral(m[4]);
      const prev = lastPair(s);
      if (opens && n && n >= 2 && prev && prev.ordinal === n - 1 && /^(?:一|[二三四五六七八九十]{1,2})个是$/u.test(prev.text)) add(s, 'pair', n, m.index, end, true);
      return;
    }
    // "市政府一是…,二是…": the first marker may follow its subject, unless 一 ends a word (统一是, 唯一是).
    if (!opens && (m[4] !== '一' || WORD_BEFORE_YI.test(s.view[m.index - 1] ?? ''))) return;
    // "一是一、二是二" is an idiom (things as they are), not a list.
    if (IDIOM_AFTER.test(s.view.slice(end, end + 4))) return;
    const n = parseNumeral(m[4]);
    if (n && n <= 30) add(s, 'shi', n, m.index, end, opens);
  },
  // 第一, 第一是, 第一个方面, 第一方面是, and the spoken 第一点, 第一步 ("分三步走:第一步,…"; straight before its
  // words in a run of steps, "第一步完成选址,第二步9月开工": classifier-runs.ts), 第一条, 第一项,
  // 第一招 ("抓三条。第一条,提高待遇;第二条,…"), any other head in a run of it (第一阶段, 第一块) and 头一件
  // (头一 is 第一); never a time or a rank (第一季度,) nor an article after a document's name ("《条例》 第三条,").
  (s, m) => {
    const n = parseNumeral(m[1]);
    if (!n) return;
    // "我们第一是…,第二是…", "其中第一条,…;第二条,…": the first may follow its subject or a connective, as 一是 does.
    const opens = opensOrResumes(s.view, m.index, s.from);
    if (!opens && !(n === 1 && firstAfterSubject(s.view, m.index, s.from, m[0]))) return;
    if (m[3] !== undefined && (TIME_OR_RANK_HEAD.test(m[3]) || QUESTION_HEAD.test(m[3]))) return;
    // "第三条规定,": a document's article and the verb citing it; "第一项要求是" names an item.
    if (m[3] !== undefined && CITING_HEAD.test(m[3]) && !/[是呢]$/.test(m[0])) return;
    if (m[2] !== undefined && (CLASSIFIER_AT_END.test(m[2]) || m[3] !== undefined) && afterDocumentName(s.view, m.index, s.from)) return;
    add(s, 'di', n, m.index, m.index + m[0].length, opens);
  },
  (s, m) => {
    const n = parseNumeral(m[1]);
    if (n && opensOrResumes(s.view, m.index, s.from)) add(s, 'qi', n, m.index, m.index + m[0].length, true);
  },
  // "我们首先要督促…;其次,…": 首先 may follow its subject; buildRuns then wants 其次 right after it.
  (s, m) => {
    const opens = opensAt(s.view, m.index, s.from, OPENS_CLAUSE);
    // "首先是健全…": the 是 belongs to the marker (not 是否).
    const end = s.view[m.index + 2] === '是' && s.view[m.index + 3] !== '否' ? m.index + 3 : m.index + 2;
    if (opens || m[0] === '首先') add(s, 'sequence', SEQUENCE_WORDS[m[0]], m.index, end, opens);
  },
  (s, m) => {
    const n = parseNumeral(m[1]);
    if (n && opensAt(s.view, m.index, s.from, OPENS_CLAUSE)) add(s, 'paren', n, m.index, m.index + m[0].length, true);
    else if (n === 1) holdInline(s, 'paren', m.index, m.index + m[0].length);
  },
  // "一、" heads a line or a sentence; "一、二月", "一、二级" are numbers, not markers. Taiwanese, Hong Kong,
  // older typeset and Word copies write "一．" / "一." (the view keeps that dot: normalize.ts), and some "一）"
  // with a closing half-bracket, under the same rule ("(一)" is the paren family: 一 there follows "(").
  (s, m) => {
    const n = parseNumeral(m[1]);
    if (n && opensAt(s.view, m.index, s.from, OPENS_LINE)) add(s, 'dun', n, m.index, m.index + m[1].length + 1, true);
  },
  // "1." / "1、" / "1)" but not "1.5万": the number is followed by no digit, unless it opens a line of
  // a sequence ("1.2025年底前…;\n2.3个月内…", digit-markers.ts).
  (s, m) => {
    const n = Number(m[1]);
    if (m[2] !== undefined) { if (markerBeforeDigit(s.view, m.index)) add(s, 'arabic', n, m.index, m.index + m[1].length + 1, true); return; }
    if (n && opensAt(s.view, m.index, s.from, OPENS_LINE)) add(s, 'arabic', n, m.index, m.index + m[1].length + 1, true);
    else if (n === 1 && !/[\dA-Za-z.]/.test(s.view[m.index - 1] ?? '')) holdInline(s, 'arabic', m.index, m.index + m[1].length + 1);
  },
  (s, m) => {
    const n = Number(m[1]);
    if (n && opensAt(s.view, m.index, s.from, OPENS_CLAUSE)) add(s, 'paren-arabic', n, m.index, m.index + m[0].length, true);
    else if (n === 1) holdInline(s, 'paren-arabic', m.index, m.index + m[0].length);
  },
  (s, m) => add(s, 'circled', m[0].charCodeAt(0) - 0x245f, m.index, m.index + 1, true),
  // One-character forms of (1) and (一): ⑴ ⑵ … and ㈠ ㈡ …
  (s, m) => add(s, 'paren-arabic', m[0].charCodeAt(0) - 0x2473, m.index, m.index + 1, true),
  (s, m) => add(s, 'paren', m[0].charCodeAt(0) - 0x321f, m.index, m.index + 1, true),
  // The one-character "digit full stop" ⒈ ⒉ … ⒛ (Word and PDF conversions of 1. 2.): the 1. family.
  (s, m) => add(s, 'arabic', m[0].charCodeAt(0) - 0x2487, m.index, m.index + 1, true),
  // A bullet at a line's start: the next of the run when the bullet before it is the same glyph and
  // every line between them is its item's (blank, indented or opening with that glyph), else the first.
  (s, m) => {
    if (!opensLine(s.view, m.index, s.from)) return;
    // "- 一是…": the item's own ordinal makes the list; the bullet is layout then.
    if (NUMBERED_AFTER.test(s.view.slice(m.index + 1, m.index + 8))) return;
    const prev = s.into[s.into.length - 1];
    const ordinal = prev && prev.text === m[1] && sameList(s.view, prev.span[1], m.index, m[1]) ? prev.ordinal + 1 : 1;
    add(s, 'bullet', ordinal, m.index, m.index + 1, true);
  },
  // "A.建立台账;B.逐项督办" / "A、…" / "A)…": Latin capitals, counted A = 1, under the rule of 1. (heading a line
  // or a sentence; a lone A. makes no run, so "A." quoted alone lists nothing).
  (s, m) => {
    if (opensAt(s.view, m.index, s.from, OPENS_LINE)) add(s, 'latin', m[1].charCodeAt(0) - 0x40, m.index, m.index + 2, true);
  },
  // "(A)建立台账;(B)逐项督办": as (1) is, opening a clause.
  (s, m) => {
    if (opensAt(s.view, m.index, s.from, OPENS_CLAUSE)) add(s, 'paren-latin', m[1].charCodeAt(0) - 0x40, m.index, m.index + 3, true);
  },
  // "1是优先保障…,2是向主产县倾斜": the half-width 一是 of typed and WeChat copies, in the 一是 family; it must open
  // its clause ("第1是", "11是", "共3是" are none), and like 一是 it lists only in a run (a 2是 after the 1是).
  (s, m) => {
    const n = Number(m[1]);
    if (n && opensAt(s.view, m.index, s.from, OPENS_CLAUSE)) add(s, 'shi', n, m.index, m.index + m[0].length, true);
  },
];

/** Only spaces or tabs between the line's start and `i` (the scan's start counts as a line's start only at one). */
function opensLine(view: string, i: number, from: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = view[k];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t') return false;
    if (k < from) return false;
  }
  return true;
}

/** Every line in view[a, b) after the first is blank, indented, or opens with `glyph`. */
function sameList(view: string, a: number, b: number, glyph: string): boolean {
  for (let k = view.indexOf('\n', a); k !== -1 && k < b; k = view.indexOf('\n', k + 1)) {
    const c = view[k + 1];
    if (k + 1 < b && c !== '\n' && c !== ' ' && c !== '\t' && c !== glyph) return false;
  }
  return true;
}

/** All markers in `[from, to)` of the view, in reading order. */
export function findMarkers(view: string, from: number, to: number, quoted: Uint8Array = quoteMask(view)): Marker[] {
  const text = view.slice(0, to);
  // One list per family, in the order of PATTERNS: markers sharing a start keep that order when sorted.
  const lists: Marker[][] = [];
  for (let k = 0; k < PATTERNS.length; k++) lists.push([]);
  const scan: Scan = { view, from, to, quoted, into: lists[0], inline: null };
  const next = new Int32Array(PATTERNS.length).fill(from); // per family: where its scan stands (after its last match)
  // A loop over the characters, not a regex jumping between candidates: numerals are common
  // enough that a regex call per candidate costs three times this loop once it is optimized.
  for (let i = from; i < to; i++) {
    for (let bits = FIRST[view.charCodeAt(i)], k = 0; bits; bits >>= 1, k++) {
      if (!(bits & 1) || i < next[k]) continue;
      const re = PATTERNS[k][0];
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m) continue;
      next[k] = i + m[0].length;
      scan.into = lists[k];
      HANDLERS[k](scan, m);
    }
  }
  // PATTERNS' first: 一抓 only in a run of its verb; a colloquial 一个是 before 第二个是 opens the 第 run.
  const { pair, di } = colloquialFirsts(handPairs(view, lists[0].filter((m) => m.family === 'pair')), lists[1]);
  // (一来 二来 only after a measure head or opening measure verbs, never as reasons: lai-ordinals.ts.)
  lists[0] = laiAfterMeasureHead(view, from, sameVerbRuns(lists[0].filter((m) => m.family !== 'pair'))).concat(pair);
  lists[1] = bareStepRuns(view, sameClassifierRuns(di)); // the 第 family (PATTERNS' second)
  const out: Marker[] = [];
  for (let k = 0; k < lists.length; k++) for (let x = 0; x < lists[k].length; x++) out.push(lists[k][x]);
  if (scan.inline) append(out, inlineFirsts(view, scan.inline, out));
  findHeaders(view, text, from, quoted, out);
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
