/**
 * What a question's keywords are drawn from: its words less the frame of the exchange, its terms kept whole.
 *
 * Example: in "委员 韩立新:请问市水务局,“一河一策”落实了几轮?…市水务局局长 欧阳静:谢谢韩委员。我们开展了三轮巡查,
 * 推行“四个最严要求”…" the keywords come from 一河一策 (a quoted term, one token: never 一河 | 一策), 巡查 …; never
 * from 韩立新, 欧阳静, 局长 (the speakers as their labels and mentions name them, and every name of the document wherever
 * it is written, the chair's too: blanked by position), nor 请问,
 * 谢谢 (the frame of a turn), nor 三轮 (a numeral and its classifier: a count, no topic), nor 公里 after 30 (a unit).
 * Offsets are UTF-16 code units, 0-based, end-exclusive, into the text the slice was taken from.
 */
import type { Span } from '../model/span.js';
import { CLASSIFIER } from './formulation-terms.js';
import { matchUnit } from './units.js';
import { lexicon } from '../structure/lexicon.js';
import { titleAt } from '../structure/name-context.js';
import { TERM, deepestBefore, firstUp } from '../structure/term-index.js';

/**
 * The words of the turn frame, said around every question whatever it asks: the courtesy of asking and
 * thanking (请问, 谢谢, 感谢), the names of the exchange and its moves (专题询问, 提问, 追问, 发问, 应询, 回答, 作答, 答复)
 * and of its parties as the frame addresses them (委员, 主持人, 同志). A word of the topic never is one of them.
 * To add one: a word any inquiry says whatever its topic, never a topic itself.
 */
export const FRAME_WORDS: ReadonlySet<string> = new Set([
  '请问', '谢谢', '感谢', '提问', '追问', '发问', '询问', '专题询问', '应询', '回答', '作答', '答问', '答复', '委员', '主持人', '同志',
]);

/**
 * Words any question or answer says whatever its topic: the question it announces (我想问两个问题, 第一个问题: 问题), the
 * aspects an answer runs through (三个方面), the time of saying (目前, 当前, 现在, 下一步) and the hands of "一手抓线上、一手抓
 * 线下". Not a word naming a kind of problem (安全隐患, 短板) nor 二手 (second-hand): those are the topic.
 */
export const FURNITURE_WORDS: ReadonlySet<string> = new Set(['问题', '方面', '目前', '当前', '现在', '下一步', '今后', '一手']);

/**
 * 请 or 问 (or the handover's 由, 向) glued by the segmenter to the level that opens an office's name ("请县水利局…" cut
 * 请县 | 水利局, "由市财政…" 由市 | 财政): the frame's verb and a fragment of a name, never a keyword.
 */
const ASKING_LEVEL = /^[请问由向][省市州盟县旗区镇乡街]$/u;

/** A numeral's characters (Han and Arabic, 几 "how many", 半 "half"): 三, 二十, 万, 1.2; or after the ordinal 第 (第三); or 若干 "some" (若干项). */
const NUMERAL_RUN = /^(?:第[零〇一二两三四五六七八九十百千万亿几0-9]+|[零〇一二两三四五六七八九十百千万亿几半0-9.]+|若干)/u;

/**
 * Classifiers a count may end in besides the units of units.ts: a formulation's classifiers (三大, 四类: formulation-terms.ts),
 * the grades and terms units.ts leaves out on purpose (五级, 六届: ranks, still no topic), the calendar words it leaves to
 * dates (三月, 一季度: a time said, no topic) and the verbal classifier 下 (看一下).
 */
const MORE_CLASSIFIERS: readonly string[] = [...CLASSIFIER, '级', '届', '季度', '月', '日', '旬', '下'];

/** The offset after the classifier or unit at `at` of `word` (the longest), or -1. */
function classifierEnd(word: string, at: number): number {
  const unit = matchUnit(word, at);
  let end = unit ? unit.end : -1;
  for (const c of MORE_CLASSIFIERS) if (at + c.length > end && word.startsWith(c, at)) end = at + c.length;
  return end;
}

