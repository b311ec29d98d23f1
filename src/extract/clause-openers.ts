/**
 * Words that open the clause before a figure without belonging to its noun phrase, which taggers glue to the phrase or
 * leave in it: a locative closing a clause of time glued to an unknown word (建成|后展/x|陈|面积), a conjunction of
 * contrast glued the same way (但县/x|博物馆), and a coverb of place with its 、-list of places and the verb after them
 * (在金寨、霍山两县|发展|林下中药材种植2万亩 → 林下中药材种植).
 *
 * Example: "但涉老诈骗案件86件" → 涉老诈骗案件 (但 links the clause to the one before); "建成后展陈面积2000平方米" → 展陈面积.
 */
import type { Token } from '../segment/segmenter.js';
import { CLAUSE_END, PLACE_END, isArea, isNominal, isPunct, isVerb } from './indicator-words.js';

/** Drops those openers from `kept`, the phrase walked (tokens of `tokens`, offsets from `from`), in place. */
export function dropClauseOpeners(view: string, from: number, tokens: Token[], kept: Token[]): void {
  // 在金寨、霍山两县|发展|林下中药材种植2万亩: after a coverb of place opening the clause, the walk stopped at a 、 of the
  // places listed; the last place and the verb after it are the coverb's object and the predicate, the phrase is the verb's object.
  if (kept.length > 2 && view[from - 1] === '、' && placeListBefore(view, from)) {
    // (发展/vn after the places, 霍山|两县|发展: a verbal noun right after a place is the predicate's verb all the same)
    const verb = kept.findIndex((t, j) => j > 0 && j < kept.length - 1 && (t.tag === 'v' || (t.tag === 'vn' && PLACE_END.test(kept[j - 1].text))));
    if (verb > 0 && kept.slice(verb + 1).some(isNominal)) kept.splice(0, verb + 1);
  }
  // 建成|后展/x|陈|面积: a verb and 后/前 close a clause of time (after it is built); taggers glue the locative to an unknown
  // word after it. The phrase starts after the locative.
  // 但县/x|博物馆, 但涉/x|老|诈骗案件: so is a conjunction opening the clause glued to the unknown word after it; it links the
  // clause to the one before and is no part of what is measured.
  const first = kept.length > 1 ? tokens.indexOf(kept[0]) : -1;
  if (first >= 0 && kept[0].tag === 'x' && kept[0].text.length === 2 && ((first > 0 && TIME_LOCATIVE.test(kept[0].text) && isVerb(tokens[first - 1]) && tokens[first - 1].span[1] === kept[0].span[0])
    || (GLUED_CONJUNCTION.test(kept[0].text) && tokens.slice(0, first).every((t) => isPunct(t.text) || t.tag === 't' || isArea(t.text))))) {
    kept[0] = { text: kept[0].text.slice(1), span: [kept[0].span[0] + 1, kept[0].span[1]], tag: 'x' };
  }
}

/** A conjunction or adverb of contrast opening an unknown word at the clause start (但县, 但涉, 而该): no word of a noun phrase. */
const GLUED_CONJUNCTION = /^[但而却][\u4e00-\u9fff]$/u;

/** A clause opened by a coverb of place (在, 于) and a 、-list of places reaching `at` (在淠河、史河、|杭埠河…). */
function placeListBefore(view: string, at: number): boolean {
  let k = at - 1;
  while (k > 0 && !CLAUSE_END[view.charCodeAt(k - 1)]) k--;
  return /^[在于][^、]{1,8}、/u.test(view.slice(k, at));
}

/** 后 or 前 opening an unknown word (后展): the locative closing a clause of time before it (建成后). */
const TIME_LOCATIVE = /^[后前][\u4e00-\u9fff]$/u;
