/** firstBadByte and the replaced-bytes warning. */
import { describe, expect, it } from 'vitest';
import { firstBadByte, replacedWarning, strayBig5Byte } from '../../src/source/bad-bytes.js';

const utf8 = (s: string) => [...Buffer.from(s)];

describe('[bad-bytes] firstBadByte', () => {
  const big = Buffer.from('市审计局局长孙某：一是整改问题清单。\n'.repeat(5000)); // > one 64 KB chunk
  it.each([
    ['valid UTF-8', utf8('完全合法的文本'), 'utf-8', -1],
    ['a stray FF', [...utf8('市政府'), 0xff, 0x41], 'utf-8', 9],
    ['a sequence cut short (E5 88 then "A")', [...utf8('市'), 0xe5, 0x88, 0x41], 'utf-8', 3],
    ['a lone continuation byte', [...utf8('市'), 0x88], 'utf-8', 3],
    ['a sequence cut short at the end', [...utf8('市'), 0xe5], 'utf-8', 3],
    ['past the first chunk', [...big, 0xc0, 0x41], 'utf-8', big.length],
    ['GB18030: a lead byte without its second', [0xca, 0xd0, 0xb8, 0x0a], 'gb18030', 2],
    ['Big5: FF, which Node lets through', [0xa5, 0xab, 0xff], 'big5', 2],
  ] as const)('%s', (_name, bytes, label, offset) => {
    expect(firstBadByte(Uint8Array.from(bytes), label)).toBe(offset);
  });

  it('strayBig5Byte finds 80 and FF', () => {
    expect(strayBig5Byte(Uint8Array.of(0x41, 0x80, 0xff))).toBe(1);
    expect(strayBig5Byte(Uint8Array.of(0xa5, 0xab))).toBe(-1);
  });
});

describe('[bad-bytes] replacedWarning', () => {
  it('spans the first U+FFFD of the text and gives the byte offset', () => {
    const text = '一是加强监管。\uFFFD二是\uFFFD严格执法。';
    const w = replacedWarning({ count: 2, offset: 21 }, 'utf-8', text);
    expect(w).toMatchObject({ code: 'replaced-bytes', span: [7, 8] });
    expect(text.slice(...w.span!)).toBe('\uFFFD');
    expect(w.message).toContain('2 byte sequences not valid utf-8');
    expect(w.message).toContain('byte offset 21');
  });

  it('no span when the replacement is gone from the text (inside markup)', () => {
    expect(replacedWarning({ count: 1, offset: 5 }, 'gb18030', '正文').span).toBeNull();
  });
});
