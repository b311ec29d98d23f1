/**
 * The field-label lexicon of transcripts laid out as fields (county reports, minutes, digests):
 *
 *   询问人：县人大常委会委员 覃某某
 *   应询单位：县水利局、县财政局          ← the addressees, not a speaker
 *   询问内容：饮水工程建后管护资金从哪里来？ ← the question as written
 *   应询人：县水利局局长 莫某某            ← the next speaker
 *   答复内容：…
 *   补充应询人：副县长 石某某              ← a second official adds to the answer (补充 + field)
 *   补充答复：…
 *
 * Person fields name who speaks next; 补充 before a responder field (补充应询人, 补充答复人) names a
 * supplementary responder, and 补充答复/补充回答(内容) opens his words. Addressee fields (应询单位,
 * 询问对象, 被询问单位) hold a list of organizations split on 、/和/及. Matching runs on the view
 * (ASCII colon); spans are [start, end) UTF-16 offsets into the decoded text.
 */
import type { Span } from '../model/span.js';
import { append } from '../model/append.js';

/**
 * Fields naming who asks next: the asker (人, 者, 人员) or the member or deputy (委员, 代表) of 提问, 询问 or 问询.
 * Each side is read by its own lexicon: any asker field pairs with any responder field ("询问委员:" then "应询人:",
 * "询问人:" then "答复:"), never only those of one family.
 */
export const ASKER_FIELDS = '提问人员|提问人|提问者|提问委员|提问代表|询问人|询问委员|询问代表|问询人';
/**
 * Fields naming who answers next; each may take 补充 (a supplementary responder): the one who 应询, 答询, 答复, 回答
 * (人, 人员, 者) and the bare verbs of answering a field may stand for (作答, 应答, 答询: "作答:市水利局局长 某").
 * (应询:, 答复:, 回答:, 回复: are 问/答 labels of their own, labels.ts: a person on their line speaks them.)
 */
export const RESPONDER_FIELDS = '应询人员|应询人|应询者|答询人|答复人|回答人|答询|作答|应答';
/** Fields whose value is the organizations asked (the question's addressees), not a person. */
export const ADDRESSEE_FIELDS = '应询单位|应询部门|询问对象|被询问单位|被询问部门|被询问对象';
/** A supplementary answer's own label: 补充答复, 补充回答, 补充答复内容. */
export const SUPPLEMENTARY_ANSWER = '补充(?:答复|回答|回复)(?:内容)?';
/** Labels opening the words of a question or an answer: 询问内容, 答复内容, 答复情况 …. */
const CONTENT_FIELDS = '(?:询问|提问|追问)(?:内容|问题|事项)|(?:答复|回答|回复)(?:内容|情况|要点)';

/** The field names that open a line of a field block: a 询问内容 field ends at the next one. */
const ANY_FIELD = `(?:补充)?(?:${RESPONDER_FIELDS})|${ASKER_FIELDS}|${ADDRESSEE_FIELDS}|答复单位|${SUPPLEMENTARY_ANSWER}|${CONTENT_FIELDS}`;
const FIELD_LINE = new RegExp(String.raw`^[ \t]*(?:${ANY_FIELD})\s*:`, 'mu');

/**
 * A field's name standing as a label: at a line's start or after a separator or an opening bracket, with its colon
 * ("询问人:", "应询单位:", "答复内容:", "(询问人:…;应询人:…)"). The lexicon names no one's words, only roles.
 */
const FIELD_LABEL_NAME = new RegExp(String.raw`(?<=^|[\s;,、(【\[])[ \t]*(?:${ANY_FIELD})[ \t]*:`, 'gmu');

/**
 * `slice` (of the view) with its field labels blanked, same length: "询问人:市人大常委会委员 某⏎…" → "    市人大常委会委员 某⏎…".
 * Keywords are the words of the question, not of its labels (as a 第一组 heading is none of them, pipeline.ts).
 */
