/**
 * Numbered formulations (数字概括): a numeral that sums up a set of parts, such as
 * "以“六个聚焦”推动“双提升”", "落实行政执法“三项制度”", "“一府两院”", "完善“3+N”行政争议…机制".
 *
 * Found six ways:
 * - quoted terms, by grammar: numeral or 双/两 + optional classifier + a short term (六个聚焦, 五公开,
 *   双减); numerals each with one character (一府两院 → 1 + 2); N+N (3+N); a campaign name
 *   holding a count (“规范执行三年行动”); numbered parts joined by 、 (“双随机、一公开” → 2 + 1) or written
 *   together, after a little context (“门前三包” → 3, “五净一规范” → 5 + 1);
 * - unquoted N-fold terms: "医疗救助三重保障"; unquoted sets of institutions: "建立四项制度", "十大工程"; N大 and any
 *   noun after a verb that launches a set or before its parts: "推进十大场景应用" (big-sets.ts); unquoted
 *   parts joined by + before a set's head: "构建1+N政策体系" (no number, as “1+N”);
 * - unquoted counts whose parts follow, each repeating the term: "三个全覆盖:水源地保护全覆盖、…" (formulation-lists.ts);
 * - unquoted N个 + a head that is no noun: "坚持六个聚焦", "四个最严", "三个一批", "两个毫不动摇" (slogan-heads.ts);
 * - the lexicon dict/formulations.utf8, quoted or not (八项规定, 一老一小);
 * - back-references: "两项满意度" repeats the term of an earlier quoted “两个满意度”.
 * Not formulations: 一 meaning "single", "one-stop" or "each" (“一门办理”, “一张网”, “一村一策”, “最多跑一次”),
 * list announcements (三方面, 五项举措), plan names (“十四五”), dates (“双11”). Parts joined by 、 that are
 * no one slogan count each by itself (“三级联动、两级督办” → 3 and 2, never 5). Once per range, in order of first
 * appearance. Offsets: UTF-16, 0-based, end-exclusive; the span excludes the quotes.
 * The grammar of a term is formulation-terms.ts's, the lexicon formulation-lexicon.ts's; this module
 * finds them in a range of the text, once per document and range.
 */
import type { Formulation } from '../model/record.js';
import { warning, type Warning } from '../model/diagnostics.js';
import { definitionParts, markedCount } from './formulation-definitions.js';
import type { Span } from '../model/span.js';
import type { TextPair } from '../structure/types.js';
import { CLASSIFIER, HEAD, HEADED, NUMERAL_CHAR, formulationNumber, isFormulation, numeralValue } from './formulation-terms.js';
import { lexiconFinds, lexiconNumber, type Found } from './formulation-lexicon.js';
import { findFormulationLists } from './formulation-lists.js';
import { findSloganHeads } from './slogan-heads.js';
import { findBigSets, isCongressNumeral } from './big-sets.js';
import { quoteMask } from './quotes.js';
import { subsetReference, withdrawn } from './formulation-references.js';

/**
 * Quoted stretches: “…”, 「…」, 『…』, ‘…’ (the quotes inside a quotation: “我们将落实‘三个一批’措施”)
 * or straight "…" (also folded ＂…＂), at most 12 characters inside.
 */
const QUOTE = /[“「『‘]([^“”「」『』‘’\n]{1,12})[”」』’]|"([^"\n]{1,12})"/g;
/** Unquoted "三重保障": N-fold + a two-character term (双重 is the adjective "dual"). */
const FOLD = /([三四五六七八九十]|两)重([\u4e00-\u9fff]{2})/g;
/**
 * Unquoted "建立四项制度", "健全三张清单", "实施十大工程": a Chinese numeral (not 一, not a bare 二),
 * a classifier and a head from the lexicon of institutions is a formulation whatever follows it
 * (RECORD.md's own example, 三项制度, is unquoted). Not the generic 举措/措施/方面/任务 (list
 * announcements: "采取五项举措"), nor "五个工程项目" (a count of projects).
 * After 大 the head may be any campaign or set word with a modifier of up to two characters before it
 * (三大保卫战, 五大专项行动, 五大攻坚行动, 十大民生工程): 大 after a numeral makes a slogan, not a count; the
 * nouns of classes and sectors (5大类, 3大行业) are counts (measured.ts).
 * Arabic numerals (2–20) read as the Chinese ones with 项/张/条/大 (建立3张清单, 完善5项机制, 实施10大工程); with 个
 * they count (构建8个机制 is a figure that announces a list), as do works and actions with 项/条 (开工12项工程: a tally
 * of projects), and so does a set in digits before its parts
 * (建立了6项机制:一是…: the answer's stated count).
 */
