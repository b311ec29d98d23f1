/**
 * Idioms with a numeral that count nothing: “九龙治水” (many agencies, nobody in charge), “五花八门”, “四面八方”, 千方百计.
 *
 * Example: "存在“九龙治水”的问题" — the quotation has the shape of a formulation (numeral + noun + verb + noun, as “五水共治”
 * and “三医联动” have), and "不能五花八门各搞一套" holds 八门 as a count would: no grammar tells the idiom from the policy or
 * the figure. The lexicon dict/numeral-idioms.utf8 does; it joins the set phrases of quantity-guards.ts, which keep
 * numerals inside them out of the quantities and quoted terms holding them out of the formulations (formulation-terms.ts).
 */
import { readFileSync } from 'node:fs';

let idioms: readonly string[] | null = null;

/** dict/numeral-idioms.utf8, read once (one idiom a line, # comments). */
export function numeralIdioms(): readonly string[] {
  if (idioms) return idioms;
  let raw = '';
  try {
    raw = readFileSync(new URL('../../dict/numeral-idioms.utf8', import.meta.url), 'utf8');
  } catch {
    raw = ''; // a package without the list reads every term by grammar alone
  }
  return (idioms = raw.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

/** True when `term` is an idiom of the list. */
export function isNumeralIdiom(term: string): boolean {
  return numeralIdioms().includes(term);
}
