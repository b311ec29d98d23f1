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

/** Locatives that close a time word into a deadline or a period (年底|前, 月底|以前, 三年|内). */
const TIME_LOCATIVE = new Set(['前', '以前', '之前', '内', '以内', '之内']);

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
  // 备案率|年底|前|达到100%: a locative closing a time word dates the predicate as the time word does (年底前, 月底前), when
  // the words after it are passed over too (年底|前|的|目标: no gap, a phrase).
  if (TIME_LOCATIVE.has(t.text)) return k > 0 && tokens[k - 1].tag === 't' && tokens[k - 1].span[1] === t.span[0] && k + 1 < tokens.length && (passed(tokens[k + 1], k + 1) || gapWord(tokens, k + 1, passed));
  // 备案率|6|月底|前|达到: the digits of a date glued before its time word are that time's (taggers cut 6|月底, 2025|年底).
  if (/^\d{1,4}$/.test(t.text)) return k + 1 < tokens.length && tokens[k + 1].tag === 't' && tokens[k + 1].span[0] === t.span[1] && /^[年月日]/u.test(tokens[k + 1].text) && (k + 2 === tokens.length || passed(tokens[k + 2], k + 2) || gapWord(tokens, k + 2, passed));
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
