/**
 * Numbers that are not facts: the checks that keep ordinals, names, set phrases, list
 * announcements, dates of the page frame, counters and timestamps out of the quantities.
 *
 * Example: in "曲靖市六届人大常委会第二十九次会议" neither 六届 nor 第二十九次 is a count (nor 三次 in "十八届人大三次会议"), in
 * "市县两级74个部门" only 74个 is, in "将从三方面着手" 三方面 announces a list, and on the
 * frame line "发布时间:2025-06-12 10:23 浏览次数:1234" nothing is a quantity.
 * All offsets are UTF-16 code units into the normalized view, end-exclusive.
 */
import { markerBeforeDigit } from './digit-markers.js';
import { matchUnit } from './units.js';
import { unknownLatinUnitAt } from './latin-units.js';
import { isDigit, oneClosesWord } from './numerals.js';
import { endsControlSequence } from './control-sequences.js';
import { numeralIdioms } from './numeral-idioms.js';
import { pairedOneAt, personReferenceAt } from './reference-numerals.js';
import { lineBounds } from '../source/line-bounds.js';
import { append } from '../model/append.js';

/**
 * Set phrases that hold a numeral but count nothing; a numeral inside one is skipped — and a quoted term holding one is
 * no formulation (formulation-terms.ts). The idioms among them (三令五申, 四面八方, 九龙治水, 三头六臂 …) are the lexicon
 * dict/numeral-idioms.utf8 (numeral-idioms.ts); the words and time phrases are here.
 */
export const SET_PHRASES: readonly string[] = [
  '市县两级', '省市县三级', '一年一度', '十分', '一些', '一起', '一直', '一定', '统一', '进一步', '一线',
  '一体化', '唯一', '万一', '一对一', '一张网', '每一个',
  '一系列', '一律', '一切', '一般', '一致', '一并', '一旦', '一度', '一贯', '一同', '一把手', '二把手', '一二把手', '一站式',
  '一揽子', '百分百', '两手抓', '两手硬', '双向', '一刀切', '一盘棋', '一张蓝图', '一以贯之',
  '最后一公里', '最后一米', '一年四季', '一天到晚', '一年到头', '一年更比一年', '一年一个样', '三年一个样', '十万八千里', '不怕一万',
  // Round figures heaped up as an idiom of "countless" or "for decades", no count: 成千上万的群众, 几十年如一日.
  '成千上万', '成百上千', '千千万万', '万万千千', '数以万计', '数以千计', '数以百计', '几十年如一日', '数十年如一日', '万家灯火',
  // Years heaped up as an idiom of "a long while", no figure: 前期协调就要一年半载 (a span of months is 一两个月, a range).
  '一年半载', '三年五载', '三年两载', '十年八年',
  // This year and next (今明两年), today and tomorrow (今明两天): two named periods, a time of the sentence, no span measured.
  '今明两年', '今明两天', '今明两日',
  ...numeralIdioms(),
];

/**
 * Words after a numeral (and its measure word) that announce a list, not a fact: 三方面, 五项举措, 8个机制, 三大体系, 三个维度.
 * 方面的 + a noun ("4个方面的审议意见") counts that noun: it announces only when its list follows (isAnnouncement), or when
 * the noun is the talk's own (两个方面的问题, 三个方面的建议: the points being put, as in countsQuestions).
 */
const ANNOUNCEMENT = /^(?:个)?(?:方面|维度|层面)(?!的(?!问题|疑问|建议|意见))|^(?:项|条|个|大)(?:举措|措施)|^个机制|^大(?:体系|工程|任务|行动|举措)/;

/** Fields of the page frame, each followed by ":" (来源:, 发布时间:, 浏览次数:), and the print/share links. */
const FRAME_KEY = /(?:来源|发布时间|发布日期|发布于|时间|日期|浏览次数|浏览量|浏览|阅读量|阅读数|阅读次数|阅读|点击数|点击量|点击次数|点击|访问量|责任编辑|编辑|作者|字号|字体|稿源|供稿)\s*:|打印本页|分享到|关闭窗口|【打印】|【关闭】/g;
const DATE_OR_TIME = /\d{4}[-/.年]\d{1,2}|\d{1,2}:\d{2}/;
/** A line that is nothing but a date or a time stamp. */
const DATE_LINE = /^\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

