import { describe, expect, it } from 'vitest';
import { summaryBrief } from '../../src/structure/summary-brief.js';
import { splitLines } from '../../src/structure/blocks.js';
import { buildStructure } from '../../src/structure/build.js';
import { findPeople } from '../../src/structure/cast.js';
import { normalize } from '../../src/source/normalize.js';

const LEDE = '9月24日，江屿市第十五届人大常委会第三十一次会议举行联组会议，围绕全市道路交通安全工作开展专题询问。市人大常委会主任钱某某主持会议，副市长诸葛某某到会听取意见。';
const read = (lines: string[]) => {
  const text = lines.join('\n\n');
  const view = normalize(text);
  const body = splitLines(view).filter((l) => l.content[1] > l.content[0]);
  return { text, view, body, brief: summaryBrief(view, body, findPeople({ text, view }, []).mentions) };
};

describe('[summary-brief] the officials who answered all the questions, told together', () => {
  it.each<[string, string, string[]]>([
    ['…等分别作了回答', '市公安局副局长、交警支队支队长邓某某，市交通运输局局长苏某某，市应急管理局副局长龙某某等分别作了回答。', ['邓某某', '苏某某', '龙某某']],
    ['…一一作答', '委员们围绕头盔佩戴等问题进行询问，市公安局副局长邓某某、市交通运输局局长苏某某一一作答。', ['邓某某', '苏某某']],
    ['…逐一作了回答', '市交通运输局局长苏某某等逐一作了回答。', ['苏某某']],
    // offices only: no one named
    ['offices only', '县教育局、县市场监管局、县财政局主要负责人一一作答。', []],
    // the members named as askers are no responders
    ['askers before, responders after', '市人大常委会委员贾某某、代表柯某某先后提问，市交通运输局局长苏某某分别作了回答。', ['苏某某']],
  ])('%s', (_name, line, names) => {
    const { brief } = read(['市人大常委会专题询问全市道路交通安全工作', LEDE, line]);
    expect(brief).not.toBeNull();
    expect(brief!.responders.map((m) => m.name)).toEqual(names);
  });

  it.each<[string, string]>([
    // near-misses: an answer told of one official, a promise to answer later
    ['one answer reported', '市交通运输局局长苏某某回答说，今年将整治隐患路段67处。'],
    ['answers to come', '相关部门将在会后作出书面答复。'],
  ])('no summary: %s', (_name, line) => {
    expect(read(['市人大常委会专题询问全市道路交通安全工作', LEDE, line]).brief).toBeNull();
  });

  it('the closing after the summary: a 表态, or the chair\'s 讲话', () => {
    const summary = '市交通运输局局长苏某某等分别作了回答。';
    for (const [line, start] of [['诸葛某某在表态发言时表示，市政府将持续开展隐患排查整治。', '诸葛某某'], ['钱某某在讲话中指出，市政府要建立整改清单。', '钱某某']]) {
      const { view, brief } = read(['市人大常委会专题询问全市道路交通安全工作', LEDE, summary, '据介绍，今年全市事故起数下降12.4%。', line]);
      expect(view.slice(brief!.closingFrom!).startsWith(start)).toBe(true);
    }
    // near-miss: background after the summary is no closing
    expect(read(['市人大常委会专题询问全市道路交通安全工作', LEDE, summary, '据介绍，今年全市事故起数下降12.4%。']).brief!.closingFrom).toBeNull();
  });
});

describe('[summary-brief] through the layout reader', () => {
  it('responders, closing and the summary-only warning', () => {
    const text = ['市人大常委会专题询问全市道路交通安全工作', LEDE, '询问中，常委会组成人员先后提出13个问题。市公安局副局长邓某某，市交通运输局局长苏某某等分别作了回答。', '诸葛某某在表态发言时表示，市政府将持续开展隐患排查整治。'].join('\n\n');
    const s = buildStructure({ text, view: normalize(text) });
    expect(s.questions).toEqual([]);
    expect(s.people.map((p) => [p.name, p.roles])).toEqual([['邓某某', ['responder']], ['苏某某', ['responder']]]);
    expect(s.closing && text.slice(s.closing[0], s.closing[1])).toBe('诸葛某某在表态发言时表示，市政府将持续开展隐患排查整治。');
    expect(s.warnings.map((w) => w.code).filter((c) => c !== 'date-without-year')).toEqual(['summary-only']);
  });
});
