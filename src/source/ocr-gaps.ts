/**
 * The gaps OCR leaves inside words, names and figures of a scanned page, cut like the wraps of a
 * PDF copy (reflow.ts) so the readers see whole words:
 *
 *     "市 人大常委会委员程 立新:…"   → "市人大常委会委员程立新:…"
 *     "市水务局局长\n聂卫东:目前…"   → "市水务局局长聂卫东:目前…"
 *     "一是…;二\n是…"  "完成 1 286个"  "达到63.\n5%"  "63.5 %"
 *
 * A gap is ONE space (ASCII, U+3000 or U+00A0) between two Han characters, inside a figure (a
 * digit group after 1–3 digits: "1 286"; a digit after "63."), or between a figure and its unit
 * ("63.5 %", "1.2 亿元"), or between the digits of a short figure before its unit ("混运行为2 3起": the caller says what a
 * unit is); or one line break between two Han characters where the line before is
 * prose that does not close ("…;二\n是…") or a label's title waiting for its name ("局长\n聂卫东:").
 * Gaps are cut only in a document that shows the signs of OCR: several gaps inside words or names
 * (a run longer than a name after the gap, or a name split), or letters read for digits ("l,286", "2O0"); elsewhere only a gap inside a label's name
 * of three or four characters ("委员程 立新:"), which no typography makes. Never across two spaces or a tab (table
 * columns, "王  平" padding), never a line that opens a label, a heading or a paragraph after a blank, nor the one
 * space that stands for a colon: after a line's question header ("问题二　常委会委员…") or a person field ("询问人 区人大代表…"), between a colon-less
 * label and its speaker's 请问 ("常委会委员程佳 请问…"), or after a speaker's cell in a table of turns ("副市长王五　我们…").
 *
 * `readDigits` (same length, so offsets hold) reads l/I as 1 and O as 0 inside a token that is
 * otherwise a number. Cuts are [start, end), 0-based, end-exclusive UTF-16 offsets.
 */
import type { Span } from '../model/span.js';
import { ASKER_FIELD_WORDS, RESPONDER_FIELD_WORDS } from './role-words.js';
import { lineStartAt } from './line-bounds.js';
import { isSpeakerCell } from './cell-labels.js';

/** One space between two Han characters (the placeholder □ counts as one): "程 立新", "市 人大". */
const HAN_SPACE_HAN = /(?<=[\p{sc=Han}□])[ \u3000\u00a0](?=[\p{sc=Han}□])/gu;
/** A digit group split by one space after 1–3 digits ("1 286个"), a figure broken after its point ("63.\n5"). */
const DIGIT_GAP = /(?<=(?:^|[^\d.,])\d{1,3})[ \u00a0](?=\d{3}(?![\d]))|(?<=\d[.．])\n(?=\d)/gu;
/** A gap inside a short figure after a word, its unit next: "2 3起" (group 1 the digits after the gap, then the unit). */
const SHORT_FIGURE_GAP = /(?<=\p{sc=Han}[0-9]{1,3})[ \u00a0](?=([0-9]{1,2}(?:\.[0-9]+)?)(?![0-9 \u00a0.]))/gu;
/** A figure and its unit apart by one space: "63.5 %", "1.2 亿元", "1286 个". */
const UNIT_GAP = /(?<=\d)[ \u00a0](?=[%‰％万亿个座户人元项家所条名次倍吨亩])/gu;
/** A line break between two Han characters. */
const HAN_BREAK_HAN = /(?<=[\p{sc=Han}□])\r?\n(?=[\p{sc=Han}□])/gu;
/** Sentence punctuation: a line holding some is prose, not a headline. */
const PROSE_MARK = /[，,；;：:。、]/u;
/** A line that ends on a title waiting for its name ("市水务局局长", "…委员"). */
const TITLE_END = /(?:[长任员记理席]|委员|代表|主持人)$/u;
/** The line after a label's title: a name and the colon ("聂卫东:", "文杰："). */
const NAME_THEN_COLON = /^([\p{sc=Han}□]{1,4})[：:]/u;
/** The head of a name broken at the line's end, after its title ("局长宋"). */
const NAME_SPLIT_HEAD = /(?:[长任员记理席]|委员|代表)([\p{sc=Han}□]{1,3})$/u;
/** A field's name and its colon opening a line ("应询人员：", "地点:"): a line of its own. */
const FIELD_START = /^[\p{sc=Han}□]{2,8}[：:]/u;
/** A heading: "问题二", "一、关于…", "（二）…", "【…". */
const HEADING = /^(?:问题[一二三四五六七八九十\d]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]|【)/u;
/** The line opens a heading or a label of its own ("县水利局局长 邢海涛：", a space after the title too): kept on its line. */
const OPENS_OWN = /^(?:问题[一二三四五六七八九十\d]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]|【|[\p{sc=Han}□]{0,24}(?:委员|代表|主任|主持人|同志|[长记])[ \u3000]?[\p{sc=Han}□]{0,4}[：:])/u;
/**
 * A question header opening the line, all that stands before a gap: "问题二　常委会委员…", "询问(三) …", "第四问 …".
 * The gap parts the header from the asker's label (it stands for the header's colon), as typography does.
 */
