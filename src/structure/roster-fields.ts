/**
 * Roster fields: a part's header block names who takes part, not who speaks next.
 *
 *   第一场：乡村振兴衔接资金使用情况
 *   主持人：县人大常委会副主任曹德明
 *   应询人：副县长龚玉兰，县财政局局长樊志刚     ← a roster, like "应询人员：…"
 *
 *   委员施红英：…请问县财政局，…？
 *
 * A digest's "应询人：县水利局局长 莫某某" names the next speaker (field-labels.ts); the same field
 * standing in a part's header block — right under the part's heading or beside the part's
 * "主持人：TITLE NAME" line (a person, no words) — lists the part's officials, as 应询人员 does: its
 * line is nobody's words. Matching runs on the view (ASCII colon); offsets are [start, end) UTF-16
 * code units, 0-based.
 */
import { isGroupHeading } from './groups.js';

/** A part's presider line naming a person only: "主持人：县人大常委会副主任曹德明" (no sentence, no call to speak). */
const PRESIDER_LINE = /^(?:会议)?主持人?\s*:\s*[^:。!?;\n]{2,40}$/u;
/** Words of someone speaking on a 主持人 line, not a name: "主持人：请委员提问", "主持人：下面开始". */
const PRESIDER_WORDS = /请|下面|现在|开始|结束|继续|欢迎|提问|回答/u;
/** Another roster line of the block: 应询人员, 列席, 出席, 询问人员 (not a digest's own fields, 应询人/应询单位). */
const ROSTER_LINE = /^(?:应询人员|列席(?:人员)?|出席(?:人员)?|询问人员|参加人员)\s*:/u;

/** The trimmed content of the line holding `at`, or null when `at` is at no line (the text's ends). */
function lineAround(view: string, at: number): string {
  const s = view.lastIndexOf('\n', at - 1) + 1;
  let e = view.indexOf('\n', at);
  if (e < 0) e = view.length;
  return view.slice(s, e).trim();
}

/** Whether `line` heads a part or stands in its header block (presider, roster). */
function headerLine(line: string): boolean {
  if (!line) return false;
  if (PRESIDER_LINE.test(line)) return !PRESIDER_WORDS.test(line.slice(line.indexOf(':') + 1));
  return ROSTER_LINE.test(line) || isGroupHeading(line);
}

/**
 * Whether the field line starting at `lineStart` stands in a part's header block: the line right
 * above it (no blank line between) or right below it is the part's heading, its presider line
 * naming a person, or another roster line.
 */
export function inHeaderBlock(view: string, lineStart: number): boolean {
  if (lineStart > 0 && view[lineStart - 1] === '\n' && lineStart > 1 && view[lineStart - 2] !== '\n') {
    if (headerLine(lineAround(view, lineStart - 1))) return true;
  }
  const eol = view.indexOf('\n', lineStart);
  if (eol < 0 || eol + 1 >= view.length || view[eol + 1] === '\n') return false;
  return headerLine(lineAround(view, eol + 1));
}
