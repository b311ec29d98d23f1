import { describe, expect, it } from 'vitest';
import { isNotesHeading, NOTES_LEAD, opensNotes, withoutNotesLead } from '../../src/structure/reporter-notes.js';
import { normalize } from '../../src/source/normalize.js';

describe('[reporter-notes] a reporter\'s-notes heading alone on its line', () => {
  it.each<[string, boolean]>([
    ['记者手记', true],
    ['记者手记：', true],
    ['【采访手记】', true],
    ['[记者札记]', true],
    ['编后语', true],
    ['记者手记：询问现场，副市长某某表态说，…', false],
    ['记者手记里写道，询问很坦诚。', false],
    ['记者 邬某某', false],
  ])('%s → %s', (line, expected) => {
    expect(isNotesHeading(normalize(line))).toBe(expected);
  });
});

describe('[reporter-notes] the heading as a lead before the words on its line', () => {
  const LEAD = new RegExp(`^${NOTES_LEAD}`, 'u');
  it.each<[string, boolean]>([
    ['记者手记：询问现场，…', true],
    ['【记者手记】询问现场，…', true],
    ['【采访手记】：最后，…', true],
    ['记者观察 副县长某某表态说', true],
    ['记者手记里写道', false],
  ])('%s → %s', (line, expected) => {
    expect(LEAD.test(normalize(line))).toBe(expected);
  });
});

describe('[reporter-notes] the notes open on a line: their heading alone or leading the first paragraph (f23d)', () => {
  it.each<[string, boolean, string]>([
    ['记者手记', true, '记者手记'],
    ['记者手记：', true, ''],
    ['【记者观察】询问会上，委员们问得直接。', true, '询问会上,委员们问得直接。'],
    ['记者手记：会后，副市长某某表态说，…', true, '会后,副市长某某表态说,…'],
    ['编后：专题询问不是“一问了之”。', true, '专题询问不是“一问了之”。'],
    // near-misses: the word in a sentence, a byline, a label of a speaker
    ['记者手记里写道，询问很坦诚。', false, '记者手记里写道,询问很坦诚。'],
    ['记者 邬某某', false, '记者 邬某某'],
    ['记者邬某某：会后，副市长表态说…', false, '记者邬某某:会后,副市长表态说…'],
  ])('%s → %s', (line, opens, rest) => {
    expect(opensNotes(normalize(line))).toBe(opens);
    expect(withoutNotesLead(normalize(line))).toBe(rest);
  });
});
