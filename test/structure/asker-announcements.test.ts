import { describe, expect, it } from 'vitest';
import type { Structure } from '../../src/structure/types.js';
import { nameOf, structureOf } from '../helpers/structure.js';

/** Questions as [text, askers, responders] with names. */
function summary(s: Structure) {
  return s.questions.map((q) => [q.text, q.askers.map((id) => nameOf(s, id)), q.responders.map((id) => nameOf(s, id))]);
}

/** Each question's turns as [role, speaker name, text's start]. */
function turns(s: Structure, prefix = 6) {
  return s.questions.map((q) => q.turns.map((t) => [t.role, t.speaker && nameOf(s, t.speaker), t.text.slice(0, prefix)]));
}

const intro = '本报讯 2024年6月12日，临溪市人大常委会举行联组会议，就全市养老服务工作情况开展专题询问。市民政局局长庄恒远、市卫生健康委主任蒲立群到会应询。\n\n';
const first = '常委会委员祁雪芳问：“全市养老机构床位空置率为什么这么高？”\n\n庄恒远回答说，我们将推动床位结构调整，今年改造护理型床位500张。\n\n';

describe('[asker-announcements] “Q”第一个发问的是TITLE NAME: the inverted "TITLE NAME问:“Q”"', () => {
  it.each([
    ['第一个发问的是', '“社区食堂为什么开一家关一家？老人吃饭难怎么解决？”第一个发问的是市人大常委会委员桂永年。'],
    ['首先发问的是', '“社区食堂为什么开一家关一家？老人吃饭难怎么解决？”首先发问的是市人大常委会委员桂永年。'],
    ['率先提问的是', '“社区食堂为什么开一家关一家？老人吃饭难怎么解决？”率先提问的是市人大常委会委员桂永年。'],
  ])('%s: the quote is the member\'s question', (_name, line) => {
    const s = structureOf(intro + line + '\n\n市民政局局长庄恒远回答说，今年将新建社区食堂30个。\n');
    expect(summary(s)).toEqual([['社区食堂为什么开一家关一家？老人吃饭难怎么解决？', ['桂永年'], ['庄恒远']]]);
    expect(turns(s)[0][0]).toEqual(['asker', '桂永年', '“社区食堂为']);
  });

  it('a quote the next official says after it stays his: “…”局长某表示', () => {
    const s = structureOf(intro + '“社区食堂为什么开一家关一家？”第一个发问的是市人大常委会委员桂永年。\n\n“今年将新建社区食堂30个。”市民政局局长庄恒远表示。\n');
    expect(summary(s)).toEqual([['社区食堂为什么开一家关一家？', ['桂永年'], ['庄恒远']]]);
    expect(turns(s)[0][1]).toEqual(['responder', '庄恒远', '“今年将新建']);
  });

  it('near miss: "“…”第一个发言的是…" in the closing speaks, asks nothing', () => {
    const s = structureOf(intro + first + '询问结束后，常委会组成人员进行审议发言。“要把老人满意作为工作标准。”第一个发言的是市人大常委会委员桂永年。\n');
    expect(summary(s)).toEqual([['全市养老机构床位空置率为什么这么高？', ['祁雪芳'], ['庄恒远']]]);
    expect(s.people.find((p) => p.name === '桂永年')?.roles ?? []).not.toContain('asker');
  });
});