const SET_NUMERAL = '(?:[二三四五六七八九]?十[一二三四五六七八九]?|[两三四五六七八九]|1\\d|20|[2-9])';
const SET_HEAD = '(?:制度|机制|清单|工程|行动|体系|台账)(?!项目|建设|量|款)';
const BIG_HEAD = '[\\u4e00-\\u9fff]{0,2}?(?:行动|工程|战役|会战|攻坚战|保卫战|硬仗|战略|计划|体系|机制|制度|清单|台账|平台|基地|品牌)(?!项目|建设|量|款)';
const NAMED_SET = new RegExp(`(${SET_NUMERAL})(?:([项个条张])${SET_HEAD}|(大)${BIG_HEAD})`, 'g');
/** Before a NAMED_SET find: a longer numeral, an ordinal's 第, a decimal point or a letter. */
const NOT_BEFORE_SET = /[\d零〇一二两三四五六七八九十百千万亿第.A-Za-z]/u;
/** What after a set in digits announces its parts: a colon, or 即 / 分别是 / 包括 after a comma. */
const LIST_FOLLOWS = /^(?::|,(?:即|分别是|包括|主要是))/;
/**
 * Unquoted "构建1+N政策体系", "1+3+N工作格局": numbered parts joined by + (digits, or a capital letter for "some") before a
 * head of a set (体系, 机制, 格局…, with up to four characters of modifier): named like the quoted “1+N”, no number.
 */
