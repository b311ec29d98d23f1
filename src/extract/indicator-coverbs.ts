/**
 * Phrases read before a figure that belong to the predicate, never to what is measured: a coverb naming the agent or
 * the source of the action (专项资金|由县财政安排|200万元, 从省里争取|800万元), a modal glued to the locative of the
 * time before it (年底|前要|完成30个), an adverb of order glued to a verb of one character (先建|10个, 再修|8公里).
 *
 * Example: "专项资金由县财政安排200万元" → 专项资金 (what is funded, the subject before 由; 县财政 pays it); "由县财政安排200万元"
 * → none before the figure (a noun after it may name the money: …200万元资金); "年底前要完成30个" → none. Offsets are
 * UTF-16 code units into the normalized view, 0-based, end-exclusive.
 */
import type { Segmenter } from '../segment/segmenter.js';
import { CLAUSE_END } from './indicator-words.js';
import { before } from './indicator-before.js';

/**
 * 由 naming the agent (由县财政安排, 由市财政承担), not inside a word (自由, 理由, 缘由, 事由, 来由, 经由) nor as 由于/由此/由衷;
 * 从 naming the source (从省里争取), not inside a word (服从, 随从, 自从) nor as 从而/从事/从来/从未/从业/从中/从严/从头/从新,
 * nor before a figure or a time (从2021年…增至: a change, indicator-change.ts).
 */
const COVERB = /(?<![自理缘事来经])由(?![于此衷])|(?<![服随自])从(?![而事来未业中严头新\d零〇一二两三四五六七八九十今去明本上下])/u;

/** How far before the figure (code units) the coverb may stand: its object and the verb, one clause. */
const COVERB_REACH = 20;

/**
 * The phrase `span` read before the figure at `start` holds, or follows right after, a coverb of agent or source: the
 * coverb's object is who acts, never what is measured. The subject written right before the coverb, in the same clause,
 * is (专项资金|由…); with none, null. `undefined` when no coverb stands there.
 */
export function beforeCoverb(view: string, span: [number, number], start: number, segmenter: Segmenter): [number, number] | null | undefined {
  const from = Math.max(0, span[0] - 1, start - COVERB_REACH);
  if (from >= span[1]) return undefined;
  const m = COVERB.exec(view.slice(from, span[1]));
  if (!m) return undefined;
  const at = from + m.index;
  if (at === 0 || CLAUSE_END[view.charCodeAt(at - 1)]) return null;
  const subject = before(view, at, segmenter);
  return subject && subject[1] === at ? subject : null;
}

/** A locative closing a time (年底|前, 三年|内, 月|底) glued to a modal verb (要, 将, 需, 应): 前要, 内要, 底前要 as taggers cut them. */
const LOCATIVE_MODAL = /^[前后内底末]{1,2}(?:要|将|需|应|能|可|须|需要|必须|应当|力争)$/u;

/** Adverbs of order and repetition that a tagger glues to the verb of one character after them (先建, 再修, 又种, 还差). */
const ORDER_ADVERB = /^[先再又还也已都均将仍才就另]/u;

/**
 * The phrase text is words of the predicate, no noun: a locative and a modal (前要), or an adverb of order glued to a verb of
 * one character (先建, 再建, 先修: the tagger's one unknown word; 建 alone is a verb to the dictionary).
 */
export function predicateWords(phrase: string, segmenter: Segmenter): boolean {
  if (LOCATIVE_MODAL.test(phrase)) return true;
  // (先进, 再生, 还原: a word the dictionary knows whole is no adverb and verb glued.)
  if (phrase.length !== 2 || !ORDER_ADVERB.test(phrase) || !segmenter.tagOf || segmenter.tagOf(phrase) !== undefined) return false;
  const tag = segmenter.tagOf(phrase[1]);
  return tag !== undefined && tag[0] === 'v' && tag !== 'vn';
}
