/**
 * A question the chair relays in a paraphrase, with no question mark: "刚才有位列席的同志递了一张条子，问的是残疾人“两项
 * 补贴”的问题，请县民政局简要回答。", "还有一个问题，是网民通过“福建人大”微信公众号留言提出的，问的是知识产权质押融资难。
 * 请省市场监督管理局回答。" — a source outside the members (a note passed up, a netizen's or a citizen's message, a letter),
 * then 问的是 + the matter, then a call on an office to answer. It asks as a question mark would (chair.ts's asksQuestion);
 * the question is the matter after 问的是 (question-text.ts). Not the chair summing up a member's own question just asked
 * ("刚才王委员问的是资金问题，请县财政局回答。": no source outside the members), nor 问的是 with nobody called to answer.
 * Offsets are UTF-16 code units into the words given.
 */
import { gated } from '../source/gated.js';

/** People outside the meeting whose questions the chair relays: netizens, citizens, the public, listeners, readers. */
export const RELAYERS = '网友|网民|市民|群众|居民|听众|观众|读者';
/** Where the relayed question came from: a note passed up (条子, 纸条), a message or a letter, or one of RELAYERS. */
const SOURCE = `(?:条子|纸条|便条|字条|留言|来信|来电|${RELAYERS})`;
/** The source, the matter after 问的是 (group 1, to the clause's end), a call on someone to answer, all in one stretch of words. */
const RELAYED = gated(['问的是'], () => new RegExp(`${SOURCE}[^。?!;\\n]{0,40}?问的是\\s*([^。?!;,\\n]{2,60}?)\\s*[,。]\\s*(?:[^。?!;\\n]{0,12}?[,])?\\s*请(?!问)[^。?!;\\n]{1,30}?(?:回答|答复|作答|回应|解答)`, 'u'));

/**
 * How far into a turn's words the relay may start: it opens the chair's turn, after a short lead at most ("好。刚才有位列席的
 * 同志递了一张条子，…"). A turn's words run to its line's end, which in a page saved as one paragraph is the whole text: searched
 * to the end for every turn, the pattern made a parse grow with the square of such a page (bench/shapes.js: 2 MB 9.4 → 17.5 s).
 */
const OPENS_WITHIN = 120;
/** The longest stretch the pattern can match (its bounded repeats and fixed words, with room). */
const LONGEST = 200;

/** The matter a relayed paraphrase asks about in `words` ([start, end) within them), or null when they relay none. */
export function relayedParaphrase(words: string): [number, number] | null {
  const m = RELAYED.exec(words.length > OPENS_WITHIN + LONGEST ? words.slice(0, OPENS_WITHIN + LONGEST) : words);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1], m[0].indexOf('问的是') + 3);
  return [start, start + m[1].length];
}
