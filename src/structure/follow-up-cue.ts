/**
 * Whether a member's own words announce a follow-up: the speech act of 追问, wherever in the turn the member
 * performs it. At the start ("我追问一下,资金从哪里来?", "我想再问一下,…", "接着刚才的问题,…") and later on,
 * after the question itself ("刚才提到食堂扩建,资金从哪里来?我追问一下区财政。", "谢谢覃局长的详细介绍,再追问一句:…").
 * A cue is a clause of its own, the member its subject (我, 我们, or none): 追问 reported inside the words
 * ("群众经常追问我们…") or quoted (“…再问一下…”) is no act of the member's, nor 追问责任 (calling to account).
 * After a question of the member's own, opened with a verb of asking ("请问区教育局,…?再追问一句,…"), a later cue
 * presses that question, in the same turn: it follows up nothing before — unless the words open on the answer just
 * given ("刚才提到食堂扩建,请问资金从哪里来?我追问一下区财政。"). Whose question is followed up, and
 * whether a newcomer's 追问 follows up anything at all, is for follow-ups.ts. Matching runs on the view;
 * offsets are UTF-16 code units. The view folds no 著 (a Simplified character too: 显著, 著名), so the cue words
 * take the Traditional 著 of 着 themselves: 接著追問 reads 接著追问 in the view.
 */
import type { SpeechEvent } from './speech.js';

/** The member's words read for a cue: their first paragraph, this long at most. */
const READ = 240;

/** A word of thanks or assent before a member's own words, "谢谢刘局长。", "好的，": what may come before a cue at their opening. */
export const THANKS_LEAD = String.raw`(?:(?:好的?|谢谢[^,。?!;:]{0,12}|感谢[^,。?!;:]{0,12})[,。!]\s*)?`;

/** A cue opening the words: 我追问一下, 我想再问一下, 再追问一句, 还想追问, 接着刚才的问题 (after a word of thanks at most). */
const OPENING_CUE = new RegExp(String.raw`^\s*(?:“\s*)?${THANKS_LEAD}(?:(?:我|我们)?(?:想|要|再|还|就|也|来|接[着著]|顺便)*(?:追问(?!责)|再问(?![责题])|接[着著]问(?!题))|接[着著](?:刚才|刚刚|前面|上面|您刚才|您刚刚)(?:的|那个|这个)?(?:问题|话题))`, 'u');

/**
 * A cue opening a clause further on: after a sentence's or a clause's end, maybe after 那/那么/好/最后, the member
 * (or nobody) as subject, adverbs (想, 再, 还, 就), then 追问, 再问 or 接着问. Global: every clause start is tried.
 */
const LATER_CUE = /[,。?!;:]\s*(?:那么?|好的?|下面|最后|另外|然后)?[,\s]*(?:我|我们)?(?:想|要|再|还|就|也|来|接[着著]|顺便)*(?:追问(?!责)|再问(?![责题])|接[着著]问(?!题))|[,。?!;:]\s*接[着著](?:刚才|刚刚|前面|上面|您刚才|您刚刚)(?:的|那个|这个)?(?:问题|话题)/gu;

/** A question of the member's own opened before a later cue: 请问…, 我想问一下…, 我问问…, 我提一个问题 (not 再问, 追问). */
const OWN_ASK = /请问|(?<![再追接])问(?:一下|问)|(?:我|我们)(?:想|要)?询问|(?:提|问)(?:一|两|几)个问题/u;

/** Words that open on the answer just given (刚才…, 您刚刚提到…), after thanks at most: whatever they ask then, "请问…" too, follows it up. */
const OPENS_BACK = new RegExp(String.raw`^\s*(?:“\s*)?${THANKS_LEAD}(?:您|你)?(?:刚才|刚刚)`, 'u');

/** True when the member's words starting at `wordsStart` (a label's, to the end of their paragraph) announce a follow-up. */
export function asksFollowUp(view: string, wordsStart: number): boolean {
  const from = speechStart(view, wordsStart);
  const eol = view.indexOf('\n', from);
  const words = view.slice(from, Math.min(from + READ, eol < 0 ? view.length : eol));
  if (OPENING_CUE.test(words)) return true;
  // (Most turns hold no 追问/再问/接着 at all: spare the clause-by-clause search.)
  if (!/追问|再问|接[着著]/u.test(words)) return false;
  LATER_CUE.lastIndex = 0;
  for (let m = LATER_CUE.exec(words); m !== null; m = LATER_CUE.exec(words)) {
    const before = words.slice(0, m.index);
    if (OWN_ASK.test(before) && !OPENS_BACK.test(words)) return false;
    if (!quoted(before)) return true;
  }
  return false;
}

/** Blank lines at most: what lies between a label alone on its line and its words. */
const BLANK_LINES = /^[ \t\u3000\u00a0]*(?:\n[ \t\u3000\u00a0]*)*/u;
/**
 * The mark a transcriber opens a turn with when its speaker cuts in: an ellipsis or a dash, before the first word
 * ("……我追问一下，…", "——那校舍维修资金…"; the view folds … and — runs as written, so any run of them). No word of the speaker's.
 */
const CUT_IN_MARK = /^(?:[…⋯]+|[—－―]{2,}|-{2,})[ \t\u3000\u00a0]*/u;

/**
 * Where the words after a label start: `wordsStart` itself when the label's line goes on ("邵建平:追问一下。…"),
 * else the next non-blank line, the label standing alone on its own ("邵建平:⏎追问一下。…", "[委员　郑晓明]⏎追问:…");
 * past a cut-in mark opening them ("问(某):……我追问一下,…"): the cues of the words (追问, 刚才, 那) are read after it.
 */
export function speechStart(view: string, wordsStart: number): number {
  const gap = BLANK_LINES.exec(view.slice(wordsStart, wordsStart + 16))?.[0] ?? '';
  const from = gap.includes('\n') ? wordsStart + gap.length : wordsStart;
  const mark = CUT_IN_MARK.exec(view.slice(from, from + 16));
  return mark ? from + mark[0].length : from;
}

/** True when more quotes open than close in `s`: what follows it is inside a quotation. */
function quoted(s: string): boolean {
  let depth = 0;
  for (const c of s) if (c === '“') depth++; else if (c === '”' && depth > 0) depth--;
  return depth > 0;
}

/**
 * True when the follow-up `e` is cued by asking again only (我想再问一下, 再次提问), never by 追问: from its start to the end
 * of its words' line no 追问 is said. A member who asked before says 再问 of any next question of theirs ("我想再问
 * 一下,农牧民技能培训今年安排了多少人?" on a new matter), so it ties their turn to no exchange by itself (sections.ts).
 */
export function asksAgainOnly(view: string, e: SpeechEvent): boolean {
  const from = e.wordsStart ?? e.anchor;
  const eol = view.indexOf('\n', from);
  return !/追问/u.test(view.slice(Math.min(e.start, e.anchor), Math.min(from + READ, eol < 0 ? view.length : eol)));
}
