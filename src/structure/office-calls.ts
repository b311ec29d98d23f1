/**
 * The chair calling an office to answer a member's question: "主持人赵德明：请市医保局回答王洪涛委员的第二个问题。"
 *
 * The call names the office before the member (请 + office + 回答/答复/作答/回应) and the member's question after it (委员/
 * 代表 + 的 + which question: 第二个问题, 这个问题, 关于药价的问题, 提问). It opens the member's next exchange, as
 * "请王洪涛委员提问" does, and the office it names is that question's addressee, whatever the member's words say.
 * Not the possessive alone ("王委员的提问很尖锐"), nor a call on a person to answer ("请王局长回答王委员的问题": a
 * person is no addressee; the responder's call is read apart), nor an office the member's question was put to before.
 * The chair's call may also name the asker first and the offices after, in one sentence: "第二个问题由县人大代表潘某提出,
 * 请县自然资源局和县商务局回答。", "请潘某代表提问,请县商务局回答。" (`dispatchedOffices`): the offices are the addressees of
 * the question called for, and the sentence stays the chair's.
 * Offsets are UTF-16 code units into the view, [start, end).
 */
import type { Span } from '../model/span.js';
import { findAddressees } from './addressees.js';

/** Before the member: 请 (or 由) and the office, then a verb of answering. */
const CALL_BEFORE = /(?:请|由)[^。,;:?!请\n]{2,30}?(?:回答|答复|作答|回应)\s*$/u;
/** After the member: the member's question, by its number, a demonstrative or its subject. */
const QUESTION_AFTER = /^\s*(?:同志)?(?:的|提出的|关于[^。,;:?!\n]{1,16}?的)(?:第[一二三四五六七八九十\d]{1,2}个|这个|这一|这些|上述|刚才的)?[^。,;:?!\n]{0,16}?(?:问题|提问|询问)/u;

/**
 * The span of the office(s) the chair calls on to answer, when the member's mention at `[ms, …)` (with `after`, the
 * view after it) closes such a call opening at `sentence`; else null.
 */
export function officeCall(view: string, sentence: number, ms: number, after: string): Span | null {
  if (!QUESTION_AFTER.test(after)) return null;
  const call = CALL_BEFORE.exec(view.slice(sentence, ms));
  if (!call) return null;
  const offices = findAddressees(view, view, [sentence + call.index, ms]);
  if (!offices.length) return null;
  return [offices[0].span[0], offices[offices.length - 1].span[1]];
}

/** After the call on the asker, in its sentence: a call on the office(s) to answer, ",请县商务局和县财政局(分别)回答". */
const DISPATCH_AFTER = /^[^。;?!\n]*?[,，]\s*(?:并)?(?=[请由][^。,;:?!请\n]{2,40}?(?:分别|共同|一并)?(?:回答|答复|作答|回应))/u;
/** The call on the office(s) itself, from its 请 to its verb. */
const DISPATCH = /^[请由][^。,;:?!请\n]{2,40}?(?:分别|共同|一并)?(?:回答|答复|作答|回应)/u;

/**
 * The span of the office(s) the chair's call at `[…, callEnd)` dispatches the question to, later in the same
 * sentence ending at `end` ("请潘某代表提问,请县商务局回答。"); null when it names none (a person: "请王局长回答").
 */
export function dispatchedOffices(view: string, callEnd: number, end: number): Span | null {
  const lead = DISPATCH_AFTER.exec(view.slice(callEnd, end));
  if (!lead) return null;
  const from = callEnd + lead[0].length;
  const call = DISPATCH.exec(view.slice(from, end));
  if (!call) return null;
  const offices = findAddressees(view, view, [from, from + call[0].length]);
  if (!offices.length) return null;
  return [offices[0].span[0], offices[offices.length - 1].span[1]];
}
