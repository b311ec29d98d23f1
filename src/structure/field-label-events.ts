/**
 * Field lines that name who asks or answers, in a digest or a record: "询问人:市人大常委会委员 褚某" / "应询人:…" opening
 * their lines (the label of the first they name), "补充应询人:…" and its "补充答复:…", the further fields of a line
 * ("…;应询人:局长 某", "问题一(询问人:委员 某;应询人:局长 某)") and a field in parentheses after the words it attributes
 * ("…如何加强治理?(询问人:委员 曹某)"). Each adds speech events to `events` (which already holds the mention-based ones
 * and the 问:/答: labels, labels.ts). Offsets are [start, end) UTF-16 code units of the view.
 */
import type { SpeakerMention } from './mentions.js';
import { STAMP } from './stamps.js';
import { lineEnd, type SpeechEvent, type SpeechRole } from './speech.js';
import { askerRoster, inHeaderBlock } from './roster-fields.js';
import { ADDRESSEE_FIELDS, answerFieldFollows, deferredAnswer, ASKER_FIELDS, isAddresseeField, RESPONDER_FIELDS, SUPPLEMENTARY_ANSWER } from './field-labels.js';
import { lineFields, type LineField } from './field-runs.js';
import { startingIn } from './mention-ranges.js';
import { LABEL_AFTER } from './speech-patterns.js';
import { lineStartAt } from '../source/line-bounds.js';

/** A short bracket inside a speaker's bracket, after the title: "答:(市财政局副局长(主持工作) 某某)" (title-qualifiers.ts). */
export const TITLE_NOTE = String.raw`\([^()\n]{1,8}\)`;

/**
 * Field lines of a digest naming the next asker or responder: "提问人:…", "应询人:…", a supplementary
 * one "补充应询人:…" and his words' "补充答复:…"; the addressee fields "应询单位:…" (field-labels.ts).
 */
const FIELD_LABEL = new RegExp(String.raw`^[ \t]*(?:${STAMP}\s*)?(${ASKER_FIELDS}|(?:补充)?(?:${RESPONDER_FIELDS})|${ADDRESSEE_FIELDS}|答复单位|${SUPPLEMENTARY_ANSWER})\s*[::]`, 'gmu');
/** A supplementary answer's label ("补充答复"), and a supplementary responder's field ("补充应询人"). */
const SUPPLEMENTARY_ANSWER_NAME = new RegExp(`^(?:${SUPPLEMENTARY_ANSWER})$`, 'u');
const SUPPLEMENTARY_PERSON_NAME = new RegExp(`^补充(?:${RESPONDER_FIELDS})$`, 'u');
/** A field in parentheses after the words it attributes: "…如何加强治理?(询问人:市人大常委会委员 曹文杰)". */
const TRAILING_FIELD = new RegExp(String.raw`\(\s*(${ASKER_FIELDS}|${RESPONDER_FIELDS})\s*[::]((?:[^()\n]|${TITLE_NOTE}){1,80})\)`, 'gu');

/** The mention opening the words at `after` (spaces skipped) on the line, or null. */
export function openingMention(view: string, after: number, eol: number, mentions: SpeakerMention[]): SpeakerMention | null {
  let p = after;
  while (p < eol && /\s/u.test(view[p])) p++;
  return startingIn(mentions, p, p + 1).find((m) => m.span[0] === p && m.span[1] <= eol) ?? null;
}

/**
 * A person field's events: the people its value `[valueStart, valueEnd)` names announce the next turn of their role
 * (`anchor` the field's start). A field whose person could not be read still replaces the previous one.
 * A field opening its line (`lineField`, where its name starts) is the label of the first it names: his turn starts
 * there ("询问人:市人大常委会委员 褚某⏎我们县…?⏎应询人:…" — the asker's turn from 询问人 to before 应询人).
 */
function announceField(view: string, mentions: SpeakerMention[], events: SpeechEvent[], role: SpeechRole, anchor: number, valueStart: number, valueEnd: number, lineField: number | null = null): void {
  const named = startingIn(mentions, valueStart, valueEnd).filter((x) => x.span[0] >= valueStart && x.span[0] < valueEnd);
  for (let i = events.length - 1; i >= 0; i--) if (named.includes(events[i].mention!)) events.splice(i, 1);
  for (const x of named) {
    const turnStart = lineField !== null && x === named[0] ? lineField : undefined;
    const followUp = role === 'asker' && followsUp(view, x.span[1], valueEnd);
    events.push({ mention: x, role, start: x.span[0], anchor, wordsStart: null, kind: 'reported', followUp, announces: true, ...(turnStart !== undefined ? { turnStart } : {}) });
  }
  if (!named.length) events.push({ mention: null, role, start: valueStart, anchor, wordsStart: null, kind: 'reported', followUp: false, announces: true });
}

