import { describe, expect, it } from 'vitest';
import { patientBefore } from '../../src/extract/indicator-patient.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

const jieba = defaultSegmenter();

describe('[indicator-patient] the thing work was done to, before 已 (real segmenter)', () => {
  it.each<[string, string, string | null]>([
    ['电梯智能阻车装置已加装1260部', '1260部', '电梯智能阻车装置'],
    ['主体工程已完成75%', '75%', '主体工程'],
    // a verb glued before the subject, only a scope before it, names the kind
    ['定制公交线路已开通41条', '41条', '定制公交线路'],
    // a count of places counts the institution itself
    ['服务中心已建成12个', '12个', '服务中心'],
    // an institution did the work: the agent, not what is counted
    ['医院已建成186张', '186张', null],
    // a verb of paying is no work done to a thing
    ['县财政已拨付300万元', '300万元', null],
  ])('%s [%s] → %s', (text, figure, want) => {
    const view = normalize(text);
    const span = patientBefore(view, view.indexOf(figure), jieba);
    expect(span && text.slice(span[0], span[1])).toBe(want);
  });
});
