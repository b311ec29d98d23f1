/**
 * The lexicon of numbered formulations, dict/formulations.utf8 ("八项规定<TAB>8", "一老一小"): terms found
 * whether quoted or not, which the grammar alone would miss or refuse (八项规定 is unquoted, 一老一小 holds 一).
 *
 * Example: "全面落实八项规定要求" finds 八项规定, number 8, span [4, 8). The file is read once, on first
 * use, and indexed by the first code unit of its terms. Offsets: UTF-16, 0-based, [start, end), into the view.
 */
import { readFileSync } from 'node:fs';
import type { Span } from '../model/span.js';
import type { TextPair } from '../structure/types.js';
import { formulationNumber } from './formulation-terms.js';

/** One formulation found: `term` is the part after the head of a quoted one (满意度 of “两个满意度”), for its back-references. */
export interface Found { text: string; number: number | null; span: Span; term: string | null }

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

/**
 * The number the lexicon gives `term`, or null when it lists none: a quoted term takes it before the
 * grammar's reading ("一岗双责" is one post's two duties, 2, where the numerals would add up to 3).
 */
export function lexiconNumber(term: string): number | null {
  return loadLexicon().get(term) ?? null;
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
export function lexiconFinds(pair: TextPair, from: number, to: number, found: Found[]): void {
  const { entries, scan } = lexiconIndex();
  const view = pair.view;
  let nextFree: Map<string, number> | null = null; // per term: where its next occurrence may start
  // (Scanned in [from, to) only: over the whole view the last test ran on to the next first character past `to`,
  // as far as the document's end for each answer of a line of megabytes. A term of two or more code units ends
  // by `to`, so its lookahead at k + 1 stays inside too.)
  const part = view.slice(from, to);
  scan.lastIndex = 0;
  while (scan.test(part)) { // test, not exec: no match array; lastIndex is just past the first code unit
    const k = from + scan.lastIndex - 1;
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
