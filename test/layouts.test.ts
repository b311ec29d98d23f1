/**
 * Layout fixtures: hand-made transcripts in every layout the parser must read, each with
 * the facts a careful reader finds in it (test/fixtures/transcripts/<NN-name>/facts.yaml;
 * the conventions are in test/fixtures/transcripts/_meta/README.md).
 *
 * Example: 01-numbered-fullwidth opens "问题1：全市养老服务设施“建而不用”…", asked by
 * 张建军 (市人大常委会委员、市人大社会建设委员会主任委员) and answered by 张建国 (市政府副市长).
 *
 * Texts are compared the way ../shared/tools/score.mjs compares them: NFKC width folding,
 * punctuation and white space ignored; question texts and measure texts by prefix.
 * Each fixture is one describe block and each field one test, so a failure names both.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect, beforeAll } from 'vitest';
import YAML from 'yaml';
import { parse, normalize } from '../src/index.js';
import type { InquiryRecord, Person, Question, Measure } from '../src/index.js';

interface FactPerson { name: string | null; title?: string; organization?: string }
interface FactAnswer {
  responder: string | null;
  statedCount?: number | null;
  marker?: string;
  measures: string[];
  nested?: { parent: number; items: string[] }[];
}
interface FactQuantity {
  text: string;
  value?: number;
  unit?: string | null;
  kind: string;
  approximate?: boolean;
  qualifier?: string | null;
  /** The way a change went (同比下降8.6% → down), null for none; unchecked when left out. */
  direction?: 'up' | 'down' | null;
  /** A place in a league table (在全省排第十位): true; false for a figure; unchecked when left out. */
  rank?: boolean;
  range?: [number, number] | null;
  /** What the figure measures, as found (checked only when given). */
  indicator?: string | null;
}
interface FactQuestion {
  label: string | null;
  text: string;
  askers: FactPerson[];
  responders: FactPerson[];
  followUpOf?: number | null;
  addressees?: string[];
  answers?: FactAnswer[];
  quantities?: FactQuantity[];
  formulations?: string[];
  /** The part of the inquiry the question stands under ("第二场：…"): its label and topic, or null. */
  group?: { label: string; topic: string | null } | null;
  /** A written answer appended to the transcript (书面答复): the office that wrote it, or null for an oral exchange. */
  written?: { organization: string | null } | null;
}
interface Facts {
  description: string;
  encoding: string;
  newline?: string;
  session: Partial<Record<'title' | 'body' | 'meeting' | 'format' | 'topic' | 'date', string | null>> & { statedAskerCount?: number | null };
  questions: FactQuestion[];
  people: { name: string | null; titles: string[]; roles: string[] }[];
  warnings?: string[];
  absentWarnings?: string[];
  /** session.chair: who presides, by name, with a title among theirs and their organization when given (null: nobody named as chairing). */
  chair?: FactPerson | null;
  /** session.closing: its text by prefix, every figure, and the vote's numbers (null: no closing / no vote). */
  closing?: {
    text: string; quantities?: FactQuantity[]; vote?: Record<string, number | null> | null;
    /** Who speaks there, every statement in reading order: the speaker's name (null: by title only), a title they hold, the role, the text by prefix. */
    statements?: { name: string | null; title?: string; role: 'chair' | 'government' | 'other'; text: string }[];
  } | null;
  /** session.formulations: those of the introduction and of the closing, by text. */
  sessionFormulations?: string[];
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'transcripts');
const FIXTURES = readdirSync(ROOT)
  .filter((d) => existsSync(join(ROOT, d, 'facts.yaml')))
  .sort();

/** Text as score.mjs compares it: widths folded (NFKC), punctuation, symbols and white space removed. */
const norm = (s: string | null | undefined): string =>
  String(s ?? '').normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

const show = (p: Person | undefined): string => (p ? `${p.name ?? '(no name)'} [${p.titles.join(' | ')}]` : '(unknown id)');

