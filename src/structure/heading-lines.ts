/**
 * A news report's section heading read as the plain phrase the subhead rules know (exchanges.ts): the number a WeChat
 * post puts before it ("04 | 古城内违法建设如何遏制", "04｜…", "NO.1 网络订餐谁来管") and the quotation marks around a
 * catchword inside it ("网络订餐“看不见的后厨”谁来管", "02 | 低级别文物“谁来看、谁来管”") are typography, not sentence
 * punctuation: a heading holding them is as much a heading as "农药残留超标问题怎么破", and belongs to the narration
 * before the next question, never to the answer above it.
 */

/** A section number opening the line: "04 | ", "1｜" (the view folds ｜ to |), "丨", or "NO.1" before a space or a bar. */
const SECTION_NUMBER = /^[ \t\u3000]*(?:\d{1,2}[ \t\u3000]*[|丨]|[Nn][Oo]\.[ \t\u3000]*\d{1,2}(?:[ \t\u3000]*[|丨]|[ \t\u3000]))[ \t\u3000]*(?=\S)/u;
/** A short quoted catchword inside the heading: “看不见的后厨”, “谁来看、谁来管” (no sentence stop inside). */
const CATCHWORD = /[“「‘]([^“”「」‘’\n。;!?:]{1,16})[”」’]/gu;

/** The number opening a section heading's line ("04 | "), or null. */
export function sectionNumber(line: string): string | null {
  return SECTION_NUMBER.exec(line)?.[0] ?? null;
}

/**
 * `line` without its section number and with each quoted catchword flattened to its words (the marks and any 、 inside
 * dropped): "02 | 低级别文物“谁来看、谁来管”" → "低级别文物谁来看谁来管". A line with neither comes back as it is.
 */
export function plainHeading(line: string): string {
  const number = sectionNumber(line);
  const body = number ? line.slice(number.length) : line;
  return body.replace(CATCHWORD, (_all, words: string) => words.replace(/[\p{P}\s]/gu, ''));
}
