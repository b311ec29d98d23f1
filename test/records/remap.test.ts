/**
 * A record read from a joined text, put back onto the original: every span-like field of the
 * schema is found by the remapper's naming rule, texts are re-sliced, turns still tile.
 * Example: "对1.2\n万个在建项目" read joined as "对1.2万个在建项目": the quantity's span covers "1.2\n万个".
 */
import { describe, expect, it } from 'vitest';
import { SCHEMA } from '../../src/model/schema.js';
import { remapSpans } from '../../src/records/remap.js';
import { joinWraps } from '../../src/source/joined.js';
import type { Span } from '../../src/model/span.js';

/** Paths ("questions[].answers[].statedCountSpan") of every property whose schema is a span or a nullable span. */
function spanPaths(schema: unknown, path: string, out: string[]): string[] {
  if (!schema || typeof schema !== 'object') return out;
  const s = schema as Record<string, unknown>;
  const isSpan = (v: unknown): boolean => {
    const o = v as Record<string, unknown>;
    return o?.$ref === '#/definitions/span' || (Array.isArray(o?.anyOf) && o.anyOf.some((x) => (x as Record<string, unknown>).$ref === '#/definitions/span'));
  };
  if (s.properties) {
    for (const [k, v] of Object.entries(s.properties as Record<string, unknown>)) {
      if (isSpan(v)) out.push(`${path}.${k}`);
      else spanPaths(v, `${path}.${k}`, out);
    }
  }
  if (s.items) spanPaths(s.items, `${path}[]`, out);
  const ref = (s.$ref as string | undefined)?.replace('#/definitions/', '');
  if (ref && ref !== 'span' && !path.includes(`<${ref}>`)) spanPaths((SCHEMA.definitions as Record<string, unknown>)[ref], `${path}<${ref}>`, out);
  return out;
}

describe('[remap] every span of the schema', () => {
  const paths = spanPaths(SCHEMA, 'record', []);

  it('finds the spans the record carries', () => {
    for (const p of ['record.session.span', 'record.session.spans.title', 'record.questions[].sectionSpan', 'record.questions[].answers[].statedCountSpan', 'record.people[].mentions[].span', 'record.warnings[].span']) {
      expect(paths).toContain(p);
    }
  });

  it('is named so the remapper finds it: span, …Span, or a field of the session\'s spans', () => {
    const missed = paths.filter((p) => {
      const key = p.slice(p.lastIndexOf('.') + 1);
      return !(key === 'span' || key.endsWith('Span') || p.startsWith('record.session.spans.'));
    });
    expect(missed).toEqual([]);
  });
});

describe('[remap] a record read joined', () => {
  // "甲乙丙\n丁戊己\n庚": two cuts, joined "甲乙丙丁戊己庚".
  const original = '甲乙丙\n丁戊己\n庚';
  const cuts: Span[] = [[3, 4], [7, 8]];
  const { joined, map } = joinWraps(original, cuts);

  it('maps spans tight, texts re-sliced; turns and sections tile', () => {
    const shared: Span = [2, 4];
    const record = {
      session: { title: '甲乙丙丁', body: null, span: [0, 4] as Span, spans: { title: [0, 4] as Span, body: null } },
      people: [{ id: 'p1', mentions: [{ text: '丙丁', span: shared }] }],
      questions: [{
        text: '丙丁戊', span: [2, 5] as Span, sectionSpan: [0, 7] as Span,
        turns: [{ text: '甲乙丙', span: [0, 3] as Span }, { text: '丁戊己庚', span: [3, 7] as Span }],
        answers: [{ span: [3, 6] as Span, statedCountText: '丁', statedCountSpan: [3, 4] as Span, measures: [{ text: '丙丁', span: shared, items: [] }] }],
        quantities: [{ text: '己庚', span: [5, 7] as Span, value: 1 }],
      }],
      warnings: [{ code: 'x', message: 'm', span: [6, 7] as Span }, { code: 'y', message: 'n', span: null }],
    };
    expect(joined).toBe('甲乙丙丁戊己庚');
    remapSpans(record, joined, original, map);
    expect(record.session).toEqual({ title: '甲乙丙\n丁', body: null, span: [0, 5], spans: { title: [0, 5], body: null } });
    expect(record.people[0].mentions[0]).toEqual({ text: '丙\n丁', span: [2, 5] });
    const q = record.questions[0];
    expect([q.text, q.span, q.sectionSpan]).toEqual(['丙\n丁戊', [2, 6], [0, 9]]);
    // Turns with one offset function at both ends: the second starts where the first ends.
    expect(q.turns).toEqual([{ text: '甲乙丙\n', span: [0, 4] }, { text: '丁戊己\n庚', span: [4, 9] }]);
    expect(q.answers[0]).toMatchObject({ span: [4, 7], statedCountText: '丁', statedCountSpan: [4, 5] });
    expect(q.answers[0].measures[0]).toEqual({ text: '丙\n丁', span: [2, 5], items: [] });
    expect(q.quantities[0]).toEqual({ text: '己\n庚', span: [6, 9], value: 1 });
    expect(record.warnings).toEqual([{ code: 'x', message: 'm', span: [8, 9] }, { code: 'y', message: 'n', span: null }]);
  });

  it('a text that was not its span\'s slice is left as it is', () => {
    const item = { text: '(derived)', span: [0, 4] as Span };
    remapSpans(item, joined, original, map);
    expect(item).toEqual({ text: '(derived)', span: [0, 5] });
  });
});
