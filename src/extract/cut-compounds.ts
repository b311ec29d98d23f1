/**
 * Compounds the tagger cut, mended while the indicator walk reads back from a figure: a one-character head noun it
 * read as a numeral or measure word (起降|点/m, 充电|桩/q, 燃气管|道/q), a period noun glued after a verb (报销|周期/t),
 * a character cut off the word the next token opens (越|冬候鸟); and the tests on the characters around a token that
 * tell a figure's unit from a word's first character (a numeral right before it, a Latin code, digits only).
 *
 * Example: "新建充电桩1200个" → 充电桩 (桩/q after the verb 充电 is the compound's head, no measure word); "燃气管道281公里"
 * → 燃气管道 (道 closes 管道 with the noun before it). Offsets are UTF-16 code units into the normalized view.
 */
import type { Segmenter, Token } from '../segment/segmenter.js';
import { COMPARE } from './comparison-base.js';
import { NEVER, PREDICATE_VERBS, ends, isArea, isVerb } from './indicator-words.js';

/** A figure's numeral (and 个) right before a word: that word is the figure's unit (/[\d零〇两三四五六七八九十百千万亿][个名项]?$/). */
export const FIGURE_DIGIT = new Uint8Array(0x10000);
for (const c of '0123456789零〇两三四五六七八九十百千万亿') FIGURE_DIGIT[c.charCodeAt(0)] = 1;

/** A round magnitude and its measure word, written as a word (千吨, 万人, 百亿): no digits, no other numeral. */
export const ROUND_MAGNITUDE = /^[百千万亿][\u4e00-\u9fff]$/u;

/** A numeral, or a numeral and 个/名/项, right before `pos` (read by code unit: this runs for every token walked over). */
export function figureBefore(view: string, pos: number): boolean {
  if (pos <= 0) return false;
  const last = view.charCodeAt(pos - 1);
  if (FIGURE_DIGIT[last]) return true;
  return pos >= 2 && (last === 0x4e2a || last === 0x540d || last === 0x9879) && FIGURE_DIGIT[view.charCodeAt(pos - 2)] === 1; // 个 名 项
}

/** The digits right before `pos` close a Latin code (PM2.5, PM10, COD): no figure, so the word after is no unit of it. */
export function latinCodeBefore(view: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && /[\d.]/.test(view[k])) k--;
  return k >= 0 && k < pos - 1 && /[A-Za-z]/.test(view[k]);
}

/** The word opens with a Latin letter (/^[A-Za-z]/): 5G, PM2.5. */
export function latinFirst(word: string): boolean {
  const c = word.charCodeAt(0) | 0x20; // A-Z folded onto a-z; nothing else lands there
  return c >= 0x61 && c <= 0x7a;
}

/** A token ending in a letter or digit (5G, A, V2X), which a hyphen after it joins to the next. */
export const ALNUM_END = /[A-Za-z0-9]$/;

/** The token `k` is a one-character head noun after a verb (起降|点, 充电|桩), tagged as a numeral or measure word. */
export function headAfterVerb(view: string, from: number, tokens: Token[], k: number): boolean {
  return k > 0 && verbHead(tokens.slice(k - 1, k), tokens[k]) && !figureBefore(view, from + tokens[k - 1].span[0]);
}

/**
 * `t`, one character tagged as a numeral or measure word (no numeral), glued after the last of `words`, a verb of two
 * characters opening no predicate: the head noun of one compound (充电|桩, 充电|口, 停车|位, 起降|点).
 */
export function verbHead(words: Token[], t: Token): boolean {
  const v = words[words.length - 1];
  return !!v && t.text.length === 1 && (t.tag === 'm' || t.tag === 'q') && !FIGURE_DIGIT[t.text.charCodeAt(0)]
    && v.span[1] === t.span[0] && v.text.length === 2 && isVerb(v) && !PREDICATE_VERBS.has(v.text);
}

/**
 * The token `k` is a one-character head noun (点/m) after a predicate verb (收集) that is itself glued after a noun or a verb
 * of the compound's own (粪污|收集|点, 集中|收集|点), not after a predicate verb or an adverb.
 */
export function inCompound(view: string, from: number, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (k < 2 || t.text.length !== 1 || !(t.tag === 'm' || t.tag === 'q') || FIGURE_DIGIT[t.text.charCodeAt(0)]) return false;
  const v = tokens[k - 1];
  const w = tokens[k - 2];
  if (v.span[1] !== t.span[0] || w.span[1] !== v.span[0] || v.text.length !== 2 || !isVerb(v) || !PREDICATE_VERBS.has(v.text)) return false;
  return (w.tag?.[0] === 'n' || (isVerb(w) && !PREDICATE_VERBS.has(w.text))) && w.text.length >= 2 && !figureBefore(view, from + w.span[0]);
}

/** The token `k`, one character tagged as a numeral or measure word, and the last character of the noun before it make a noun. */
export function closesNoun(view: string, from: number, tokens: Token[], k: number, segmenter: Segmenter): boolean {
  const t = tokens[k];
  if (k === 0 || t.text.length !== 1 || !(t.tag === 'm' || t.tag === 'q') || FIGURE_DIGIT[t.text.charCodeAt(0)] || !segmenter.tagOf) return false;
  const n = tokens[k - 1];
  if (n.span[1] !== t.span[0] || n.text.length < 2 || n.tag?.[0] !== 'n' || figureBefore(view, from + n.span[0])) return false;
  return segmenter.tagOf(n.text[n.text.length - 1] + t.text)?.[0] === 'n';
}

/** The token `k` is a word of period (周期, 工期; taggers say t) glued after a verb: a noun of measure (报销|周期). */
export function periodNoun(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t.tag === 't' && t.text.length === 2 && t.text.endsWith('期') && k > 0 && isVerb(tokens[k - 1]) && tokens[k - 1].span[1] === t.span[0];
}

/** The word is digits only (/^\d+$/). */
export function allDigits(word: string): boolean {
  if (!word) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * 越|冬候鸟: a character the tagger cut off a word that the phrase's first token completes — the character and the token's
 * first character are a word of the dictionary (越冬), the token's rest is one too (候鸟) — is that word's first character,
 * no adverb or verb before the phrase. Only with a dictionary that tags both (small fakes have none).
 */
export function cutAcross(segmenter: Segmenter, t: Token, next: Token): boolean {
  // (an adverb may be a word's first character, 越|冬; a locative, preposition or particle is none: 公交车|中|新能源)
  if (t.text.length !== 1 || next.text.length < 3 || t.span[1] !== next.span[0] || !segmenter.tagOf || NEVER.has(t.text) || COMPARE[t.text.charCodeAt(0)] || (ends(t.tag) && t.tag !== 'd')) return false;
  const word = segmenter.tagOf(t.text + next.text[0]);
  // 全|年发电量: a time, numeral or place word so formed (全年/m) is the scope of the sentence, left to SPLIT_TIME.
  return !!word && !NOT_CUT_ACROSS.includes(word[0]) && !isArea(t.text + next.text[0]) && !!segmenter.tagOf(next.text.slice(1));
}
/** First letters of the tags of words that are no part of a noun phrase: time, numeral, measure, pronoun, place, function words. */
const NOT_CUT_ACROSS = 'tmqrfpcuy';

/** A Han character (CJK Unified Ideographs), by code unit. */
export const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