const HEADER_BEFORE_GAP = /^[ \t\u3000]*[【\[［(（]?[ \t]*(?:(?:问题|問題|询问|詢問)[ \t]*(?:[(（][一二三四五六七八九十百零〇两兩\d０-９]{1,4}[)）]|[一二三四五六七八九十百零〇两兩\d０-９]{1,4})|第[一二三四五六七八九十百零〇两兩\d０-９]{1,4}(?:个|個)?(?:问题|問題|问|問))[】\]］)）]?$/u;
/**
 * A speaker's label without its colon, a title and a name, before a gap and 请/请问: "常委会委员程佳 请问吴副市长,…".
 * The gap stands for the colon: 请问 is the speaker's verb, never part of the name.
 */
/**
 * A person field opening the line, all that stands before a gap: "询问人 区人大代表 黄立新:…", "应询人　区城管局局长…".
 * The gap stands for the field's colon (spaced-fields.ts), as after a question header; never inside a word.
 */
const FIELD_BEFORE_GAP = new RegExp(String.raw`^[ \t\u3000]*(?:${ASKER_FIELD_WORDS}|(?:补充)?${RESPONDER_FIELD_WORDS})$`, 'u');
const LABEL_BEFORE_VERB = /^[^，,。；;：:？?！!]*(?:[长任员记理席]|委员|代表)[ \u3000]?\p{sc=Han}{2,4}$/u;
const VERB_AFTER_GAP = /^(?:请|請)/u;

/** The gap at `p` parts a line's question header from its label, or a label from its speaker's 请问: typography, no OCR gap. */
function separatesLabel(text: string, p: number): boolean {
  const [s] = lineAt(text, p);
  const before = text.slice(s, p);
  if (before.length > 40) return false;
  return HEADER_BEFORE_GAP.test(before) || FIELD_BEFORE_GAP.test(before) || (VERB_AFTER_GAP.test(text.slice(p + 1, p + 2)) && LABEL_BEFORE_VERB.test(before))
    // (A table of turns: an ideographic space after the speaker's cell, "市教育局局长李四　我们…", cell-labels.ts.)
    || (text.charCodeAt(p) === 0x3000 && isSpeakerCell(before.trim()));
}

/** A letter read for a digit inside a number: the token of digits, l/I/O and separators it stands in. */
const DIGIT_TOKEN = /(?<![A-Za-z\d])[\dlIO][\dlIO,.]*(?![A-Za-z\d])/g;
const HAS_LETTER = /[lIO]/;
const HAS_DIGIT = /\d/;

/** Gaps inside words (outside labels) and letter-for-digit tokens a document needs to be read as OCR. */
const MIN_SIGNS = 3;
/**
 * After a gap, more Han characters than a name holds: the gap is inside a word or phrase
 * ("市 人大常委会主任", "贺 振邦及市生态环境局"), not a title-name separator ("委员 孔德明"), a padded
 * name ("郑　宏") or a menu ("大 中 小").
 */
const LONG_RUN = /^[\p{sc=Han}□]{5}/u;

function lineAt(text: string, p: number): [number, number] {
  const s = lineStartAt(text, p);
  let e = text.indexOf('\n', p);
  if (e < 0) e = text.length;
  return [s, e];
}

/** The line is laid out in columns (a tab, or two spaces in a row): its spaces are typography. */
const COLUMNS = /\t| {2}|\u3000{2}|\u3000 | \u3000/u;

/**
 * Whether the line holding offset `p` is laid out in columns: the line starts found once per text
 * (`seen.starts`), each line tested once (`seen.cols`, by line index).
 */
