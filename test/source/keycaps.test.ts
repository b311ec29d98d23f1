import { describe, expect, it } from 'vitest';
import { foldKeycaps, keycapTail } from '../../src/source/keycaps.js';
import { normalize } from '../../src/source/normalize.js';

describe('[keycaps] keycap digits in the view', () => {
  it.each([
    // opening an item: the circled digit it shows, padded to the sequence's length
    ['1️⃣ 优化布局', '①   优化布局'],
    ['工作：1️⃣修缮；2️⃣补充', '工作：①  修缮；②  补充'],
    ['0️⃣', '⓪  '],
    ['9⃣ 无选择符', '⑨  无选择符'],
    // after a word: the word's number
    ['问题2️⃣', '问题2  '],
    ['第3️⃣个', '第3  个'],
    // no keycap: unchanged (a digit, a variation selector alone, an emoji)
    ['问题2', '问题2'],
    ['2026年❤️', '2026年❤️'],
    ['#️⃣话题', '#️⃣话题'],
  ])('%s', (input, view) => {
    const out = foldKeycaps(input);
    expect(out).toBe(view);
    expect(out.length).toBe(input.length);
  });

  it('normalize keeps the length and reads a line-opening keycap as a circled digit', () => {
    const text = '🔹问题1️⃣\n1️⃣ 优化布局；\n2️⃣ 推行“公建民营”。';
    const view = normalize(text);
    expect(view.length).toBe(text.length);
    expect(view.split('\n')).toEqual(['  问题1  ', '①   优化布局;', '②   推行“公建民营”。']);
  });

  it.each([
    ['1️⃣', 1, 2], ['1⃣', 1, 1], ['12', 1, 0], ['1️', 1, 0],
  ])('keycapTail(%s, %i) = %i', (text, at, n) => {
    expect(keycapTail(text, at)).toBe(n);
  });
});
