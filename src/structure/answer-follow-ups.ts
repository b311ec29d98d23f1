/**
 * A member asking again, right after the answer to his own question, about what that answer just said: a follow-up
 * with no cue word (no 追问, 再问, 刚才).
 *
 * Example: "葛兆平:农村黑臭水体治理进展怎么样?⏎陈思远:…发现返黑返臭的9条,已全部列入今年整改计划…⏎葛兆平:9条里面资金
 * 缺口有多大?" — the second question opens on 9条, a figure the answer first said; "王晓燕:退耕以后,茶农的收入怎么保障?"
 * opens on 退耕, which the answer first said (对25度以上坡耕地实施退耕还林). The words' first clause opens on a term the
 * answer said first in the whole text: a figure with its classifier (9条, 61个) or a content pair of characters (退耕) in
 * its first four characters.
 * A member's second question on another matter (label layouts where each member asks twice on purpose: "葛兆平:农村
 * 污水管网什么时候建完?") opens on nothing the answer brought up, and stays a question of its own; a term the inquiry
 * said before the answer (its subject, 黑臭水体) is no evidence either, nor is a question put to an office by name ("预约公交的
 * 运营补贴从哪里来?请问市财政局。": a new addressee).
 * Offsets are [start, end) UTF-16 offsets into the view.
 */
import type { Span } from '../model/span.js';
import { firstSaidIn, termsOf } from './follow-ups.js';

/** Where the words' first clause ends: a comma, a stop or a question mark. */
const CLAUSE_END = /[,。;:?!\n]/u;
/** A figure with its classifier or unit, the number whole: "9条", "1.2万亩" (its digits and first character). */
const FIGURE = /(?<![\d.])\d+(?:\.\d+)?[万亿]?\p{sc=Han}/gu;
/** A clause that only addresses someone: a surname or name and a post ("龙局长", "王主任", "李书记"). */
const VOCATIVE = /^\p{sc=Han}{1,4}?(?:长|主任|同志|书记|主席|委员|代表)$/u;
/** How many characters open the clause: its first word or two ("退耕以后", "水质监测"). */
const HEAD = 4;
/** Spaces, an opening quote and a demonstrative before the first clause's words ("“这9条水体…"). */
const OPENING = /^[\s“‘]*(?:这|那|其中|其中的)?/u;

/**
 * The words put the question to an office by name ("…从哪里来?请问市财政局。", "我想问市林业局"): a new addressee, so a question
 * of its own, whatever it takes up (its answer comes from elsewhere, even when the answerer's label looks the same: 王局长).
 */
const PUT_TO_OFFICE = /(?:请问|想问|问一下|再问|问问)\s*(?:一下)?\s*[省市县区州盟旗]/u;

/** True when the first clause of `words` opens on a term first said in `answer` (a figure, or a pair of characters). */
export function takesUpAnswer(view: string, words: string, answer: Span): boolean {
  if (answer[1] <= answer[0] || PUT_TO_OFFICE.test(words)) return false;
  const body = words.replace(OPENING, '');
  const stop = body.search(CLAUSE_END);
  const clause = stop < 0 ? body : body.slice(0, stop);
  // (Opening on whom it addresses, "龙局长,客运站什么时候建成?", the words are same-asker-follow-ups.ts's to read.)
  if (!clause || VOCATIVE.test(clause)) return false;
  // (It opens on the term: "9条里面…", "退耕以后…"; one said further on, "…什么时候完成", may be any word of the answer.)
  FIGURE.lastIndex = 0;
  const figure = FIGURE.exec(clause);
  if (figure && figure.index === 0 && figureFirstSaidIn(view, figure[0], answer)) return true;
  for (const t of termsOf(clause.slice(0, HEAD))) if (firstSaidIn(view, t, answer)) return true;
  return false;
}

/** True when the figure (its number whole, not the end of a longer one: 9条 is not in 29条) is first said in `span`. */
function figureFirstSaidIn(view: string, figure: string, span: Span): boolean {
  const re = new RegExp(`(?<![\\d.])${figure.replace(/[.]/g, '\\.')}`, 'u');
  const m = re.exec(view);
  return m !== null && m.index >= span[0] && m.index < span[1];
}