/**
 * Numeral and classifier (or unit) and nothing else, once or more (三项, 六个, 三轮, 四类, 五级, 万公顷, 第三轮, 一下, 两年三轮):
 * a count said, no word of the topic. Not 一把手, 第三方, 三农 (a word goes on after the classifier, or none is there).
 */
export function isCountWord(word: string): boolean {
  let at = 0;
  while (at < word.length) {
    const m = NUMERAL_RUN.exec(at === 0 ? word : word.slice(at));
    if (!m) return false;
    at += m[0].length;
    if (at === word.length) return false; // a numeral with no classifier (十四五)
    at = classifierEnd(word, at);
    if (at < 0) return false;
  }
  return true;
}

/** A unit or classifier alone, of two characters or more (人次, 公里, 百分点, 万元): a figure's unit, cut from its digits. */
export function isUnitWord(word: string): boolean {
  if (word.length < 2) return false;
  const unit = matchUnit(word, 0);
  return unit !== null && unit.end === word.length;
}

/**
 * A word opening with a measure word or an age (个村, 家企业, 岁托班): right after a figure's digits (12个村 cut 12 | 个村, 3岁托班
 * 3 | 岁托班), a fragment of the count, never a keyword; the segmenter knows what precedes. Another unit of measurement is not
 * enough (2024年度预算: 年度预算 is a word).
 */
export function opensWithCountWord(word: string): boolean {
  const unit = matchUnit(word, 0);
  return unit !== null && (unit.kind === 'count' || unit.unit === '岁' || unit.unit === '周岁');
}

/** An ordinal marker of an enumeration (一是, 二是, 十一是; 一要, 二要: markers.ts reads them), cut as one word: it numbers a measure, names no topic. */
const ORDINAL_MARKER = /^[一二三四五六七八九十]+[是要]$/u;

/**
 * An organization and a title cut as one word (人大常委会委员, 人大常委会主任: organizations.utf8, then roles.utf8): how a
 * speaker is called, no word of the topic, even where the label around it was not read as one.
 */
export function isTitleChain(word: string): boolean {
  const lex = lexicon();
  for (let k = 2; k <= word.length - 2; k++) {
    if (titleAt(lex, word, k, word.length)?.length !== word.length - k) continue;
    const org = firstUp(deepestBefore(lex.index.orgsBack, word, k, 0), TERM);
    if (org && org.depth === k) return true;
  }
  return false;
}

/** Never a keyword: a word of the frame (请县: ASKING_LEVEL), furniture (问题, 目前: FURNITURE_WORDS), a title chain (人大常委会委员), a list's marker (二是), a count, a unit, a distributive (每年, 每户, 每千人: 每 "each" opens no topic word). */
export function notKeyword(word: string): boolean {
  return FRAME_WORDS.has(word) || FURNITURE_WORDS.has(word) || isTitleChain(word) || ASKING_LEVEL.test(word) || ORDINAL_MARKER.test(word) || word.charCodeAt(0) === 0x6bcf /* 每 */ || isCountWord(word) || isUnitWord(word);
}

/**
 * Two characters that may open a personal name: a surname (dict/surnames.utf8) that is no everyday word too (水, 都), and
 * no word known to start with a surname and be no name (高度: dict/not-names.utf8). Say 韩子 of "韩子墨".
 */
export function opensName(word: string): boolean {
  const lex = lexicon();
  return word.length === 2 && lex.surnames.has(word[0]) && !lex.wordSurnames.has(word[0]) && !lex.notNames.has(word);
}

/** A short quoted term of Han characters only: “一案一策”, 「三单一函」 (2–8 characters; a longer quote is speech). */
const QUOTED_TERM = /[“‘「『"]([\u4e00-\u9fff]{2,8})[”’」』"]/gu;
/** A term kept whole: Han characters only (a term with 、 or digits is no keyword: “双随机、一公开”, “1+N+X”). */
const HAN_TERM = /^[\u4e00-\u9fff]{2,8}$/u;

/**
 * The terms of `slice` to keep as one token each: its short quoted terms and the given formulation texts, Han only,
 * each once, in order of first occurrence (the quoted ones first). So “三单一函” is never 三单 | 单一 | 一函.
 */