/**
 * The person's own label in the field's value says he follows up: "询问人:区人大代表 黄立新追问:…" (or "(追问):") asks
 * again, as the bare "黄立新追问:" does (attribution.ts reads that label; the field's event stands in for it).
 */
function followsUp(view: string, nameEnd: number, valueEnd: number): boolean {
  const label = LABEL_AFTER.exec(view.slice(nameEnd, valueEnd));
  return !!label && (/追问|再问/u.test(label[1] ?? '') || /追问|再问/u.test(label[2] ?? ''));
}

/** A person field not at its line's start, after a separator or an opening bracket. */
const MID_LINE_FIELD = new RegExp(String.raw`[;,、(【\[ 	][ 	]*(?:(?:补充)?(?:${RESPONDER_FIELDS})|${ASKER_FIELDS})[ 	]*:`, 'gu');

/**
 * The fields of `slice` (at `from` in the view) on lines where a person field stands after the line's start, those
 * not opening the line. `trailing` when it is the line's only one and attributes the words before it: in brackets
 * ("…如何加强治理?(询问人:委员 某)", read below as such), or after a sentence's end; not after a header alone
 * ("问题一 询问人:委员 某", announcing).
 */
function midLineFields(view: string, from: number, slice: string): Array<LineField & { trailing: boolean }> {
  const out: Array<LineField & { trailing: boolean }> = [];
  let done = -1; // the end of the last line read
  for (const m of slice.matchAll(MID_LINE_FIELD)) {
    const at = from + m.index;
    if (at < done) continue;
    const start = view.lastIndexOf('\n', at) + 1;
    const end = lineEnd(view, at);
    done = end;
    const fields = lineFields(view, start, end);
    let open = start;
    while (open < end && /\s/u.test(view[open])) open++;
    for (const f of fields) {
      if (f.start <= open) continue;
      const before = view.slice(open, f.start);
      out.push({ ...f, trailing: fields.length === 1 && (/[(【\[]\s*$/u.test(before) || /[。?!;]/u.test(before)) });
    }
  }
  return out;
}

/** An unnamed 问:/答: label gets the people a field names after its words; each further one a copy of it. */
export function nameLabel(label: SpeechEvent, named: SpeakerMention[], events: SpeechEvent[]): void {
  label.mention = named[0];
  label.named = true;
  for (const x of named.slice(1)) events.push({ ...label, mention: x, start: x.span[0], anchor: x.span[0] });
}

/** Add the events of the person fields in `slice` (at `from` in the view) to `events` (mutated). */
export function addFieldEvents(view: string, from: number, slice: string, mentions: SpeakerMention[], events: SpeechEvent[]): void {
  // (The last person field read: a 补充答复 after 补充应询人 is that responder's words.)
  let lastField = '';
  const read = new Set<number>(); // where the fields read here start (a stamp may stand before one: "9时30分 询问人:…")
  for (const m of slice.matchAll(FIELD_LABEL)) {
    const at = from + m.index + m[0].length;
    const role: SpeechRole = /应询|答|回答/u.test(m[1]) ? 'responder' : 'asker';
    const field = lastField;
    lastField = m[1];
    read.add(from + m.index + m[0].indexOf(m[1]));
    if (isAddresseeField(m[1])) {
      // "应询单位:县水利局、县财政局" names whom the question is put to: within the asker's block
      // (before 询问内容) it ends nothing; after the question, with the answer's words next
      // ("答复内容:…"), it opens the answer of an office.
      const eol = lineEnd(view, at);
      if (answerFieldFollows(view, eol)) events.push({ mention: null, role, start: at, anchor: from + m.index, wordsStart: null, kind: 'reported', followUp: false, announces: true, addressee: [at, eol] });
      continue;
    }
    // "补充答复:…" / "补充回答:…" opens a supplementary answer: its speaker stands alone first in the
    // value ("补充答复:副县长 某某" then the words, "补充回答:副县长某某:…"), or was announced by
    // 补充应询人 (in a 问/答 layout the label speaks for him, as 答: does); else it is an official not
    // named (not the first responder).
    if (SUPPLEMENTARY_ANSWER_NAME.test(m[1])) {
      const start = from + m.index + (m[0].length - m[0].trimStart().length);
      const eol = lineEnd(view, at);
      const opener = openingMention(view, at, eol, mentions);
      const alone = opener ? /^\s*(?:同志)?\s*(?:[::]\s*|$)/u.exec(view.slice(opener.span[1], eol)) : null;
      if (opener && alone) {
        for (let i = events.length - 1; i >= 0; i--) if (events[i].mention === opener) events.splice(i, 1);
        const wordsStart = alone[0].includes(':') ? opener.span[1] + alone[0].length : Math.min(eol + 1, view.length);
        events.push({ mention: opener, role, start, anchor: start, wordsStart, kind: 'label', followUp: false });
        continue;
      }
      const announced = SUPPLEMENTARY_PERSON_NAME.test(field);
      const qaLayout = events.some((e) => e.kind === 'qa-label' && e.start >= from);
      if (announced && !qaLayout) continue;
      events.push({ mention: null, role, start, anchor: start, wordsStart: at, kind: announced ? 'qa-label' : 'label', followUp: false });
      continue;
    }
    // (Its value ends at the next field on the line: "询问人:委员 某;应询人:局长 某", field-runs.ts.)
    const eol = lineEnd(view, at);
    const fields = eol - at > 4 ? lineFields(view, from + m.index, eol) : [];
    const own = fields.length > 1 ? fields.find((f) => f.value[0] >= at) : undefined;
    const valueEnd = own ? own.value[1] : eol;
    // "第一场：…\n主持人：…\n应询人：副县长某，县财政局局长某": in a part's header block the field is a
    // roster (as 应询人员 is), nobody's words: the turn before ends there, and nobody is announced
    // (an asker field only when it lists several: a digest's 询问人 names the one who asks next).
    const named = startingIn(mentions, at, valueEnd).filter((x) => x.span[0] >= at && x.span[0] < valueEnd);
    const lineStart = from + m.index + (m[0].length - m[0].trimStart().length);
    // (So is an asker field listing or counting the askers who then speak through their own labels: "询问人：甲、乙", roster-fields.ts.)
    if (!SUPPLEMENTARY_PERSON_NAME.test(m[1]) && (((role === 'responder' || named.length > 1) && inHeaderBlock(view, lineStart))
      || (role === 'asker' && askerRoster(view, at, valueEnd, named.length, events)))) {
      for (let i = events.length - 1; i >= 0; i--) if (named.includes(events[i].mention!)) events.splice(i, 1);
      // (An asker field listing several is the session's roster of askers: it counts them, session.ts.)
      const roster = role === 'asker' && named.length > 1 ? { roster: named.length } : {};
      events.push({ mention: null, role: 'narration', start: lineStart, anchor: lineStart, wordsStart: eol, kind: 'label', followUp: false, ...roster });
      continue;
    }
    // "应询人:…⏎询问内容:…?⏎答复内容:…": the responders named ahead of the question speak from 答复内容 on.
    const answerAt = role === 'responder' && !SUPPLEMENTARY_PERSON_NAME.test(m[1]) ? deferredAnswer(view, eol, from + slice.length) : null;
    const before = events.length;
    announceField(view, mentions, events, role, from + m.index, at, valueEnd, answerAt ?? lineStart);
    if (answerAt !== null) for (const e of events.slice(before)) e.start = answerAt;
  }
  // The further fields of a line ("…;应询人:局长 某"), and the fields after a header or in its brackets
  // ("问题一(询问人:委员 某;应询人:局长 某)", "问题一 询问人:…,应询人:…"): each names whom its value names.
  for (const f of slice.includes('人:') ? midLineFields(view, from, slice) : []) {
    if (isAddresseeField(f.name) || f.trailing || read.has(f.start)) continue;
    const role: SpeechRole = /应询|答|回答/u.test(f.name) ? 'responder' : 'asker';
    announceField(view, mentions, events, role, f.start, f.value[0], f.value[1]);
  }
  // "问题1:…如何加强治理?(询问人:委员 曹某)" / "答:…。(答复人:局长 邓某)": the person in the
  // parentheses said the words before them — the unnamed 问:/答: label of the line when there is
  // one, else a turn of their own: the line.
  for (const m of slice.includes('人:') ? slice.matchAll(TRAILING_FIELD) : []) {
    const open = from + m.index;
    if (lineFields(view, open, open + m[0].length).length > 1) continue; // fields announcing, read above
    const role: SpeechRole = /应询|答|回答/u.test(m[1]) ? 'responder' : 'asker';
    const named = startingIn(mentions, open + 1, open + m[0].length).filter((x) => x.span[0] > open && x.span[1] < open + m[0].length);
    if (!named.length) continue;
    for (let i = events.length - 1; i >= 0; i--) if (named.includes(events[i].mention!)) events.splice(i, 1);
    const lineStart = lineStartAt(view, open);
    const label = events.find((e) => e.mention === null && e.role === role && e.start >= lineStart && e.start < open && (e.kind === 'qa-label' || e.kind === 'label'));
    if (label) nameLabel(label, named, events);
    else {
      // The turn holds the attributed words: it starts with their line (the parentheses are its anchor).
      for (const x of named) events.push({ mention: x, role, start: lineStart, anchor: open, wordsStart: null, kind: 'reported', followUp: false });
    }
  }
}
