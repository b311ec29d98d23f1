/**
 * Invariants of a structure (the parser's stage before extraction), checked by the structure tests:
 * each question's span slices its text, its turns tile its section in order and slice theirs, and
 * sections follow one another without overlapping. Spans are [start, end) UTF-16 offsets.
 */
import { expect } from 'vitest';
import type { Structure } from '../../src/structure/types.js';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

export function expectStructureInvariants(text: string, s: Structure): void {
  for (const q of s.questions) {
    expect(text.slice(...q.span)).toBe(q.text);
    let at = q.sectionSpan[0];
    for (const t of q.turns) {
      expect(t.span[0]).toBe(at);
      expect(text.slice(...t.span)).toBe(t.text);
      at = t.span[1];
    }
    expect(at).toBe(q.sectionSpan[1]);
  }
  for (let i = 1; i < s.questions.length; i++) expect(s.questions[i].sectionSpan[0]).toBeGreaterThanOrEqual(s.questions[i - 1].sectionSpan[1]);
}

/** The structure of `text`, its invariants checked. */
export function structureOf(text: string): Structure {
  const s = buildStructure({ text, view: normalize(text) });
  expectStructureInvariants(text, s);
  return s;
}

/** The name of the person `id` in `s` (null when unnamed or unknown). */
export function nameOf(s: Structure, id: string): string | null {
  return s.people.find((p) => p.id === id)?.name ?? null;
}
