// The lexicon (src/extract/formulation-lexicon.ts), read through extractFormulations as the pipeline reads it.
import { describe, expect, it } from 'vitest';
import { extractFormulations } from '../../src/extract/formulations.js';
import { normalize } from '../../src/source/normalize.js';

function formulations(text: string, from = 0) {
  return extractFormulations({ text, view: normalize(text) }, [from, text.length]);
}

describe('[formulation-lexicon] dict/formulations.utf8', async () => {
  const { readFileSync } = await import('node:fs');
  const raw = readFileSync(new URL('../../dict/formulations.utf8', import.meta.url), 'utf8');
  const lines = raw.split('\n').filter((l) => l && !l.startsWith('#'));

  it('every line is "term<TAB>number", LF only, no term twice', () => {
    expect(raw).not.toMatch(/\r/);
    expect(lines.filter((l) => !/^[\u4e00-\u9fff]{2,8}(?:\t[1-9]\d*)?$/.test(l))).toEqual([]);
    const terms = lines.map((l) => l.split('\t')[0]);
    expect(new Set(terms).size).toBe(terms.length);
  });

  it.each(lines.map((l) => l.split('\t')))('%s is found unquoted with number %s', (term, n) => {
    expect(formulations(`全面落实${term}要求`)).toEqual([{ text: term, number: Number(n), span: [4, 4 + term.length] }]);
  });
});
