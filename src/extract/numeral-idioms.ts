/**
 * Idioms with a numeral that count nothing: “九龙治水” (many agencies, nobody in charge), “五花八门”, “四面八方”, 千方百计.
 *
 * Example: "存在“九龙治水”的问题" — the quotation has the shape of a formulation (numeral + noun + verb + noun, as “五水共治”
 * and “三医联动” have), and "不能五花八门各搞一套" holds 八门 as a count would: no grammar tells the idiom from the policy or
 * the figure. The lexicon dict/numeral-idioms.utf8 does (read by lexicon.ts); it joins the set phrases of
 * quantity-guards.ts, which keep numerals inside them out of the quantities and quoted terms holding them out of the
 * formulations (formulation-terms.ts).
 */
import { dictList } from './lexicon.js';

let idioms: readonly string[] | null = null;

/** dict/numeral-idioms.utf8, read once. */
export function numeralIdioms(): readonly string[] {
  return (idioms ??= dictList('numeral-idioms.utf8'));
}

/** True when `term` is an idiom of the list. */
export function isNumeralIdiom(term: string): boolean {
  return numeralIdioms().includes(term);
}
