/**
 * A member's question that leaves out what it asks about, leaning on the exchange just answered: "钱从哪里来？"
 * (the money for the plan just set out), "关于这一点我还想补充说明一下，…请问怎么解决？" (这一点: what was just said),
 * "水利配套怎么跟上？" after "县级配套资金压力有多大？" (one clause, picking up 配套 said in that exchange).
 * A question of its own names its subject ("客运站什么时候建成？" on a road-repair exchange) and sets its frame (the
 * office asked, the background, 请问…). These read the member's words only; whether the member just answered asks
 * them, and what they pick up, is same-asker-follow-ups.ts's. Matching runs on the view (ASCII , ? : ; folded).
 */
import { THANKS_LEAD } from './closing-remarks.js';

/** A word of thanks or assent before the question ("好的,", "谢谢欧局长,"). */
const THANKS = `(?:${THANKS_LEAD})?`;

/**
 * Words opening on the rest of what was just counted: "剩下的128处什么时候盘活？" after "共有186处…已盘活出租58处",
 * 剩余部分, 余下的, 其余的 — a remainder is of something said before (其他 is not: 其他部门 names a matter of its own).
 */
const REMAINDER = '(?:剩下|剩余|余下|其余)(?:的|部分)?(?=[0-9０-９一二三四五六七八九十两几\\p{sc=Han}])';

/**
 * Words opening on a demonstrative that points at what was just said: 关于这一点, 就这个问题, 针对这种情况, 这笔钱, 这些资金,
 * 这方面 (a demonstrative with a classifier or a head of its own; 这里/这样/那么 are no pointing at a thing said).
 */
const POINTS_BACK = new RegExp(`^\\s*${THANKS}(?:(?:关于|对于|就|针对|对|围绕)?(?:这|那)(?:一|两|几)?(?:点|个|些|项|笔|种|方面|部分|块|件|类|条|批|问题|情况|事)|${REMAINDER})`, 'u');

/**
 * The resources and sides any plan has, nouns that need a possessor (whose money? the timetable of what?): bare as
 * a question's subject, their possessor is the plan (or the figure) just answered. 钱从哪里来, 资金怎么保障, 人从哪里来,
 * 进度能不能加快, 原因是什么.
 */
const FACET = '(?:钱|资金|经费|人|人手|人员|编制|用地|土地|时间|进度|工期|时限|效果|成效|标准|质量|配套|后续|监管|考核|责任|原因)';

/** What follows the bare facet: at most an adverb, then an interrogative or a modal asking. */
const FACET_ASKED = '(?:又|还|到底|究竟|能|要|该)?(?:从哪(?:里|儿)?来|哪里来|哪来|从何而来|怎么|怎样|如何|够不够|够吗|够用吗|能不能|能否|有没有|是否|什么时[间候]|何时|多少|有多少|在哪|由谁|谁来|靠什么|是什么)';

/** A question whose subject is a bare facet noun (see FACET), after thanks and 那/那么 at most. */
const FACET_QUESTION = new RegExp(`^\\s*${THANKS}(?:那么?|那)?${FACET}${FACET_ASKED}`, 'u');

/** Words that ask: a question mark, or an interrogative or a modal asking. */
const ASKS = /[?]|吗|呢|如何|怎么|怎样|多少|哪些|哪个|哪里|什么|为什么|是否|能否|能不能|有没有|是不是|会不会|够不够/u;

/** A pause or a stop inside the words: more than one clause. */
const PAUSE = /[,。;:!、“”]/u;

/** One clause this long at most (code units, its final ? not counted) is a bare question. */
const BARE = 20;

/** What a bare question asks of its subject: adverbs at most, then an interrogative or a modal asking. */
const PREDICATE = /(?:又|还|也|都|能|要|该|到底|究竟)*(?:怎么|怎样|如何|能不能|能否|可否|是否|有没有|会不会|够不够|什么时[间候]|何时|多少|从哪|哪里|由谁|谁来|靠什么)/u;
const TWO_HAN = /^\p{sc=Han}{2}$/u;

/**
 * The last two characters of a bare question's subject, the noun its modifiers narrow ("水利配套怎么跟上？" → 配套,
 * "中医馆的医保报销能否跟上？" → 报销), or null when no subject stands before what it asks.
 */
export function subjectHead(words: string): string | null {
  const m = PREDICATE.exec(words);
  if (!m || m.index < 2) return null;
  const head = words.slice(m.index - 2, m.index);
  return TWO_HAN.test(head) ? head : null;
}

/** True when `words` open by pointing at what was just said (see POINTS_BACK). */
export function pointsBack(words: string): boolean {
  return POINTS_BACK.test(words);
}

/** True when `words` ask of a bare facet of a plan: 钱从哪里来？, 资金怎么保障？ (see FACET). */
export function asksOfFacet(words: string): boolean {
  return FACET_QUESTION.test(words);
}

/**
 * True when `words` are one bare clause that asks ("水质检测能不能做到全覆盖？", "水利配套怎么跟上？"), or two run together
 * ("原因是什么？什么时候能整改完？"): no frame, no background, no office named before it — a single term it shares with
 * the exchange just answered is no chance.
 */
export function bareQuestion(words: string): boolean {
  const s = words.trim().replace(/[?]+$/u, '');
  return s.length > 0 && s.length <= BARE && !PAUSE.test(s) && ASKS.test(words);
}
