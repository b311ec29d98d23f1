import { describe, expect, it } from 'vitest';
import { lineBounds, lineEndAt, lineStartAt } from '../../src/source/line-bounds.js';

/** What the remembered lines must equal: the plain searches they replace. */
const plainStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const plainEnd = (text: string, at: number) => { const k = text.indexOf('\n', at); return k < 0 ? text.length : k; };

describe('[line-bounds] the line around an offset', () => {
  it.each<[string, string, number, [number, number]]>([
    ['mid-line', '问题一:\n市政府回答。\n', 7, [5, 11]],
    ['at the line break itself (the line it ends)', '问题一:\n市政府回答。\n', 11, [5, 11]],
    ['the first line', '问题一:\n市政府', 2, [0, 4]],
    ['the last line, no break after it', '问题一:\n市政府', 7, [5, 8]],
    ['an empty line', 'a\n\nb', 2, [2, 2]],
    ['a text opening on a line break, at 0 (as lastIndexOf reads it)', '\nab', 0, [1, 0]],
  ])('%s', (_, text, at, expected) => {
    expect(lineBounds(text, at)).toEqual(expected);
  });

  // The remembered line must never leak into another line, another text, or an earlier offset.
  const texts = ['委员 王某：请问？\n局长 李某：一是加强管理二是完善制度。\n\n主持人：下面请继续。', '\n\n一行\n', '没有换行的一段话', ''];
  const orders: Array<[string, (n: number) => number[]]> = [
    ['in reading order', (n) => [...Array(n + 1).keys()]],
    ['backwards', (n) => [...Array(n + 1).keys()].reverse()],
    ['back and forth', (n) => [...Array(n + 1).keys()].flatMap((i) => [i, n - i])],
  ];
  it.each(orders)('equals lastIndexOf / indexOf for every offset, asked %s, texts interleaved', (_, order) => {
    for (const text of texts) {
      for (const at of order(text.length)) {
        const other = texts[(texts.indexOf(text) + 1) % texts.length];
        lineStartAt(other, Math.min(at, other.length)); // another text in between
        expect([at, lineStartAt(text, at)]).toEqual([at, plainStart(text, at)]);
        expect([at, lineEndAt(text, at)]).toEqual([at, plainEnd(text, at)]);
      }
    }
  });

  it('reads a line of megabytes once, not once per offset', () => {
    const line = '委员 王某：请问？'.repeat(200_000); // 1.8 M code units, no line break
    let sum = 0;
    for (let at = 0; at < line.length; at += 9) sum += lineStartAt(line, at) + lineEndAt(line, at);
    expect(sum).toBe((line.length / 9) * line.length);
  });
});
