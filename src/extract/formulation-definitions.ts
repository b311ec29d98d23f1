/**
 * The parts a formulation is spelled out into, read as written, and their count checked against its number.
 *
 * Example: "“三个不到位”指的是思想认识不到位、责任落实不到位、工作措施不到位、监督检查不到位。" gives the parts of
 * 三个不到位 as read (four) and a `stated-count-mismatch` (3 announced, 4 listed): the count is checked against the
 * list, never used to find it. The definition follows the term (its closing quote, maybe a head noun: “三个一”工作要求)
 * after (,)即 / ,也就是 / 指的是 / 是指 / ,分别是 / a colon; the parts are joined by 、 up to the clause's end (the last two maybe by
 * 和/及/与 when that makes up the count), or set off by ; up to the sentence's end ("“三个清单”:风险清单;责任清单;…"), or
 * are one-clause parts set off by , each opening with the same word ("“两个确保”:确保粮食安全,确保不发生规模性返贫").
 * A marked list after the term (“三个重点”:一是…二是…) is the answer's (measures.ts), except in the closing, which has no
 * measures: there its markers are counted for the check only ("突出“两个重点”,一是…二是…三是…" → 2 vs 3).
 * Offsets are UTF-16 code units into the view (ASCII punctuation), 0-based, end-exclusive.
 */
import type { Span } from '../model/span.js';
import { findMarkers } from './markers.js';

