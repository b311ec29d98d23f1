import { describe, expect, it } from 'vitest';
import { besideControls, controlSequenceAt, endsControlSequence } from '../../src/extract/control-sequences.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] }).map((q) => {
    expect(text.slice(q.span[0], q.span[1])).toBe(q.text); // spans still slice the text, control characters and all
    if (q.indicator !== null) expect(q.indicator).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    return q.text;
  });
}

describe('[control-sequences] the digits of a terminal control sequence are no figure', () => {
  // Each row: the text and the quantities read from it.
  it.each<[string, string[]]>([
    ['询问\u001b[31m红色\u001b[0m怎么办', []],
    ['询问\u001b[1;31m整改率\u001b[0m达到96%', ['96%']],
    ['整改率达到\u001b[1m96%\u001b[0m,新建学校12所', ['96%', '12所']],
    ['\u009b33m新建学校12所', ['12所']], // the one-character CSI
    ['\u001b]0;第2页\u0007新建学校12所', ['12所']], // an OSC (window title) up to BEL
    ['\u001b]2;共3页\u001b\\新建学校12所', ['12所']], // … or up to ESC \
    // near misses: no ESC before the bracket, or no bracket after the ESC
    ['依据[2024]3号文件,新建学校12所', ['12所']],
    ['路段长31m,新建学校12所', ['31m', '12所']],
    ['路段长\u001b 31m', ['31m']],
  ])('%j → %j', (text, expected) => {
    expect(quantities(text)).toEqual(expected);
  });
});

describe('[control-sequences] controlSequenceAt: code units to skip from a number inside a sequence', () => {
  it.each<[string, string, number]>([
    ['a\u001b[31m红', '3', 3],
    ['a\u001b[1;31m红', '1', 5],
    ['a\u001b[0m', '0', 2],
    ['\u001b]0;标题2\u0007整改率', '0', 6],
    ['[31]号', '3', 0],
    ['m31m', '3', 0],
    ['\u001b]0;标题\u0007整改率96%', '9', 0], // the OSC ended before the number
  ])('%j at %s → %i', (text, at, length) => {
    expect(controlSequenceAt(text, text.indexOf(at))).toBe(length);
  });

  it.each<[string, number, boolean]>([
    ['\u001b[1m96%', 4, true],
    ['\u001b[1;31m96%', 7, true],
    ['A3', 1, false],
    ['[1m96%', 3, false],
  ])('endsControlSequence(%j, %i) → %s', (text, at, ends) => {
    expect(endsControlSequence(text, at)).toBe(ends);
  });
});

describe('[control-sequences] besideControls: an indicator never holds a control character', () => {
  it.each<[string, boolean, string | null]>([
    ['整改率', true, '整改率'],
    ['红色\u001b', false, '红色'],
    ['\u001b[1m整改率', true, '整改率'],
    ['整改率\u001b[0m', true, null],
    ['0m', true, null], // the tail of "\u001b[0m", read from inside it (below)
    ['学校\u2028新建', false, '学校'],
  ])('%j (before the figure: %s) → %j', (phrase, before, expected) => {
    const text = '\u001b[' + phrase; // for "0m" the phrase opens inside a sequence
    const start = 2;
    const got = besideControls(text, start, text.length, before);
    expect(got === null ? null : text.slice(got[0], got[1])).toBe(phrase === '0m' ? null : expected);
  });
});