export function wholeTerms(slice: string, formulations: readonly string[]): string[] {
  const terms = new Set<string>();
  QUOTED_TERM.lastIndex = 0;
  for (let m = QUOTED_TERM.exec(slice); m; m = QUOTED_TERM.exec(slice)) terms.add(m[1]);
  for (const f of formulations) if (HAN_TERM.test(f)) terms.add(f);
  return [...terms];
}

/**
 * `slice` (the view from offset `base`) with the given spans blanked, same length: the speakers as named in their labels and
 * mentions ("市水务局局长 欧阳静", "韩委员") and the page frame ("(图为询问现场。通讯员 某某 摄)") are no words of the
 * question. `spans` sorted by start, none longer than `longest` code units; those outside the slice are ignored. A binary
 * search finds the first that may reach into the slice, so a document of many questions and mentions is no quadratic scan.
 */
export function blankSpans(slice: string, base: number, spans: readonly Span[], longest: number): string {
  const end = base + slice.length;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] < base - longest) lo = mid + 1;
    else hi = mid;
  }
  let out = '';
  let at = 0; // offset into slice: what is copied so far
  for (let i = lo; i < spans.length && spans[i][0] < end; i++) {
    const [s, e] = spans[i];
    const from = Math.max(at, s - base);
    const to = Math.min(slice.length, e - base);
    if (to <= from) continue;
    out += slice.slice(at, from) + ' '.repeat(to - from);
    at = to;
  }
  return at === 0 ? slice : out + slice.slice(at);
}

/**
 * Where the document's names are written (`names`: the people's, the chair's, the closing speakers'), every occurrence in
 * `view`, found in one pass by their first code unit: a name is no word of the topic wherever it stands — in a label no
 * person claimed (`主持人 王国强：`: the chair is none of the people), before 同志, as a vocative — and its pieces (阿拉 |
 * 腾苏 of 阿拉腾苏和, which the segmenter cuts where the name is not whole) are none either. A two-character name that is
 * also a word of the dictionary (`isWord`: 高峰, 海燕) is left to the mentions, which blank it where it names someone.
 * Spans are [start, end) UTF-16 offsets into `view`, in order, none overlapping.
 */
export function nameSpans(view: string, names: readonly string[], isWord: (word: string) => boolean): Span[] {
  const byFirst = new Map<number, string[]>();
  for (const n of [...new Set(names)].sort((a, b) => b.length - a.length)) {
    if (n.length < 2 || (n.length === 2 && isWord(n))) continue;
    const list = byFirst.get(n.charCodeAt(0));
    if (list) list.push(n);
    else byFirst.set(n.charCodeAt(0), [n]);
  }
  const spans: Span[] = [];
  if (byFirst.size === 0) return spans;
  for (let at = 0; at < view.length; at++) {
    const list = byFirst.get(view.charCodeAt(at));
    if (!list) continue;
    const n = list.find((name) => view.startsWith(name, at)); // longest first
    if (n === undefined) continue;
    spans.push([at, at + n.length]);
    at += n.length - 1;
  }
  return spans;
}

/** The spans, sorted by start, with the length of the longest: what `blankSpans` takes. */
export function blankList(spans: Span[]): { spans: Span[]; longest: number } {
  let longest = 0;
  for (const s of spans) longest = Math.max(longest, s[1] - s[0]);
  return { spans: spans.sort((a, b) => a[0] - b[0]), longest };
}

/**
 * `slice` with the question's label blanked where it opens it, after white space ("问题一\n…", "问题二:…", "一、"): the label
 * numbers the exchange (问题 is then no word of the topic). Same length.
 */
export function blankLabel(slice: string, label: string | null): string {
  if (!label) return slice;
  let at = 0;
  while (at < slice.length && (slice[at] === ' ' || slice[at] === '\t' || slice[at] === '\n' || slice[at] === '\r' || slice[at] === '\u3000')) at++;
  return slice.startsWith(label, at) ? slice.slice(0, at) + ' '.repeat(label.length) + slice.slice(at + label.length) : slice;
}
