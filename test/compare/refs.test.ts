import { describe, expect, it } from 'vitest';
import { questionContent, questionName, questionRef } from '../../src/compare/refs.js';
import type { Question, Turn } from '../../src/model/record.js';

const turn = (role: Turn['role'], text: string, answerTo: number | null = null): Turn => ({ speaker: null, role, text, span: [0, text.length], answerTo });

function question(index: number, text: string, turns: Turn[]): Question {
  return {
    index, label: null, text, span: [0, 0], sectionSpan: [0, 0], askers: [], addressees: [], responders: [], turns,
    answers: [], quantities: [], formulations: [], keywords: [], followUpOf: null,
  };
}

describe('[refs] questionContent', () => {
  // A batch: two members ask, both answers stand in the second question's section.
  const q1 = question(1, '校园配餐如何改进?', [turn('asker', '委员甲提问:校园配餐如何改进?')]);
  const q2 = question(2, '电梯审批能否简化?', [
    turn('asker', '委员乙提问:电梯审批能否简化?'),
    turn('responder', '针对第一个问题,局长丙回答,将新增保温餐车。', 1),
    turn('responder', '局长丁表示,审批时限压缩至15个工作日。'),
  ]);

  it('a batch\'s answer counts for the question it answers, wherever it stands', () => {
    expect(questionContent(q1, [q1, q2])).toBe('校园配餐如何改进?\n针对第一个问题,局长丙回答,将新增保温餐车。');
    expect(questionContent(q2, [q1, q2])).toBe('电梯审批能否简化?\n局长丁表示,审批时限压缩至15个工作日。');
  });

  it('without the record\'s questions, only the question\'s own answers', () => {
    expect(questionContent(q1)).toBe('校园配餐如何改进?');
  });
});

describe('[refs] questionName', () => {
  const labelled = (index: number, label: string | null, followUpOf: number | null = null): Question => ({ ...question(index, '如何推进?', []), label, followUpOf });
  const all = [labelled(1, '问题一'), labelled(2, '问题二'), labelled(3, null, 2), labelled(4, '追问', 1), labelled(5, null), labelled(6, null, 5)];
  it.each([
    [1, '问题一'],
    [3, '问题二·追问'],
    [4, '追问'],
    [5, '#5'],
    [6, '问题5·追问'],
  ])('question %i is shown as %s', (index, name) => {
    expect(questionName(questionRef(all[index - 1], all))).toBe(name);
  });
});
