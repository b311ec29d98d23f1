/**
 * Content terms of a text: what similarity and distinctive-term scores count.
 *
 * Example: "加强决策后评估与全过程记录归档" → 决策, 评估, 全过程, 记录, 归档
 * (with jieba): the text is segmented on its normalized view (so Traditional and
 * Simplified spellings meet), then punctuation, numbers, single characters, function
 * words (的, 和, 进一步 …), the genre's opening verbs (加强, 推进, 完善 …) and the `units` the sessions write
 * (万元, 公里, 个百分点: see units.ts; what "300万元" and "450万元" share is the unit, not a subject) are
 * dropped; so are the `figures` the sessions write in words, as Arabic ones are: a token that opens a quantity the parser
 * read (一百二十家, 两年, 一百六十 of 一百六十家, 九成 of 九成二, 百分之九十八 of 百分之九十八点三: see units.ts), and pieces
 * of a word glued to a function word (上的 of 平台上的, 向市 of 向市政务云: fragments.ts, when the segmenter can tell
 * dictionary words). When the segmenter gives no
 * multi-character token at all (a one-token-per-character fallback), overlapping
 * Han bigrams are used instead, so the scores still mean something.
 */
import type { Segmenter } from '../segment/segmenter.js';
import { normalize } from '../source/normalize.js';
import { isFragment } from '../segment/fragments.js';

/** Function words and frame words of the genre that carry no topic. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  '我们', '他们', '这个', '这些', '那些', '一个', '一些', '以及', '并且', '而且', '但是', '因为', '所以', '如果',
  '进一步', '同时', '通过', '进行', '开展', '相关', '有关', '方面', '工作', '问题', '情况', '表示', '指出', '认为',
  '回应', '介绍', '提问', '询问', '目前', '下一步', '今年', '去年', '近年来', '其中', '对于', '关于', '按照', '根据',
  '之一', '一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是', '第一', '第二', '第三', '第四', '第五',
  '首先', '其次', '最后', '如何', '哪些', '什么', '怎么', '怎样', '是否', '已经', '正在', '将会', '能够', '可以', '需要',
  // The action verbs every answer of the genre opens its measures with: they say that something
  // will be done, not what, so they would make any two measures look alike.
  '加强', '推进', '推动', '完善', '健全', '持续', '深化', '提升', '提高', '落实', '强化', '加大', '坚持', '开展', '做好', '抓好',
]);

const HAN = /\p{Script=Han}/u;
const CONTENT = /^[\p{Script=Han}\p{L}][\p{Script=Han}\p{L}\p{N}+-]*$/u;

const NO_UNITS: ReadonlySet<string> = new Set();

/** The content terms of `text`, in reading order, repeats kept (they are counts). */
export function contentTerms(text: string, segmenter: Segmenter, units: ReadonlySet<string> = NO_UNITS, figures: ReadonlySet<string> = NO_UNITS): string[] {
  const view = normalize(text);
  const tokens = segmenter.cut(view).map((t) => t.text);
  if (!tokens.some((t) => [...t].length >= 2 && HAN.test(t))) return hanBigrams(view).filter((t) => !units.has(t));
  const tagOf = segmenter.tagOf?.bind(segmenter);
  const none: ReadonlySet<string> = new Set();
  const figure = (t: string) => [...figures].some((f) => f.startsWith(t));
  return tokens.filter((t, i) => isContent(t) && !units.has(t) && !figure(t) && !(tagOf && isFragment(tokens, i, tagOf, none)));
}

export function isContent(token: string): boolean {
  return [...token].length >= 2 && CONTENT.test(token) && !STOPWORDS.has(token);
}

/** Overlapping bigrams inside runs of Han characters ("依法决策" → 依法, 法决, 决策). */
export function hanBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) {
      const bigram = chars[i] + chars[i + 1];
      if (!STOPWORDS.has(bigram)) out.push(bigram);
    }
  }
  return out;
}