describe('[asker-announcements] 委员甲、乙先后就…发问: narration introducing askers who then ask one by one', () => {
  it('a paragraph of its own, then a quote and 则关心: it heads the first of two questions', () => {
    const s = structureOf(intro + first
      + '接着，常委会委员桂永年、宓建成先后就医养结合、护理人员培训发问。\n\n'
      + '“医养结合机构审批为什么这么慢？”桂永年说。宓建成则关心，养老护理员持证上岗率为何一直上不去。\n\n'
      + '蒲立群和庄恒远分别作了回答。蒲立群表示，今年将开展护理员培训5000人次。\n');
    expect(summary(s)).toEqual([
      ['全市养老机构床位空置率为什么这么高？', ['祁雪芳'], ['庄恒远']],
      ['医养结合机构审批为什么这么慢？', ['桂永年'], []],
      ['养老护理员持证上岗率为何一直上不去。', ['宓建成'], ['蒲立群']],
    ]);
    expect(turns(s)[1]).toEqual([['narration', null, '接着，常委会'], ['asker', '桂永年', '“医养结合机']]);
  });

  it('on the line of their labels: 甲问:“…”乙接着问:“…”', () => {
    const s = structureOf(intro + first
      + '常委会委员桂永年、市人大代表宓建成先后就医养结合和护理人员提问。桂永年问：“医养结合机构审批为什么这么慢？”宓建成接着问：“护理员缺口有多大？”\n\n'
      + '对两位的提问，蒲立群作了回答。\n');
    expect(summary(s).map((q) => [q[0], q[1]])).toEqual([
      ['全市养老机构床位空置率为什么这么高？', ['祁雪芳']],
      ['医养结合机构审批为什么这么慢？', ['桂永年']],
      ['护理员缺口有多大？', ['宓建成']],
    ]);
    expect(turns(s)[1][0]).toEqual(['narration', null, '常委会委员桂']);
  });

  it('near miss: the words follow the announcement\'s own colon — one question of both, its text after the colon', () => {
    const s = structureOf(intro + first + '常委会委员桂永年、市人大代表宓建成先后提问：医养结合机构审批为什么这么慢？护理员缺口有多大？\n\n蒲立群回答说，今年将开展护理员培训5000人次。\n');
    expect(summary(s)[1]).toEqual(['医养结合机构审批为什么这么慢？护理员缺口有多大？', ['桂永年', '宓建成'], ['蒲立群']]);
  });

  it.each([
    ['nobody asks again: the announcement is their question', '接着，常委会委员桂永年、宓建成先后就医养结合、护理人员培训发问。\n\n'],
    ['等: more askers than named', '接着，常委会委员桂永年、宓建成等先后就医养结合、护理人员培训发问。\n\n“医养结合机构审批为什么这么慢？”桂永年说。宓建成则关心，护理员为何留不住。\n\n'],
    ['only one of them asks again', '接着，常委会委员桂永年、宓建成先后就医养结合、护理人员培训发问。\n\n“医养结合机构审批为什么这么慢？”桂永年说。\n\n'],
  ])('near miss, %s: no narration', (_name, middle) => {
    const s = structureOf(intro + first + middle + '蒲立群回答说，今年将开展护理员培训5000人次。\n');
    expect(turns(s).flat().filter((t) => t[0] === 'narration' && t[2] === '接着，常委会')).toEqual([]);
    expect(summary(s)[1][1]).toEqual(['桂永年', '宓建成']);
  });
});

describe('[asker-announcements] reported concerns and 则问 (question-text.ts)', () => {
  it.each([
    ['则关心,', '常委会委员桂永年则关心，养老护理员持证上岗率为何一直上不去。', '养老护理员持证上岗率为何一直上不去。'],
    ['关心的是', '常委会委员桂永年关心的是农村互助养老点的运营经费从哪里来。', '农村互助养老点的运营经费从哪里来。'],
    ['关注的是,', '常委会委员桂永年关注的是，农村互助养老点的运营经费。', '农村互助养老点的运营经费。'],
    ['则问:', '常委会委员桂永年则问：农村互助养老点的运营经费从哪里来？', '农村互助养老点的运营经费从哪里来？'],
  ])('%s: the words after the verb', (_name, line, text) => {
    const s = structureOf(intro + first + line + '\n\n蒲立群回答说，今年将安排资金500万元。\n');
    expect(summary(s)[1]).toEqual([text, ['桂永年'], ['蒲立群']]);
  });
});

describe('[asker-announcements] one asker announced in a paragraph of its own, then their label (t70 #7)', () => {
  const HEAD = '福建省人大常委会专题询问知识产权保护工作\n\n2026年3月26日，省十四届人大常委会第二十二次会议举行联组会议，开展专题询问。省人大常委会副主任许文彬主持。\n\n';
  const ANSWER = '省市场监督管理局局长郭启明：我们将压缩行政裁决周期，今年压缩到1个月。\n\n';
  it('the announcement is narration heading the question; the text and the turn start at the label', () => {
    const s = structureOf(`${HEAD}第一个提问的是省人大常委会委员、省律师协会会长林振邦。\n\n林振邦委员：我想问省市场监督管理局，维权周期怎么缩短？\n\n${ANSWER}`);
    expect(summary(s)).toEqual([['我想问省市场监督管理局，维权周期怎么缩短？', ['林振邦'], ['郭启明']]]);
    expect(turns(s)).toEqual([[['narration', null, '第一个提问的'], ['asker', '林振邦', '林振邦委员：'], ['responder', '郭启明', '省市场监督管']]]);
  });
  it.each<[string, string]>([
    // near-misses: the announcement goes on with the words; another member's label follows
    ['the announcement goes on with the words', `${HEAD}第一个提问的是省人大常委会委员林振邦。他说，维权周期怎么缩短？\n\n${ANSWER}`],
    ['another member\'s label follows', `${HEAD}第一个提问的是省人大常委会委员林振邦。\n\n王海委员：维权周期怎么缩短？\n\n${ANSWER}`],
  ])('near-miss: %s — as before', (_label, text) => {
    const s = structureOf(text);
    expect(s.questions[0].turns[0].role).toBe('asker');
  });
});
