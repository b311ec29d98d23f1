/**
 * Speaker labels read from a whole line rather than one mention's sentence: several people named
 * before one colon ("常委会委员 马永福、市人大代表郑丽:…", `jointLabels`), and a speaker alone on a
 * line with the words in the next paragraph, the label's colon lost ("州财政局副局长　罗某某⏎…",
 * `ownLineLabel`), told apart from a list of names one a line (an attendance list), and the people such labels
 * title, whose bare names alone on a line label their later turns ("司马红梅⏎有。…", `ownLineSpeakers`).
 *
 * Example: "市某局局长 甲、副局长 乙答:…" → two responder label events sharing the words after the colon.
 * Offsets are UTF-16 offsets into the view; ranges are half-open `[start, end)`.
 */
import type { SpeakerMention } from './mentions.js';
import { lineEnd, type SpeechEvent, type SpeechRole } from './speech.js';
import { stampLength } from './stamps.js';
import { guessRole } from './label-role.js';
import { LABEL_AFTER, LEAD } from './speech-patterns.js';
import { isSpace } from './blocks.js';
import { lineStartAt } from '../source/line-bounds.js';

/** The longest lead before a label's first name (a header, a scene tag, a stamp, a bullet, a role tag, bold marks). */
const LEAD_REACH = 80;

/** Between people named together before one label colon: 、 (or 和/与/及) and spaces. */
const JOINT_SEPARATOR = /^[ \t\u3000]*[、,和与及][ \t\u3000]*$/u;

/**
 * Several people named before one colon at the start of a line ("常委会委员 马永福、市人大代表
 * 郑丽:…", "市某局局长 甲、副局长 乙答:"): each speaks the words after the colon, as one
 * label turn, asking when the label says so or the person is a member of the congress.
 */
export function jointLabels(view: string, from: number, to: number, mentions: SpeakerMention[]): Map<SpeakerMention, SpeechEvent> {
  const events = new Map<SpeakerMention, SpeechEvent>();
  for (let k = 0; k < mentions.length; k++) {
    const first = mentions[k];
    const ms = first.span[0];
    if (ms < from || first.span[1] > to) continue;
    const lineStart = lineStartAt(view, ms);
    // (A label's lead is short: a mention deep in a paragraph is no label's, and its line is not copied to say so.)
    let s = lineStart;
    while (s < ms && isSpace(view.charCodeAt(s))) s++;
    if (ms - s > LEAD_REACH) continue;
    if (LEAD.exec(view.slice(lineStart, ms)) === null) continue;
    const chain = [first];
    let j = k + 1;
    while (j < mentions.length && mentions[j].span[1] <= to && JOINT_SEPARATOR.test(view.slice(chain[chain.length - 1].span[1], mentions[j].span[0]))) chain.push(mentions[j++]);
    const last = chain[chain.length - 1];
    const label = chain.length > 1 ? LABEL_AFTER.exec(view.slice(last.span[1], lineEnd(view, last.span[1]))) : null;
    if (!label) continue;
    const verb = label[1] ?? '';
    const wordsStart = last.span[1] + label[0].length;
    chain.forEach((m, i) => {
      const role: SpeechRole = /答|回应|应询/u.test(verb) ? 'responder' : /问/u.test(verb) ? 'asker' : guessRole(view, m, wordsStart, to);
      const start = i === 0 ? ms : m.span[0];
      events.set(m, { mention: m, role, start, anchor: start, wordsStart, kind: 'label', followUp: verb === '追问', guessed: !verb && !m.congress && !m.title });
    });
    k = j - 1;
  }
  return events;
}

/** The longest line a speaker label of its own may be ("省人大常委会委员、省人大环境与资源保护委员会副主任委员 刘某"). */
const OWN_LINE_MAX = 48;
/** The chair's field opening a line: "主持人:", "会议主持人:". */
const CHAIR_FIELD = /^[ \t]*(?:\*\*|__)?(?:会议)?主持人[ \t]*(?:\*\*|__)?[ \t]*:/u;
/** Words that speak: a sentence ends in them (a list of names or a subhead ends in none). */
const SENTENCE_STOP = /[。?!;…]/u;