const PLUS_SET = /(?<![\d.A-Za-z+])\d{1,2}(?:\+(?:\d{1,2}|[A-Z])){1,3}(?![\d.A-Za-z+])(?=[\u4e00-\u9fff]{0,4}?(?:体系|机制|模式|格局|布局|架构|框架|政策|制度|清单|工作法|任务))/g;
/** Unquoted "百千万工程": three round numerals rising in order before a campaign word (formulation-terms.ts's ROUND_SERIES, quoted). */
const ROUND_SET = /(?:十百千|百千万)(?:工程|行动|计划)/g;
/** A closing quote mark. */
const CLOSING_QUOTE = /[”」』’"]/u;
/** A quotation of parts (“管案、管人、管事”) ending at `close`: the set after it counts them, it is no modifier. */
const QUOTED_LIST = /[“「『‘"][^“”「」『』‘’"\n]*[、,;][^“”「」『』‘’"\n]*$/u;

/** A quotation matched by QUOTE: from its opening mark to after its closing one; `found` when it is a formulation. */
interface Quote { start: number; end: number; found: Found | null }

function quotes(pair: TextPair, from: number, to: number): Quote[] {
  const out: Quote[] = [];
  const slice = pair.view.slice(from, to);
  // exec, not matchAll: matchAll clones the regex on every call.
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(slice); m; m = QUOTE.exec(slice)) {
    // “**三个全覆盖**”: emphasis marks inside the quotes are blanked in the view (spaces), and so are spaces the term
    // never holds: the term is read without them, its span starting past them.
    const padded = m[1] ?? m[2];
    const inner = padded.trim();
    const pad = padded.length - padded.trimStart().length;
    const at = from + m.index;
    if (isFormulation(inner)) out.push({ start: at, end: at + m[0].length, found: quotedFind(pair, at + 1 + pad, inner) });
    else if (inner.includes('、')) coordinatedParts(pair, at, m[0].length, inner, out, pad);
    else out.push({ start: at, end: at + m[0].length, found: null });
  }
  return out;
}

/** The find of a quoted formulation `inner` starting at `start`. */
function quotedFind(pair: TextPair, start: number, inner: string): Found {
  const head = HEADED.exec(inner);
  return { text: pair.text.slice(start, start + inner.length), number: lexiconNumber(inner) ?? formulationNumber(inner), span: [start, start + inner.length], term: head && head[3].length >= 2 ? head[3] : null };
}

/**
 * A quotation of parts joined by 、 that is no one formulation (“三级联动、两级督办”, “一村一策、一户一档”):
 * each part that is a formulation by itself, with its own number (三级联动 3, 两级督办 2), never a sum
 * across the 、. All of them belong to the quotation `[at, at + length)`; none when no part is one.
 */
function coordinatedParts(pair: TextPair, at: number, length: number, inner: string, out: Quote[], pad = 0): void {
  let start = at + 1 + pad;
  let any = false;
  for (const padded of inner.split('、')) {
    const part = padded.trim(); // “**双随机**、**一公开**”: each part without its blanked marks
    if (part && isFormulation(part)) {
      out.push({ start: at, end: at + length, found: quotedFind(pair, start + padded.length - padded.trimStart().length, part) });
      any = true;
    }
    start += padded.length + 1;
  }
  if (!any) out.push({ start: at, end: at + length, found: null });
}

/** What one document's sections share: its quotations, and each range's finds (asked for by the quantities, then by the record). */
interface DocumentFinds { quotes: Quote[]; ranges: Map<number, Map<number, Formulation[]>> }

/** Per document (the pair object), read once: every section asks for the quotations and back-references of the whole view. */
const documents = new WeakMap<TextPair, DocumentFinds>();

function documentFinds(pair: TextPair): DocumentFinds {
  let doc = documents.get(pair);
  if (!doc) documents.set(pair, (doc = { quotes: quotes(pair, 0, pair.view.length), ranges: new Map() }));
  return doc;
}

/**
 * `quotes(pair, from, to)` from the quotations of the whole view: a quotation's match depends
 * neither on what precedes its opening mark nor on what follows its closing one (its inner text
 * holds no quote mark, so each position opens at most one match), so those within [from, to)
 * are the same; the first one running past `to` is not matched before `to`, and the scan goes
 * on right after its opening mark. A quotation of the whole view straddling `from` would change
 * where the scan starts: then the range is scanned itself.
 */
function quotesIn(pair: TextPair, from: number, to: number): Quote[] {
  const all = documentFinds(pair).quotes;
  let k = 0;
  while (k < all.length && all[k].end <= from) k++;
  if (k < all.length && all[k].start < from) return quotes(pair, from, to);
  const out: Quote[] = [];
  for (; k < all.length; k++) {
    const q = all[k];
    if (q.end <= to) { out.push(q); continue; }
    if (q.start < to) for (const r of quotes(pair, q.start + 1, to)) out.push(r);
    break;
  }
  return out;
}

/** Quoted formulations of [from, to). */
function quoted(pair: TextPair, from: number, to: number): Found[] {
  const out: Found[] = [];
  const all = quotesIn(pair, from, to);
  for (let k = 0; k < all.length; k++) if (all[k].found) out.push(all[k].found!);
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The regex of the back-references to a term (两项满意度 for 满意度), by exact term; bounded, terms recur across documents. */
const backReferences = new Map<string, RegExp>();

function backReference(term: string): RegExp {
  let re = backReferences.get(term);
  if (!re) {
    if (backReferences.size >= 512) backReferences.clear();
    backReferences.set(term, (re = new RegExp(`${HEAD}[${CLASSIFIER}]?${escape(term)}`, 'g')));
  }
  return re;
}

/** The numbered formulations of `range`, each once, in order of first appearance. */
export function extractFormulations(pair: TextPair, range: Span): Formulation[] {
  const byText = new Map<string, Formulation>();
  const out: Formulation[] = [];
  const quoted = quoteMask(pair.view);
  for (const f of findAll(pair, range)) {
    if (!names(pair, f)) continue;
    let formulation = byText.get(f.text);
    if (!formulation) {
      formulation = { text: f.text, number: f.number, span: [f.span[0], f.span[1]] };
      byText.set(f.text, formulation);
      out.push(formulation);
    }
    // The parts of the first mention that spells them out ("…“四个不摘”…关于“四个不摘”,即摘帽不摘责任、…").
    if (formulation.parts) continue;
    const parts = definitionParts(pair.view, quoted, f.span, f.number);
    if (parts) formulation.parts = parts.map(([s, e]) => ({ text: pair.text.slice(s, e), span: [s, e] }));
  }
  return out;
}

/**
 * `stated-count-mismatch` for each formulation of `range` spelled out into another number of parts than it says
 * ("“三个清单”:风险清单;责任清单;整改清单;销号清单": 3 vs 4), every occurrence checked. In the closing (`closing`),
 * which reads no measures, a marked list right after it is counted too ("突出“两个重点”,一是…二是…三是…": 2 vs 3).
 */
export function formulationCountWarnings(pair: TextPair, range: Span, closing = false): Warning[] {
  const out: Warning[] = [];
  const quoted = quoteMask(pair.view);
  for (const f of findAll(pair, range)) {
    if (f.number === null || !names(pair, f)) continue;
    const parts = definitionParts(pair.view, quoted, f.span, f.number);
    const listed = parts ? parts.length : closing ? markedCount(pair.view, quoted, f.span, range[1]) : 0;
    if (listed < 2 || listed === f.number) continue;
    out.push(warning('stated-count-mismatch', `“${f.text}” announces ${f.number} items but the list has ${listed}`, f.span));
  }
  return out;
}

/** Every occurrence (repeats included), without overlaps: the quantities extractor skips the numbers inside them. */
export function formulationSpans(pair: TextPair, range: Span): Span[] {
  // A loop, not .map: map's result has another elements kind once it is inlined into optimized
  // code, and the quantities extractor reading it then lost its optimized code ("wrong map").
  const spans: Span[] = [];
  const all = findAll(pair, range);
  for (let k = 0; k < all.length; k++) spans.push(all[k].span);
  return spans;
}

/** The finds of a range, read once per document and range (the quantities and the record both ask). Callers only read them. */
function findAll(pair: TextPair, range: Span): Formulation[] {
  const ranges = documentFinds(pair).ranges; // by start, then by end
  let byEnd = ranges.get(range[0]);
  if (!byEnd) ranges.set(range[0], (byEnd = new Map()));
  let found = byEnd.get(range[1]);
  if (!found) byEnd.set(range[1], (found = readAll(pair, range)));
  return found;
}

function readAll(pair: TextPair, range: Span): Formulation[] {
  const [from, to] = range;
  const slice = pair.view.slice(from, to);
  const found: Found[] = quoted(pair, from, to);
  lexiconFinds(pair, from, to, found);
  FOLD.lastIndex = 0;
  for (let m = FOLD.exec(slice); m; m = FOLD.exec(slice)) {
    const start = from + m.index;
    if (NUMERAL_CHAR.test(pair.view[start - 1] ?? '')) continue;
    found.push({ text: pair.text.slice(start, start + m[0].length), number: numeralValue(m[1]), span: [start, start + m[0].length], term: null });
  }
  NAMED_SET.lastIndex = 0;
  for (let m = NAMED_SET.exec(slice); m; m = NAMED_SET.exec(slice)) {
    const start = from + m.index;
    // (Not inside a longer numeral, nor counting a quoted list just named: "“管案、管人、管事”三大体系"; a quoted
    // modifier is no list: "“双碳”十大工程", "“无废城市”五项行动".)
    const before = pair.view[start - 1] ?? '';
    if (NOT_BEFORE_SET.test(before) || (CLOSING_QUOTE.test(before) && QUOTED_LIST.test(pair.view.slice(Math.max(0, start - 40), start - 1)))) continue;
    // 贯彻十九大战略部署: 十五–二十九 before 大 number a party congress, whose strategy is no set of nineteen (big-sets.ts).
    if (m[3] === '大' && isCongressNumeral(m[1])) continue;
    const arabic = /\d/.test(m[1]);
    // 构建8个机制: a count; 建立了6项机制:一是… announces its list (a stated count), as written in digits it names no slogan.
    if (arabic && (m[2] === '个' || LIST_FOLLOWS.test(pair.view.slice(start + m[0].length, start + m[0].length + 6)))) continue;
    // 开工12项工程, 开展5项行动: works and actions counted in digits are a tally of projects; 10大工程 is named.
    if (arabic && m[2] !== undefined && /^(?:工程|行动)/.test(m[0].slice(m[1].length + 1))) continue;
    found.push({ text: pair.text.slice(start, start + m[0].length), number: arabic ? Number(m[1]) : numeralValue(m[1]), span: [start, start + m[0].length], term: null });
  }
  // "实施百千万工程": a rising series of round numerals before 工程/行动/计划 (three of them: 千万 alone is a sum of money).
  ROUND_SET.lastIndex = 0;
  for (let m = ROUND_SET.exec(slice); m; m = ROUND_SET.exec(slice)) {
    const start = from + m.index;
    if (NOT_BEFORE_SET.test(pair.view[start - 1] ?? '') || /[上近数几]/.test(pair.view[start - 1] ?? '')) continue;
    found.push({ text: pair.text.slice(start, start + m[0].length), number: null, span: [start, start + m[0].length], term: null });
  }
  PLUS_SET.lastIndex = 0;
  for (let m = PLUS_SET.exec(slice); m; m = PLUS_SET.exec(slice)) {
    const start = from + m.index;
    found.push({ text: pair.text.slice(start, start + m[0].length), number: null, span: [start, start + m[0].length], term: null });
  }
  // "要做到三个全覆盖:水源地保护全覆盖、…": a count whose parts each repeat its term names a formulation (formulation-lists.ts).
  const lists = findFormulationLists(pair.view, from, to, quoteMask(pair.view));
  for (let k = 0; k < lists.length; k++) {
    const list = lists[k];
    if (list.formulation) found.push({ text: pair.text.slice(list.span[0], list.span[1]), number: list.count, span: list.span, term: null });
  }
  // "坚持六个聚焦", "落实四个最严要求": N个 and a head that is no noun, which no count takes (slogan-heads.ts).
  const slogans = findSloganHeads(pair.view, from, to, quoteMask(pair.view));
  for (let k = 0; k < slogans.length; k++) {
    const [s, e] = slogans[k].span;
    found.push({ text: pair.text.slice(s, e), number: slogans[k].count, span: [s, e], term: null });
  }
  // "重点推进十大场景应用": N大 and a plain noun, launched as a set or followed by its parts (big-sets.ts).
  const bigSets = findBigSets(pair.view, from, to, quoteMask(pair.view));
  for (let k = 0; k < bigSets.length; k++) {
    const [s, e] = bigSets[k].span;
    found.push({ text: pair.text.slice(s, e), number: bigSets[k].count, span: [s, e], term: null });
  }
  // Back-references: 两项满意度 after “两个满意度” (the term of a quoted formulation seen earlier).
  const refs = quoted(pair, 0, to);
  // Each term once, from its first quotation (nothing before it refers back to it): a compilation of transcripts
  // quotes the same terms again and again, and each quotation searched the range for its term anew.
  const firstQuoted = new Map<string, number>();
  for (let k = 0; k < refs.length; k++) {
    const ref = refs[k];
    if (!ref.term) continue;
    const seen = firstQuoted.get(ref.term);
    if (seen === undefined || ref.span[0] < seen) firstQuoted.set(ref.term, ref.span[0]);
  }
  for (const [term, quotedAt] of firstQuoted) {
    // A back-reference holds the term after at most four characters (十二项, 双): none starts before its first occurrence less four.
    const first = slice.indexOf(term);
    if (first < 0) continue;
    const re = backReference(term);
    re.lastIndex = Math.max(0, first - 4);
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const start = from + m.index;
      // (第二个聚焦 after “三个聚焦”: a numeral after 第 is an ordinal, a marker of one part, never a set of them.)
      if (start < quotedAt || NUMERAL_CHAR.test(pair.view[start - 1] ?? '') || pair.view[start - 1] === '第') continue;
      found.push({ text: pair.text.slice(start, start + m[0].length), number: formulationNumber(m[0]), span: [start, start + m[0].length], term: null });
    }
  }
  return withoutOverlaps(found);
}

/**
 * False for a mention that names no formulation of its own (formulation-references.ts): "前五个聚焦" after 六个聚焦 points
 * into it, and “两个维护”,不,是… is withdrawn. Its span stays among formulationSpans: its numeral counts parts, no figure.
 */
function names(pair: TextPair, f: Formulation): boolean {
  return !subsetReference(pair.view, f.span) && !withdrawn(pair.view, f.span);
}

/** Sort by position; of two overlapping finds keep the one that starts first (the longer on a tie). */
function withoutOverlaps(found: Found[]): Formulation[] {
  found.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const out: Formulation[] = [];
  let lastEnd = -1;
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (f.span[0] < lastEnd) continue;
    lastEnd = f.span[1];
    out.push({ text: f.text, number: f.number, span: f.span });
  }
  return out;
}
