import { describe, expect, it } from 'vitest';
import { cosine, tfidfVectors } from '../../src/compare/tfidf.js';

describe('[compare/tfidf] cosine with its explanation', () => {
  const docs = [['提升', '依法', '决策', '水平'], ['提升', '依法', '决策'], ['食品', '安全', '监管'], ['依法', '监管']];
  const v = tfidfVectors(docs);

  it.each([[0, 1], [0, 3], [2, 3], [1, 2]])('cosine(%i, %i) is symmetric bit for bit, and the shared terms sum to it', (i, j) => {
    const x = cosine(v[i], v[j]);
    const y = cosine(v[j], v[i]);
    expect(x).toEqual(y);
    expect(x.terms.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(x.score, 3);
  });

  it.each([
    [0, 0, 1],
    [0, 2, 0],
  ])('cosine(%i, %i) = %d', (i, j, score) => {
    expect(cosine(v[i], v[j]).score).toBeCloseTo(score, 6);
  });

  it('shared terms come strongest first, and rarer shared terms weigh more', () => {
    const { terms } = cosine(v[0], v[1]);
    expect(terms.map((t) => t.term).sort()).toEqual(['依法', '决策', '提升']);
    expect(terms[terms.length - 1].term).toBe('依法'); // in three documents: the lowest IDF
  });

  it('an empty document has similarity 0 with everything', () => {
    const w = tfidfVectors([[], ['依法']]);
    expect(cosine(w[0], w[1]).score).toBe(0);
  });
});