/**
 * Where the words start when the mention `m` (a title and a name, either order) is all its line
 * holds and the next paragraph is speech ("省人大常委会委员 王某⏎今年1至8月,…?", "陈某副厅长⏎全省…。"):
 * the next paragraph's first offset; else null. The next paragraph speaks when it opens on a
 * quotation, holds a sentence stop or leads into a list ("主要从三个方面发力:"); a line of names under names (an attendance list) does not,
 * nor does the last name of such a list (`previousMention`: where the mention before ends, -1 for none).
 */
export function ownLineLabel(view: string, m: SpeakerMention, lineStart: number, to: number, previousMention: number): number | null {
  const [ms, me] = m.span;
  if (!m.name || !m.title || me - lineStart > OWN_LINE_MAX) return null;
  const eol = lineEnd(view, me);
  if (view.slice(lineStart + stampLength(view, lineStart), ms).trim() || view.slice(me, eol).trim()) return null; // (after a live feed's stamp at most)
  // The last of a list of names, one a line ("出席人员:⏎县人大常委会主任 甲⏎副主任 乙⏎会议听取了…。"):
  // the line before ends on a name and holds no sentence. (Not the chair's field, which names one person:
  // "主持人:镇人大主席欧阳建华⏎⏎司马红梅(镇人大代表)⏎我问镇政府。…")
  let before = lineStart - 1;
  while (before > 0 && /\s/u.test(view[before - 1])) before--;
  const previousLine = view.slice(lineStartAt(view, before), before);
  if (previousMention >= 0 && previousMention === before && !SENTENCE_STOP.test(previousLine) && !CHAIR_FIELD.test(previousLine)) return null;
  let next = eol;
  while (next < to && /\s/u.test(view[next])) next++;
  if (next >= to) return null;
  if (view[next] === '“') return next;
  const line = view.slice(next, Math.min(lineEnd(view, next), to));
  return SENTENCE_STOP.test(line) || LEAD_IN.test(line) ? next : null;
}

/** A line that leads into a list on the lines after it ("主要从三个方面发力:"): words too; a short field name ("列席人员:") is none. */
const LEAD_IN = /^[^:\n]{6,}:[ \t]*$/u;

/** What may stand on a speaker's own line before the mention: a lead (spaces, bold) or a 主持人 field; after it, a colon and the line's end. */
const OWN_LINE_BEFORE = /(?:^|\n)[ \t]*(?:\*\*|__)?[ \t]*(?:(?:会议)?主持人[ \t]*:[ \t]*)?$/u;
const OWN_LINE_AFTER = /^[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*(?:\r?\n|$)/u;
/** How far those may reach from the mention (code units): its line is read from the mention out, never whole. */
const OWN_LINE_REACH = 16;

/**
 * The people a speaker label alone on its line introduces with a title ("司马红梅(镇人大代表)", "公孙丽　县人大常委会委员",
 * and the chair of a "主持人:镇人大主席欧阳建华" field), by name: such transcripts title a speaker once and give the
 * bare name on the lines of later turns ("司马红梅⏎有。散居户的设施谁来维护?"), which are that person's labels.
 * Empty unless at least one label stands on its own line (a 主持人 field alone is no such layout).
 */
export function ownLineSpeakers(view: string, mentions: readonly SpeakerMention[]): Map<string, SpeakerMention> {
  const out = new Map<string, SpeakerMention>();
  let labels = 0;
  for (const m of mentions) {
    if (!m.name || out.has(m.name)) continue;
    const reach = Math.max(0, m.span[0] - OWN_LINE_REACH);
    const before = OWN_LINE_BEFORE.exec(view.slice(reach, m.span[0]));
    if (!before || (before[0][0] !== '\n' && reach > 0) || !OWN_LINE_AFTER.test(view.slice(m.span[1], m.span[1] + OWN_LINE_REACH))) continue;
    const field = before[0].includes(':');
    // (The chair a field names without a title, "主持人:欧阳建华", holds the title the field gives.)
    if (m.title) out.set(m.name, m);
    else if (field) out.set(m.name, { ...m, title: '主持人' });
    if (m.title && !field) labels++;
  }
  return labels ? out : new Map();
}
