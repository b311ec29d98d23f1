/** parse(): the warnings the pipeline itself adds (segmenter fallback, control characters). */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/pipeline.js';
import type { Segmenter, Token } from '../src/segment/segmenter.js';

/** One token per character; `failing` makes every cut report a fallback, as jieba's anchoring would. */
function fakeSegmenter(failing: boolean): Segmenter {
  let failures = 0;
  const chars = (text: string): Token[] => {
    if (failing) failures++;
    return Array.from(text, (ch, i) => ({ text: ch, span: [i, i + 1] as [number, number] }));
  };
  const self: Segmenter = { cut: chars, tag: chars, keywords: () => [], withWords: () => self, anchorFailures: () => failures };
  return self;
}

const TEXT = '问题一:市政府如何依法决策?\n市人大常委会委员王某某提问。市政府副市长李某某回应称,完成改造12个。';

describe('[pipeline] warnings', () => {
  it('segment-anchor-failed when a cut fell back to characters', () => {
    const codes = parse(TEXT, { segmenter: fakeSegmenter(true) }).warnings.map((w) => w.code);
    expect(codes).toContain('segment-anchor-failed');
  });

  it('no segment-anchor-failed when every cut lined up', () => {
    const codes = parse(TEXT, { segmenter: fakeSegmenter(false) }).warnings.map((w) => w.code);
    expect(codes).not.toContain('segment-anchor-failed');
  });

  it('control-characters with the span of the first one', () => {
    const text = TEXT.replace('市政府如何', '市政府\u001b[1m如何');
    const w = parse(text, { segmenter: fakeSegmenter(false) }).warnings.find((x) => x.code === 'control-characters');
    expect(w?.span).toEqual([7, 8]);
    expect(text.slice(7, 8)).toBe('\u001b');
  });

  it('no control-characters warning for an ordinary transcript', () => {
    expect(parse(TEXT, { segmenter: fakeSegmenter(false) }).warnings.map((w) => w.code)).not.toContain('control-characters');
  });
});
