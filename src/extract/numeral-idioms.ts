/**
 * Idioms with a numeral that name no set of parts: “九龙治水” (many agencies, nobody in charge), “五花八门”, “四面八方”.
 *
 * Example: "存在“九龙治水”的问题" — the quotation has the shape of a formulation (numeral + noun + verb + noun, as “五水共治”
 * and “三医联动” have), and no grammar of the term tells the idiom from the policy: the lexicon dict/numeral-idioms.utf8
 * does, read once on first use. The grammar of formulations asks it first (formulation-terms.ts).
 */
import { readFileSync } from 'node:fs';

let idioms: ReadonlySet<string> | null = null;

/** dict/numeral-idioms.utf8, read once on first use (one idiom a line, # comments). */
function loadIdioms(): ReadonlySet<string> {
  if (idioms) return idioms;
  let raw = '';
  try {
    raw = readFileSync(new URL('../../dict/numeral-idioms.utf8', import.meta.url), 'utf8');
  } catch {
    raw = ''; // a package without the list reads every term by grammar, as before
  }
  return (idioms = new Set(raw.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))));
}

/** True when `term` is an idiom of the list: a numeral in it counts nothing. */
export function isNumeralIdiom(term: string): boolean {
  return loadIdioms().has(term);
}
