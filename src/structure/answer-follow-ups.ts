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
 * A member who says they ask on what was said ("万启明接着问:“沿街门店逐户建档,全市有多少户?…”", "我接着这个话题问一下,“童伴
 * 妈妈”的工资待遇怎么样?", "刚才讲到分散供养照料补贴每人每月200元,这个钱…?"), whoever they are and whoever asked between,
 * follows up the question whose answer holds the words they repeat (逐户建档, 童伴妈妈, 分散供养): not the named official's
 * first answer, nor simply the one before (echoedQuestion). With no answer holding them ("刚才几个部门都讲到了资金,我想请县
 * 财政局说一说"), the cue alone links nothing.
 * Offsets are [start, end) UTF-16 offsets into the view.
 */
import type { Span } from '../model/span.js';
import { firstSaidIn, termsOf } from './follow-ups.js';
import { lineEnd, type SpeechEvent } from './speech.js';
import { THANKS_LEAD, speechStart } from './follow-up-cue.js';

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

/** Asking someone, and the office by its level right after: "请问市财政局", "想问一下县林业局". */
const ASKING = '请问|想问|问一下|问问';
const TO_OFFICE = String.raw`\s*(?:一下)?\s*[省市县区州盟旗]`;
/**
 * The words put the question to an office by name ("…从哪里来?请问市财政局。", "我想问市林业局"): a new addressee, so a question
 * of its own, whatever it takes up (its answer comes from elsewhere, even when the answerer's label looks the same: 王局长).
 */
const PUT_TO_OFFICE = new RegExp(`(?:${ASKING}|再问)${TO_OFFICE}`, 'u');

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

/**
 * The reporter's verb of asking again, between the member's name and the words: "万启明接着问:", "万启明又问:", "他再次
 * 发问:", "X随后又提问:". Not 问题 (接着问题…), nor 追问 (follow-ups.ts reads it).
 */
const ASKS_AGAIN = /(?:接[着著]|又|再次?|随后又?)(?:发问|提问|问(?![题责]))/u;
/**
 * The member's words opening on what was said: 我接着这个话题问一下, 接着刚才的问题问, 顺着这个话题再问, 我再问一下 (after
 * thanks at most), or 刚才/刚刚 … 讲到/说到/提到/谈到/介绍 in the first clause ("刚才陈局长讲到…", "您刚才提到…").
 */
const OPENS_ON_SAID = new RegExp(String.raw`^\s*${THANKS_LEAD}(?:(?:我|我们)?(?:想|要|还|就|也)*(?:(?:接[着著]|顺[着著])(?:这个|这一|该|刚才的?|刚刚的?|前面的?|上面的?|您刚才的?)?(?:话题|问题)?(?:再)?问(?![题责])|再问(?![题责]))|(?:您|你)?(?:刚才|刚刚)[^,。?!;:]{0,10}?(?:讲到|说到|提到|谈到|介绍|讲了|说了))`, 'u');
/** The words put the question to an office by name, 请/想请 + a level ("我想请县财政局说一说"): a new addressee, as PUT_TO_OFFICE. */
const CALLS_OFFICE = new RegExp(`(?:${ASKING}|想请|请)${TO_OFFICE}`, 'u');
/** A run of the words repeated from an answer: four ideographs at least with three content pairs, or a figure with its unit (200元). */
const MIN_RUN = 4;
const FIGURE_RUN = /^\d+(?:\.\d+)?[万亿]?\p{sc=Han}$/u;
/** How much of the words is read for the repeated run: their opening sentences. */
const WORDS_READ = 80;

/** The member's words of asker event `e`: after its label (on the next line when it stands alone), to the end of the line. */
export function wordsOfAsker(view: string, e: SpeechEvent): string {
  const from = e.wordsStart !== null ? speechStart(view, e.wordsStart) : e.mention?.span[1] ?? e.anchor;
  return view.slice(from, Math.min(from + WORDS_READ, lineEnd(view, from)));
}

/**
 * How the member says they ask on what was said: 'words' when their words open so (刚才…讲到, 我接着这个话题问一下), 'verb'
 * when only the reporter's verb does (接着问, 又问) — a reporter also writes 接着提问 for whoever asks next ("委员乙接着提问:“管护
 * 经费从哪里来?”" put to another office), so the verb links only where who answered that question answers again; null when
 * neither does, or the words put the question to an office by name.
 */
export function asksOnWhatWasSaid(view: string, e: SpeechEvent, words: string): 'words' | 'verb' | null {
  if (CALLS_OFFICE.test(words)) return null;
  if (OPENS_ON_SAID.test(words.replace(/^[\s“]+/u, ''))) return 'words';
  const named = e.mention?.span[1] ?? e.start;
  return e.wordsStart !== null && e.wordsStart > named && ASKS_AGAIN.test(view.slice(named, e.wordsStart)) ? 'verb' : null;
}

/**
 * The question (1-based, among `answers`, the answers of the questions so far in reading order) whose answer first said
 * the longest run of `words` the member repeats (MIN_RUN ideographs with content in them, or a figure with its unit): words
 * the answer brought up, not the member's own question's nor the inquiry's subject said before (医保基金 said in the question
 * it answers links nothing); among the `eligible` questions. Null when no answer first said one.
 */
export function echoedQuestion(view: string, words: string, answers: readonly Span[], eligible: (question: number) => boolean = () => true): number | null {
  let best: number | null = null;
  let longest = 0;
  answers.forEach((a, k) => {
    if (a[1] <= a[0] || !eligible(k + 1)) return;
    const n = longestRun(view, words, a);
    if (n > 0 && n >= longest) { best = k + 1; longest = n; } // (the latest on a tie)
  });
  return best;
}

/** The length of the longest run of `words` first said in `answer`, when it is one a member repeats; 0 when none. */
function longestRun(view: string, words: string, answer: Span): number {
  const text = view.slice(answer[0], answer[1]);
  let most = 0;
  for (let i = 0; i < words.length; i++) {
    for (let j = i + Math.max(most + 1, 3); j <= words.length; j++) {
      const run = words.slice(i, j);
      if (!/^[\p{sc=Han}\d.]+$/u.test(run) || !text.includes(run)) break;
      if (!firstSaidIn(view, run, answer)) continue;
      if (FIGURE_RUN.test(run) || (run.length >= MIN_RUN && termsOf(run).size >= MIN_RUN - 1)) most = run.length;
    }
  }
  return most;
}
