/**
 * Speaker labels left inside the introduction: lines where an asker or a responder takes the floor before the first
 * question was found, so an exchange (or more) was read as the meeting's opening.
 *
 * Example: "向东：…首先请某委员提问。⏎黄志强：谢谢…原因主要有三个方面：一是…" with the asker's label unread: 黄志强's answer
 * opens a line with his label inside the introduction, which should hold only the headline, the meeting's facts and the
 * chair's opening. The chair's own lines (narration, the moderator) and a label that only announces the next speaker
 * ("提问人:…") belong there and are not counted; nor is the government's rapporteur whose report introduces the inquiry
 * ("市政府副市长 李某:作关于全市耕地保护工作情况的报告。", "【副市长 李某】受市政府委托,…"): the meeting's opening, narrated
 * under a label. Spans are [start, end) UTF-16 offsets.
 */
import type { Span } from '../model/span.js';
import type { SpeechEvent } from './speech.js';
import { NAMED_REPORT } from './session-topic.js';

/**
 * The labels of askers and responders that open a line inside `intro` (`[start, end)`), as the spans of their
 * mentions (or of the label's first words when no mention names them), in reading order.
 */
export function labelsInIntroduction(view: string, intro: Span | null, events: readonly SpeechEvent[]): Span[] {
  if (!intro || intro[1] <= intro[0]) return [];
  const out: Span[] = [];
  for (const e of events) {
    if (e.start < intro[0] || e.start >= intro[1]) continue;
    if (e.role === 'narration' || e.moderator || e.announces || (e.kind !== 'label' && e.kind !== 'qa-label')) continue;
    if (!opensLine(view, e.start)) continue;
    if (e.wordsStart !== null && deliversReport(view, e.wordsStart)) continue;
    out.push(e.mention ? e.mention.span : [e.start, e.wordsStart ?? e.start]);
  }
  return out;
}

/** What may stand before a label on its line: spaces, a bullet, Markdown bold. */
const LEAD = /[ \t\u3000*_■●◆▲★☆□◇○•▶►]/u;

/** True when only a label's lead stands between the line's start and `pos`. */
function opensLine(view: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && LEAD.test(view[i - 1])) i--;
  return i === 0 || view[i - 1] === '\n';
}

/**
 * The words of a label (from `at`, to their line's end) deliver the report the inquiry goes with: they open on the
 * commission (受市政府委托), the act (作关于…的报告, 就…作报告, 作了…报告: no comma between, an answer's "作了大量工作,…报告"
 * tells of work) or the report's own title (关于…情况的报告).
 */
function deliversReport(view: string, at: number): boolean {
  const end = view.indexOf('\n', at);
  return DELIVERS.test(view.slice(at, end < 0 ? Math.min(view.length, at + REPORT_REACH) : Math.min(end, at + REPORT_REACH)));
}
/** How far a label's words are read for the report's delivery (its title may run long). */
const REPORT_REACH = 120;
const DELIVERS = new RegExp(String.raw`^[\s*_]*(?:受[^,。;:\n]{2,20}?委托|(?:就[^,。;:\n]{2,40}?)?(?:作|做)了?[^,。;:\n]{0,60}?报告|《?${NAMED_REPORT})`, 'u');
