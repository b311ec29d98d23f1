import { describe, expect, it } from 'vitest';
import { isNotesHeading, NOTES_LEAD } from '../../src/structure/reporter-notes.js';
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
