import { describe, expect, it } from 'vitest';
import { writtenAnswerNote, writtenReplyLabel } from '../../src/structure/written-notes.js';
import { normalize } from '../../src/source/normalize.js';
import { nameOf, structureOf } from '../helpers/structure.js';

describe('[written-notes] a bracketed written-answer note standing where an answer would', () => {
  it.each<[string, string | null]>([
    // under an answer's label, bare or naming the official; on a line of its own
    ['答：（书面答复）', '书面答复'],
    ['答（市司法局局长 戴某）：（因时间关系，该问题由市司法局会后书面答复。）', '因时间关系,该问题由市司法局会后书面答复。'],
    ['【应询】副市长 李某：（因会议时间关系，李某副市长会后作书面答复。）\n', '因会议时间关系,李某副市长会后作书面答复。'],
    ['（因时间关系，此问题转为书面答复）', '因时间关系,此问题转为书面答复'],
    ['县教育局局长 寇某：(会后书面回复)', '会后书面回复'],
    // near-misses: an answer said aloud that promises a written one, a note with speech after it, another note
    ['答（市司法局局长 戴某）：这个问题我们会后书面答复。', null],
    ['县教育局局长 寇某：（笑）会后书面答复委员。', null],
    ['县教育局局长 寇某：（书面答复）另外补充一点，经费已到位。', null],
    ['答：（稍作停顿）', null],
    ['答：今年完成了。（书面答复见附件）', null],
  ])('%s → %s', (turn, note) => {
    const view = normalize(turn);
    expect(writtenAnswerNote(view, [0, view.length])).toBe(note);
  });
});

describe('[written-notes] the question answered in writing', () => {
  const INTRO = '某市人大常委会专题询问\n\n';
  const Q = '问（市人大常委会委员 项某明）：涉企检查“多头查、重复查”现象仍然存在，请问市司法局有什么举措？\n';
  it.each([
    ['答（市司法局局长 戴文军）：（因时间关系，该问题由市司法局会后书面答复。）'],
    ['答：（书面答复）'],
  ])('%s: narration, no responder, a written-answer warning', (answer) => {
    const s = structureOf(`${INTRO}${Q}${answer}`);
    expect(s.questions).toHaveLength(1);
    const q = s.questions[0];
    expect(q.responders).toEqual([]);
    expect(q.turns.map((t) => [t.role, t.speaker === null ? null : nameOf(s, t.speaker)])).toEqual([['asker', '项某明'], ['narration', null]]);
    expect(s.warnings.map((w) => w.code)).toEqual(['written-answer']);
  });

  it('an official who promises a written answer aloud answers', () => {
    const s = structureOf(`${INTRO}${Q}答（市司法局局长 戴文军）：这个问题比较复杂，我们会后书面答复。`);
    expect(s.questions[0].responders.map((id) => nameOf(s, id))).toEqual(['戴文军']);
    expect(s.warnings.map((w) => w.code)).not.toContain('written-answer');
  });
});

describe('[written-notes] an answer\'s label saying it came in writing (t65)', () => {
  it.each<[string, string | null]>([
    ['省民政厅（书面答复）：纳入关爱服务的有42.6万人。', '省民政厅'],
    ['省人力资源社会保障厅书面答复：对连续从业满5年的，给予一次性奖励1万元。', '省人力资源社会保障厅'],
    ['书面答复（县教育局）：今年新增校车18辆。', '县教育局'],
    ['**县教育局书面回复：**今年新增校车18辆。', '县教育局'],
    // near-misses: an ordinary label, a promise said aloud, a label with nothing after it, a note standing where the answer would
    ['省民政厅：纳入关爱服务的有42.6万人。', null],
    ['省民政厅厅长易晓东答：这个问题我们会后书面答复。', null],
    ['县教育局书面答复：', null],
    ['答：（书面答复）', null],
  ])('%s → %s', (turn, who) => {
    const view = normalize(turn);
    const span = writtenReplyLabel(view, [0, view.length]);
    expect(span ? turn.slice(span[0], span[1]) : null).toBe(who);
  });

  it('an ordinary 问: question answered under ORG（书面答复）: the office answers, the question is marked written', () => {
    const text = '某省人大常委会专题询问\n\n常委会委员谭某问：护理型床位够不够？\n\n省民政厅厅长易某答：护理型床位占比为58%。\n\n常委会委员石某问：农村留守老人关爱服务怎么落实？\n\n省民政厅（书面答复）：纳入关爱服务的有42.6万人。';
    const s = structureOf(text);
    expect(s.questions.map((q) => [q.text, q.written?.organization ?? null, q.addressees, q.responders.map((id) => nameOf(s, id))])).toEqual([
      ['护理型床位够不够？', null, [], ['易某']],
      ['农村留守老人关爱服务怎么落实？', '省民政厅', ['省民政厅'], [null]],
    ]);
    expect(s.questions[1].turns.map((t) => t.role)).toEqual(['asker', 'responder']);
    expect(s.warnings.map((w) => w.code)).not.toContain('question-without-responder');
  });
});