/** Problems matching expected speakers to the record's persons; `ordered` also checks order. */
function speakerProblems(expected: FactPerson[], actual: (Person | undefined)[], ordered: boolean): string[] {
  const problems: string[] = [];
  if (expected.length !== actual.length) {
    problems.push(`expected ${expected.length} (${expected.map((e) => e.name ?? e.title).join(', ')}), found ${actual.length} (${actual.map(show).join(', ')})`);
  }
  const free = actual.map((_, i) => i);
  expected.forEach((e, i) => {
    const fits = (p: Person | undefined): boolean => !!p && (e.name === null ? p.name === null && (!e.title || p.titles.some((t) => norm(t) === norm(e.title))) : norm(p.name) === norm(e.name));
    const k = ordered ? (fits(actual[i]) ? i : -1) : free.find((j) => fits(actual[j])) ?? -1;
    if (k < 0 || !free.includes(k)) {
      problems.push(`${ordered ? `#${i + 1} ` : ''}${e.name ?? e.title} not found (record: ${actual.map(show).join(', ')})`);
      return;
    }
    free.splice(free.indexOf(k), 1);
    const p = actual[k]!;
    if (e.title && !p.titles.some((t) => norm(t) === norm(e.title))) problems.push(`${e.name ?? e.title}: title ${e.title} not among [${p.titles.join(' | ')}]`);
    if (e.organization !== undefined && norm(p.organization) !== norm(e.organization)) problems.push(`${e.name ?? e.title}: organization ${p.organization} ≠ ${e.organization}`);
  });
  return problems;
}

function measureProblems(where: string, expected: string[], actual: Measure[]): string[] {
  const problems: string[] = [];
  if (expected.length !== actual.length) problems.push(`${where}: ${actual.length} items found, ${expected.length} expected (${actual.map((m) => m.text.slice(0, 8)).join(' / ')})`);
  expected.forEach((prefix, i) => {
    const m = actual[i];
    if (!m || !norm(m.text).startsWith(norm(prefix))) problems.push(`${where} item ${i + 1}: "${m?.text.slice(0, 20) ?? '(none)'}" does not start with "${prefix}"`);
  });
  return problems;
}

function quantityProblems(expected: FactQuantity[], actual: Question['quantities']): string[] {
  const problems: string[] = [];
  const pool = [...actual];
  for (const e of expected) {
    const k = pool.findIndex((q) => norm(q.text) === norm(e.text));
    if (k < 0) { problems.push(`missing ${e.text}`); continue; }
    const q = pool.splice(k, 1)[0];
    const at = `${e.text}:`;
    if (e.value !== undefined && (q.value === null || Math.abs(q.value - e.value) > 1e-9 * Math.max(1, Math.abs(e.value)))) problems.push(`${at} value ${q.value} ≠ ${e.value}`);
    if (q.kind !== e.kind) problems.push(`${at} kind ${q.kind} ≠ ${e.kind}`);
    // Unit and qualifier are normalized fields, not slices of the text: 個 and 个 are the same unit.
    if (e.unit !== undefined && norm(normalize(q.unit ?? '')) !== norm(normalize(e.unit ?? ''))) problems.push(`${at} unit ${q.unit} ≠ ${e.unit}`);
    if (e.approximate !== undefined && q.approximate !== e.approximate) problems.push(`${at} approximate ${q.approximate} ≠ ${e.approximate}`);
    if (e.qualifier !== undefined && norm(normalize(q.qualifier ?? '')) !== norm(normalize(e.qualifier ?? ''))) problems.push(`${at} qualifier ${q.qualifier} ≠ ${e.qualifier}`);
    if (e.range !== undefined && JSON.stringify(q.range) !== JSON.stringify(e.range)) problems.push(`${at} range ${JSON.stringify(q.range)} ≠ ${JSON.stringify(e.range)}`);
    if (e.indicator !== undefined && norm(q.indicator ?? '') !== norm(e.indicator ?? '')) problems.push(`${at} indicator ${q.indicator} ≠ ${e.indicator}`);
    if (e.direction !== undefined && q.direction !== e.direction) problems.push(`${at} direction ${q.direction} ≠ ${e.direction}`);
    if (e.rank !== undefined && (q.rank ?? false) !== e.rank) problems.push(`${at} rank ${q.rank ?? false} ≠ ${e.rank}`);
  }
  for (const q of pool) problems.push(`unexpected ${q.text} (${q.kind})`);
  return problems;
}

describe.each(FIXTURES)('layout fixture %s', (fixture) => {
  const dir = join(ROOT, fixture);
  const facts = YAML.parse(readFileSync(join(dir, 'facts.yaml'), 'utf8')) as Facts;
  const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
  let record: InquiryRecord;
  const person = (id: string): Person | undefined => record.people.find((p) => p.id === id);

  beforeAll(() => {
    record = parse(readFileSync(join(dir, input)), { name: input });
  });

  it('source: encoding and newline', () => {
    expect(record.source.encoding, `${fixture} source.encoding`).toBe(facts.encoding);
    if (facts.newline) expect(record.source.newline, `${fixture} source.newline`).toBe(facts.newline);
  });

  it('session fields', () => {
    for (const key of ['title', 'body', 'meeting', 'format', 'topic'] as const) {
      if (!(key in facts.session)) continue;
      const want = facts.session[key];
      const got = record.session[key];
      if (want === null) expect(got, `${fixture} session.${key}`).toBeNull();
      else expect(norm(got), `${fixture} session.${key}: ${got}`).toBe(norm(want));
    }
    if ('date' in facts.session) expect(record.session.date, `${fixture} session.date`).toBe(facts.session.date);
    if ('statedAskerCount' in facts.session) {
      expect(record.session.statedAskerCount, `${fixture} session.statedAskerCount`).toBe(facts.session.statedAskerCount);
    }
  });

  it('question count and order (by text prefix)', () => {
    const got = record.questions.map((q) => q.text.slice(0, 14));
    expect(record.questions.length, `${fixture} number of questions; record: ${got.join(' / ')}`).toBe(facts.questions.length);
    facts.questions.forEach((q, i) => {
      expect(norm(record.questions[i]?.text).startsWith(norm(q.text)), `${fixture} Q${i + 1} text "${record.questions[i]?.text.slice(0, 20)}" should start with "${q.text}"`).toBe(true);
    });
  });

  describe.each(facts.questions.map((q, i) => [i + 1, q] as const))('Q%i', (n, q) => {
    const rq = (): Question => {
      const found = record.questions[n - 1];
      expect(found, `${fixture} Q${n} is missing`).toBeDefined();
      return found;
    };

    it('label', () => {
      const label = rq().label;
      if (q.label === null) expect(label, `${fixture} Q${n} label`).toBeNull();
      else expect(norm(label), `${fixture} Q${n} label "${label}"`).toBe(norm(q.label));
    });

    it('askers by name and title', () => {
      expect(speakerProblems(q.askers, rq().askers.map(person), false).join('\n'), `${fixture} Q${n} askers`).toBe('');
    });

    it('responders by name, title and organization, in order', () => {
      expect(speakerProblems(q.responders, rq().responders.map(person), true).join('\n'), `${fixture} Q${n} responders`).toBe('');
    });

    it('followUpOf', () => {
      expect(rq().followUpOf, `${fixture} Q${n} followUpOf`).toBe(q.followUpOf ?? null);
    });

    it.runIf(q.addressees !== undefined)('addressees', () => {
      expect(rq().addressees.map(norm).sort(), `${fixture} Q${n} addressees`).toEqual(q.addressees!.map(norm).sort());
    });

    it.runIf(q.answers !== undefined)('answers: responders, stated counts, measure prefixes', () => {
      const got = rq().answers;
      const problems: string[] = [];
      if (got.length !== q.answers!.length) problems.push(`${got.length} answer blocks found, ${q.answers!.length} expected`);
      q.answers!.forEach((a, i) => {
        const b = got[i];
        if (!b) return;
        const where = `block ${i + 1}`;
        const who = b.responder ? person(b.responder)?.name ?? null : null;
        if (norm(who) !== norm(a.responder)) problems.push(`${where}: responder ${who} ≠ ${a.responder}`);
        if (a.statedCount !== undefined && b.statedCount !== a.statedCount) problems.push(`${where}: statedCount ${b.statedCount} ≠ ${a.statedCount}`);
        if (a.marker !== undefined && a.marker !== 'X方面' && norm(b.marker) !== norm(a.marker)) problems.push(`${where}: marker ${b.marker} ≠ ${a.marker}`);
        problems.push(...measureProblems(where, a.measures, b.measures));
        for (const nest of a.nested ?? []) {
          problems.push(...measureProblems(`${where} item ${nest.parent} inner list`, nest.items, b.measures[nest.parent - 1]?.items ?? []));
        }
      });
      expect(problems.join('\n'), `${fixture} Q${n} answers`).toBe('');
    });

    it.runIf(q.quantities !== undefined)('quantities: text, value, kind (every one, no extra)', () => {
      expect(quantityProblems(q.quantities!, rq().quantities).join('\n'), `${fixture} Q${n} quantities`).toBe('');
    });

    it.runIf(q.group !== undefined)('group: label and topic', () => {
      const g = rq().group;
      expect(g && { label: norm(g.label), topic: g.topic === null ? null : norm(g.topic) }, `${fixture} Q${n} group`).toEqual(q.group && { label: norm(q.group.label), topic: q.group.topic === null ? null : norm(q.group.topic) });
    });

    it.runIf(q.written !== undefined)('written: the office of a written answer, or null', () => {
      const w = rq().written;
      expect(w && { organization: w.organization }, `${fixture} Q${n} written`).toEqual(q.written);
    });

    it.runIf(q.formulations !== undefined)('formulations', () => {
      const got = [...new Set(rq().formulations.map((f) => norm(f.text)))].sort();
      expect(got, `${fixture} Q${n} formulations`).toEqual([...new Set(q.formulations!.map(norm))].sort());
    });
  });

  it('people: names, titles and roles, nobody else', () => {
    const problems: string[] = [];
    if (record.people.length !== facts.people.length) {
      problems.push(`${record.people.length} people found, ${facts.people.length} expected: ${record.people.map(show).join(', ')}`);
    }
    const free = [...record.people];
    for (const e of facts.people) {
      const k = free.findIndex((p) => (e.name === null
        ? p.name === null && p.titles.map(norm).sort().join() === e.titles.map(norm).sort().join()
        : norm(p.name) === norm(e.name)));
      if (k < 0) { problems.push(`missing ${e.name ?? e.titles.join()}`); continue; }
      const p = free.splice(k, 1)[0];
      const who = e.name ?? e.titles[0];
      if (p.titles.map(norm).sort().join('|') !== e.titles.map(norm).sort().join('|')) problems.push(`${who}: titles [${p.titles.join(' | ')}] ≠ [${e.titles.join(' | ')}]`);
      if ([...p.roles].sort().join() !== [...e.roles].sort().join()) problems.push(`${who}: roles [${p.roles}] ≠ [${e.roles}]`);
    }
    expect(problems.join('\n'), `${fixture} people`).toBe('');
  });

  it.runIf(facts.chair !== undefined)('chair: name, title, organization', () => {
    const got = record.session.chair;
    const want = facts.chair!;
    if (want === null) { expect(got, `${fixture} session.chair`).toBeNull(); return; }
    expect(got, `${fixture} session.chair`).not.toBeNull();
    expect(norm(got!.name), `${fixture} chair name`).toBe(norm(want.name));
    if (want.title) expect(got!.titles.map(norm), `${fixture} chair titles`).toContain(norm(want.title));
    if (want.organization !== undefined) expect(norm(got!.organization), `${fixture} chair organization`).toBe(norm(want.organization));
    expect(record.source.length >= got!.span[1] && got!.text.length === got!.span[1] - got!.span[0], `${fixture} chair span`).toBe(true);
  });

  it.runIf(facts.sessionFormulations !== undefined)('session formulations', () => {
    const got = [...new Set(record.session.formulations.map((f) => norm(f.text)))].sort();
    expect(got, `${fixture} session formulations`).toEqual([...new Set(facts.sessionFormulations!.map(norm))].sort());
  });

  it.runIf(facts.closing !== undefined)('closing: text, figures, vote, statements', () => {
    const got = record.session.closing;
    const want = facts.closing!;
    if (want === null) { expect(got, `${fixture} session.closing`).toBeNull(); return; }
    expect(got, `${fixture} session.closing`).not.toBeNull();
    expect(norm(got!.text).startsWith(norm(want.text)), `${fixture} closing text "${got!.text.slice(0, 20)}" should start with "${want.text}"`).toBe(true);
    if (want.quantities) expect(quantityProblems(want.quantities, got!.quantities).join('\n'), `${fixture} closing quantities`).toBe('');
    if (want.vote === null) expect(got!.vote, `${fixture} closing vote`).toBeNull();
    else if (want.vote) expect(got!.vote, `${fixture} closing vote`).toMatchObject(want.vote);
    if (want.statements) {
      const stated = got!.statements ?? [];
      expect(stated.map((x) => `${x.speaker.name}/${x.role}`), `${fixture} closing statements`).toEqual(want.statements.map((x) => `${x.name}/${x.role}`));
      want.statements.forEach((w, k) => {
        expect(norm(stated[k].text).startsWith(norm(w.text)), `${fixture} closing statement ${k + 1} "${stated[k].text.slice(0, 20)}" should start with "${w.text}"`).toBe(true);
        if (w.title) expect(stated[k].speaker.titles, `${fixture} closing statement ${k + 1} titles`).toContain(w.title);
        expect(record.source.length >= stated[k].span[1] && stated[k].text.length === stated[k].span[1] - stated[k].span[0], `${fixture} closing statement span`).toBe(true);
      });
    }
  });

  it('warnings', () => {
    const codes = record.warnings.map((w) => w.code as string);
    for (const code of facts.warnings ?? []) expect(codes, `${fixture} warning ${code} should be given`).toContain(code);
    for (const code of facts.absentWarnings ?? []) expect(codes, `${fixture} warning ${code} should not be given`).not.toContain(code);
  });
});