/** Patterns that read as a date or a time rather than as one number (phone numbers: identifiers.ts). */
const DATE_AT = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?/y;

/**
 * Where the words after a line's last sentence start (`end` when the line closes on its sentence, `start` when it has none):
 * a trailer's fields set after the words on the same line stand there.
 */
function lastSentenceStart(view: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s”’)】]/u.test(view[e - 1])) e--;
  for (let i = e - 1; i >= start; i--) if ('。?!;'.includes(view[i])) return i + 1;
  return start;
}

/**
 * True when `pos` is in the page frame (a date line, a counter line …). Fields set after the words on the same line
 * ("…进行了满意度测评。 来源:崇川人大 编辑:王晨 阅读 1562", a whole post copied onto one line) are the frame from the
 * sentence they make on: the words before them are read on their own.
 */
export function isFrameLine(view: string, pos: number): boolean {
  const [start, end] = lineBounds(view, pos);
  if (frameLine.view !== view || frameLine.start !== start || frameLine.end !== end) {
    frameLine = { view, start, end, cut: lastSentenceStart(view, start, end), head: null, tail: null };
  }
  const { cut } = frameLine;
  const part = pos < cut ? 'head' : 'tail';
  const known = frameLine[part];
  if (known !== null) return known;
  const line = pos < cut ? view.slice(start, cut) : view.slice(cut, end);
  // One field with a date or a time, two fields, or one field on a short line: body text may say
  // "点击量达到1.2亿人次" or "资金来源:…" without being the frame.
  const keys = line.match(FRAME_KEY)?.length ?? 0;
  const frame = DATE_LINE.test(line) || keys >= 2 || (keys === 1 && (DATE_OR_TIME.test(line) || line.trim().length < 30));
  frameLine[part] = frame;
  return frame;
}
/**
 * The line isFrameLine read last, where its last sentence ends (`cut`) and what its words before (`head`) and after
 * (`tail`) that were found to be (null: not asked yet): each answer of a long line asks again (one paragraph of
 * megabytes read once, not per answer).
 */
let frameLine: { view: string | null; start: number; end: number; cut: number; head: boolean | null; tail: boolean | null } = { view: null, start: 0, end: 0, cut: 0, head: null, tail: null };

/**
 * What the characters around a numeral say, as bit flags by code unit (read at every numeral,
 * so no slices nor regexes; past either end of the view the index is NaN: no class).
 */
const BEFORE = 1; // right before: an ordinal (第), part of a code or name (A3, +3, #3, .5), or inside a numeral (十二, 12)
const JOIN = 2; // - / ~ after a digit or a letter: a code (A-3, 6/12, 3~5 written as a code)
const ALNUM = 4;
const BEFORE_CHINESE = 8; // before a Chinese numeral only: 初二, 周三, 数十, 几百 (星期五, 礼拜天 are tested as pairs)
const AFTER = 16; // right after: part of a name or a code (5G, 3+N, 3D, 3#)
const DIGIT = 32; // after . or : a digit continues the code (PM2.5, 10:30)
const RATE = 64; // people and households after 每 + numeral: the base of a rate (每100名学生, 每万人, 每千户)
const RANGE_SEP = 128; // 至 到 - ~ between the bounds of a range: 第3至5批 is an ordinal range, its upper bound no count
const GUARD = new Uint8Array(0x10000);
const mark = (chars: string, flag: number) => { for (const c of chars) GUARD[c.charCodeAt(0)] |= flag; };
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
mark(`第${LETTERS}+#.零〇○一二两三四五六七八九十百千万亿0123456789`, BEFORE);
mark('-/~', JOIN);
mark(`${LETTERS}0123456789`, ALNUM);
mark('初周数几', BEFORE_CHINESE);
mark(`${LETTERS}+#`, AFTER);
mark('0123456789', DIGIT);
mark('名人位户万千', RATE);
mark('至到-~—–〜', RANGE_SEP);

