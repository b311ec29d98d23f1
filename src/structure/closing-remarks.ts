/**
 * A member's last word on an exchange, asking nothing: "阎某委员：我觉得这个力度还不够。", "龚某委员：我希望你们能研究出台
 * 补偿办法，不要让商户吃亏。", "柏某代表：我听明白了，但我还是希望政府能多做一点。（笑声）" — after the answer to their
 * question, and nobody answers it (the chair moves on, or the next member asks). It closes the exchange: an asker's turn
 * of the question just answered, no question of its own (sections.ts). A remark that does get an answer
 * ("新华路还没动工。" then "岳某：南口正在办手续。") is an exchange, read as before. Matching runs on the view.
 */

/** Words that ask: a question mark, an interrogative, a verb of asking, a call on someone to answer or explain. */
const ASKS = /[?]|吗|呢|如何|怎么|怎样|多少|哪些|哪个|哪里|什么|为什么|是否|能否|能不能|有没有|是不是|会不会|问|请[^。;!\n]{1,30}?(?:回答|答复|作答|回应|说明|介绍|谈谈|讲讲|解释)/u;

/** True when a member's `words` ask nothing (see the header). */
export function asksNothing(words: string): boolean {
  return !ASKS.test(words);
}
