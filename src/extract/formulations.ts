/**
 * Numbered formulations (数字概括): a numeral that sums up a set of parts, such as
 * "以“六个聚焦”推动“双提升”", "落实行政执法“三项制度”", "“一府两院”", "完善“3+N”行政争议…机制".
 *
 * Found four ways:
 * - quoted terms, by grammar: numeral or 双/两 + optional classifier + a short term (六个聚焦, 五公开,
 *   双减); numerals each with one character (一府两院 → 1 + 2); N+N (3+N); a campaign name
 *   holding a count (“规范执行三年行动”); numbered parts joined by 、 (“双随机、一公开” → 2 + 1) or written
 *   together, after a little context (“门前三包” → 3, “五净一规范” → 5 + 1);
 * - unquoted N-fold terms: "医疗救助三重保障"; unquoted sets of institutions: "建立四项制度", "十大工程";
 * - the lexicon dict/formulations.utf8, quoted or not (八项规定, 一老一小);
 * - back-references: "两项满意度" repeats the term of an earlier quoted “两个满意度”.
 * Not formulations: 一 meaning "single", "one-stop" or "each" (“一门办理”, “一张网”, “一村一策”),
 * list announcements (三方面, 五项举措), plan names (“十四五”). Once per range, in order of first
 * appearance. Offsets: UTF-16, 0-based, end-exclusive; the span excludes the quotes.
 */
import { readFileSync } from 'node:fs';
import type { Formulation } from '../model/record.js';
import type { Span } from '../model/span.js';
import type { TextPair } from '../structure/types.js';
import { parseChineseNumeral } from './numerals.js';
import { holdsSetPhrase } from './quantity-guards.js';
import { matchUnit } from './units.js';

/**
 * Quoted stretches: “…”, 「…」, 『…』, ‘…’ (the quotes inside a quotation: “我们将落实‘三个一批’措施”)
 * or straight "…" (also folded ＂…＂), at most 12 characters inside.
 */
const QUOTE = /[“「『‘]([^“”「」『』‘’\n]{1,12})[”」』’]|"([^"\n]{1,12})"/g;
const CLASSIFIER = '个项张种大条类支套道';
/** Chinese numeral of the head (not 一, which reads as "single"), 双 = 2. */
const HEAD = `(?:[二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九百]|双)`;
/** 六个聚焦, 三项制度, 五公开, 双提升, 两个满意度: head + optional classifier + a 1–5 character term. */
const HEADED = new RegExp(`^(${HEAD})([${CLASSIFIER}]?)([\\u4e00-\\u9fff]{1,5})$`);
/** “8个机制”, “3个一批”, “4大行动”: Arabic digits (2–99) + a classifier (required: “5G”, “12345” are no sets) + a 1–5 character term. */
const ARABIC_HEADED = new RegExp(`^([2-9]|[1-9]\\d)([${CLASSIFIER}])([\\u4e00-\\u9fff]{1,5})$`);
/** 一府两院, 一老一小, 一府一委两院: numerals each followed by one character. */
const INTERLEAVED = /^(?:[一两二三四五六七八九双][\u4e00-\u9fff]){2,4}$/;
/** 3+N, 1+1+N, 1+X. */
const PLUS = /^(?:\d+|[一二两三四五六七八九十])(?:\+(?:\d+|[A-Za-z]|[一二两三四五六七八九十]))+$/;
/** A campaign or project name holding a count: 规范执行三年行动, 百日攻坚行动. */
const CAMPAIGN = new RegExp(`^[\\u4e00-\\u9fff]{0,6}?(${HEAD}|百)(?:年|个月|天|日|大|项|个)[\\u4e00-\\u9fff]{0,3}(?:行动|工程|计划|活动|战役|专项)$`);
/** A time unit right after the head, with no classifier: “百日攻坚”, “三年攻坚” name a duration, not a set of parts. */
const DURATION_TERM = /^(?:日|天|年|月|周|小时)/;
/** Words in 双 that mean "two-way", "both", "double" rather than summing up two parts (“双减” does). */
const DUAL_WORDS = /^双(?:向|方|手|重|边|休|语|人|倍|层)$/;
/** Unquoted "三重保障": N-fold + a two-character term (双重 is the adjective "dual"). */
const FOLD = /([三四五六七八九十]|两)重([\u4e00-\u9fff]{2})/g;
/**
 * Unquoted "建立四项制度", "健全三张清单", "实施十大工程": a Chinese numeral (not 一, not a bare 二),
 * a classifier and a head from the lexicon of institutions is a formulation whatever follows it
 * (RECORD.md's own example, 三项制度, is unquoted). Not the generic 举措/措施/方面/任务 (list
 * announcements: "采取五项举措"), nor "五个工程项目" (a count of projects).
 */