export function withoutFieldLabels(slice: string): string {
  if (!slice.includes(':')) return slice;
  return slice.replace(FIELD_LABEL_NAME, (m) => ' '.repeat(m.length));
}

/** A field line that no question runs into: a person, an addressee, an answer's words. */
const AFTER_QUESTION = new RegExp(String.raw`\n[ \t]*(?:(?:补充)?(?:${RESPONDER_FIELDS})|${ASKER_FIELDS}|${ADDRESSEE_FIELDS}|答复单位|${SUPPLEMENTARY_ANSWER}|(?:答复|回答|回复)(?:内容|情况|要点))\s*:`, 'u');

/** `words` up to a field line inside them ("…有多大?\n应询单位:县交通运输局"), white space trimmed. */
export function beforeFieldLine(view: string, words: Span): Span {
  const m = AFTER_QUESTION.exec(view.slice(words[0], words[1]));
  if (!m) return words;
  let e = words[0] + m.index;
  while (e > words[0] && /\s/u.test(view[e - 1])) e--;
  return e > words[0] ? [words[0], e] : words;
}

/** The field opening the question's words: "询问内容:" / "提问内容:" at a line start. */
const QUESTION_FIELD = /^[ \t]*(?:询问|提问|追问)(?:内容|问题|事项)\s*:[ \t]*/mu;
/** An answer's words opening the next line: "答复内容:", "回答情况:" (not 答复: alone, a 问/答 label of its own). */
const ANSWER_FIELD_LINE = /^\n[ \t]*(?:答复|回答|回复)(?:内容|情况|要点)\s*:/u;
/** The next field on a field's line, after a separator: where the field's value ends. */
const NEXT_FIELD = new RegExp(String.raw`[;,、\s]+(?:${ANY_FIELD})\s*:`, 'u');
/** An addressee field at a line start; group 1 its value up to the end of the line. */
const ADDRESSEE_FIELD = new RegExp(String.raw`^[ \t]*(?:${ADDRESSEE_FIELDS})\s*:[ \t]*([^\n]*)`, 'gmu');
/**
 * What separates the organizations of an addressee field: 、 , ; and spaces; 和/及/与 only after an
 * institution word (县水利局和县财政局), not inside a name (区住房和城乡建设局).
 */
const LIST_SEPARATOR = /[、,;\s]+|(?<=[局委厅办院府部心司所站队道会处室行团])\s*[和及与]\s*/gu;
const ADDRESSEE_NAME = new RegExp(`^(?:${ADDRESSEE_FIELDS})$`, 'u');

/** Whether `name` (a field name as matched) is an addressee field. */
export function isAddresseeField(name: string): boolean {
  return ADDRESSEE_NAME.test(name);
}

/** Whether an answer's words open the line after `eol` (the end of a field's line). */
export function answerFieldFollows(view: string, eol: number): boolean {
  return ANSWER_FIELD_LINE.test(view.slice(eol, eol + 16));
}

/** A line of the field block after a responder field: a question's or an answer's words, or another person field. */
const BLOCK_LINE = new RegExp(String.raw`^[ \t]*(?:((?:询问|提问|追问)(?:内容|问题|事项))|((?:答复|回答|回复)(?:内容|情况|要点))|${ASKER_FIELDS}|(?:补充)?(?:${RESPONDER_FIELDS}))\s*:`, 'gmu');

/**
 * Where the answer's words open when a responder field stands before the question's words:
 * "应询人:省交通运输厅厅长 某⏎询问内容:…?⏎答复内容:…" names who answers, ahead of the question (the
 * block lists its people first); his turn starts at 答复内容, not at his field. Null when the question's
 * words come first (询问人, 询问内容, 应询人, 答复内容) or no answer field follows before another person field.
 */
export function deferredAnswer(view: string, eol: number, to: number): number | null {
  BLOCK_LINE.lastIndex = eol;
  let asked = false;
  for (let m = BLOCK_LINE.exec(view); m && m.index < to; m = BLOCK_LINE.exec(view)) {
    if (m[1]) { asked = true; continue; }
    if (m[2]) return asked ? m.index + (m[0].length - m[0].trimStart().length) : null;
    return null;
  }
  return null;
}

