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
 * standing in a part's header block — under the part's heading or beside the part's
 * "主持人：TITLE NAME" line (a person, no words), only roster lines between — lists the part's
 * officials, as 应询人员 does: its line is nobody's words. (An asker field there is a roster when it
 * lists several members, "询问人：委员某、委员某": a digest's names the one who asks next.)
 *
 *   询问人：石某林、赵某凤            ← the session's askers, wherever it stands (`askerRoster`)
 *   提问委员：4名                    ← a count of them, nobody's label
 *
 *   石某林委员询问：过渡期还剩一年多，…？
 *
 * A speaker label has one speaker and the speech after it: an asker field listing two members or more (or counting
 * them) whose askers then speak through labels of their own names nobody's next turn. Matching runs on the view
 * (ASCII colon); offsets are [start, end) UTF-16 code units, 0-based.
 */
import { isGroupHeading } from './groups.js';
import { ASKER_FIELDS, RESPONDER_FIELDS } from './field-labels.js';
import { lineEnd, type SpeechEvent } from './speech.js';
import { lineStartAt } from '../source/line-bounds.js';

/** A part's presider line naming a person only: "主持人：县人大常委会副主任曹德明" (no sentence, no call to speak). */
const PRESIDER_LINE = /^(?:会议)?主持人?\s*:\s*[^:。!?;\n]{2,40}$/u;
/** Words of someone speaking on a 主持人 line, not a name: "主持人：请委员提问", "主持人：下面开始". */
const PRESIDER_WORDS = /请|下面|现在|开始|结束|继续|欢迎|提问|回答/u;
/** Another roster line of the block: 应询人员, 列席, 出席, 询问人员 (not a digest's own fields, 应询人/应询单位). */
const ROSTER_LINE = /^(?:应询人员|列席(?:人员)?|出席(?:人员)?|询问人员|参加人员)\s*:/u;

/** A responder field's line ("应询人：…"): within a header block it is a roster line, and the block goes on past it. */
const RESPONDER_LINE = new RegExp(String.raw`^(?:${RESPONDER_FIELDS})\s*:`, 'u');
/** How many lines of one block a roster may stand from the part's heading or presider line. */
const REACH = 4;

/** Whether `line` heads a part, is its presider line naming a person, or a roster line of its own kind (应询人员, 列席). */
function headerLine(line: string): boolean {
  if (PRESIDER_LINE.test(line)) return !PRESIDER_WORDS.test(line.slice(line.indexOf(':') + 1));
  return ROSTER_LINE.test(line) || isGroupHeading(line);
}

/** Whether the block goes on past `line` towards its heading: another responder field. */
function rosterLine(line: string): boolean {
  return RESPONDER_LINE.test(line);
}

/**
 * Whether the field line starting at `lineStart` stands in a part's header block: a few lines above
 * or below it in the same block (no blank line between, only other responder fields between) stands
 * the part's heading, its presider line naming a person, or a roster line (应询人员, 列席).
 */
export function inHeaderBlock(view: string, lineStart: number): boolean {
  // Up: the lines before, nearest first.
  let end = lineStart - 1; // the newline ending the line above
  for (let k = 0; k < REACH && end > 0 && view[end] === '\n'; k++) {
    const start = lineStartAt(view, end);
    const line = view.slice(start, end).trim();
    if (!line) break;
    if (headerLine(line)) return true;
    if (!rosterLine(line)) break;
    end = start - 1;
  }
  // Down: the lines after.
  let start = view.indexOf('\n', lineStart) + 1;
  for (let k = 0; k < REACH && start > 0 && start < view.length; k++) {
    let e = view.indexOf('\n', start);
    if (e < 0) e = view.length;
    const line = view.slice(start, e).trim();
    if (!line) break;
    if (headerLine(line)) return true;
    if (!rosterLine(line)) break;
    start = e + 1;
  }
  return false;
}

/** A count standing for the askers, no person named: "4名", "4位委员", "共4人", "四名常委会委员". */
const COUNT_VALUE = /^\s*(?:共\s*)?[\d一二三四五六七八九十两]+\s*(?:名|位|人)(?:常委会)?(?:组成人员|委员|代表|同志)?\s*[。.]?\s*$/u;
/** A line where an asker speaks through a field or a 问 label (a digest's), not a label of his own name. */
const ASKING_LINE = new RegExp(String.raw`^[ \t]*(?:(${ASKER_FIELDS})|(?:询问|提问|追问)(?:内容|问题|事项)?|问题|问)\s*:`, 'mu');
/** A field line (a short name and its colon: 应询人:, 时间:, 主持人:): no one's words. */
const FIELD_ONLY = /^[ \t]*[\p{sc=Han} ]{1,8}:/u;

/**
 * Whether the asker field whose value is `[valueStart, valueEnd)`, naming `named` people, is the session's roster of
 * askers: a count with nobody named ("提问委员：4名"), or two people or more whose next asker speaks through a label
 * of his own ("石某林委员询问：…", among `events`, those read so far) or a field of his own with only fields between
 * ("询问人：甲、乙⏎⏎询问人：甲⏎询问内容：…"). Not when a 问 label, a 询问内容 field or words come first: those are
 * the listed members' joint question.
 */
export function askerRoster(view: string, valueStart: number, valueEnd: number, named: number, events: readonly SpeechEvent[]): boolean {
  if (named === 0) return COUNT_VALUE.test(view.slice(valueStart, valueEnd));
  if (named < 2) return false;
  const eol = lineEnd(view, valueEnd);
  let next: SpeechEvent | null = null;
  for (const e of events) if (e.role === 'asker' && e.start > eol && (!next || e.start < next.start)) next = e;
  const rest = view.slice(eol, next ? next.start : view.length);
  const asking = ASKING_LINE.exec(rest);
  if (!asking) return !!next && next.kind === 'label' && next.mention !== null && !next.announces;
  if (!asking[1]) return false;
  for (const line of rest.slice(0, asking.index).split('\n')) if (line.trim() && !FIELD_ONLY.test(line)) return false;
  return true;
}
