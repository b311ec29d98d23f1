/**
 * Stage notes in a live transcript: "（掌声）", "[视频画面再次出现]", "（时间到）", "（现场响起掌声）", "〔笑声〕",
 * "【计时提示音响起】" — a bracketed line that no one says, set into the words where it happened. It is furniture: inside an
 * answer it neither ends the answer's list ("三是严格考核。⏎[视频画面再次出现]⏎四是建立长效机制。" — 四是 is measure 4),
 * nor is it any measure's text, a question's label or the start of the closing.
 *
 * A stage note is a whole line in brackets (any kind), short, with no colon (a colon makes it a label or a clip's
 * caption) and no full stop or question mark inside (a sentence, a subhead that asks), naming what happens in the hall or on the screen (STAGE_WORDS). A note of a
 * clip being shown ("（播放暗访短片）") opens a clip (clips.ts) unless the speaker's list goes on right after it
 * (`listGoesOnAcross`). A bracketed line naming a person who acts (（…委员举手示意追问）) is narration announcing the next
 * turn: stage-brackets.ts. Matched on the view (brackets folded to ASCII "(" ")", colons to ":"); offsets are UTF-16.
 */
import { findMarkers } from '../extract/markers.js';

/** What happens in the hall or on the screen: applause, laughter, the clock, a clip. */
const STAGE_WORDS = '掌声|鼓掌|笑声|大笑|时间到|计时|提示音|铃声|铃响|停顿|沉默|视频|画面|播放|短片|大屏幕|屏幕|音乐|起立';
/** A whole line in brackets, at most 30 characters inside, no colon, no full stop nor question mark, naming a stage event. */
const STAGE_NOTE = new RegExp(`^[ \\t\\u3000]*[(\\[【〔][^()\\[\\]【】〔〕:。?!\\n]{0,30}?(?:${STAGE_WORDS})[^()\\[\\]【】〔〕:。?!\\n]{0,30}[)\\]】〕][ \\t\\u3000]*$`, 'u');

/** True when the line (of the view, line break excluded) is a stage note alone on its line. */
export function isStageNote(line: string): boolean {
  return STAGE_NOTE.test(line);
}

/**
 * A pause or a resumption of the meeting ("（上午询问结束，休会）", "（休息十分钟）", "（下午复会）"): a note of the proceedings,
 * no happening inside anyone's words. Unlike the hall's furniture above, it ends the turn before it (narration up to the
 * next speaker: build.ts), as the meeting itself stopped there. The same whole line in brackets, a comma allowed.
 */
const PROCEEDING_WORDS = '休会|休息|暂停|复会|继续进行|询问结束|询问继续|会议继续|散会';
const PROCEEDING_NOTE = new RegExp(`^[ \\t\\u3000]*[(\\[【〔][^()\\[\\]【】〔〕:。?!\\n]{0,30}?(?:${PROCEEDING_WORDS})[^()\\[\\]【】〔〕:。?!\\n]{0,30}[)\\]】〕][ \\t\\u3000]*$`, 'u');

/** True when the line (of the view, line break excluded) is a note of the meeting's pause or resumption, alone on its line. */
export function isProceedingNote(line: string): boolean {
  return PROCEEDING_NOTE.test(line);
}

/** How far back the list before a note is looked for. */
const LOOK_BACK = 600;

/**
 * True when the line right after the note at `[start, end)` (blank lines skipped) opens with a list marker that goes on
 * with a marker before the note ("三是…⏎[视频画面再次出现]⏎四是…": 四 follows 三 of the same family).
 */
export function listGoesOnAcross(view: string, start: number, end: number): boolean {
  let next = end;
  while (next < view.length && /\s/u.test(view[next])) next++;
  if (next >= view.length) return false;
  const lineEnd = view.indexOf('\n', next) < 0 ? view.length : view.indexOf('\n', next);
  const after = findMarkers(view, next, lineEnd).find((m) => m.span[0] === next);
  if (!after || after.ordinal < 2 || after.ordinal > 90) return false;
  const before = findMarkers(view, Math.max(0, start - LOOK_BACK), start);
  return before.some((m) => m.family === after.family && m.ordinal === after.ordinal - 1);
}
