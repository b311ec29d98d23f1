/**
 * A member's last word on an exchange, asking nothing: "阎某委员：我觉得这个力度还不够。", "龚某委员：我希望你们能研究出台
 * 补偿办法，不要让商户吃亏。", "柏某代表：我听明白了，但我还是希望政府能多做一点。（笑声）" — after the answer to their
 * question, and nobody answers it (the chair moves on, or the next member asks). It closes the exchange: an asker's turn
 * of the question just answered, no question of its own (sections.ts). A remark that does get an answer
 * ("新华路还没动工。" then "岳某：南口正在办手续。") is an exchange, read as before — but thanks alone ("谢谢。",
 * "好，谢谢。", "好的，谢谢王局长。") are courtesy, never a question, even when the official thanks back ("谢谢。"):
 * they close the member's exchange whoever answers and whichever exchange went just before; so does declining the
 * chair's offer of a 追问 ("主持人：还有追问吗？" — "没有了，谢谢。"). Matching runs on the view.
 */

/** Words that ask: a question mark, an interrogative, a verb of asking, a call on someone to answer or explain. */
const ASKS = /[?]|吗|呢|如何|怎么|怎样|多少|哪些|哪个|哪里|什么|为什么|是否|能否|能不能|有没有|是不是|会不会|问|请[^。;!\n]{1,30}?(?:回答|答复|作答|回应|说明|介绍|谈谈|讲讲|解释)/u;

/** True when a member's `words` ask nothing (see the header). */
export function asksNothing(words: string): boolean {
  return !ASKS.test(words);
}

/**
 * Thanks alone: maybe an acknowledgement first (好, 好的, 嗯, 行, 明白了 …), then 谢谢/感谢/多谢 with at most a short
 * object (您, 龙局长, 局长的回答), a stop, maybe a bracketed note ("(笑声)"). A second sentence ("谢谢。我还想问…") is more.
 * A member declining the chair's offer of a 追问 says the same: "没有了，谢谢。", "没有，谢谢主任。", "好的，没有了。" —
 * 没有 (了), maybe what there is none of (追问, 问题), with or without the thanks. Not "没有了，但我还想问一下…?" (it asks:
 * see ASKS), nor "没有落实。" (没有 with a verb is a statement).
 */
const DECLINE = '(?:没有|没)(?:(?:要|需要|什么)?(?:追问|问题|补充)(?:的)?)?了?';
const THANKS_ONLY = new RegExp(String.raw`^\s*(?:(?:好|好的|嗯|行|可以|是的|明白了?|清楚了?|知道了)[,、。!！…\s]*)?(?:(?:${DECLINE}[,、。!！…\s]*)?(?:谢谢|感谢|多谢)[^\n,。;:?!！…()]{0,12}|${DECLINE})[。!！…\s]*(?:\([^()\n]{1,8}\)[。\s]*)?$`, 'u');

/**
 * Thanks or assent opening a member's words before what they go on to say ("好的,", "谢谢欧局长,", "好，谢谢。"): one
 * such word (好, 好的, 嗯, 行, 谢谢/感谢 with a short object) and its stop. Written as a regex source, for patterns
 * that read what follows it: `(?:${THANKS_LEAD})?` for one, `(?:${THANKS_LEAD})*` for several.
 */
export const THANKS_LEAD = String.raw`(?:好的?|嗯|行|谢谢[^,。?!;:
]{0,12}|感谢[^,。?!;:
]{0,12})[,。!！\s]\s*`;

/** True when a member's `words` are thanks only (see THANKS_ONLY): no question of their own, whatever follows. */
export function thanksOnly(words: string): boolean {
  // (The 问 of a 追问 or 问题 declined asks nothing: "没有追问了，谢谢。")
  return THANKS_ONLY.test(words) && asksNothing(words.replace(DECLINED, ''));
}
const DECLINED = new RegExp(DECLINE, 'gu');
