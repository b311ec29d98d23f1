/**
 * Titles in brackets after the name of a speaker label: "镇人大代表 杨某某(大坪村党支部书记):…",
 * "县人大代表 田某(来自城关代表组):", "市人大代表 邝某(列席):". 乡镇 and 县 transcripts set a member's
 * post or constituency there; the label, brackets included, ends at its colon (or fills its
 * line, the words on the next), and the bracketed words are more of the person's titles.
 * Not these: a note of the turn ("(追问)", "(补充)": labels.ts), brackets naming someone
 * ("杨某某(镇人大代表、…)": the chain inside is the mention), brackets mid-sentence.
 * Matching runs on the view; spans are [start, end) UTF-16 offsets into the text.
 */
import type { SpeakerMention } from './mentions.js';
import { STAMP } from './stamps.js';

/** After the name: the bracketed words, then the label's verb and colon, or the end of the line. */
const AFTER_NAME = /^[ \t\u3000]*\(([^()\n:;。?!]{1,30})\)[ \t\u3000]*(?:(?:追问|提问|询问|问|回答|答复|答)?[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*:|[ \t\u3000]*(?:\n|$))/u;
/** Before the mention on its line: the lead of a label (spaces, a clock time, a bullet, Markdown bold). */
const LABEL_LEAD = new RegExp(String.raw`^[ \t\u3000]*(?:${STAMP}[ \t\u3000]*)?(?:[■●◆▲★☆□◇○•▶►][ \t\u3000]*)?(?:\*\*|__)?$`, 'u');
/** Notes of the turn, not titles. */
const TURN_NOTE = /^\s*(?:追问|再问|补充|续|接上)\s*$/u;
/** A person's sex ("王某(女):") or the moderator's role ("杭某(主持人):", chair.ts): part of the label, no title. */
const SEX = /^\s*(?:男|女|(?:会议)?主持人)\s*$/u;

/** Extend each named label mention over the bracketed titles after it (mutated: span, affiliation). `mentions` sorted by start. */
export function addAffiliations(view: string, mentions: SpeakerMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (!m.name || !m.nameSpan || !view.startsWith('(', skipBlank(view, m.span[1]))) continue;
    const lineStart = view.lastIndexOf('\n', m.span[0] - 1) + 1;
    if (!LABEL_LEAD.test(view.slice(lineStart, m.span[0]))) continue;
    const after = AFTER_NAME.exec(view.slice(m.span[1], m.span[1] + 48));
    if (!after || TURN_NOTE.test(after[1]) || !/\p{sc=Han}/u.test(after[1])) continue;
    const open = view.indexOf('(', m.span[1]);
    const close = open + 1 + after[1].length;
    const next = mentions[k + 1];
    if (next && next.span[0] < close) continue; // the brackets name someone
    let s = open + 1;
    let e = close;
    while (s < e && /\s/u.test(view[s])) s++;
    while (e > s && /\s/u.test(view[e - 1])) e--;
    m.span = [m.span[0], close + 1];
    if (!SEX.test(after[1])) m.affiliation = [s, e];
  }
}

function skipBlank(view: string, at: number): number {
  while (at < view.length && (view[at] === ' ' || view[at] === '\t' || view[at] === '\u3000')) at++;
  return at;
}
