/**
 * The holder of a share or a progress written before its figure: everything its clause says before 占比 or 进度, a
 * nominalised verb included (补助, 支出, 调换 are verbs to taggers but name what is shared here).
 *
 * Example: "中央和省级补助占比约45%" → 中央和省级补助占比; "选择产权调换的占比为47.3%" → 选择产权调换的占比;
 * "项目资金支出进度为92.5%" → 项目资金支出进度. A clause that is only the head (",占比80.4%") has no holder of its
 * own: the subject of the clause before is read there (indicator-shares.ts). Offsets are UTF-16 code units into the
 * normalized view, spans end-exclusive.
 */
import type { Segmenter } from '../segment/segmenter.js';
import { CLAUSE_END, MAX_LENGTH, NEVER, SCOPE, isArea, isLocative, isMarker, isPunct, isNumeric } from './indicator-words.js';

/**
 * The head of a share or of the progress of spending (占比, 进度) and the linking words between it and the figure
 * (为, 约为, 达到, 达, 是). 比重 and 比例 are nouns taggers read, 占比 is cut 占|比 and 进度 read as an adverb.
 */
const LINK = '(?:[已仍还也]?(?:达到|达|为|约为|是))?';
const HEAD = new RegExp(`(占比|进度)${LINK}$`, 'u');
/** 进度 alone closing the words before a figure (支出进度为, 工程进度达到): the progress of spending, whose holder `shareHolder` reads. */
export const PROGRESS_HEAD = new RegExp(`进度${LINK}$`, 'u');

/**
 * A share of a whole written X占Y的 before its figure (涉老诈骗案件仍占发案总数的21%, 老年人口已占总人口的五分之一): an adverb
 * may stand before 占 (仍, 已, 约, 仅 …), the whole Y closes on 的. Not a verb in 占 (占用, 占地, 占有, 侵占, 霸占) nor 占比.
 */
const SHARE_OF_WHOLE = /(?:[仍已约仅只共还也都均]|分别)*(?<![侵霸抢挤强攻独])占(?![用地有领据道比])[^\d,。;:!?()“”、的]{1,16}的$/u;

/**
 * Where the holder X of a share of a whole ends in \`clause\` (the words before the figure in its clause), or -1 when the
 * clause is no X占Y的 or has no X (占全县总人口的3%: the share of the subject before, indicator-shares.ts). The figure measures
 * X's share, never the whole Y, which is only its denominator.
 */
export function wholeShareHolderEnd(clause: string): number {
  const m = SHARE_OF_WHOLE.exec(clause);
  return m && m.index > 0 ? m.index : -1;
}

/**
 * Words that open a clause before its holder: scope (其中, 全市), time (今年, 年底|前), a list marker (一是), intention (确保,
 * 力争: indicator-words.ts's NEVER).
 */
const OPENERS = new Set(['其中', '目前', '当前', '现在', '今年', '去年', '截至目前', '总体上', '总体看']);

/**
 * The holder and head of a share or progress ending right before the figure at `pos` (`at`, the head's start in the
 * clause, is where 占比/进度 begins), or null: the head alone in its clause, or a holder of no Han word, or a phrase
 * longer than an indicator is (a clause, not a noun phrase).
 */
export function shareHolder(view: string, pos: number, segmenter: Segmenter): [number, number] | null {
  let from = pos;
  while (from > 0 && pos - from < 2 * MAX_LENGTH && !CLAUSE_END[view.charCodeAt(from - 1)] && view.charCodeAt(from - 1) !== 0x3001 /* 、 */) from--;
  // (一是加快改造进度,|年内…: a head closing the clause before a figure's is no share of that figure.)
  if (pos >= view.length || CLAUSE_END[view.charCodeAt(pos)]) return null;
  const m = HEAD.exec(view.slice(from, pos));
  if (!m) return null;
  const at = from + m.index;
  const end = at + m[1].length;
  const tokens = segmenter.tag(view.slice(from, at));
  let k = 0;
  // 其中|民生支出, 全市|补助: the scope, time or list marker opening the clause is no part of what is shared.
  while (k < tokens.length && (OPENERS.has(tokens[k].text) || NEVER.has(tokens[k].text) || isLocative(tokens[k].text) || SCOPE.has(tokens[k].text) || isArea(tokens[k].text) || isMarker(tokens[k].text) || tokens[k].tag === 't' || tokens[k].tag === 'c' || isPunct(tokens[k].text))) k++;
  const rest = tokens.slice(k);
  // A figure in the holder (民生支出33.51亿元占比) is a clause of its own: the phrase is read by the general walk.
  if (!rest.length || rest.some(isNumeric) || !/[\u4e00-\u9fff]/u.test(rest.map((t) => t.text).join(''))) return null;
  const start = from + rest[0].span[0];
  return end - start <= MAX_LENGTH ? [start, end] : null;
}
