/**
 * Words written between a subject and the verb that links it to its figure, which the walk back from the figure passes
 * over: conjunctions and adverbs of concession (虽然, 却, 但), the aspect particle 了 after that verb, and a modal before
 * it (要, 应, 须).
 *
 * Example: "家庭医生签约率虽然达到了43.6%" → 家庭医生签约率 (了, 达到, 虽然 passed over); "养老机构床位空置率却接近四成" →
 * 养老机构床位空置率; "优良天数比例要达到85%" → 优良天数比例. Not a modal that is the predicate itself (还需要|资金3亿元:
 * no linking verb after it, so 资金 is the noun measured).
 */
import type { Token } from '../segment/segmenter.js';
import { between } from './indicator-words.js';

/** Conjunctions and adverbs of concession or contrast between subject and verb (签约率|虽然|达到, 空置率|却|接近). */
const CONCESSION = new Set(['虽然', '虽', '虽说', '尽管', '却', '但', '但是', '倒', '则']);

/** Modals before a linking verb (比例|要|达到, 标准|应|不低于): the predicate's, never the noun's. */
const MODAL = new Set(['要', '应', '应当', '应该', '需', '需要', '须', '必须', '可', '能', '可以', '能够', '力争']);

/**
 * `tokens[k]` stands between the subject and its figure when the words after it up to the figure (from k + 1) are all
 * passed over too (`passed`: the walk's own test of a linking word): a word of concession; 了 right after a verb; a
 * modal right before a word passed over.
 */
export function gapWord(tokens: Token[], k: number, passed: (t: Token, k: number) => boolean): boolean {
  const t = tokens[k];
  if (CONCESSION.has(t.text)) return true;
  // 达到|了, 下降|了: only after a verb that links its figure (推行|了|两年: the verb is the predicate, the figure its time).
  if (t.text === '了') return k > 0 && tokens[k - 1].span[1] === t.span[0] && (passed(tokens[k - 1], k - 1) || HOLD.has(tokens[k - 1].text));
  // 浓度|反弹|5%, 比例|维持|在: a verb of change or hold right before the figure (or its 在/到) links it like 提高.
  if (HOLD.has(t.text)) return k + 1 === tokens.length || passed(tokens[k + 1], k + 1);
  return MODAL.has(t.text) && k + 1 < tokens.length && (passed(tokens[k + 1], k + 1) || between(tokens[k + 1]) || HOLD.has(tokens[k + 1].text));
}

/**
 * Verbs of change or hold that taggers leave out of the linking words (反弹, 回升, 维持): before a figure they link it;
 * elsewhere they may modify a noun (5个反弹水体), so they are read only here, right before the figure.
 */
const HOLD = new Set(['反弹', '回升', '回落', '维持', '反弹到', '回升到', '回升至']);