/**
 * The question's words in `[from, to)` of an asker's field block: after "询问内容:", up to the next
 * field line ("应询人:…"); null when no such field stands there.
 */
export function questionField(view: string, from: number, to: number): Span | null {
  const slice = view.slice(from, to);
  const m = QUESTION_FIELD.exec(slice);
  if (!m) return null;
  const start = m.index + m[0].length;
  const next = FIELD_LINE.exec(slice.slice(start));
  const end = next ? start + next.index : slice.length;
  let e = end;
  while (e > start && /\s/u.test(slice[e - 1])) e--;
  return e > start ? [from + start, from + e] : null;
}

/** An addressee field's whole line, its newline included. */
const ADDRESSEE_LINE = new RegExp(String.raw`^[ \t]*(?:${ADDRESSEE_FIELDS})\s*:[^\n]*(?:\n|$)`, 'u');

/** The person's own colon right after his name in a field's value: "询问人:委员 某:…". */
const NAME_COLON = /^[ \t]*:/u;

/**
 * The words of an asker named by a field with no 询问内容 field: the lines after the person's own
 * ("询问人:委员 某\n应询单位:县水利局\n饮水工程…?"), addressee fields skipped, or the words after his
 * name's own colon ("询问人:委员 某:饮水工程…?"); null when the person's line goes on otherwise after
 * the name, or nothing follows up to `to`.
 */
export function afterFieldPerson(view: string, personEnd: number, to: number): Span | null {
  const colon = NAME_COLON.exec(view.slice(personEnd, personEnd + 8));
  if (colon) return trimmed(view, personEnd + colon[0].length, to);
  let at = view.indexOf('\n', personEnd);
  if (at < 0 || at >= to || view.slice(personEnd, at).trim() !== '') return null;
  at++;
  for (let m = ADDRESSEE_LINE.exec(view.slice(at, to)); m && m[0].length > 0; m = ADDRESSEE_LINE.exec(view.slice(at, to))) at += m[0].length;
  return trimmed(view, at, to);
}

/** `[at, to)` with its white space trimmed; null when nothing is left. */
function trimmed(view: string, at: number, to: number): Span | null {
  let e = to;
  while (at < e && /\s/u.test(view[at])) at++;
  while (e > at && /\s/u.test(view[e - 1])) e--;
  return e > at ? [at, e] : null;
}

/** The organizations of the addressee fields in `[from, to)`, as written: "应询单位:县水利局、县财政局" → both. */
export function addresseeFields(view: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const slice = view.slice(from, to);
  if (!/单位|部门|对象/u.test(slice)) return out;
  ADDRESSEE_FIELD.lastIndex = 0;
  for (let m = ADDRESSEE_FIELD.exec(slice); m; m = ADDRESSEE_FIELD.exec(slice)) {
    const valueAt = from + m.index + m[0].length - m[1].length;
    // (Up to the next field of its line: "应询单位:县水利局;应询人:县水利局局长 某".)
    const next = NEXT_FIELD.exec(m[1]);
    append(out, organizationList(view, [valueAt, valueAt + (next ? next.index : m[1].length)]));
  }
  return out;
}

/** The organizations listed in `span` (a field's value or a table cell): "县水利局和县财政局。" → 县水利局, 县财政局. */
export function organizationList(view: string, span: Span): Span[] {
  const out: Span[] = [];
  const value = view.slice(span[0], span[1]).replace(/[。.]\s*$/u, '');
  let at = 0;
  LIST_SEPARATOR.lastIndex = 0;
  for (let s = LIST_SEPARATOR.exec(value); ; s = LIST_SEPARATOR.exec(value)) {
    const end = s ? s.index : value.length;
    if (end > at) out.push([span[0] + at, span[0] + end]);
    if (!s) break;
    at = s.index + s[0].length;
  }
  return out;
}