/** True when the numeral at [start, end) is an ordinal, part of a code or name, or inside a set phrase. */
export function isBlocked(view: string, start: number, end: number, arabic: boolean): boolean {
  const c1 = view.charCodeAt(start - 1);
  const c2 = view.charCodeAt(start - 2);
  const before = GUARD[c1];
  // 统一3年内, 唯一两家: the 一 that closes a word is no numeral the figure would continue (numerals.ts).
  if ((before & BEFORE && !(c1 === 0x2e && afterMarker(view, start)) && !(c1 === 0x4e00 && oneClosesWord(view, start - 1))
    && !(c1 === 0x2b && arabic && plusSignAt(view, start - 1)) && !endsControlSequence(view, start)) // \u001b[1m96%: the m ends a colour code
    || (before & JOIN && GUARD[c2] & ALNUM)) return true;
  if (!arabic && (before & BEFORE_CHINESE || (c2 === 0x661f && c1 === 0x671f) || (c2 === 0x793c && c1 === 0x62dc))) return true; // 星期, 礼拜
  const a1 = view.charCodeAt(end);
  // 5G, 4K: letters after it make the numeral part of a name, unless they are a unit (35km, 120MW: latin-units.ts).
  // 1200PFlop: letters that are no listed unit but end a word of their own are an unknown unit, the figure kept.
  if ((GUARD[a1] & AFTER && !latinUnitAt(view, end) && !unknownLatinUnitAt(view, end)) || ((a1 === 0x2e || a1 === 0x3a) && GUARD[view.charCodeAt(end + 1)] & DIGIT)) return true; // .5, :3
  // 每100名寄宿生配备1名: a rate's denominator counts nobody (like 每千人口).
  if (c1 === 0x6bcf && GUARD[a1] & RATE) return true; // 每
  if (GUARD[c1] & RANGE_SEP && ordinalRangeBefore(view, start - 1)) return true;
  // “一人所”, “两人所”: a numeral, 人 and an institution noun name a kind of office by its staffing, no figure.
  if (!arabic && STAFFED_UNIT.test(view.slice(end, end + 3))) return true;
  // 一降一升, 一增一减: a slogan of two moves; 以上三位, 两位的提问: askers named before (reference-numerals.ts).
  if (!arabic && (pairedOneAt(view, start) || personReferenceAt(view, start, end))) return true;
  // 十八届人大三次会议: the session's ordinal with its 第 left out, no count of meetings.
  if (view.charCodeAt(end) === 0x6b21 && MEETING_AFTER.test(view.slice(end, end + 6)) && CONGRESS_BEFORE.test(view.slice(Math.max(0, start - 6), start))) return true;
  return insideSetPhrase(view, start, end);
}

/**
 * A congress, its term or its standing committee right before N次会议 ("省十四届人大一次会议", "县十八届人大常委会二十次会议"):
 * the meeting's number, 第 elided; "先后召开三次会议" counts meetings.
 */
const MEETING_AFTER = /^次(?:常委会|全体)?会议/u;
const CONGRESS_BEFORE = /(?:人大|届|人民代表大会|常委会|常务委员会)$/u;

/** 人 and a one-character institution noun ending the word (所, 站, 室, 庭, 科, 队, 组): “两人所”, 三人组. */
const STAFFED_UNIT = /^人[所站室庭科队组](?![\u4e00-\u9fff])/;


/**
 * The + at `at` is the sign of the figure after it ("增幅为+3.1%", "86.3%(+1.9个百分点)", a line "+1200人"), not a
 * join of a code or a slogan (3+N, 1+1, A+3, C++): nothing that a code is made of stands before it.
 */
export function plusSignAt(view: string, at: number): boolean {
  return view.charCodeAt(at) === 0x2b && !(GUARD[view.charCodeAt(at - 1)] & (ALNUM | AFTER)) && !/[)\]}”"'’.]/.test(view[at - 1] ?? '');
}

const BOUND_CHAR = /[\d零〇○一二两三四五六七八九十百千]/u;
/** A numeral after 第 ends right before the separator at `sep`: 第3至5批, 第三到五届 — 第 scopes over both bounds. */
function ordinalRangeBefore(view: string, sep: number): boolean {
  let k = sep;
  while (k > 0 && k > sep - 8 && BOUND_CHAR.test(view[k - 1])) k--;
  return k < sep && view.charCodeAt(k - 1) === 0x7b2c; // 第
}

