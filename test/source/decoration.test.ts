/** A line's leading decoration is layout: blanked in the view, one space per code unit. */
import { describe, expect, it } from 'vitest';
import { blankLeadingDecoration } from '../../src/source/decoration.js';
import { normalize } from '../../src/source/normalize.js';

describe('[decoration] leading glyphs blanked', () => {
  it.each([
    ['a sparkle before the closing', '✦ 会议最后，牛志远强调', '  会议最后，牛志远强调'],
    ['a bar before a section title', '▍问题二｜医疗', ' 问题二｜医疗'],
    ['an emoji before an answer (two code units)', '👉目前全县还有', '  目前全县还有'],
    ['an emoji and a space before a QR caption', '📷 长按识别二维码 关注我们', '   长按识别二维码 关注我们'],
    ['a rule of box-drawing characters', '━━━━━━', '      '],
    ['an end mark alone', '🔚', '  '],
    ['an arrow', '→ 下一步，我们将', '  下一步，我们将'],
    ['the reference mark', '※注：数据截至6月', ' 注：数据截至6月'],
    ['an emoji with a joiner and a selector', '❤️‍🔥 点赞', '      点赞'],
    ['after spaces, on a later line', '甲\n  ✦乙', '甲\n   乙'],
    ['a rule of bullets alone on its line', '甲\n◆◆◆\n乙', '甲\n   \n乙'],
    ['bullets and spaces alone on the last line', '甲\n●  ●  ●', '甲\n       '],
  ])('%s', (_name, input, expected) => {
    expect(blankLeadingDecoration(input)).toBe(expected);
    expect(blankLeadingDecoration(input).length).toBe(input.length);
  });

  it.each([
    ['a bullet the grammar reads', '■问：市人大常委会委员 叶某'],
    ['a diamond bullet', '◆ 区教育局局长林某：'],
    ['a triangle bullet', '▶ 蓝溪区人大常委会召开会议'],
    ['a circled figure', '①提高补助'],
    ['a bracketed ideograph', '㈠加强监管'],
    ['a keycap figure', '1️⃣ 提高补助'],
    ['a copyright sign', '© 2025 某某人大'],
    ['decoration inside the line', '询问现场📣气氛热烈'],
    ['a Han character outside the BMP', '𠮷野家'],
  ])('keeps %s', (_name, input) => {
    expect(blankLeadingDecoration(input)).toBe(input);
  });

  it('is part of the view, which keeps the length', () => {
    const text = '✦　会议最后，主任牛志远强调，要抓好整改。';
    const view = normalize(text);
    expect(view.startsWith('  会议最后,')).toBe(true);
    expect(view.length).toBe(text.length);
  });
});
