import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { markerBeforeDigit } from '../../src/extract/digit-markers.js';

/** The markers found before a digit, at every position of the text. */
function found(text: string): string[] {
  const view = normalize(text);
  const out: string[] = [];
  for (let i = 0; i < view.length; i++) {
    const n = markerBeforeDigit(view, i);
    if (n) out.push(text.slice(i, i + n));
  }
  return out;
}

describe('[digit-markers] a list marker written straight before a figure', () => {
  it.each<[string, string, string[]]>([
    ['deadline lines', '工作安排:\n1.2026年3月底前完成排查;\n2.6个月内完成修复;\n3.年底前验收。', ['1.', '2.']],
    ['only the last item starts with a digit', '分三步:\n1.摸底;\n2.整治;\n3.9月前验收。', ['3.']],
    ['dun markers', '具体是:\n1、2026年上半年启动;\n2、5个片区同步推进。', ['1、', '2、']],
    ['after a semicolon, inline', '任务有:1.2026年完成设计;2.3年内建成。', ['1.', '2.']],
    ['an indented line', '措施如下:\n  1.2026年完成;\n  2.8个街道推开。', ['1.', '2.']],
    ['two-digit ordinals', '还有:\n10.2027年前完成;\n11.3个社区试点。', ['10.', '11.']],
  ])('%s', (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });

  it.each([
    ['decimals in running text', '收入增长1.2%,支出增长2.3%。'],
    ['decimals after a space', '分别为 1.2 和 2.3'],
    ['a lone decimal opening a line', '改造情况:\n1.5万户完成改造。\n群众满意。'],
    ['a line-opening decimal whose next line is no marker 2', '今年投入:\n1.8亿元用于管网;\n3.2亿元用于水厂。'],
    ['、 between numbers inside a sentence', '开通1、2号线和3、4号线'],
    ['a date', '2025.6.30前完成'],
  ])('%s: no marker', (_label, text) => {
    expect(found(text)).toEqual([]);
  });
});
