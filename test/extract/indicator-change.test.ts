import { describe, expect, it } from 'vitest';
import { changeSubject } from '../../src/extract/indicator-change.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

const jieba = defaultSegmenter();

describe('[indicator-change] both ends of a change from A to B measure the subject before 由/从 (real segmenter)', () => {
  it.each<[string, string, string | null]>([
    ['利用率由五年前的不足五成提高到七成以上', '五成', '利用率'],
    ['利用率由五年前的不足五成提高到七成以上', '七成', '利用率'],
    ['报销周期由原来的平均45天缩短到20天', '45天', '报销周期'],
    ['报销周期由原来的平均45天缩短到20天', '20天', '报销周期'],
    // 由 naming an agent, with no verb of change reaching an end: no change
    ['由县财政安排200万元', '200万元', null],
  ])('%s [%s] → %s', (text, figure, want) => {
    const view = normalize(text);
    const span = changeSubject(view, view.indexOf(figure), jieba);
    expect(span && text.slice(span[0], span[1])).toBe(want);
  });
});
