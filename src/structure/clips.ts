/**
 * A clip played between two exchanges: "（播放暗访短片《分类桶旁的“混装车”》）" then "短片显示：暗访组走访小区36个，…",
 * "画外音：…", an interviewee's "物业人员：车少，没办法。" — nobody of the inquiry speaks there. The stage direction ends
 * the turn of whoever spoke before (its figures are none of that answer), and what follows it, up to the next line
 * where someone of the inquiry starts speaking, is narration.
 *
 * A clip opens on a stage direction in brackets at a line start naming what is shown ("（播放…短片）",
 * "（观看专题片）", "（大屏幕显示…）", "【短片】…", "【视频】…"), or on the clip's own voice as a label
 * ("画外音：", "解说：", "旁白：", "字幕：", "同期声：", "短片显示：", "视频显示：", "画面显示："). The clip's voices
 * are no people (dict/not-names.utf8; interviewees' labels — 物业人员, 居民, 记者 — name nobody).
 * Lines are matched on the view (brackets folded to ASCII "(" ")", colons to ":"); offsets are UTF-16.
 */
import type { Line } from './blocks.js';
import type { SpeechEvent } from './speech.js';
import { isStageNote, listGoesOnAcross } from './stage-notes.js';
import { lineBounds, lineStartAt } from '../source/line-bounds.js';

/** Words of showing something in a stage direction: 播放, 观看, 短片, 视频, 专题片, 大屏幕 … */
const SHOWN = '播放|观看|放映|插播|短片|视频|专题片|宣传片|纪录片|暗访|大屏幕|屏幕显示|画面';
/** A stage direction in brackets opening the line: "(播放暗访短片《…》,时长4分30秒)", "【短片】…", "[视频]". */
const STAGE_DIRECTION = new RegExp(`^[ \\t\\u3000]*[(【\\[〔][^()【】\\[\\]〔〕\\n]{0,60}?(?:${SHOWN})[^()【】\\[\\]〔〕\\n]{0,60}[)】\\]〕]`, 'u');
/** The clip's own voice as a line's label: "画外音:", "解说词:", "短片显示:", "视频中:". */
const CLIP_VOICE = /^[ \t\u3000]*(?:画外音|旁白|解说词?|字幕|同期声|(?:短片|视频|画面|片中|暗访短片)(?:显示|中|内容|播放)?)[ \t\u3000]*:/u;

/** The line (of the view) opens a clip: a stage direction, or the clip's voice as a label. */
export function opensClip(line: string): boolean {
  return STAGE_DIRECTION.test(line) || CLIP_VOICE.test(line);
}

/**
 * The body lines (in reading order) that are a clip: from a line opening one (see `opensClip`) on which nobody of
 * the inquiry starts speaking, through the lines after it, up to the first line on which someone does (`events`, in
 * reading order: a turn other than narration starts there) or a line in `stops` (by content start: a question's
 * header) starts.
 */
export function clipLines(view: string, body: readonly Line[], events: readonly SpeechEvent[], stops: ReadonlySet<number> = new Set()): Line[] {
  const out: Line[] = [];
  let e = 0;
  let inClip = false;
  for (const line of body) {
    const [c0, c1] = line.content;
    while (e < events.length && events[e].start < c0) e++;
    let spoken = false;
    for (let j = e; j < events.length && events[j].start < c1; j++) if (events[j].role !== 'narration') { spoken = true; break; }
    if (spoken || stops.has(c0)) { inClip = false; continue; }
    if (!inClip && !opensClip(view.slice(c0, c1))) continue;
    // "三是…⏎[视频画面再次出现]⏎四是…": the speaker's list goes on past the note; no clip is shown there (stage-notes.ts).
    if (!inClip && isStageNote(view.slice(c0, c1)) && listGoesOnAcross(view, c0, c1)) continue;
    inClip = true;
    out.push(line);
  }
  return out;
}

/**
 * A clip's voice read as a label: "（播放视频）青山乡敬老院院长:…怎么办?" then "县人大常委会委员黄丽君结合视频提问:请问县人社局,
 * …?" — the interviewee on screen is no one of the inquiry: the clip is the narration of the question a member puts on it,
 * the member its asker. `events` (sorted by start) without the label events set on a line opening with a stage
 * direction, naming nobody of the congress (or nobody), whose next speaker (narration skipped) is a member asking. (A netizen's
 * message shown on screen and put to an office, "（大屏幕显示网友留言）网友“某某”:…? 请市某局回答", is answered next: it
 * stays a question.)
 */
export function withoutClipVoices(view: string, events: SpeechEvent[]): SpeechEvent[] {
  const gone = new Set<SpeechEvent>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    // (A voice read as narration goes too: the clip is no turn of its own, it opens the member's question.)
    if (e.kind !== 'label' || e.mention?.congress) continue;
    const [lineStart, eol] = lineBounds(view, e.start);
    if (!STAGE_DIRECTION.test(view.slice(lineStart, eol))) continue;
    let j = i + 1;
    while (j < events.length && events[j].role === 'narration') j++;
    const next = events[j];
    if (next && next.role === 'asker' && next.mention?.congress) gone.add(e);
  }
  return gone.size ? events.filter((e) => !gone.has(e)) : events;
}

/** Words naming what was shown, in a member's sentence or label: "结合视频提问", "观看视频短片后", "刚才短片里…". */
const NAMES_CLIP = /视频|短片|专题片|宣传片|纪录片|暗访|画面|片中/u;

/**
 * Whether the member's question starting on the line at `lineStart` takes up the clip shown above it: the asker's
 * sentence, up to `words` and a little past it (the label or the first words), names it ("…结合视频提问:", "观看视频
 * 短片后,…", "刚才短片里…"). A member asking on with no word of it asks on the exchanges, the clip closing the one before.
 */
export function takesUpClip(view: string, lineStart: number, words: number): boolean {
  const eol = view.indexOf('\n', lineStart);
  return NAMES_CLIP.test(view.slice(lineStart, Math.min(eol < 0 ? view.length : eol, words + 24)));
}

/** Where the clip lines right above the line at `lineStart` begin (blank lines skipped), or `lineStart` when none are. */
export function clipAbove(view: string, lineStart: number): number {
  let at = lineStart;
  for (;;) {
    let end = at - 1;
    while (end > 0 && /\s/u.test(view[end - 1])) end--;
    if (end <= 0) return at;
    const above = lineStartAt(view, end);
    if (!opensClip(view.slice(above, end))) return at;
    at = above;
  }
}

