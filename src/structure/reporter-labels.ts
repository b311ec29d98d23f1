/**
 * A reporter's label at a press conference on an inquiry (新闻发布会 "一问一答"): "记者：此次专题询问有哪些新特点？",
 * "江南日报记者：…？", "江南日报记者 冯若溪：…？", "央视记者提问：…？", "有记者问：…？". 记者 is a role word there, as
 * 委员 or 主持人 are in a session's record: the reporter asks, the official whose label follows answers. The mention
 * is a person titled 记者 (the medium, when written before it, is the organization; the name, when written after it,
 * the name), asking like the public a session invites (congress true, as for 网友). Only a label opening its line
 * counts, with the colon and a question in its words: a byline ("记者 王某 通讯员 李某") has neither, and a sentence
 * ("记者从市水务局了解到，…") has no colon right after the label.
 * Offsets are [start, end) UTF-16 offsets into the text; matching runs on the view (colons folded to ":").
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import { speakerMention, type SpeakerMention } from './mentions.js';
import type { SpeechEvent } from './speech.js';

/**
 * At a line start (spaces, Markdown bold, 【…】 header aside): 有 (an unnamed reporter: "有记者问"), or the medium
 * (group 1: two to ten Han or Latin characters, 江南日报, 央视, CGTN), then 记者 (maybe 本报/特约/见习 before it), a name
 * (group 2: two to four Han characters, after a space or not), an optional verb of asking, the colon.
 */
const REPORTER_LABEL = /(?<=^|\n)[ \t\u3000]*(?:\*\*|__)?(?:[【\[][^【】\[\]\n]{1,8}[】\]][ \t\u3000]*)?(有|([\p{sc=Han}A-Za-z]{2,10}?))?(?:特约|见习)?记者(?:[ \t\u3000]*(?!提问|问道|追问|发问|询问|问)(\p{sc=Han}{2,4}?))?[ \t\u3000]*(?:追问|提问|问道|问)?[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*:([^\n]*)/dgu;
/** Words after the colon that ask: a question mark (the view folds ？ to ?). */
const ASKS = /\?/u;

/** Mentions of reporters' labels in `range`, outside `claimed` spans, in reading order. */
export function reporterLabelMentions(pair: TextPair, range: Span, claimed: readonly Span[]): SpeakerMention[] {
  const { text, view } = pair;
  const slice = view.slice(range[0], range[1]);
  if (!slice.includes('记者')) return []; // (most texts have none)
  const out: SpeakerMention[] = [];
  for (const m of slice.matchAll(REPORTER_LABEL)) {
    const words = m[4];
    // The question may start on the next line when the colon ends the label's line.
    const next = words.trim() === '' ? slice.slice(m.index + m[0].length + 1).split('\n').find((l) => l.trim() !== '') ?? '' : words;
    if (!ASKS.test(next)) continue;
    const reporter = m.indices![0][0] + m[0].indexOf('记者', m[1] === undefined ? 0 : m.indices![1][1] - m.indices![0][0]);
    const lead = m.indices![1] ? range[0] + m.indices![1][0] : null;
    const titleStart = range[0] + reporter;
    const titleEnd = titleStart + 2;
    const org = m.indices![2] ? m.indices![2].map((x) => range[0] + x) : null;
    const nameSpan = m.indices![3] ? (m.indices![3].map((x) => range[0] + x) as Span) : null;
    const start = lead ?? titleStart; // (有记者问: the 有 is the label's)
    const end = nameSpan ? nameSpan[1] : titleEnd;
    if (claimed.some((c) => c[0] < end && c[1] > start)) continue;
    out.push(speakerMention([start, end], nameSpan ? 'title-name' : 'office-only', nameSpan ? text.slice(nameSpan[0], nameSpan[1]) : null, nameSpan,
      text.slice(org ? org[0] : titleStart, titleEnd), [org ? org[0] : titleStart, titleEnd], org ? text.slice(org[0], org[1]) : null, true, '记者', null, nameSpan ? undefined : 'indefinite'));
  }
  return out;
}

/** A verb of asking in a label (…问:, …提问:, …追问:): the speaker says they ask. */
const ASKING_LABEL = /问/u;

/**
 * Make the labelled turn right after a reporter's question its answer (`events` sorted by start; changed in place):
 * at a press conference whoever speaks next answers, whatever their title says — a congress official
 * ("省人大常委会副秘书长 滕书和:主要有三个新特点。…") replies there, asks nothing. Not a label saying it asks (…问:).
 */
export function answerReporters(view: string, events: SpeechEvent[]): void {
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.role !== 'asker' || e.mention?.office !== '记者') continue;
    const next = events.slice(i + 1).find((x) => x.role !== 'narration');
    if (!next || next.role !== 'asker' || next.kind !== 'label' || next.mention === null || next.mention.office === '记者' || next.wordsStart === null) continue;
    const label = view.slice(next.mention.span[1], next.wordsStart);
    if (ASKING_LABEL.test(label)) continue;
    next.role = 'responder';
    next.followUp = false;
  }
}
