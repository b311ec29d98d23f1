/**
 * Lines opened by a bracketed tag that names no speaker: the moderator's role alone ("【主持人】请闻人副市长回答。",
 * "[主持人]", "【主持】", the words maybe on the next line) is the chair's label, a narration turn as "主持人:…" is, and
 * so is a name with that role in brackets alone on its line ("欧阳建华（主持人）⏎司马代表，还有没有要追问的？");
 * a scene tag ("【现场】代表们对回答进行了满意度测评。", "【场景】", "【会场】") with nobody's label after it is the
 * reporter's line, a narration turn that ends the answer before it. (A scene tag before a label, "【现场】局长某:…",
 * opens that speaker's turn: attribution.ts.) So is a rating note, "（现场测评：某某委员对…的回答表示满意。）". Matching runs on the view (brackets "[" "]" as written, 【】 kept);
 * offsets are [start, end) UTF-16 offsets into the text.
 */
import type { SpeakerMention } from './mentions.js';
import { STAMP } from './stamps.js';
import { lineEnd, type SpeechEvent } from './speech.js';

/** The moderator's role alone in brackets at a line's start, maybe with a name: "【主持人】", "[主持人]:", "【主持】", "【主持人 郑宏】". */
const MODERATOR_TAG = new RegExp(String.raw`^[ \t]*(?:${STAMP}\s*)?(?:\*\*|__)?[【\[〔][ \t]*(?:会议)?主持人?(?:[ \t]*[\p{sc=Han}·]{2,8})?[ \t]*[】\]〕](?:\*\*|__)?[ \t]*:?`, 'gmu');
/** A name and the moderator's role in brackets filling its line, the words on the next: "欧阳建华(主持人)", "郑宏(会议主持人):". */
const NAMED_MODERATOR_LINE = /^[ \t]*[\p{sc=Han}·]{2,8}[ \t]*\([ \t]*(?:会议)?主持人[ \t]*\)[ \t]*:?[ \t]*$/gmu;
/** A scene tag at a line's start: "【现场】", "[场景]", "【会场】", "【场外】", "【花絮】". */
const SCENE_TAG = /^[ \t]*[【\[〔][ \t]*(?:现场|场景|会场|场外|花絮|现场花絮)[ \t]*[】\]〕][ \t]*/gmu;
/**
 * A scene note headed by the rating taken on the spot, maybe in brackets: "（现场测评：某某委员对县发改局的回答表示满意。主持人
 * 某某点评说，…）", "满意度测评：…". It tells of the member and the chair, speaks for neither: a narration turn, whatever
 * names it holds, ending the answer before it.
 */
const SCENE_NOTE = /^[ \t]*(?:[(【\[〔][ \t]*)?(?:现场|满意度|当场)测评(?:情况|结果)?[ \t]*[:】\]〕][ \t]*/gmu;

/** Add the events of tag lines in `[from, to)` to `events` (mutated: mention events inside a moderator tag are dropped). */
export function addTagLines(view: string, from: number, to: number, mentions: SpeakerMention[], events: SpeechEvent[]): void {
  const slice = view.slice(from, to);
  if (!slice.includes('【') && !slice.includes('[') && !slice.includes('〔') && !slice.includes('主持') && !slice.includes('测评')) return; // (most documents hold none)
  const moderatorLines = slice.includes('主持') ? [...slice.matchAll(MODERATOR_TAG), ...slice.matchAll(NAMED_MODERATOR_LINE)] : [];
  for (const m of moderatorLines) {
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    const end = from + m.index + m[0].length;
    if (events.some((e) => e.kind !== 'reported' && e.start === start)) continue; // read as a label already
    // The moderator named in the tag speaks, but asks and answers nothing.
    for (let i = events.length - 1; i >= 0; i--) if (events[i].mention && events[i].mention!.span[0] >= start && events[i].mention!.span[0] < end) events.splice(i, 1);
    events.push({ mention: null, role: 'narration', start, anchor: start, wordsStart: end, kind: 'label', followUp: false, moderator: true });
  }
  for (const m of slice.matchAll(SCENE_TAG)) {
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    const eol = lineEnd(view, start);
    // Someone's turn starts on the line ("【现场】10:08 局长某:…"): the tag is theirs; alone on its line, it heads the next.
    if (from + m.index + m[0].length >= eol || events.some((e) => e.start >= start && e.start < eol)) continue;
    events.push({ mention: null, role: 'narration', start, anchor: start, wordsStart: from + m.index + m[0].length, kind: 'label', followUp: false });
  }
  for (const m of slice.includes('测评') ? slice.matchAll(SCENE_NOTE) : []) {
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    const eol = lineEnd(view, start);
    // (A member's or an official's turn on its line is not the note's: "现场测评:委员某某:满意。" is a label.)
    if (events.some((e) => e.start >= start && e.start < eol && e.role !== 'narration' && e.kind === 'label')) continue;
    for (let i = events.length - 1; i >= 0; i--) if (events[i].start >= start && events[i].start < eol) events.splice(i, 1);
    events.push({ mention: null, role: 'narration', start, anchor: start, wordsStart: from + m.index + m[0].length, kind: 'label', followUp: false });
  }
}