const NAMED_SET = /((?:[二三四五六七八九]?十[一二三四五六七八九]?|[两三四五六七八九]))([项个条张大])(制度|机制|清单|工程|行动|体系|台账)(?!项目|建设|量|款)/g;
/** Before a NAMED_SET find: a longer numeral, or the closing quote of a list it counts. */
const NOT_BEFORE_SET = /[\d零〇一二两三四五六七八九十百千万亿”」』’"]/u;
const NUMERAL_CHAR = /[零〇一二两三四五六七八九十百千万亿双]/;
/** A round-number word as a formulation's term: 百分百 / 百分之百 ("fully"), 一百, 千万, 万家, 百村, 千企. */
const ROUND_TERM = /^(?:百分之?百|一?[百千万](?:[百千万]|家|户|村|企|人|园)?)$/u;
/** One part of a quoted coordination (“双随机、一公开”): a numeral or 双 and a 1–4 character term. */
const PART = /^([一两二三四五六七八九十双])([\u4e00-\u9fff]{1,4})$/;

/** The parts of “双随机、一公开” (2 + 1): two or three numbered parts joined by 、, one of them more than 一. */
function coordinated(term: string): number | null {
  if (!term.includes('、')) return null; // one part: most terms
  const parts = term.split('、');
  if (parts.length < 2 || parts.length > 3) return null;
  const heads = parts.map((p) => PART.exec(p));
  if (heads.some((h) => !h || NUMERAL_CHAR.test(h[2]))) return null;
  const values = heads.map((h) => numeralValue(h![1]) ?? 0);
  return values.some((v) => v > 1) ? values.reduce((a, b) => a + b, 0) : null;
}

/** The numeral opening one part of a compound slogan (not 二, "second"; not 百/千, round figures). */
const COMPOUND_HEAD = /[一两三四五六七八九十双]/;
/**
 * A part's morpheme that measures rather than names: 三年, 两成, 一倍, 三个 (with a unit from units.ts), a clock
 * time (“课后三点半”, 五时); 三方面 announces a list.
 */
const MEASURING = /^(?:[成倍番级届期点时分]|方面)/;

/**
 * A slogan of numbered parts written without 、, each part a numeral and a 1–3 character morpheme, after
 * at most three characters of context (“门前三包” → 3, “五净一规范” → 5 + 1, “三清一改” → 4, “两不愁三保障” → 5):
 * the sum of the parts, as for 一府两院; null unless some part counts more than one (“最多跑一次”, “第一书记”)
 * and no morpheme is a unit (“三年攻坚”, “提高两成”).
 */
function compound(term: string): number | null {
  if (term.length < 3 || term.length > 8) return null;
  let k = 0;
  while (k < term.length && !NUMERAL_CHAR.test(term[k])) k++;
  if (k > 3) return null;
  let sum = 0;
  let parts = 0;
  let counted = false;
  while (k < term.length) {
    if (!COMPOUND_HEAD.test(term[k])) return null;
    let j = k + 1;
    while (j < term.length && !NUMERAL_CHAR.test(term[j])) j++;
    const morpheme = term.slice(k + 1, j);
    if (morpheme.length < 1 || morpheme.length > 3 || MEASURING.test(morpheme) || matchUnit(morpheme, 0)) return null;
    const value = numeralValue(term[k]) ?? 0;
    counted ||= value > 1;
    sum += value;
    if (++parts > 3) return null;
    k = j;
  }
  return counted ? sum : null;
}

let lexicon: ReadonlyMap<string, number | null> | null = null;

/** dict/formulations.utf8, read once on first use ("term<TAB>number", # comments). */
function loadLexicon(): ReadonlyMap<string, number | null> {
  if (lexicon) return lexicon;
  const map = new Map<string, number | null>();
  let raw = '';
  try {
    raw = readFileSync(new URL('../../dict/formulations.utf8', import.meta.url), 'utf8');
  } catch {
    raw = ''; // a package without the lexicon still finds quoted formulations
  }
  for (const line of raw.split('\n')) {
    const [term, n] = line.trim().split('\t');
    if (!term || term.startsWith('#')) continue;
    map.set(term, n ? Number(n) : null);
  }
  return (lexicon = map);
}

/** The lexicon by the first code unit of its terms, so one pass over a range tries only the terms that may start at each position. */
interface LexiconEntry { term: string; number: number | null }
/**
 * `entries`: the terms by first code unit; `scan`: where a term may start, a first code unit of
 * a term followed by a second one of a term (most terms open with a numeral, common in any text;
 * any first one when a term has one character), as a global regex: the scan jumps natively
 * from one such place to the next instead of reading every character in JavaScript.
 */
interface LexiconIndex { entries: Map<number, LexiconEntry[]>; scan: RegExp }
let byFirst: LexiconIndex | null = null;

function lexiconIndex(): LexiconIndex {
  if (byFirst) return byFirst;
  let seconds: Set<number> | null = new Set();
  const entries = new Map<number, LexiconEntry[]>();
  for (const [term, n] of loadLexicon()) {
    const c = term.charCodeAt(0);
    if (term.length < 2) seconds = null;
    else if (seconds) seconds.add(term.charCodeAt(1));
    const list = entries.get(c) ?? [];
    list.push({ term, number: n ?? formulationNumber(term) });
    entries.set(c, list);
  }
  const firsts = charClass(entries.keys());
  return (byFirst = { entries, scan: new RegExp(seconds ? `${firsts}(?=${charClass(seconds)})` : firsts, 'g') });
}

/** The code units as a regex character class of \uXXXX escapes ("[]", matching nothing, for none). */
function charClass(codes: Iterable<number>): string {
  let s = '';
  for (const c of codes) s += `\\u${c.toString(16).padStart(4, '0')}`;
  return `[${s}]`;
}

/**
 * Lexicon terms in [from, to) of the view, each term's occurrences without overlapping one
 * another (as repeated indexOf from the end of the last one finds them). Two terms never share a
 * span, so the order of the finds does not matter: they are sorted by position afterwards.
 */
function lexiconFinds(pair: TextPair, from: number, to: number, found: Found[]): void {
  const { entries, scan } = lexiconIndex();
  const view = pair.view;
  let nextFree: Map<string, number> | null = null; // per term: where its next occurrence may start
  scan.lastIndex = from;
  while (scan.test(view)) { // test, not exec: no match array; lastIndex is just past the first code unit
    const k = scan.lastIndex - 1;
    if (k >= to) break;
    const list = entries.get(view.charCodeAt(k))!;
    for (let x = 0; x < list.length; x++) {
      const e = list[x];
      const end = k + e.term.length;
      if (end > to || !view.startsWith(e.term, k)) continue;
      if (nextFree && k < (nextFree.get(e.term) ?? 0)) continue;
      (nextFree ??= new Map()).set(e.term, end);
      found.push({ text: pair.text.slice(k, end), number: e.number, span: [k, end], term: null });
    }
  }
}

const numeralValue = (s: string): number | null => (s === '双' ? 2 : /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s));

