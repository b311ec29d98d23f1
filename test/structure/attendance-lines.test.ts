import { describe, expect, it } from 'vitest';
import { isAttendanceLine, isAttendanceParagraph, withoutAttendanceTail } from '../../src/structure/attendance-lines.js';
import { parse } from '../../src/pipeline.js';
import { normalize } from '../../src/source/normalize.js';

describe('[attendance-lines] a line only naming who attended or wrote the record up', () => {
  it.each<[string, boolean]>([
    ['州人民政府副州长张丽萍，州级有关部门、大理市和洱源县政府负责同志到会应询。州人大常委会副主任、秘书长等列席会议。', true],
    ['市政府副市长到会。', true],
    ['会议由市人大常委会副主任王晓东记录整理。', true],
    ['县人大常委会副主任李某某出席会议', true],
    ['部分省人大代表应邀列席会议并旁听询问。', true],
    ['区人大常委会主任某某主持会议。副区长某某到会应询。', true],
    // near-misses: the verb not last in its sentence, or an answer's own words
    ['参加会议的代表提出了很多意见。', false],
    ['我们将组织企业参加培训，下一步还要加强督导。', false],
    ['副市长某某到会应询并作表态发言，她表示将抓好整改。', false],
    ['市水务局局长刘某：我们已组织技术人员到会。下一步将扩大覆盖。', false],
    ['', false],
  ])('%s → %s', (line, expected) => {
    expect(isAttendanceLine(normalize(line))).toBe(expected);
  });
});

describe('[attendance-lines] an attendance paragraph between the exchanges', () => {
  it.each<[string, boolean]>([
    ['出席联组会议的还有省人大常委会副主任郭天康、尹弘杰，秘书长李建华。省政府副省长何伟，省高级人民法院副院长梁明远，省人民检察院副检察长赵永刚列席会议。', true],
    ['出席会议的还有区人大常委会副主任王某、李某。', true],
    ['列席会议的有市中级人民法院、市人民检察院负责同志。', true],
    ['市政协部分委员列席。', true],
    ['副区长某某到会听取询问。', true],
    ['部分省人大代表应邀列席会议。', true],
    ['县人大常委会委员和部分县人大代表参加会议。', true],
    // near-misses: an official's own words (what one will do), 参加 without the meeting, a sentence going on after the verb
    ['我们将邀请人大代表列席会议。', false],
    ['下一步将组织专家出席。', false],
    ['全市共有3000名干部参加。', false],
    ['今年以来，共有1200名群众参加培训。', false],
    ['参加会议的代表提出了很多意见。', false],
    ['副省长何伟列席会议并讲话，他表示将抓好整改。', false],
    ['', false],
  ])('%s → %s', (line, expected) => {
    expect(isAttendanceParagraph(normalize(line))).toBe(expected);
  });

  it('ends the answer before it: nobody in it speaks', () => {
    const text = [
      '省人大常委会开展文物保护专题询问',
      '　　2019年11月27日，省人大常委会举行联组会议，就文物保护开展专题询问。',
      '　　常委会委员王某某问：石窟寺保护与旅游开发的矛盾怎么处理？',
      '　　省文化和旅游厅副厅长陈某某回答，将严格落实游客承载量核定。',
      '　　出席联组会议的还有省人大常委会副主任郭某某。省政府副省长何某某，省高级人民法院副院长梁某某列席会议。',
      '　　常委会委员张某某问省公安厅：盗掘古墓葬犯罪打击的成效如何？',
      '　　省公安厅副厅长刘某某回答，今年以来共破获文物犯罪案件41起。',
    ].join('\n');
    const r = parse(text);
    const q1 = r.questions[0];
    const last = q1.turns[q1.turns.length - 1];
    expect(last.role).toBe('narration');
    expect(last.text.startsWith('出席联组会议的还有')).toBe(true);
    expect(q1.turns.find((t) => t.role === 'responder')!.text.endsWith('游客承载量核定。\n　　')).toBe(true);
    const named = new Set(r.people.map((p) => p.name));
    for (const n of ['郭某某', '何某某', '梁某某']) expect(named.has(n)).toBe(false);
  });
});

describe('[attendance-lines] attendance and chair sentences after the last answer are narration (t55 p08)', () => {
  const ANSWER = '市场监管总局局长罗某表示，去年以来共查处违法案件1.86万件。';
  it.each<[string, string, string]>([
    // [the tail after the answer, where the answer's section ends (its text)]
    ['a line of attendance and chair sentences before the closing', '\n\n国务院副总理丁某到会听取意见。全国人大常委会副委员长郑某主持联组会议。', ANSWER],
    ['one presiding sentence', '全国人大常委会副委员长郑某主持联组会议。', ANSWER],
    ['出席会议并主持', '\n省人大常委会主任马某出席会议并主持联组会议。', ANSWER],
    // near-misses: the official's own words stay his; an answer naming who presided over other work stays whole
    ['the official saying what he will do', '我们将组织代表列席会议。', ANSWER + '我们将组织代表列席会议。'],
    ['presiding over other work (主持召开)', '副市长主持召开了专题会议。', ANSWER + '副市长主持召开了专题会议。'],
    ['nothing after the answer', '', ANSWER],
  ])('%s', (_name, tail, kept) => {
    const view = normalize(ANSWER + tail);
    expect(view.slice(0, withoutAttendanceTail(view, 1, view.length))).toBe(normalize(kept));
  });

  it('the last answer\'s turn ends before them; the closing speaker still closes', () => {
    const text = '十四届全国人大常委会第十五次会议4月29日下午举行联组会议，结合审议国务院关于就业工作情况的报告，进行专题询问。\n\n'
      + '常委会委员刘某某问：平台企业用工不规范，如何监管？\n\n' + ANSWER
      + '\n\n国务院副总理丁某到会听取意见。全国人大常委会副委员长郑某主持联组会议。丁某表示，国务院有关部门将认真研究吸纳审议意见。\n';
    const r = parse(text);
    const q = r.questions[r.questions.length - 1];
    expect(q.turns[q.turns.length - 1].text).toBe(ANSWER);
    expect(r.session.closing?.text.startsWith('国务院副总理丁某到会听取意见。')).toBe(true);
    expect(r.session.closing?.statements?.map((s) => [s.speaker.name, s.role])).toEqual([['丁某', 'government']]);
  });
});
