/**
 * Reading a saved record back: YAML or JSON text → a validated InquiryRecord, or a
 * one-line reason why not.
 *
 * Example: the output of `inquiry parse seeds/qujing-2025-safety-rule-of-law.txt`
 * ("schema: inquiry-record/1\nsource:\n  name: …") reads back to the same record; a file
 * saying "schema: inquiry-record/2" gets "record schema inquiry-record/2 is not supported
 * (this inquiry reads inquiry-record/1)". Pure: text in, data out, never throws. Hostile
 * input is refused, not worked through: text over `maxLength` UTF-16 code units, YAML
 * aliases beyond a small count (alias bombs), nesting deeper than `maxDepth`, spans
 * outside the recorded text length, and references that point to nobody: a person id in
 * `askers`, `responders`, a turn's `speaker` or an answer's `responder` that no entry of `people`
 * has ("/questions/0/askers/0 \"p9\" is no id in /people"), a `followUpOf` or `answerTo` that no
 * question's `index` has.
 */
import YAML from 'yaml';
import AjvModule from 'ajv';
import { SCHEMA } from '../model/schema.js';
import { addMissingFields } from './added-fields.js';
import { SCHEMA_VERSION, type InquiryRecord } from '../model/record.js';

export type ReadResult = { ok: true; record: InquiryRecord } | { ok: false; error: string };

export interface ReadOptions {
  /** Longest text accepted, in UTF-16 code units (default 64 Mi). */
  maxLength?: number;
  /** Deepest nesting of arrays and objects accepted (default 64; a record needs about 10). */
  maxDepth?: number;
}

const DEFAULT_MAX_LENGTH = 64 * 1024 * 1024;
const DEFAULT_MAX_DEPTH = 64;
/** inquiry never writes aliases; a few from hand edits are fine, thousands are an attack. */
const MAX_ALIASES = 50;

export function readRecord(input: string, options: ReadOptions = {}): ReadResult {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const text = input.replace(/^\uFEFF/, '');
  if (text.length > maxLength) return fail(`too large to be a record (${text.length} characters, the limit is ${maxLength})`);
  if (text.trim() === '') return fail('empty file, not a record');

  const parsed = looksLikeJson(text) ? parseJson(text) : parseYaml(text);
  if (!parsed.ok) return parsed;
  return checkRecord(parsed.value, maxDepth);
}

/**
 * The text is a saved record rather than a transcript: a JSON object (or array of objects), or
 * YAML with a `schema:` line near the top. A transcript may well open with "[曲靖日报]" or a
 * "---" rule, so a bracket or a rule alone does not make a record.
 */
export function looksLikeRecord(text: string): boolean {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  return /^\{\s*["}]/.test(t) || /^\[\s*[{\]]/.test(t) || /^schema\s*:/m.test(t.slice(0, 2000));
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}

function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    // `parse --format jsonl` of a batch: several records, one per line, is no broken JSON.
    const lines = jsonLines(text);
    if (lines > 1) return fail(`holds ${lines} JSON Lines records; give one record per file`);
    return fail(`not valid JSON: ${oneLine(error)}`);
  }
}

/** How many lines of `text` hold a JSON object each, when every non-blank line does; else 0. */
function jsonLines(text: string): number {
  let count = 0;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    if (!/^\s*\{/.test(line)) return 0;
    try {
      JSON.parse(line);
    } catch {
      return 0;
    }
    count++;
  }
  return count;
}

function parseYaml(text: string): Parsed {
  try {
    const docs = YAML.parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true });
    const list = Array.isArray(docs) ? docs : [docs];
    const bad = list.flatMap((d) => d.errors)[0];
    if (bad && /call stack/i.test(bad.message)) return fail('nested too deeply to be a record');
    if (bad) return fail(`not valid YAML: ${oneLine(bad)}`);
    if (list.length !== 1) return fail(`holds ${list.length} YAML documents; give one record per file`);
    return { ok: true, value: list[0].toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    if (error instanceof RangeError || /call stack/i.test(String(error))) return fail('nested too deeply to be a record');
    const message = oneLine(error);
    if (/alias/i.test(message)) return fail(`refused: too many YAML aliases (a record has none; this looks like an alias bomb)`);
    return fail(`not valid YAML: ${message}`);
  }
}

let validator: ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null } | undefined;