interface Seen { starts?: number[]; cols: Map<number, boolean> }
function inColumns(text: string, p: number, seen: Seen): boolean {
  if (!seen.starts) {
    seen.starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) seen.starts.push(i + 1);
  }
  const starts = seen.starts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= p) lo = mid;
    else hi = mid - 1;
  }
  let v = seen.cols.get(lo);
  if (v === undefined) {
    const end = lo + 1 < starts.length ? starts[lo + 1] - 1 : text.length;
    seen.cols.set(lo, (v = COLUMNS.test(text.slice(starts[lo], end))));
  }
  return v;
}

function ocrDigitTokens(text: string): number {
  let n = 0;
  for (const m of text.matchAll(DIGIT_TOKEN)) if (HAS_LETTER.test(m[0]) && HAS_DIGIT.test(m[0])) n++;
  return n;
}

/** The name after a label's title, up to the gap ("委员程" → "程", "委员 欧阳 秀" → "欧阳 秀"), and the rest before the colon. */
const NAME_HEAD = /(?:[长任员记理席]|委员|代表)[ \u3000\u00a0]?([\p{sc=Han}□](?:[ \u3000\u00a0]?[\p{sc=Han}□]){0,2})$/u;
const NAME_TAIL = /^([\p{sc=Han}□](?:[ \u3000\u00a0]?[\p{sc=Han}□]){0,2})[：:]/u;
const GAP = /[ \u3000\u00a0]/gu;

/**
 * A gap in a label's name slot that no typography makes: one inside a name of three or four
 * characters ("委员程 立新:", "委员 欧阳 秀 琴:"); not the space between title and name
 * ("委员 彭德明:") nor the padding of a two-character name ("局长沈 丹:", "主任　郑　宏：").
 */
function splitsName(before: string, after: string): boolean {
  const tail = NAME_TAIL.exec(after);
  const head = tail && NAME_HEAD.exec(before);
  if (!head) return false;
  const n = head[1].replace(GAP, '').length + tail![1].replace(GAP, '').length;
  return n >= 3 && n <= 4;
}

/** Sentence punctuation in the words of a line (after a label's colon, if the line opens with one). */
const LINE_PUNCTUATION = /[，,。；;？?！!、]/u;
const LABEL_COLON = /^[^：:\n]{1,30}[：:]/u;

function punctuated(text: string, p: number): boolean {
  const [s, e] = lineAt(text, p);
  const line = text.slice(s, e);
  const label = LABEL_COLON.exec(line);
  return LINE_PUNCTUATION.test(label ? line.slice(label[0].length) : line);
}

/**
 * The document shows the signs of OCR: gaps inside words that are no label separators, letters for
 * digits. A scan keeps the page's punctuation and gaps fall anywhere, mostly inside punctuated
 * lines; typed quick notes use single spaces AS punctuation ("问县水利局 好几个村夏天停水 你们知道不"),
 * in lines with none. So gaps in lines without punctuation count only in a document where at least
 * as many fall in punctuated lines (a scan's unpunctuated headline still counts).
 */
export function looksOcr(text: string): boolean {
  const digits = ocrDigitTokens(text);
  if (digits >= MIN_SIGNS) return true;
  const seen: Seen = { cols: new Map() };
  let inProse = 0;
  let bare = 0;
  for (const m of text.matchAll(HAN_SPACE_HAN)) {
    const p = m.index!;
    const after = text.slice(p + 1, p + 12);
    if (!splitsName(text.slice(Math.max(0, p - 12), p), after) && !LONG_RUN.test(after)) continue;
    if (inColumns(text, p, seen) || separatesNameFromTitle(text, p) || separatesNameInBracket(text, p) || separatesLabel(text, p)) continue;
    if (punctuated(text, p)) inProse++;
    else bare++;
    if (digits + inProse + (inProse >= bare ? bare : 0) >= MIN_SIGNS && inProse >= bare) return true;
  }
  return digits + inProse + (inProse >= bare ? bare : 0) >= MIN_SIGNS;
}

/**
 * The OCR gap cuts of `text` (ascending, disjoint), none overlapping `taken` (the wrap cuts already
 * found). Empty when the document does not look OCR'd.
 */