/** The number a formulation sums up: the sum of its numeric parts (一府两院 → 3, 3+N → 3), or its head (六个聚焦 → 6). */
export function formulationNumber(term: string): number | null {
  const parts = coordinated(term);
  if (parts !== null) return parts;
  if (PLUS.test(term)) {
    return term.split('+').map((p) => (/^\d+$/.test(p) ? Number(p) : numeralValue(p))).reduce<number>((a, b) => a + (b ?? 0), 0);
  }
  // (Not "三个一律": a numeral and its classifier head the term, 三 of 一律.)
  if (INTERLEAVED.test(term) && !CLASSIFIER.includes(term[1])) return [...term].filter((_, k) => k % 2 === 0).reduce((a, c) => a + (numeralValue(c) ?? 0), 0);
  const together = compound(term); // (五净一规范 is 5 + 1, not the head 五)
  if (together !== null) return together;
  const head = HEADED.exec(term) ?? CAMPAIGN.exec(term) ?? ARABIC_HEADED.exec(term);
  return head ? numeralValue(head[1]) : null;
}

/** True when a quoted term is a numbered formulation by grammar (not by the lexicon). */
export function isFormulation(term: string): boolean {
  // A set phrase with 一 (一律, 一站式) is no count, but counted by a head and classifier it is the summed part (“三个一律”).
  const arabic = ARABIC_HEADED.exec(term);
  if (arabic) return arabicSet(term, arabic);
  const m = HEADED.exec(term);
  // After a classifier, a round-number word names the standard, not a figure: “六个百分百”, “五个一百”, “四个千万”, “三个万家”.
  if (m && m[2] && m[1] !== '百' && ROUND_TERM.test(m[3])) return true;
  if (!(m && m[2] && m[3].startsWith('一')) && holdsSetPhrase(term)) return false;
  if (PLUS.test(term) || CAMPAIGN.test(term) || coordinated(term) !== null) return true;
  // 一府两院, 一岗双责 sum parts; with 一 alone the slogan is distributive (一村一策, 一户一档) unless in the lexicon.
  if (INTERLEAVED.test(term)) return [...term].every((c, k) => (k % 2 === 0) === NUMERAL_CHAR.test(c)) && /[两二三四五六七八九双]/.test(term);
  // The term may not hold numerals itself (三令五申, 五湖四海) nor be a list announcement (三方面);
  // after a classifier it may open with 一 (“三个一”, “五个一工程”).
  const rest = m && m[2] ? m[3].replace(/^一/, '') : m?.[3] ?? '';
  // A bare 二 reads as "second" (“二次供水”, “二手房”); a summed pair is written 两 or 双.
  // (百分之百, "fully", is a word, not a numeral: “六个百分之百” is a formulation of six parts.)
  if (m && !m[2] && DURATION_TERM.test(m[3])) return false;

  if (m && (m[1] === '二' || m[3].startsWith('方面') || (m[1] === '双' && DUAL_WORDS.test(m[1] + m[3])))) return false;
  if (m && !NUMERAL_CHAR.test(rest.replace(/百分之百/gu, ''))) return true;
  return compound(term) !== null; // 门前三包, 五净一规范
}

