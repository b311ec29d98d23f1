import { describe, expect, it } from 'vitest';
import { addChars, GrowingHmmModel, hmmModel } from '../../src/segment/hmm-model.js';

// The shape of jieba's hmm_model.utf8: comments, probability rows, then one emission line per state.
const MODEL = ['#prob_start', '-0.26 -3.14e+100 -3.14e+100 -1.46', '#prob_emit', '#B', '耀:-10.46,蘄:-11.01,涉:-8.76,谈:-8.03', '#E', '谈:-7.1,𠀀:-12.5,涉:-9.9', ''].join('\n');

describe('[hmm-model] the model for the characters of a text', () => {
  it('collects code points, an astral character as one, and U+FFFD always', () => {
    expect([...addChars(['涉谈', '𠀀'], new Set())].sort()).toEqual([0xfffd, '涉'.codePointAt(0), '谈'.codePointAt(0), 0x20000].sort());
  });

  it.each([
    ['涉谈', ['耀:-10.46,涉:-8.76,谈:-8.03', '谈:-7.1,涉:-9.9']],
    ['𠀀', ['耀:-10.46', '谈:-7.1,𠀀:-12.5']],
    ['', ['耀:-10.46', '谈:-7.1']],
  ])('for %j each emission line keeps its first entry and the text\'s characters', (text, emissions) => {
    const lines = hmmModel(MODEL, addChars([text], new Set())).split('\n');
    expect([lines[4], lines[6]]).toEqual(emissions);
  });

  it('keeps comments and probability rows as they are', () => {
    const lines = hmmModel(MODEL, new Set()).split('\n');
    expect([lines[0], lines[1], lines[2], lines[3], lines[5]]).toEqual(['#prob_start', '-0.26 -3.14e+100 -3.14e+100 -1.46', '#prob_emit', '#B', '#E']);
  });

  it('with every character it is the model itself', () => {
    expect(hmmModel(MODEL, addChars([MODEL], new Set()))).toBe(MODEL + '\n');
  });
});

describe('[hmm-model] the model for a growing set of characters', () => {
  it('is hmmModel of the set, read once and made again only when a character is added', () => {
    let reads = 0;
    const growing = new GrowingHmmModel(() => (reads++, MODEL));
    const chars = addChars(['涉'], new Set());
    const first = growing.for(chars);
    expect(first).toBe(hmmModel(MODEL, chars));
    expect(growing.for(new Set(chars))).toBe(first);
    const more = addChars(['谈'], new Set(chars));
    expect(growing.for(more)).toBe(hmmModel(MODEL, more));
    expect(growing.for(addChars([], new Set()))).toBe(hmmModel(MODEL, addChars([], new Set())));
    expect(reads).toBe(1);
  });
});
