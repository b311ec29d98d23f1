/** Control characters: found (kept in the text), counted, the first one located. */
import { describe, expect, it } from 'vitest';
import { findControls } from '../../src/source/controls.js';

describe('[controls]', () => {
  it.each([
    ['an escape sequence', '问题一:\u001b[31m如何', { first: [4, 5], count: 1 }],
    ['a bell and a DEL', '市政府\u0007回应\u007f', { first: [3, 4], count: 2 }],
    ['a C1 control', '答:\u0085好', { first: [2, 3], count: 1 }],
    ['a right-to-left override', '委员\u202e王某', { first: [2, 3], count: 1 }],
  ])('%s', (_name, text, expected) => expect(findControls(text)).toEqual(expected));

  it.each([
    ['tabs, newlines and form feeds', '问题一:\t如何?\r\n答:\f好'],
    ['full-width and CJK punctuation', '“一府两院”、。:;'],
    ['an empty text', ''],
  ])('%s are not controls', (_name, text) => expect(findControls(text)).toBeNull());
});
