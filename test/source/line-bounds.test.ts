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

  // exchanges.ts asks where each question's line starts, then where the line above it starts: in a page saved as one
  // paragraph under its headline, two lines asked in turn, the long one never read again from its start.
  it('reads a line of megabytes once when asked in turn with the line above it', () => {
    const head = '2024年10月10日，某市人大常委会举行专题询问。\n';
    const text = head + '委员 王某：请问？'.repeat(200_000); // 1.8 M code units after the headline's line
    let wrong = 0;
    const started = performance.now();
    for (let at = head.length; at < text.length; at += 9) {
      if (lineStartAt(text, at) !== head.length || lineEndAt(text, at) !== text.length) wrong++;
      if (lineStartAt(text, head.length - 2) !== 0 || lineEndAt(text, head.length - 2) !== head.length - 1) wrong++;
    }
    expect(wrong).toBe(0);
    // (Read back from each of 200,000 offsets, the line took minutes; read once, well under a second.)
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it.each<[string, number]>([
    ['two lines asked in turn', 2],
    ['five lines asked in turn (more than are remembered)', 5],
  ])('equals lastIndexOf / indexOf with %s', (_, lines) => {
    const text = Array.from({ length: lines }, (_, k) => '甲乙丙'.repeat(k + 1)).join('\n');
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    for (let step = 0; step < 4; step++) {
      for (const s of starts) {
        const at = Math.min(text.length, s + step);
        expect([at, lineStartAt(text, at)]).toEqual([at, plainStart(text, at)]);
        expect([at, lineEndAt(text, at)]).toEqual([at, plainEnd(text, at)]);
      }
    }
  });
});