export function findOcrGaps(text: string, taken: readonly Span[] = [], ocr = looksOcr(text), opensUnit?: (s: string) => boolean): Span[] {
  const cuts: Span[] = [];
  const seen: Seen = { cols: new Map() };
  if (!ocr) {
    // Without other signs, only the gaps no typography makes: inside a label's name.
    for (const m of text.matchAll(HAN_SPACE_HAN)) {
      const p = m.index!;
      if (splitsName(text.slice(Math.max(0, p - 12), p), text.slice(p + 1, p + 12)) && !inColumns(text, p, seen)) cuts.push([p, p + 1]);
    }
    return disjoint(cuts, taken);
  }
  const lineOk = (p: number) => !inColumns(text, p, seen);
  for (const m of text.matchAll(HAN_SPACE_HAN)) if (lineOk(m.index!) && !separatesItems(text, m.index!) && !separatesNameFromTitle(text, m.index!) && !separatesNameInBracket(text, m.index!) && !separatesLabel(text, m.index!)) cuts.push([m.index!, m.index! + 1]);
  for (const m of text.matchAll(DIGIT_GAP)) if (m[0] === '\n' || lineOk(m.index!)) cuts.push([m.index!, m.index! + m[0].length]);
  for (const m of text.matchAll(UNIT_GAP)) if (lineOk(m.index!)) cuts.push([m.index!, m.index! + 1]);
  if (opensUnit) {
    for (const m of text.matchAll(SHORT_FIGURE_GAP)) {
      const after = m.index! + 1 + m[1].length;
      if (lineOk(m.index!) && opensUnit(text.slice(after, after + 8))) cuts.push([m.index!, m.index! + 1]);
    }
  }
  for (const m of text.matchAll(HAN_BREAK_HAN)) {
    const p = m.index!;
    const [s] = lineAt(text, p);
    const prev = text.slice(s, p);
    const nextStart = p + m[0].length;
    const [, ne] = lineAt(text, nextStart);
    const next = text.slice(nextStart, Math.min(ne, nextStart + 40));
    if (/^\s/u.test(prev)) continue; // an indented line stands as it is
    // A label broken before its colon: its line holds no colon of its own, and the name stays a name (2–4 characters).
    const head = /[：:]/u.test(prev) ? null : NAME_SPLIT_HEAD.exec(prev);
    const tail = NAME_THEN_COLON.exec(next);
    const labelWrap = !!tail && !/[：:]/u.test(prev) && TITLE_END.test(prev) && tail[1].length >= 2 && prev.length <= 30;
    const nameWrap = !!tail && !!head && head[1].length + tail[1].length >= 2 && head[1].length + tail[1].length <= 4 && prev.length <= 34;
    // (A name-first speaker line, "百里清　区交通局党组书记、局长", is no prose: its words start on the next line.)
    const proseWrap = PROSE_MARK.test(prev) && !HEADING.test(prev) && !OPENS_OWN.test(next) && !FIELD_START.test(next) && !nameFirstLabel(prev);
    if (labelWrap || nameWrap || proseWrap) cuts.push([p, nextStart]);
  }
  return disjoint(cuts, taken);
}

/**
 * A speaker's line that puts the name first and the title after one space ("公孙丽　县人大常委会委员",
 * "呼延志刚 县人大代表、县第一中学教师:"): the space sets the name apart from the title, as in "委员 彭德明:" —
 * typography, no gap. The name is 2–4 characters (a dotted one up to 12) opening the line; the rest of the line is
 * the title, a 、-list of Han words one of which ends on a post.
 */
const NAME_FIRST_LABEL = /^[ \t]*(?:[\p{sc=Han}]{2,4}|[\p{sc=Han}·・]{3,12})[ \u3000\u00a0]([\p{sc=Han}、]{2,40})[：:]?[ \t\r]*$/du;
const POST_IN_LIST = /(?:[长任员记理席]|委员|代表)(?:、|$)/u;

/** The gap at `p` is the space of such a line, between its name and its title. */
function separatesNameFromTitle(text: string, p: number): boolean {
  const [s, e] = lineAt(text, p);
  const m = NAME_FIRST_LABEL.exec(text.slice(s, e));
  return !!m && s + m.indices![1][0] - 1 === p && POST_IN_LIST.test(m[1]);
}

/**
 * A label's bracket that puts the name first and the title after one space, as digests of a WeChat post set it:
 * "问（廖建明 市人大常委会委员）：", "答（唐建军 市水利局局长）：". The space parts the name from the title, as on a
 * name-first line: typography, no gap. The name is 2–4 characters (a dotted one up to 12) opening the bracket, the
 * title the rest of it, ending on a post.
 */
