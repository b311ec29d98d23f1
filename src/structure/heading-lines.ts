/**
 * A news report's section heading read as the plain phrase the subhead rules know (exchanges.ts): the number a WeChat
 * post puts before it ("04 | 古城内违法建设如何遏制", "04｜…", "NO.1 网络订餐谁来管") and the quotation marks around a
 * catchword inside it ("网络订餐“看不见的后厨”谁来管", "02 | 低级别文物“谁来看、谁来管”") are typography, not sentence
 * punctuation: a heading holding them is as much a heading as "农药残留超标问题怎么破", and belongs to the narration
 * before the next question, never to the answer above it.
 * So is a WeChat post's topic heading behind its section bar ("▍校园安全：“护苗”防线怎样扎牢", "▍表态：以问促改，守护成长"),
 * the bar blanked in the view, or in corner brackets alone on its line ("【司法保护：强制报告怎样落实】"): a short topic, its
 * colon and a phrase with no sentence stop — the colon and the pause inside are a heading's, not a label's or a sentence's.
 */

import { headsGroup } from './groups.js';

/** A section number opening the line: "04 | ", "1｜" (the view folds ｜ to |), "丨", or "NO.1" before a space or a bar. */
const SECTION_NUMBER = /^[ \t\u3000]*(?:\d{1,2}[ \t\u3000]*[|丨]|[Nn][Oo]\.[ \t\u3000]*\d{1,2}(?:[ \t\u3000]*[|丨]|[ \t\u3000]))[ \t\u3000]*(?=\S)/u;
/** A short quoted catchword inside the heading: “看不见的后厨”, “谁来看、谁来管” (no sentence stop inside). */
const CATCHWORD = /[“「‘]([^“”「」‘’\n。;!?:]{1,16})[”」’]/gu;

/** A section bar opening a heading's line in the text: "▍", "▌", "▎", "▐", "┃" (the view blanks it: decoration.ts). */
const BAR = /^[ \t\u3000]*[▍▌▎▐┃][ \t\u3000]*/u;
/** A heading in corner brackets alone on its line: "【司法保护：强制报告怎样落实】". */
const BRACKETED = /^[ \t\u3000]*【([^【】\n]{2,30})】[ \t\u3000]*$/u;
/** Words of a heading: short, no sentence stop inside (a final ? at most), not ending on a label's colon or a comma. */
const HEADING_WORDS = /^[^\n。;!?…；！？]{2,30}[?？]?$/u;
const OPEN_END = /[:,：，]$/u;
/**
 * A topic heading as the view shows it, its bar blanked: a topic of two to eight ideographs, its colon, then a phrase with no
 * sentence stop and no one spoken to ("校园安全:“护苗”防线怎样扎牢", "表态:以问促改,守护成长"). Not a label's words: no
 * 我/您/你, no 请问/谢谢/好的 opening the phrase (a speaker's label has an event of its own besides: exchanges.ts skips it).
 */
const TOPIC_HEADING = /^[ \t\u3000]*(?:(?:[■◆][ \t\u3000]*)?\p{sc=Han}{2,8}:(?!请问|请|谢谢|感谢|好的|是的)[^\n。;!?…:我您你]{2,24}\??|【\p{sc=Han}{2,8}:(?!请问|请|谢谢|感谢|好的|是的)[^\n。;!?…:我您你【】]{2,24}\??】)[ \t\u3000]*$/u;

/** `line` (a line of the text as written) is a marked heading: "▍校园安全：“护苗”防线怎样扎牢", "【表态：以问促改，守护成长】". */
export function isMarkedHeading(line: string): boolean {
  const bar = BAR.exec(line);
  const words = bar ? line.slice(bar[0].length).trimEnd() : BRACKETED.exec(line)?.[1] ?? null;
  return words !== null && HEADING_WORDS.test(words) && !OPEN_END.test(words);
}

/** `line` (a line of the view) is a topic heading, its bar blanked or a bullet before it: "  表态:以问促改,守护成长". */
export function isTopicHeading(line: string): boolean {
  // (A part's heading, "第二场:农村公路养护", "问水源:…", heads a group of questions instead: groups.ts.)
  if (line.length > 34 || !TOPIC_HEADING.test(line) || headsGroup(line.trim())) return false;
  return HEADLINE_PHRASE.test(line.slice(line.indexOf(':') + 1).trim());
}
/**
 * What makes the phrase after the topic a headline, not a field's value ("完成时限:10月前", "责任单位:县水利局"): it asks (如何,
 * 怎样, 怎么, 为何, 谁, 能否…), sets a catchword in quotes ("“护苗”防线…"), or pairs two four-character phrases ("以问促改,守护成长").
 */
const HEADLINE_PHRASE = /如何|怎样|怎么|为何|为什么|谁|何时|哪|能否|是否|多少|咋|“[^”\n]+”|^\p{sc=Han}{4},\p{sc=Han}{4}\??$/u;

/** The number opening a section heading's line ("04 | "), or null. */
export function sectionNumber(line: string): string | null {
  return SECTION_NUMBER.exec(line)?.[0] ?? null;
}

/**
 * `line` without its section number and with each quoted catchword flattened to its words (the marks and any 、 inside
 * dropped): "02 | 低级别文物“谁来看、谁来管”" → "低级别文物谁来看谁来管". A line with neither comes back as it is.
 */
export function plainHeading(line: string): string {
  // " 校园安全:“护苗”防线怎样扎牢" (▍ blanked) → "■校园安全护苗防线怎样扎牢": a bulleted subhead, its topic's colon and pauses dropped.
  if (isTopicHeading(line)) return '■' + line.replace(/[\p{P}\p{S}\s]/gu, '');
  const number = sectionNumber(line);
  const body = number ? line.slice(number.length) : line;
  return body.replace(CATCHWORD, (_all, words: string) => words.replace(/[\p{P}\s]/gu, ''));
}
