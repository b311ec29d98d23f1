/**
 * The chair's words that end the inquiry: "专题询问结束。", "询问环节到此结束。", "询问到此结束。", "询问就到这里。",
 * "询问活动就此结束" — the one lexicon of them (moderator-lines.ts reads a chair's line by it; closing-narration.ts
 * closes the last question where it is said, whoever speaks next).
 * Only the whole inquiry's end: "上午的询问到此结束" or "第一场询问结束" ends a part, more questions follow;
 * "询问结束前" / "询问结束时间" speak of the end, they do not end anything.
 */

/** The end of the inquiry in words, a regex source with no capturing group. */
export const INQUIRY_END = String.raw`(?:专题)?询问(?:环节|活动)?(?:到此|就此)?结束|询问(?:环节|活动)?就?(?:到这里|到此为止)`;

/** A part of the day or of the inquiry before the words: its end is no end of the inquiry. */
const PART = String.raw`(?:[上下]午|第[一二三四五六七八九十\d]{1,2}(?:场|轮|阶段|组|部分|个?议题)|分组|本组|本场)的?(?:专题)?`;

const ENDS = new RegExp(String.raw`(?<!${PART})(?:${INQUIRY_END})(?!\s*(?:前|之前|时间|以前))`, 'u');

/** `words` (a chair's words) end the whole inquiry: "张立：询问结束。下面进行满意度测评。". */
export function endsInquiry(words: string): boolean {
  return ENDS.test(words);
}