const NAME_BEFORE_GAP_IN_BRACKET = /[（(][ \t]*(?:[\p{sc=Han}]{2,4}|[\p{sc=Han}·・]{3,12})$/u;
const TITLE_CLOSING_BRACKET = /^([\p{sc=Han}、，,]{2,40})[）)]/u;

/** The gap at `p` is the space of such a bracket, between its name and its title. */
function separatesNameInBracket(text: string, p: number): boolean {
  const title = TITLE_CLOSING_BRACKET.exec(text.slice(p + 1, p + 43));
  return !!title && POST_IN_LIST.test(title[1].replace(/[，,]/gu, '、')) && NAME_BEFORE_GAP_IN_BRACKET.test(text.slice(Math.max(0, p - 14), p));
}

/** The line is such a speaker's line. */
function nameFirstLabel(line: string): boolean {
  const m = NAME_FIRST_LABEL.exec(line);
  return !!m && POST_IN_LIST.test(m[1]);
}

/** The run of Han characters after a gap, and whether it ends in a post ("县财政局局长"). */
const RUN_AFTER = /^[\p{sc=Han}□]+/u;
const POST_END = /(?:[长任员记理席]|委员|代表)$/u;

/**
 * In a field line listing people ("应询：副县长 龚玉兰 县财政局局长 樊志刚"), a gap before the next
 * person's post separates two items: "龚玉兰 县财政局局长" is no word to join.
 */
function separatesItems(text: string, p: number): boolean {
  const [s] = lineAt(text, p);
  if (!FIELD_START.test(text.slice(s, s + 10))) return false;
  const run = RUN_AFTER.exec(text.slice(p + 1, p + 30));
  return !!run && run[0].length >= 3 && POST_END.test(run[0]);
}

/** `cuts` ascending, without those overlapping `taken` or an earlier cut. */
function disjoint(cuts: Span[], taken: readonly Span[]): Span[] {
  cuts.sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const c of cuts) {
    if (taken.some(([s, e]) => c[0] < e && s < c[1])) continue;
    if (out.length && out[out.length - 1][1] > c[0]) continue;
    out.push(c);
  }
  return out;
}

/** `a` and `b` (each ascending, disjoint, not overlapping each other) in one ascending list. */
export function mergeCuts(a: readonly Span[], b: readonly Span[]): Span[] {
  return [...a, ...b].sort((x, y) => x[0] - y[0]);
}

const LETTER_DIGIT: Record<string, string> = { l: '1', I: '1', O: '0' };

/** `text` with l/I read as 1 and O as 0 inside tokens that are otherwise numbers ("l,286" → "1,286"); same length. */
export function readDigits(text: string): string {
  return text.replace(DIGIT_TOKEN, (t) => (HAS_LETTER.test(t) && HAS_DIGIT.test(t) ? t.replace(/[lIO]/g, (c) => LETTER_DIGIT[c]) : t));
}

/**
 * The placeholder OCR prints for a character it could not read ("邝□华"), between two Han characters,
 * is read as a Han character, so a name holding one is still a name: the read text carries the
 * stand-in STAND_IN (a Han character of Extension A that transcripts do not use) and `restoreBoxes`
 * puts □ back into every string of the record read from it.
 */
const BOX_IN_WORD = /(?<=\p{sc=Han})□(?=[\p{sc=Han}□])|(?<=\p{sc=Han}□)□(?=\p{sc=Han})|(?<=[：:\s]|^)□(?=\p{sc=Han}{1,3}[：:])/gmu;
export const STAND_IN = '\u3400';

/** `text` with the □ inside words read as STAND_IN (same length); null when there is none (or the text holds STAND_IN itself). */
export function standInBoxes(text: string): string | null {
  if (!text.includes('□') || text.includes(STAND_IN)) return null;
  const out = text.replace(BOX_IN_WORD, STAND_IN);
  return out === text ? null : out;
}

/** Every string in `node` (a record or a part of it) with STAND_IN read back as □, in place. */
export function restoreBoxes(node: unknown, seen = new WeakSet<object>()): void {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  const o = node as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    const v = o[key];
    if (typeof v === 'string') {
      if (v.includes(STAND_IN)) o[key] = v.replaceAll(STAND_IN, '□');
    } else restoreBoxes(v, seen);
  }
}
