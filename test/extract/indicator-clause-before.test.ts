import { describe, expect, it } from 'vitest';
import { clauseBeforeSubject, judgedSubject } from '../../src/extract/indicator-clause-before.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

const jieba = defaultSegmenter();

describe('[indicator-clause-before] a figure whose clause holds no noun names its subject before (real segmenter)', () => {
  it.each<[string, string, string | null]>([
    ['增加政务服务大厅面积,从2021年1.5万平方米增至2.74万平方米', '1.5万平方米', '政务服务大厅面积'],
    // the work a predicate verb names, up to the figure
    ['年内完成退化湿地修复1.2万亩', '1.2万亩', '退化湿地修复'],
    // a coverb of joint action opens an action, no subject
    ['将会同州财政局研究,争取明年提高到8000元', '8000元', null],
    // a qualifier closing the figure before is that figure's
    ['需要1200万元左右,目前到位约800万元', '800万元', null],
  ])('%s [%s] → %s', (text, figure, want) => {
    const view = normalize(text);
    const span = clauseBeforeSubject(view, view.indexOf(figure), jieba);
    expect(span && text.slice(span[0], span[1])).toBe(want);
  });

  it.each<[string, string, string | null]>([
    ['基层卫生人员占比偏低,仅为38.6%', '38.6%', '基层卫生人员占比'],
    ['基层卫生人员占比偏低,全市38.6%', '38.6%', null],
  ])('a judged subject: %s → %s', (text, figure, want) => {
    const view = normalize(text);
    const span = judgedSubject(view, view.indexOf(figure), jieba);
    expect(span && text.slice(span[0], span[1])).toBe(want);
  });
});
