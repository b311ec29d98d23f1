/**
 * Property tests (fast-check, 1,300 cases): `parse` never throws on arbitrary strings, on
 * excerpts of the seed with random deletions, insertions and punctuation swaps, and on random
 * bytes (only `DecodeError` may come out of decoding); every record it returns keeps the
 * invariants: every span lies in the document and slices to its text, every person id
 * referenced exists, and the record is valid against SCHEMA (ajv). The CLI on random files
 * exits 0 with a record or 2 with one line naming the file.
 * Example of a mutated case: "问题一：“一府两院”如何…" → "问题一，“一府两院如何…" (a colon
 * swapped, a quote deleted) must still give a record whose spans all slice to their text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse, decode, DecodeError, SCHEMA, type InquiryRecord } from '../src/index.js';
import { SAMPLE_TEXT, sampleRecord } from './cli/sample.js';
import { run } from './cli/run.js';

const SEED = readFileSync(join(import.meta.dirname, '../seeds/qujing-2025-safety-rule-of-law.txt'), 'utf8');
const validate = new Ajv({ allErrors: true, strict: false }).compile(SCHEMA as object);

/** Every invariant of a record parsed from `text`; returns the problems found (empty when it holds). */
export function invariantProblems(record: InquiryRecord, text: string): string[] {
  const problems: string[] = [];
  if (!validate(record)) problems.push(`schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  if (record.source.length !== text.length) problems.push(`source.length ${record.source.length} ≠ ${text.length}`);
  if (record.source.sha256 !== createHash('sha256').update(text, 'utf8').digest('hex')) problems.push('source.sha256 is not that of the text');
  const inside = (span: unknown, where: string) => {
    if (!Array.isArray(span)) return;
    const [a, b] = span as number[];
    if (!(Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a <= b && b <= text.length)) problems.push(`${where}: span ${JSON.stringify(span)} outside [0, ${text.length}]`);
  };
  // Any object with a span and a text: the text is exactly the slice; any span or *Span lies inside.
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) { value.forEach((v, i) => walk(v, `${path}[${i}]`)); return; }
    if (value === null || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      if ((k === 'span' || k.endsWith('Span')) && Array.isArray(v) && v.length === 2 && typeof v[0] === 'number') inside(v, `${path}.${k}`);
    }
    if (Array.isArray(o.span) && typeof o.text === 'string') {
      const [a, b] = o.span as number[];
      if (text.slice(a, b) !== o.text) problems.push(`${path}: text ${JSON.stringify(o.text)} ≠ slice ${JSON.stringify(text.slice(a, b))}`);
    }
    if (Array.isArray(o.statedCountSpan) && typeof o.statedCountText === 'string') {
      const [a, b] = o.statedCountSpan as number[];
      if (text.slice(a, b) !== o.statedCountText) problems.push(`${path}: statedCountText ≠ its slice`);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'span' && typeof v === 'object') walk(v, `${path}.${k}`);
  };
  walk(record, 'record');
  for (const [k, span] of Object.entries(record.session.spans)) inside(span, `session.spans.${k}`);

  const ids = new Set(record.people.map((p) => p.id));
  if (ids.size !== record.people.length) problems.push('person ids are not unique');
  const known = (id: string | null, where: string) => { if (id !== null && !ids.has(id)) problems.push(`${where}: unknown person ${id}`); };
  for (const q of record.questions) {
    const where = `question ${q.index}`;
    q.askers.forEach((id) => known(id, `${where} askers`));
    q.responders.forEach((id) => known(id, `${where} responders`));
    q.turns.forEach((t) => known(t.speaker, `${where} turns`));
    q.answers.forEach((a) => known(a.responder, `${where} answers`));
    let end = q.sectionSpan[0];
    for (const t of q.turns) {
      if (t.span[0] < end || t.span[1] > q.sectionSpan[1]) problems.push(`${where}: turn ${JSON.stringify(t.span)} overlaps or leaves the section`);
      end = Math.max(end, t.span[1]);
    }
  }
  record.questions.forEach((q, i) => { if (q.index !== i + 1) problems.push(`question indexes not 1, 2, …: ${q.index} at ${i}`); });
  // The closing lies after every question; its figures and its vote lie inside it.
  const closing = record.session.closing;
  if (closing) {
    const within = (s: number[], where: string) => { if (s[0] < closing.span[0] || s[1] > closing.span[1]) problems.push(`${where} ${JSON.stringify(s)} leaves the closing`); };
    for (const q of record.questions) if (q.sectionSpan[1] > closing.span[0]) problems.push(`question ${q.index} overlaps the closing`);
    closing.quantities.forEach((x, i) => within(x.span, `closing quantity ${i}`));
    if (closing.vote) within(closing.vote.span, 'closing vote');
  }
  return problems;
}

function check(text: string): void {
  const record = parse(text);
  expect(invariantProblems(record, text.replace(/^\uFEFF/, ''))).toEqual([]);
}

/** Pieces of the genre, so random strings look enough like transcripts to reach the parser's rules. */
const PIECES = [
  '问题一：', '问题2:', '一、', '【询问一】', '追问：', '问：', '答：', '委员', '市人大常委会委员', '王某某', '李局长', '市公安局局长',
  '张三', '表示', '回答', '提问', '率先发问。', '请', '同志回答', '一是', '二是', '第三，', '首先', '(一)', '①', '1.', '从三方面',
  '五项举措', '97.78%', '8个百分点', '1.5万平方米', '500余条', '两到三年', '“', '”', '，', '。', '？', '：', ':', '；', '\n', '\r\n',
  ' ', '\u3000', '\t', '六个聚焦', '一府两院', '十四五', '2025年5月', '近五年', '約', '問題三：', '\u0000', '\u001b[31m', '\ud800', '🙂',
];
const genreText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 300 });

/** An excerpt of the seed with random edits: deletions, insertions of genre pieces, punctuation swaps. */
const PUNCT = ['，', '。', '：', '；', '？', '、', '“', '”', ',', ':', '\n', ''];
const seedExcerpt = fc.record({
  start: fc.nat({ max: SEED.length - 1 }),
  length: fc.integer({ min: 100, max: 1500 }),
  edits: fc.array(fc.tuple(fc.constantFrom('delete', 'insert', 'swap'), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 20 }), fc.constantFrom(...PIECES, ...PUNCT)), { maxLength: 25 }),
}).map(({ start, length, edits }) => {
  let text = SEED.slice(start, start + length);
  for (const [kind, at, n, piece] of edits) {
    const i = Math.floor(at * text.length);
    if (kind === 'delete') text = text.slice(0, i) + text.slice(i + n);
    else if (kind === 'insert') text = text.slice(0, i) + piece + text.slice(i);
    else {
      const m = /[，。：；？、“”,:\n]/g;
      m.lastIndex = i;
      const hit = m.exec(text);
      if (hit) text = text.slice(0, hit.index) + PUNCT[n % PUNCT.length] + text.slice(hit.index + 1);
    }
  }
  return text;
});

const SLOW = 240_000;

describe('[properties] parse never throws and keeps the invariants', () => {
  it('the seed itself', () => check(SEED), SLOW);

  it('on arbitrary strings (300 cases)', () => {
    fc.assert(fc.property(anyText, check), { numRuns: 300 });
  }, SLOW);

  it('on strings made of pieces of the genre (300 cases)', () => {
    fc.assert(fc.property(genreText, check), { numRuns: 300 });
  }, SLOW);

  it('on excerpts of the seed with deletions, insertions and punctuation swaps (200 cases)', () => {
    fc.assert(fc.property(seedExcerpt, check), { numRuns: 200 });
  }, SLOW);
});

describe('[properties] the invariant checker catches broken records', () => {
  const fresh = () => {
    const r = sampleRecord();
    r.source.sha256 = createHash('sha256').update(SAMPLE_TEXT, 'utf8').digest('hex');
    return r;
  };
  it('a hand-checked record passes', () => {
    expect(invariantProblems(fresh(), SAMPLE_TEXT)).toEqual([]);
  });
  it.each([
    ['a text that is not its slice', (r: InquiryRecord) => { r.people[0].mentions[0].text = '张某'; }, 'slice'],
    ['a measure span past the end', (r: InquiryRecord) => { r.questions[0].answers[0].measures[0].span = [0, 999]; }, 'outside'],
    ['a statedCountText that is not its slice', (r: InquiryRecord) => { r.questions[0].answers[0].statedCountText = '从四方面'; }, 'statedCountText'],
    ['an unknown responder', (r: InquiryRecord) => { r.questions[0].responders = ['p99']; }, 'unknown person'],
    ['a missing field', (r: InquiryRecord) => { delete (r as Partial<InquiryRecord>).warnings; }, 'schema'],
    ['a wrong length', (r: InquiryRecord) => { r.source.length = 3; }, 'source.length'],
  ])('%s', (_, tamper, problem) => {
    const record = fresh();
    tamper(record);
    expect(invariantProblems(record, SAMPLE_TEXT).join('\n')).toContain(problem);
  });
});

describe('[properties] random bytes: only DecodeError, and records keep the invariants', () => {
  const prefixes = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x89, 0x50, 0x4e, 0x47]];
  const bytes = fc.tuple(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 400 }))
    .map(([p, b]) => new Uint8Array([...p, ...b]));
  const forced = fc.constantFrom(undefined, 'utf-8', 'gb18030', 'utf-16le', 'utf-16be' as const);

  it('decode then parse (400 cases)', () => {
    fc.assert(fc.property(bytes, forced, (b, encoding) => {
      let text: string;
      try {
        text = decode(b, encoding).text;
      } catch (error) {
        expect(error).toBeInstanceOf(DecodeError);
        expect(() => parse(b, { encoding })).toThrow(DecodeError);
        return;
      }
      const record = parse(b, { encoding });
      expect(invariantProblems(record, text)).toEqual([]);
    }), { numRuns: 400 });
  }, SLOW);

  it('GB18030 text survives: "问题一：你好" in GBK bytes', () => {
    const record = parse(new Uint8Array([0xce, 0xca, 0xcc, 0xe2, 0xd2, 0xbb, 0xa3, 0xba, 0xc4, 0xe3, 0xba, 0xc3]));
    expect(record.source.encoding).toBe('gb18030');
    expect(invariantProblems(record, '问题一：你好')).toEqual([]);
  });

  it('a U+FEFF after the BOM is text, also when a byte is replaced: FE FF FE FF 00 in UTF-16BE (found by the property above)', () => {
    const bytes = new Uint8Array([0xfe, 0xff, 0xfe, 0xff, 0x00]);
    const { text } = decode(bytes, 'utf-16be');
    expect(text).toBe('\uFEFF\uFFFD');
    const record = parse(bytes, { encoding: 'utf-16be' });
    expect(invariantProblems(record, text)).toEqual([]);
    expect(record.source.length).toBe(2);
  });
});

describe('[properties] the CLI on random files', () => {
  it('exit 0 with a record, or exit 2 with one line naming the file; never a stack trace (100 cases)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inquiry-prop-'));
    const content = fc.oneof(fc.uint8Array({ maxLength: 200 }), genreText.map((t) => new TextEncoder().encode(t)));
    const name = fc.constantFrom('a.txt', 'b.html', 'c.md', '报告.htm');
    await fc.assert(fc.asyncProperty(content, name, async (bytes, file) => {
      writeFileSync(join(dir, file), bytes);
      const r = await run(['parse', file, '--format', 'jsonl'], { cwd: dir });
      if (r.code === 0) {
        expect(JSON.parse(r.out).source.name).toBe(file);
      } else {
        expect(r.code).toBe(2);
        expect(r.out).toBe('');
        expect(r.err).toMatch(new RegExp(`^inquiry: ${file.replace('.', '\\.')}: [^\\n]+\\n$`));
      }
    }), { numRuns: 100 });
  }, SLOW);
});