/** A unit of Latin letters starts at `end` (35km, 8.5m², 120MW): the letters are the figure's unit, not a name. */
function latinUnitAt(view: string, end: number): boolean {
  const unit = matchUnit(view, end);
  return unit !== null && /^[A-Za-z]/.test(unit.unit);
}

/**
 * What may follow a set phrase and undo it: 十分钟 is ten minutes, not "very"; 十分之一 is a tenth (the adverb 十分
 * never stands before 之 + a numeral).
 */
const UNLESS_FOLLOWED: Readonly<Record<string, RegExp>> = { 十分: /^(?:钟|之[零〇○一二两三四五六七八九十\d])/ };

/**
 * Where each code unit stands in the set phrases: a phrase around [start, end) holds the
 * numeral's first character at some offset, so only those placements are tried. 一 stands in
 * some fifty places, so they are keyed by a neighbour too: a phrase opening at the numeral
 * (offset 0) by the character after it (一些 under 一+些), one holding it further in by the
 * character before it (统一 under 一+统); a placement whose neighbour differs from the view's
 * could not match there. Digits stand in none.
 */
interface Place { phrase: string; offset: number }
/** By the numeral's character, then by the neighbour (small integer keys, two lookups). */
type Places = Map<number, Map<number, Place[]>>;
const OPENS_AT: Places = new Map(); // then by the phrase's character after the numeral's
const HOLDS_AT: Places = new Map(); // then by the phrase's character before the numeral's
for (const phrase of SET_PHRASES) {
  for (let offset = 0; offset < phrase.length; offset++) {
    const c = phrase.charCodeAt(offset);
    const places = offset === 0 ? OPENS_AT : HOLDS_AT;
    const neighbour = phrase.charCodeAt(offset === 0 ? 1 : offset - 1);
    const byNeighbour = places.get(c) ?? new Map<number, Place[]>();
    byNeighbour.set(neighbour, [...(byNeighbour.get(neighbour) ?? []), { phrase, offset }]);
    places.set(c, byNeighbour);
  }
}

/** The set phrases by their first code unit. */
const OPENING = new Map<number, string[]>();
for (const phrase of SET_PHRASES) OPENING.set(phrase.charCodeAt(0), [...(OPENING.get(phrase.charCodeAt(0)) ?? []), phrase]);

/** True when `term` holds a set phrase (as SET_PHRASES.some((p) => term.includes(p))), trying at each character the phrases opening with it. */
export function holdsSetPhrase(term: string): boolean {
  for (let k = 0; k < term.length; k++) {
    const phrases = OPENING.get(term.charCodeAt(k));
    if (phrases !== undefined) for (let p = 0; p < phrases.length; p++) if (term.startsWith(phrases[p], k)) return true;
  }
  return false;
}

/** True when a set phrase starting at or before `start` runs to `end` or beyond. */
function insideSetPhrase(view: string, start: number, end: number): boolean {
  if (end <= start) return SET_PHRASES.some((phrase) => placedAt(view, phrase, Math.max(0, end - phrase.length), start));
  // No neighbour past either end of the view (no phrase fits there), and no read past it: that
  // would throw the optimized code away ("out of bounds").
  const c = view.charCodeAt(start);
  return (start + 1 < view.length && placedAround(view, OPENS_AT.get(c)?.get(view.charCodeAt(start + 1)), start, end))
    || (start > 0 && placedAround(view, HOLDS_AT.get(c)?.get(view.charCodeAt(start - 1)), start, end));
}

/** One of `places` (of the character at `start`) stands in the view and runs to `end` or beyond. */
function placedAround(view: string, places: Place[] | undefined, start: number, end: number): boolean {
  if (places === undefined) return false;
  for (let k = 0; k < places.length; k++) { // an index loop: this runs at every numeral, mostly unoptimized
    const { phrase, offset } = places[k];
    const from = start - offset;
    if (from >= 0 && from + phrase.length >= end && placedAt(view, phrase, from, from)) return true;
  }
  return false;
}

