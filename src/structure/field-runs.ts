/**
 * Several fields on one line: each value ends where the next field's name begins.
 *
 * Example: "问题一（询问人：市人大常委会委员罗刚；应询人：市中级人民法院院长许卫东）" holds two fields: 询问人 with
 * the value "市人大常委会委员罗刚" and 应询人 with "市中级人民法院院长许卫东". So do "询问人：…；应询人：…" alone on its
 * line, "问题一 询问人：…，应询人：…" after a header, and "应询人：…　询问人：…" in either order. A value runs from
 * after its colon to the separator (; , 、 or a space) before the next field name, to the bracket closing the
 * fields (a bracket opened inside the value, "孙雯（列席）", stays in it), or to the line's end; white space
 * trimmed. The field names are field-labels.ts's lexicon; a name counts only at the line's start or after a
 * separator or an opening bracket, never inside words. Matching runs on the view (ASCII colon, folded
 * brackets and spaces); spans are [start, end) UTF-16 offsets into the decoded text.
 */
import type { Span } from '../model/span.js';
import { ADDRESSEE_FIELDS, ASKER_FIELDS, RESPONDER_FIELDS } from './field-labels.js';

export interface LineField {
  /** The field's name as written: 询问人, 补充应询人, 应询单位 …. */
  name: string;
  /** Where the name starts. */
  start: number;
  /** The value, white space and the separator before the next field trimmed off. */
  value: Span;
}

/** A field name and its colon, at a line's start or after a separator or an opening bracket. */
const FIELD_NAME = new RegExp(String.raw`(?<=^|[\s;,、(【\[])((?:补充)?(?:${RESPONDER_FIELDS})|${ASKER_FIELDS}|${ADDRESSEE_FIELDS})[ \t]*:`, 'gmu');
/** What may end a value before the next field's name. */
const SEPARATOR = /[\s;,、]/u;

/** Every field of the line `[lineStart, lineEnd)` of `view`, in reading order. */
export function lineFields(view: string, lineStart: number, lineEnd: number): LineField[] {
  const line = view.slice(lineStart, lineEnd);
  if (!line.includes(':')) return [];
  const found: Array<{ name: string; start: number; valueStart: number }> = [];
  FIELD_NAME.lastIndex = 0;
  for (let m = FIELD_NAME.exec(line); m; m = FIELD_NAME.exec(line)) found.push({ name: m[1], start: m.index, valueStart: m.index + m[0].length });
  return found.map((f, k) => {
    const next = k + 1 < found.length ? found[k + 1].start : line.length;
    let end = f.valueStart;
    let depth = 0;
    for (; end < next; end++) {
      const c = line[end];
      if (c === '(' || c === '【' || c === '[') depth++;
      else if (c === ')' || c === '】' || c === ']') {
        if (depth === 0) break; // the bracket closing the fields
        depth--;
      }
    }
    let s = f.valueStart;
    while (s < end && SEPARATOR.test(line[s])) s++;
    while (end > s && SEPARATOR.test(line[end - 1])) end--;
    return { name: f.name, start: lineStart + f.start, value: [lineStart + s, lineStart + end] };
  });
}

/** Person fields: a header's words end before the first of them. */
const PERSON_FIELD = new RegExp(String.raw`(?<=^|[\s;,、(【\[])(?:(?:补充)?(?:${RESPONDER_FIELDS})|${ASKER_FIELDS})[ \t]*:`, 'u');
/** What stands between a header's words and its fields: spaces, separators, the bracket opening them. */
const BEFORE_FIELDS = /[\s;,、(【\[]+$/u;

/**
 * `span` (a header's words on its line) up to its first person field: "执行难(询问人:委员 某;应询人:院长 某)" →
 * "执行难"; "询问人:委员 某;应询人:…" → empty (at `span[0]`); `span` itself when no field is in it.
 */
export function beforeFields(view: string, span: Span): Span {
  const words = view.slice(span[0], span[1]);
  if (!words.includes(':')) return span;
  const m = PERSON_FIELD.exec(words);
  if (!m) return span;
  const head = words.slice(0, m.index).replace(BEFORE_FIELDS, '');
  return [span[0], span[0] + head.length];
}