function validate(value: unknown) {
  const Ajv = (AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule;
  validator ??= new (Ajv as unknown as new (o: object) => { compile(s: object): NonNullable<typeof validator> })({ allErrors: false, strict: false }).compile(SCHEMA);
  return validator;
}

function checkRecord(value: unknown, maxDepth: number): ReadResult {
  if (Array.isArray(value)) {
    // Only a list holding one object with a schema field holds a record ('[[[…]]]' holds none).
    const one = value.length === 1 && value[0] !== null && typeof value[0] === 'object' && !Array.isArray(value[0]) && 'schema' in value[0];
    if (one) return fail('holds a list with one record; give the record itself');
    return fail(value.length === 1 ? 'not an inquiry record: the file holds a list, not an object' : `holds a list of ${value.length} items, not one record`);
  }
  if (value === null || typeof value !== 'object') return fail(`not a record: the file holds ${value === null ? 'null' : `a ${typeof value}`}, not an object`);
  const schema = (value as Record<string, unknown>).schema;
  if (schema === undefined) return fail('not an inquiry record: it has no "schema" field');
  if (typeof schema !== 'string' || !/^inquiry-record\/\S+$/.test(schema)) return fail(`not an inquiry record: schema is ${JSON.stringify(schema)?.slice(0, 60)}`);
  if (schema !== SCHEMA_VERSION) return fail(`record schema ${schema.slice(0, 40)} is not supported (this inquiry reads ${SCHEMA_VERSION})`);

  const depthProblem = checkDepthAndSpans(value, maxDepth);
  if (depthProblem) return fail(depthProblem);
  addMissingFields(value as Record<string, unknown>); // saved by an earlier build of the same schema
  const v = validate(value);
  if (!v(value)) {
    const e = v.errors?.[0];
    return fail(`not a valid ${SCHEMA_VERSION} record: ${e?.instancePath || '/'} ${e?.message ?? 'does not match the schema'}`);
  }
  const dangling = danglingReference(value as InquiryRecord);
  if (dangling) return fail(`not a valid ${SCHEMA_VERSION} record: ${dangling}`);
  return { ok: true, record: value as InquiryRecord };
}

/** The first reference (person id, question index) that points to nobody, as "path value is no …", or null. */
function danglingReference(record: InquiryRecord): string | null {
  const ids = new Set(record.people.map((p) => p.id));
  const indexes = new Set(record.questions.map((q) => q.index));
  const person = (id: string | null, path: string) => (id === null || ids.has(id) ? null : `${path} ${JSON.stringify(id).slice(0, 60)} is no id in /people`);
  const question = (index: number | null, path: string) => (index === null || indexes.has(index) ? null : `${path} ${index} is no question's index`);
  for (const [qi, q] of record.questions.entries()) {
    const at = `/questions/${qi}`;
    for (const [key, list] of [['askers', q.askers], ['responders', q.responders]] as const) {
      for (const [i, id] of list.entries()) {
        const problem = person(id, `${at}/${key}/${i}`);
        if (problem) return problem;
      }
    }
    const problem = question(q.followUpOf, `${at}/followUpOf`)
      ?? q.turns.reduce<string | null>((found, t, i) => found ?? person(t.speaker, `${at}/turns/${i}/speaker`) ?? question(t.answerTo, `${at}/turns/${i}/answerTo`), null)
      ?? q.answers.reduce<string | null>((found, a, i) => found ?? person(a.responder, `${at}/answers/${i}/responder`), null);
    if (problem) return problem;
  }
  return null;
}

/**
 * Walks the tree without recursion (a deep tree cannot overflow the stack here): nesting
 * deeper than `maxDepth` is refused before the schema validator recurses into it, and every
 * `span` must lie inside [0, source.length].
 */
function checkDepthAndSpans(root: object, maxDepth: number): string | null {
  const length = (root as { source?: { length?: unknown } }).source?.length;
  const stack: [unknown, number, string][] = [[root, 0, '']];
  while (stack.length) {
    const [node, depth, path] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > maxDepth) return `nested deeper than ${maxDepth} levels at ${path.slice(0, 80)}…; not a record`;
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
    for (const [key, child] of entries) {
      const at = `${path}/${key}`;
      if ((key === 'span' || key.endsWith('Span')) && Array.isArray(child) && child.length === 2 && typeof length === 'number') {
        const [s, e] = child as unknown[];
        if (typeof s === 'number' && typeof e === 'number' && !(s <= e && e <= length)) return `${at} [${s}, ${e}] lies outside the text (length ${length})`;
      }
      stack.push([child, depth + 1, at]);
    }
  }
  return null;
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').slice(0, 200);
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