/** The phrase stands at some position in [first, last] and is not undone by what follows it. */
function placedAt(view: string, phrase: string, first: number, last: number): boolean {
  for (let from = first; from <= last; from++) {
    if (view.startsWith(phrase, from) && !UNLESS_FOLLOWED[phrase]?.test(view.slice(from + phrase.length))) return true;
  }
  return false;
}

/** How a list opens right after its announcement: 一是, 第一, 首先, 其一, (一), 一、, 1. */
const LIST_OPENS = /^\s*(?:[一1]是|第一|首先|其一|\(一\)|一、|1[.、])/;
/** Measure words that count the items of a speech (三项工作, 两点, 四个方面, 三件事): the only ones a list is announced with. */
const ITEM_WORDS = /^(?:个|项|点|条|件|类|种|大|招|步|方面)/;
/** A count with nothing but the measure word before 。 still names its items: 主要有三点。 */
const ITEMS_ALONE = /^(?:点|方面|个方面)。/;
/** Lists announced by a count are short; 216名 or 1260次 before a list states a fact. */
const MAX_ANNOUNCED = 12;

/**
 * True when the words at `pos` (just after a numeral of `value`) announce a list: 方面, 项举措,
 * 个机制, 大体系, or a small count of items that directly introduces its list: the clause ends
 * with ":" ("主要有两个问题:") or the first item follows in the same sentence ("明确四项任务,第一,").
 * After "。" only a count written before its noun still announces ("抓好三项工作。一是…"); a count
 * that closes its sentence states a fact ("共设立河长216名。一是…").
 */
export function isAnnouncement(view: string, pos: number, value = 0): boolean {
  if (ANNOUNCEMENT.test(view.slice(pos, pos + 8))) return true;
  if (!ITEM_WORDS.test(view.slice(pos, pos + 2)) || value > MAX_ANNOUNCED) return false;
  const clause = /^[^,。;:!?\n]{0,12}([,。;:!?\n]|$)/.exec(view.slice(pos, pos + 13));
  if (!clause || !clause[1]) return false;
  if (clause[1] === ':') return !namesCounted(view, pos + clause[0].length, value);
  if (!LIST_OPENS.test(view.slice(pos + clause[0].length, pos + clause[0].length + 4))) return false;
  if (clause[1] !== '。') return true;
  const unit = ITEM_WORDS.exec(view.slice(pos, pos + 2))![0];
  return clause[0].length > unit.length + 1 || ITEMS_ALONE.test(view.slice(pos, pos + 4));
}

/** After the colon: the clause up to its end, and the 、 (or a last 和/及/与) that parts the names in it. */
const NAMES_AFTER = /^[^,。;:!?\n]{2,80}/;
const NAME_SEP = /、/g;
const LAST_JOINER = /和|及|与/;
/** A name listed is a noun phrase: short, no verb of a clause (是, 要, 将 …) nor a list marker opening it. */
const NOT_A_NAME = /^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]|首先|其一|\(|\d[.、])|[是要将把对在]/;

/**
 * True when the colon closing a count is followed by the things counted, named one by one and exactly as many:
 * "三条线路:东线、西线、北线", "两个园区:高新园区、临港园区". Such a count states a fact (3条) whose items are
 * names, not an announcement of points to be made ("主要有两个问题:一是…", "采取三项措施:一是…").
 */
function namesCounted(view: string, at: number, value: number): boolean {
  if (value < 2) return false;
  const m = NAMES_AFTER.exec(view.slice(at, at + 81));
  if (!m) return false;
  const parts = m[0].split(NAME_SEP);
  if (parts.length === value - 1 && parts.length >= 1 && LAST_JOINER.test(parts[parts.length - 1])) {
    const last = parts.pop()!;
    append(parts, last.split(LAST_JOINER, 2));
  }
  return parts.length === value && parts.every((p) => p.length >= 2 && p.length <= 12 && !NOT_A_NAME.test(p));
}

