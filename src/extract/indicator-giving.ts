/**
 * Figures of money or counts given or paid: what the figure is given as, never the giver, the recipient or the act.
 *
 * Example: "对困难群众给予500元救助" → 救助 (the noun after the figure, not 困难群众给予); "县财政拨付30万元补助。" →
 * 补助; "按照每亩每年不低于20元的标准落实管护资金" → 管护资金 (a standard set by the figure, then applied). Offsets are
 * UTF-16 code units into the normalized view, 0-based, end-exclusive.
 */
import type { Segmenter } from '../segment/segmenter.js';
import { isNominal } from './indicator-words.js';
import { after } from './indicator-after.js';

/** 的标准 (补助标准) and a verb applying it after a figure of money (…20元的标准落实管护资金). */
const STANDARD_AFTER = /^的(?:补助|补贴|资助|奖补)?标准(?:落实|安排|拨付|发放|给予|下达|筹集|兑现|配套|保障|核定|补助|补贴)/u;

/**
 * Verbs of giving and paying: what the figure is given as, never what it measures (对困难群众给予|500元救助,
 * 向企业发放|200万元奖励资金, 县财政拨付|30万元); 转移支付 (a transfer payment) is a noun, its 支付 no verb.
 */
const GIVING_VERBS = '(?:给予|发放|安排|拨付|下达|(?<!转移)支付|划拨|兑付|兑现|发给)';
const GIVING = new RegExp(`${GIVING_VERBS}$`, 'u');
/** Nouns of payment that are verbs too: a verb only after the recipient a coverb names (对企业奖励|50万元, 向农户补贴|200元). */
const PAYING = /(?:奖励|补贴|补助|奖补|资助)$/u;
/** A word of payment alone after the figure, closing its clause (30万元|补助。). */
const PAID_AFTER = /^(?:奖励|补贴|补助|奖补|资助|救助)(?=[,。;:!?\n]|$)/u;
/**
 * A coverb naming a recipient (对, 向, 给) and the recipient's modifiers, in the clause before the phrase. Not 为: it
 * closes verbs more often than it names a recipient (调整为|基础补贴5万元: 补贴 is the noun).
 */
const RECIPIENT = /[对向给][^,。;:!?、\n]{0,12}$/u;
/** A verb of giving anywhere in a stretch of text (给予一次性|交通补助: 补助 is then the noun given). */
const GIVING_IN = new RegExp(GIVING_VERBS, 'u');

/** The recipient of the payment is named before `at` (对|考核优秀的服务站|奖励), and no other verb gives to it. */
function recipientBefore(view: string, at: number): boolean {
  const m = RECIPIENT.exec(view.slice(Math.max(0, at - 13), at));
  return m !== null && !GIVING_IN.test(m[0]);
}

/**
 * An indicator read before a money or count figure that ends on a verb of giving or paying names the giver or
 * recipient and the act (困难群众给予), not what is measured: the noun written after the figure in its clause
 * (500元|救助, 每餐3元|补贴, 200万元|奖励资金) is the indicator; else the phrase without the verb, or none.
 * `end` is the figure's end (UTF-16, end-exclusive).
 */
export function withoutGiving(view: string, span: [number, number], end: number, segmenter: Segmenter): [number, number] | null {
  const phrase = view.slice(span[0], span[1]);
  // 奖励/补贴/补助 are verbs only after the recipient the coverb names, right before them (对|服务站奖励); alone they are the
  // noun given (给予一次性|奖补6000元).
  const giving = GIVING.exec(phrase) ?? (phrase.length > 2 && recipientBefore(view, span[0]) ? PAYING.exec(phrase) : null);
  if (!giving) return span;
  // 500元|的|生活补贴: the figure modifies the noun through 的.
  const noun = after(view, view[end] === '的' ? end + 1 : end, segmenter);
  if (noun) return noun;
  // 30万元|补助。: the word of payment closing the clause is the noun paid, though taggers call 补助 a verb.
  const paid = PAID_AFTER.exec(view.slice(end, end + 3));
  if (paid) return [end, end + paid[0].length];
  const cut = span[0] + giving.index;
  if (cut <= span[0]) return null;
  const rest = segmenter.tag(view.slice(span[0], cut));
  return rest.some(isNominal) ? [span[0], cut] : null;
}

/**
 * 按照每亩每年不低于20元|的标准落实|管护资金: a standard set by the money figure ending at `end` and then applied names what
 * it measures after the verb applying it; the phrase there, or null.
 */
export function appliedStandard(view: string, end: number, segmenter: Segmenter): [number, number] | null {
  const m = STANDARD_AFTER.exec(view.slice(end, end + 12));
  const applied = m ? after(view, end + m[0].length, segmenter) : null;
  // (…的标准给予|运营|补助: the word of payment closing the phrase is the noun paid, though taggers call it a verb.)
  const paid = applied ? PAID_AFTER.exec(view.slice(applied[1], applied[1] + 3)) : null;
  if (applied && applied[0] === end + m![0].length) return paid ? [applied[0], applied[1] + paid[0].length] : applied;
  return null;
}