/**
 * “8个机制”, “3个一批”: a set counted in digits as in Chinese numerals, unless the classifier and the
 * term make a unit (“3个月”, “5个百分点”, “2个工作日”), the term announces a list (方面) or holds numerals
 * after its opening 一.
 */
function arabicSet(term: string, m: RegExpExecArray): boolean {
  const unit = matchUnit(term, m[1].length);
  if (unit && unit.end > m[1].length + 1) return false;
  if (m[3].startsWith('方面') || DURATION_TERM.test(m[3])) return false;
  return !NUMERAL_CHAR.test(m[3].replace(/^一/, ''));
}

interface Found { text: string; number: number | null; span: Span; term: string | null }

/** A quotation matched by QUOTE: from its opening mark to after its closing one; `found` when it is a formulation. */
interface Quote { start: number; end: number; found: Found | null }

function quotes(pair: TextPair, from: number, to: number): Quote[] {
  const out: Quote[] = [];
  const slice = pair.view.slice(from, to);
  // exec, not matchAll: matchAll clones the regex on every call.
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(slice); m; m = QUOTE.exec(slice)) {
    const inner = m[1] ?? m[2];
    const at = from + m.index;
    if (!isFormulation(inner)) { out.push({ start: at, end: at + m[0].length, found: null }); continue; }
    const start = at + 1;
    const head = HEADED.exec(inner);
    out.push({ start: at, end: at + m[0].length, found: { text: pair.text.slice(start, start + inner.length), number: formulationNumber(inner), span: [start, start + inner.length], term: head && head[3].length >= 2 ? head[3] : null } });
  }
  return out;
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
  const seen = new Set<string>();
  const out: Formulation[] = [];
  for (const f of findAll(pair, range)) {
    if (seen.has(f.text)) continue;
    seen.add(f.text);
    out.push({ text: f.text, number: f.number, span: [f.span[0], f.span[1]] });
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
    // (Not inside a longer numeral, nor counting a quoted list just named: "“管案、管人、管事”三大体系".)
    if (NOT_BEFORE_SET.test(pair.view[start - 1] ?? '')) continue;
    found.push({ text: pair.text.slice(start, start + m[0].length), number: numeralValue(m[1]), span: [start, start + m[0].length], term: null });
  }
  // Back-references: 两项满意度 after “两个满意度” (the term of a quoted formulation seen earlier).
  const refs = quoted(pair, 0, to);
  for (let k = 0; k < refs.length; k++) {
    const ref = refs[k];
    if (!ref.term) continue;
    // A back-reference holds the term after at most four characters (十二项, 双): none starts before its first occurrence less four.
    const first = slice.indexOf(ref.term);
    if (first < 0) continue;
    const re = backReference(ref.term);
    re.lastIndex = Math.max(0, first - 4);
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const start = from + m.index;
      if (start < ref.span[0] || NUMERAL_CHAR.test(pair.view[start - 1] ?? '')) continue;
      found.push({ text: pair.text.slice(start, start + m[0].length), number: formulationNumber(m[0]), span: [start, start + m[0].length], term: null });
    }
  }
  return withoutOverlaps(found);
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