/** Words after a numeral that count the questions or points being put: 三个问题, 四方面问题, 两条建议. */
const QUESTIONS = /^(?:个|项|条|点)?(?:方面的?)?(?:问题|疑问|建议|意见)/;
const CLAUSE_STOP = /[,。;:!?\n]/;
/** Verbs of asking (or 我有) in the clause before such a count: 一连抛出三个问题, 提出了两个问题, 询问了, 我提三条建议. */
const ASKING = /(?:问|提出|提了|抛出|抛了|发出|请教|我有|还有|提$)/;

/**
 * True when the numeral ending at `pos` counts the questions of the inquiry itself ("一连抛出三个
 * 问题", "提出了两个问题", "询问了四方面问题"): the structure of the talk, not a quantity. Counts of
 * problems found or solved ("整改了1200个问题") stay facts: they follow no verb of asking and are large.
 */
export function countsQuestions(view: string, start: number, pos: number, value: number): boolean {
  if (value > MAX_ANNOUNCED || !QUESTIONS.test(view.slice(pos, pos + 6))) return false;
  // The clause before the count, within 12 characters: after the last , 。 ; : ! ? or line break there.
  let from = start;
  while (from > Math.max(0, start - 12) && !CLAUSE_STOP.test(view[from - 1])) from--;
  const clause = view.slice(from, start);
  return ASKING.test(clause);
}

/** Before a count of people that points back at those just named: 以上三位, 上述两位, 这两位, 前面几位. */
const DEICTIC_BEFORE = /(?:以上|上述|前述|前面|刚才|这|那)$/u;
/** …or the words answering or thanking them right before it: 回答了三位委员的提问, 感谢两位委员的提问, 对两位的提问. */
const ANSWERING_BEFORE = /(?:回答了?|答复了?|回应了?|解答了?|感谢|谢谢|对|针对|就)$/u;
/** After 位: the question(s) of the people counted, within the clause ("两位的提问", "三位委员和代表的提问"). */
const THEIR_QUESTIONS = /^位[^,。;:!?\n]{0,10}?的(?:提问|问题|询问|追问|发问)/u;
/** …with nothing between: "两位的提问" names the askers by their count alone. */
const BARE_QUESTIONS = /^位的(?:提问|问题|询问|追问|发问)/u;

/**
 * True when the numeral at [start, pos) with 位 after it refers to the askers of the exchange ("对两位的提问", "集中回答了
 * 以上三位委员和代表的提问"): who is answered, not a figure. A count of people stated as a fact ("共有8位常委会组成人员…提出
 * 询问", "其余2位委员的问题由相关单位会后书面答复") points back at no one and stays one.
 */
export function refersToAskers(view: string, start: number, pos: number, value: number): boolean {
  if (value > MAX_ANNOUNCED || view[pos] !== '位') return false;
  const before = view.slice(Math.max(0, start - 3), start);
  const after = view.slice(pos, pos + 16);
  return DEICTIC_BEFORE.test(before) || BARE_QUESTIONS.test(after) || (ANSWERING_BEFORE.test(before) && THEIR_QUESTIONS.test(after));
}

/** Length of a date ("2025-06-12") or a clock time ("10:23") starting at `pos`, else 0. */
export function dateOrTimeAt(view: string, pos: number): number {
  if (!isDigit(view.charCodeAt(pos))) return 0; // both patterns open with a digit: most numerals here are Chinese
  DATE_AT.lastIndex = pos;
  const m = DATE_AT.exec(view);
  return m ? m[0].length : 0;
}


/** The "." before `start` ends a list marker written before the figure ("\n2.3个月内…", digit-markers.ts), not a decimal point. */
function afterMarker(view: string, start: number): boolean {
  return markerBeforeDigit(view, start - 2) === 2 || (start >= 3 && markerBeforeDigit(view, start - 3) === 3);
}

/** True when an Arabic numeral at [start, end) is a list marker: "1、", "2.", "(3)". */
export function isListMarker(view: string, start: number, end: number): boolean {
  if (end - start > 2) return false;
  const after = view[end];
  if (after === '、' || (after === '.' && !/\d/.test(view[end + 1] ?? ''))) return true;
  return view[start - 1] === '(' && after === ')';
}
