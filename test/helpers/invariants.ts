/**
 * Invariants every record must satisfy, shared by the golden, fixture and property tests:
 * every item's span slices the decoded text to its `text`, spans lie inside the text,
 * each question's turns tile its section, a turn's answerTo names another question, every person id
 * referenced exists, and the
 * record is valid against the JSON Schema. Returns the list of violations (empty = fine).
 */
import AjvModule from 'ajv';
import { SCHEMA } from '../../src/model/schema.js';
import type { InquiryRecord } from '../../src/model/record.js';

const Ajv = (AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule;
const validate = new (Ajv as unknown as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] } })({ allErrors: true, strict: false }).compile(SCHEMA);

export function schemaErrors(record: unknown): string[] {
  return validate(record) ? [] : (validate.errors ?? []).map((e) => JSON.stringify(e));
}

export function violations(record: InquiryRecord, text: string): string[] {
  const out: string[] = [];
  if (record.source.length !== text.length) out.push(`source.length ${record.source.length} ≠ ${text.length}`);
  out.push(...schemaErrors(record));

  // Every object with a span: inside the text; with a text too: the slice is the text.
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) { node.forEach((n, i) => walk(n, `${path}[${i}]`)); return; }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      const v = o[key];
      if ((key === 'span' || key.endsWith('Span')) && Array.isArray(v)) {
        const [s, e] = v as number[];
        if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= text.length)) out.push(`${path}.${key} ${JSON.stringify(v)} outside the text`);
      }
    }
    if (Array.isArray(o.span) && typeof o.text === 'string') {
      const [s, e] = o.span as number[];
      if (text.slice(s, e) !== o.text) out.push(`${path}: slice ${JSON.stringify(text.slice(s, e))} ≠ text ${JSON.stringify(o.text)}`);
    }
    for (const key of Object.keys(o)) if (typeof o[key] === 'object') walk(o[key], `${path}.${key}`);
  };
  walk(record, 'record');

  const ids = new Set(record.people.map((p) => p.id));
  if (ids.size !== record.people.length) out.push('duplicate person ids');
  const ref = (id: string | null, where: string) => { if (id !== null && !ids.has(id)) out.push(`${where}: unknown person ${id}`); };
  for (const q of record.questions) {
    const w = `question ${q.index}`;
    q.askers.forEach((id) => ref(id, w + ' askers'));
    q.responders.forEach((id) => ref(id, w + ' responders'));
    q.turns.forEach((t, i) => ref(t.speaker, `${w} turn ${i}`));
    q.answers.forEach((a, i) => ref(a.responder, `${w} answer ${i}`));
    // Turns tile the section: no gap, no overlap.
    let at = q.sectionSpan[0];
    for (const t of q.turns) {
      if (t.span[0] !== at) out.push(`${w}: turns leave a gap or overlap at ${at}…${t.span[0]}`);
      at = t.span[1];
    }
    if (q.turns.length && at !== q.sectionSpan[1]) out.push(`${w}: turns end at ${at}, section at ${q.sectionSpan[1]}`);
    if (q.followUpOf !== null && !(q.followUpOf >= 1 && q.followUpOf < q.index)) out.push(`${w}: followUpOf ${q.followUpOf} is not an earlier question`);
    // A turn answers another question of the record (a batch), or its own (null).
    q.turns.forEach((t, i) => {
      if (t.answerTo !== null && (t.answerTo === q.index || !record.questions.some((o) => o.index === t.answerTo))) out.push(`${w} turn ${i}: answerTo ${t.answerTo} is not another question`);
    });
  }
  record.questions.forEach((q, i) => { if (q.index !== i + 1) out.push(`question at ${i} has index ${q.index}`); });
  // The closing lies after every question of the meeting, and outside the written answers appended to it (书面答复,
  // after the closing or before it); its figures and its vote lie inside it.
  const closing = record.session.closing;
  if (closing) {
    const within = (s: number[], where: string) => { if (s[0] < closing.span[0] || s[1] > closing.span[1]) out.push(`${where} ${JSON.stringify(s)} leaves the closing`); };
    // (Two sessions in one file, warned multiple-sessions: the closing is the first session's, and the second's questions
    // after it are no questions of that meeting: they may follow it, never overlap it.)
    const pasted = record.warnings.some((w) => w.code === 'multiple-sessions');
    for (const q of record.questions) if (q.written || pasted ? q.sectionSpan[0] < closing.span[1] && q.sectionSpan[1] > closing.span[0] : q.sectionSpan[1] > closing.span[0]) out.push(`question ${q.index} overlaps the closing`);
    closing.quantities.forEach((x, i) => within(x.span, `closing quantity ${i}`));
    if (closing.vote) within(closing.vote.span, 'closing vote');
  }
  return out;
}
