/**
 * A promise reversed: one side stops, suspends or withdraws what the other promised, so the two
 * share their words but are no repeat.
 *
 * Example: A "新增移动排涝泵车12台" / B "不再新增移动排涝泵车"; A "推进城西片区截污纳管改造" / B
 * "暂缓实施城西片区截污纳管改造". The rule is grammar: a halt word (negator or halt verb: 不再, 停止,
 * 取消, 暂停, 暂缓, 不予, 退出, 终止, 中止, 叫停, 撤销, 放弃) heads a clause — nothing but a subject,
 * a time word or an adverb before it ("我们将暂停…", "今年起不再…") — and what it governs, the rest
 * of the clause, shares terms with the other measure, that clause being the one of its measure that
 * shares the most with it; and the other measure halts none of that. A halt word inside a noun
 * (建立低效企业退出机制) or after the object (对未取证人员不予补贴) heads nothing. A clause that halts
 * something else beside a repeated headline ("推进证明事项告知承诺制，取消重复证明材料" against
 * "推进证明事项告知承诺制") is no reversal: the headline shares more.
 * Offsets are UTF-16 code units into the measure text, 0-based.
 */
import { normalize } from '../source/normalize.js';
import { clauses, type Clause } from './clauses.js';
import { greatest } from '../model/append.js';

const HALT = /不再|停止|取消|暂停|暂缓|不予|退出|终止|中止|叫停|撤销|放弃/gu;
/** What may stand before a halt word at the head of its clause: a subject, a time word, an adverb. */
const LEAD = /^(?:我们|我[市县区局委办厅]|本[市县区局]|[市县区]政府|市里|县里)?(?:[将已拟再均也还并要须]|已经|决定|研究决定|[今明本]年起?|[上下]半年|年内|今后|目前|暂时|一律|全部|全面|逐步|原则上|即日起|[从自][^,，;；]{0,8}起)*$/u;

export interface Halt {
  /** The halt word as written. */
  text: string;
  /** Offset of the halt word in the measure text. */
  offset: number;
  /** The clause it heads. */
  clause: Clause;
  /** What it governs: the rest of the clause. */
  governed: string;
}

/** The halt words of `text` that head their clause. */
export function halts(text: string): Halt[] {
  const view = normalize(text);
  const out: Halt[] = [];
  for (const clause of clauses(view)) {
    for (const m of clause.text.matchAll(HALT)) {
      if (!LEAD.test(clause.text.slice(0, m.index))) continue;
      const offset = clause.offset + m.index!;
      out.push({ text: text.slice(offset, offset + m[0].length), offset, clause: { text: text.slice(clause.offset, clause.offset + clause.text.length), offset: clause.offset }, governed: text.slice(offset + m[0].length, clause.offset + clause.text.length) });
      break;
    }
  }
  return out;
}

/**
 * The halt of `x` that reverses `y`, or null. `termsOf` gives the stemmed terms of a stretch of
 * text (the same terms the pair was scored on).
 */
export function reverses(x: string, y: string, termsOf: (text: string) => string[]): Halt | null {
  const hx = halts(x);
  if (!hx.length) return null;
  const ys = new Set(termsOf(y));
  const shared = (text: string) => new Set(termsOf(text).filter((t) => ys.has(t))).size;
  const best = greatest(clauses(x).map((c) => shared(c.text)));
  const haltedInY = halts(y).flatMap((h) => termsOf(h.governed));
  for (const h of hx) {
    const governed = termsOf(h.governed);
    if (!governed.some((t) => ys.has(t)) || shared(h.clause.text) < best) continue;
    if (haltedInY.some((t) => governed.includes(t))) continue;
    return h;
  }
  return null;
}