/** After the term: its closing quote, maybe 的 and a head noun of up to four characters, then the word that defines it. */
const DEFINES = /^[”」』’"]?\s*(?:的?[\u4e00-\u9fff]{0,4}?)\s*(?:,\s*(?:即|也就是说?|指的是|分别是|具体是|具体来说是)|即|指的是|是指|:)\s*/u;
/** Another counted or quoted term before this one in its clause: a closing quote, or a numeral and a classifier. */
const OTHER_TERM = /[”」』’"]|[两二三四五六七八九十\d][个项大条种类张]/u;

/** The clause before `at`, up to it, its opening quote excluded. */
function clauseBefore(view: string, at: number): string {
  let s = at;
  while (s > 0 && !/[,;:。!?\n]/.test(view[s - 1])) s--;
  return view.slice(s, /[“「『‘"]/.test(view[at - 1] ?? '') ? at - 1 : at);
}

/** Where 、-joined parts end: the clause; where ;-parts end: the sentence. */
const CLAUSE_END = /[,。;!?\n]/g;
const SENTENCE_END = /[。!?\n]/g;
/** A part opening with a list marker: the list is marked, the enumeration's. */
const MARKED = /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|[((]?[一二三四五六七八九十\d]+[)）、.])/u;
/** The joiner of the last two 、-parts ("同时投入生产和使用" is one part unless splitting it makes up the count). */
const JOINER = /以及|和|及|与/g;
/** A part is a phrase: two characters at least, one clause's length at most. */
const SHORTEST = 2;
const LONGEST = 40;

/** The parts spelled out right after the formulation at `span` (view offsets), or null when none follow. */
export function definitionParts(view: string, quoted: Uint8Array, span: Span, number: number | null): Span[] | null {
  const m = DEFINES.exec(view.slice(span[1], span[1] + 16));
  if (!m) return null;
  const start = span[1] + m[0].length;
  // "以“六个聚焦”推动“双提升”:聚焦…;聚焦…": after a colon the parts may be another term's of the clause; with two terms
  // in it, whose they are is the reader's guess: none.
  if (m[0].trimEnd().endsWith(':') && OTHER_TERM.test(clauseBefore(view, span[0]))) return null;
  if (MARKED.test(view.slice(start, start + 5))) return null;
  SENTENCE_END.lastIndex = start;
  const sentence = SENTENCE_END.exec(view);
  const sentenceEnd = sentence ? sentence.index : view.length;
  // 、-joined parts in the first clause first ("即节能降碳改造、供热改造和灵活性改造,改造规模…;…"), else ;-parts up to the
  // sentence's end, else one-clause parts opening alike.
  CLAUSE_END.lastIndex = start;
  const clause = CLAUSE_END.exec(view);
  let parts = pieces(view, quoted, start, clause ? clause.index : view.length, '、');
  const paired = pairedChange(view, quoted, span, parts, clause ? clause.index : view.length, sentenceEnd);
  if (paired) parts = paired;
  else if (parts && parts.length >= 2) {
    if (number !== null && parts.length === number - 1) parts = joined(view, parts) ?? parts;
  } else {
    // "“两个确保”:确保粮食安全,确保不发生规模性返贫": one-clause parts set off by , each opening with the same word; else
    // ;-parts up to the sentence's end ("“三个清单”:风险清单;责任清单;…", "联动执法,形成合力;联动监测,…").
    parts = sameOpening(view, pieces(view, quoted, start, sentenceEnd, ','));
    if (!parts && view.slice(start, sentenceEnd).includes(';')) {
      parts = pieces(view, quoted, start, sentenceEnd, ';');
      // (";第三,强化激励…": a marked piece goes on with the speaker's own list, no part.)
      const marked = parts ? parts.findIndex(([a]) => MARKED.test(view.slice(a, a + 5))) : -1;
      if (parts && marked >= 0) parts = parts.slice(0, marked);
    }
  }
  if (!parts || parts.length < 2 || parts.some(([a, b]) => b - a < SHORTEST || b - a > LONGEST)) return null;
  return parts;
}

/** A term of paired changes, a count and a verb twice: 三下降一提升, 两降一升 (groups: count, verb, count, verb). */
const PAIRED_CHANGE = /^([一二两三四五六七八九十])([\u4e00-\u9fff]{1,2})([一二两三四五六七八九十])([\u4e00-\u9fff]{1,2})$/u;
const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * "“三下降一提升”,即事故总量、较大事故、死亡人数下降,本质安全水平提升": the parts of a term of paired changes are the things
 * each verb is said of, a 、-list closed by the verb, clause by clause: three and one here, four parts (the verb closing each
 * group left out). Only when every group has as many things as the term counts for it and closes on its verb.
 */
function pairedChange(view: string, quoted: Uint8Array, span: Span, first: Span[] | null, clauseEnd: number, sentenceEnd: number): Span[] | null {
  const m = PAIRED_CHANGE.exec(view.slice(span[0], span[1]));
  if (!m || !first) return null;
  const second = pieces(view, quoted, clauseEnd + 1, Math.max(clauseEnd + 1, nextClauseEnd(view, clauseEnd + 1, sentenceEnd)), '、');
  const groups: Array<[Span[] | null, number, string]> = [[first, DIGIT[m[1]], m[2]], [second, DIGIT[m[3]], m[4]]];
  const out: Span[] = [];
  for (const [items, n, verb] of groups) {
    if (!items || items.length !== n) return null;
    const [a, b] = items[n - 1];
    const closing = new RegExp(`[下上提增减降]?${verb[verb.length - 1]}$`, 'u').exec(view.slice(a, b));
    if (!closing || b - closing[0].length - a < SHORTEST) return null;
    out.push(...items.slice(0, -1), [a, b - closing[0].length]);
  }
  return out;
}

/** The end of the clause opening at `from`, within the sentence. */
function nextClauseEnd(view: string, from: number, sentenceEnd: number): number {
  for (let i = from; i < sentenceEnd; i++) if (/[,;]/.test(view[i])) return i;
  return sentenceEnd;
}

/** The stretches of [start, end) set off by `sep` outside quotes, white space and a closing stop trimmed. */
function pieces(view: string, quoted: Uint8Array, start: number, end: number, sep: string): Span[] | null {
  const out: Span[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i < end && (quoted[i] || view[i] !== sep)) continue;
    let a = s;
    let b = i;
    while (a < b && /\s/.test(view[a])) a++;
    while (b > a && /[\s,;。]/.test(view[b - 1])) b--;
    if (b > a) out.push([a, b]);
    else if (i < end) return null;
    s = i + 1;
  }
  return out;
}

/** The leading clauses that open with the same two characters (确保…,确保…), two at least; null otherwise. */
function sameOpening(view: string, clauses: Span[] | null): Span[] | null {
  if (!clauses || clauses.length < 2) return null;
  const lead = view.slice(clauses[0][0], clauses[0][0] + 2);
  if (!/^[\u4e00-\u9fff]{2}$/u.test(lead)) return null;
  let n = 0;
  while (n < clauses.length && view.startsWith(lead, clauses[n][0])) n++;
  return n >= 2 ? clauses.slice(0, n) : null;
}

/** The last part split at its joiner ("…监督检查不到位和…"), both halves phrases; null when it holds none. */
function joined(view: string, parts: Span[]): Span[] | null {
  const [s, e] = parts[parts.length - 1];
  const last = view.slice(s, e);
  JOINER.lastIndex = 0;
  for (let j = JOINER.exec(last); j; j = JOINER.exec(last)) {
    if (j.index < SHORTEST || last.length - j.index - j[0].length < SHORTEST) continue;
    return [...parts.slice(0, -1), [s, s + j.index], [s + j.index + j[0].length, e]];
  }
  return null;
}

/** The ordinals of a marked list opening right after the term at `span` (",一是…二是…三是…"): how many, else 0. */
export function markedCount(view: string, quoted: Uint8Array, span: Span, to: number): number {
  let at = span[1];
  if (/[”」』’"]/.test(view[at] ?? '')) at++;
  if (!/[,:]/.test(view[at] ?? '')) return 0;
  at++;
  while (at < to && /\s/.test(view[at])) at++;
  const line = view.indexOf('\n', at);
  const markers = findMarkers(view, at, Math.min(to, at + 1500, line < 0 ? view.length : line), quoted);
  const head = markers[0];
  if (!head || head.span[0] !== at || head.ordinal !== 1) return 0;
  let n = 0;
  for (const m of markers) if (m.family === head.family && m.ordinal === n + 1) n++;
  return n;
}
