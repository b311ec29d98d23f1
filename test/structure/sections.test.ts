import { describe, expect, it } from 'vitest';
import { turnSections, headerSections, withoutClosing } from '../../src/structure/sections.js';
import { splitLines } from '../../src/structure/blocks.js';
import { findHeaderCandidates } from '../../src/structure/headings.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';

const who = (name: string, at: number): SpeakerMention => ({ span: [at, at + name.length], form: 'bare-name', name, nameSpan: [at, at + name.length], title: null, titleSpan: null, organization: null, congress: false });
/** An event at the first occurrence of `name` (after `from`) with a role. */
function ev(text: string, name: string, role: 'asker' | 'responder', followUp = false, from = 0): SpeechEvent {
  const at = text.indexOf(name, from);
  return { mention: who(name, at), role, start: at, anchor: at, wordsStart: null, kind: 'reported', followUp };
}

describe('[sections] without headers', () => {
  const text = '近日,某市人大常委会开展专题询问。\n背景一。王海询问如何。李明回答。\n赵云询问如何。王海补充询问。张强回答。\n赵云追问何时。张强回答。';
  const view = normalize(text);
  const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
  const events = [
    ev(text, '王海', 'asker'), ev(text, '李明', 'responder'),
    ev(text, '赵云', 'asker'), ev(text, '王海补充', 'asker'), ev(text, '张强', 'responder'),
    ev(text, '赵云追问', 'asker', true), ev(text, '张强回答。', 'responder', false, text.indexOf('赵云追问')),
  ];
  const sections = turnSections(view, lines, events, text.length);
  it('opens a question at each asker after a responder, from the line start', () => {
    expect(sections.map((s) => text.slice(...s.span))).toEqual([
      '背景一。王海询问如何。李明回答。',
      '赵云询问如何。王海补充询问。张强回答。',
      '赵云追问何时。张强回答。',
    ]);
  });
  it('marks the 追问 as following the question before it', () => {
    expect(sections.map((s) => s.followUpOf)).toEqual([null, null, 2]);
  });
});

describe('[sections] which question a 追问 follows', () => {
  // Each row: the askers' lines in order (the last one a 追问), and the question it follows.
  it.each<[string, string[], number]>([
    ['the question just before, by the same asker', ['王海', '赵云', '赵云'], 2],
    ['the question just before, by another asker', ['王海', '赵云', '孙立'], 2],
    ['the asker\'s own earlier question, when someone else asked since', ['王海', '赵云', '王海'], 1],
  ])('%s', (_name, askers, followed) => {
    const text = askers.map((a, i) => `${a}${i === askers.length - 1 ? '追问' : '询问'}第${i + 1}件事。李明回答。`).join('\n');
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const events: SpeechEvent[] = [];
    let from = 0;
    askers.forEach((a, i) => {
      const last = i === askers.length - 1;
      events.push(ev(text, a, 'asker', last, from));
      from = text.indexOf('李明', from);
      events.push(ev(text, '李明', 'responder', false, from));
      from += 2;
    });
    const sections = turnSections(view, lines, events, text.length);
    expect(sections.map((x) => x.followUpOf)).toEqual([null, null, followed]);
  });
});

describe('[sections] the same asker referring back to the answer', () => {
  it.each<[string, string, (number | null)[]]>([
    ['刚才 after the answer: a follow-up', '刚才您讲到还有缺口,原因是什么?', [null, 1]],
    ['您刚刚 after the answer: a follow-up', '您刚刚提到的试点,何时推开?', [null, 1]],
    ['a new matter: a new question', '另外,停车难怎么解决?', [null, null]],
  ])('%s', (_name, words, expected) => {
    const text = `王海:请问如何整改?\n李明:正在整改。\n王海:${words}\n李明:尽快。`;
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const label = (name: string, role: 'asker' | 'responder', from: number): SpeechEvent => {
      const e = ev(text, name, role, false, from);
      return { ...e, kind: 'label', wordsStart: e.start + name.length + 1 };
    };
    const second = text.indexOf('王海', 1);
    const events = [label('王海', 'asker', 0), label('李明', 'responder', 0), label('王海', 'asker', second), label('李明', 'responder', second)];
    expect(turnSections(view, lines, events, text.length).map((x) => x.followUpOf)).toEqual(expected);
  });

  it('another member referring back asks a question of their own', () => {
    const text = '王海:请问如何整改?\n李明:正在整改。\n赵云:刚才说的试点,何时推开?\n李明:尽快。';
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const events = [ev(text, '王海', 'asker'), ev(text, '李明', 'responder'), ev(text, '赵云', 'asker'), ev(text, '李明:尽快', 'responder')]
      .map((e) => ({ ...e, kind: 'label' as const, wordsStart: e.start + 3 }));
    expect(turnSections(view, lines, events, text.length).map((x) => x.followUpOf)).toEqual([null, null]);
  });
});

describe('[sections] the meeting\'s closing narration after the last answer', () => {
  it.each<[string, string, string]>([
    ['a satisfaction vote', '苗某追问:有没有更硬的措施?\n冷某:将约谈平台。\n专题询问结束后,与会人员对应询部门进行了满意度测评。\n应询部门满意度测评结果为95.6%。', '苗某追问:有没有更硬的措施?\n冷某:将约谈平台。'],
    ['a closing speech and a live-text marker', '段某问:何时拨付?\n计某:30个工作日内。\n【现场】专题询问结束。\n会议最后,常委会副主任某某作了讲话。', '段某问:何时拨付?\n计某:30个工作日内。'],
    ['an answer that mentions a satisfaction survey stays', '段某问:如何考核?\n计某:我们将开展群众满意度测评,结果纳入考核。', '段某问:如何考核?\n计某:我们将开展群众满意度测评,结果纳入考核。'],
    ['a closing sentence inside the last paragraph', '程某追问:如何破解?\n全某:将推行阶梯水价. 对特困群众减免. 会议最后, 副主任欧某作了讲话, 要求三个月内报告.', '程某追问:如何破解?\n全某:将推行阶梯水价. 对特困群众减免.'],
    ['full-width: 。专题询问结束', '段某问:何时拨付?\n计某:30个工作日内。专题询问结束后,委员们进行了测评。', '段某问:何时拨付?\n计某:30个工作日内。'],
    ['the chair summing up, then Markdown and a source line', '慕某问:能否跟上?\n皇甫某:已纳入报销。\n询问结束后,黎某某指出,要建立整改清单。\n\n---\n\n*本文来源:某区人大*', '慕某问:能否跟上?\n皇甫某:已纳入报销。'],
    ['the chair speaking at the end', '苗某追问:措施呢?\n冷某:将约谈平台。\n郑某某在讲话中指出,要压实责任。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['a summary of the inquiry, then the chair', '苗某追问:措施呢?\n冷某:将约谈平台。\n询问会上,委员们问得直接,应询人答得坦诚。唐某在讲话中要求,建立“三张清单”。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['a summary of the inquiry without 上 (此次专题询问,…问的…答的…)', '苗某追问:措施呢?\n冷某:将约谈平台。\n此次专题询问,委员们问的尖锐,应询人答的实在。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['a summary of the joint meeting (联组会议上,…问得…答得…)', '苗某追问:措施呢?\n冷某:将约谈平台。\n联组会议上,常委会组成人员问得直接,应询部门答得坦诚。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['an answer speaking of the inquiry stays', '苗某追问:措施呢?\n冷某:专题询问中,大家提的问题我们都记下了,回答不了的会后书面答复。', '苗某追问:措施呢?\n冷某:专题询问中,大家提的问题我们都记下了,回答不了的会后书面答复。'],
    ['the chair summing up (在总结时说)', '苗某追问:措施呢?\n冷某:将约谈平台。\n区人大常委会副主任官某在总结时说,区政府要认真研究。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['a TV host commenting last (在节目最后点评时说)', '苗某追问:措施呢?\n冷某:将约谈平台。\n易某某在节目最后点评时说,将持续跟踪监督。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['the moderator: 询问就到这里', '苗某追问:措施呢?\n冷某:将约谈平台。\n主持人(官某):询问就到这里。感谢各位委员。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['an official answering (在回答时表示) stays', '苗某追问:措施呢?\n冷某在回答时表示,将约谈平台。', '苗某追问:措施呢?\n冷某在回答时表示,将约谈平台。'],
    ['a source line alone is no closing', '段某问:何时拨付?\n计某:30个工作日内。\n(来源:某市人大)', '段某问:何时拨付?\n计某:30个工作日内。\n(来源:某市人大)'],
    ['the meeting rating the answers', '张某代表追问:有没有倾斜?\n卢某:有的。\n会议对省生态环境厅的回答进行了满意度测评,满意率均在90%以上。', '张某代表追问:有没有倾斜?\n卢某:有的。'],
    ['a live-text closing with a scene tag and a clock time', '王某追问:资金从哪里来?\n阿某:专项债券。\n【现场】10:30 专题询问结束。', '王某追问:资金从哪里来?\n阿某:专项债券。'],
    ['a satisfaction result after a colon', '苗某追问:措施呢?\n冷某:将约谈平台。\n满意度测评结果:市场监管局满意率95.6%。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['the chair, by name or as 主持人, ending the inquiry', '苗某问:措施呢?\n冷某:将约谈平台。\n韩某:专题询问到此结束。会后,请各部门认真整改。', '苗某问:措施呢?\n冷某:将约谈平台。'],
    ['a live page: clock times, a bold 主持人 and a closing remark', '苗某问:措施呢?\n**冷某:**将约谈平台。\n\n15:20\n**主持人:**询问环节结束。下面进行满意度测评。\n\n**主持人:**今天的询问取得了预期效果。专题询问到此结束。', '苗某问:措施呢?\n**冷某:**将约谈平台。'],
    ['a count of the askers after the last answer', '苗某问:措施呢?\n冷某:将约谈平台。\n据了解,本次联组会议共有8位委员和代表进行了询问。', '苗某问:措施呢?\n冷某:将约谈平台。'],
    ['the government\'s final word after the last answer (最后表态)', '陶某追问:负荷率偏低怎么办?\n贺某表示,将加快管网建设。\n副省长严某某最后表态,省政府将认真研究吸纳意见建议。', '陶某追问:负荷率偏低怎么办?\n贺某表示,将加快管网建设。'],
    ['the government answering all the members at the end', '罗某追问:有何举措?\n黄某回答,开展培训。\n对于委员们提出的问题,副市长邱某在回应中表示,市政府将统筹推进。', '罗某追问:有何举措?\n黄某回答,开展培训。'],
    ['never the first line', '询问结束后还有问题吗?', '询问结束后还有问题吗?'],
  ])('%s', (_name, text, kept) => {
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    expect(text.slice(...withoutClosing(view, lines, [0, text.length]))).toBe(kept);
  });
});

describe('[sections] with headers', () => {
  it('runs each section to the line before the next header, and cuts at a 追问', () => {
    const text = '问题一:如何治理?\n王海就此提问。李明回应。\n王海追问:何时完成?\n李明表示年底。\n问题二:如何保障?\n赵云询问。张强回答。\n(以上内容根据现场整理)';
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const headers = findHeaderCandidates({ text, view }, lines);
    const events = [ev(text, '王海', 'asker'), ev(text, '李明', 'responder'), ev(text, '王海追问', 'asker', true), ev(text, '李明表示', 'responder'), ev(text, '赵云', 'asker'), ev(text, '张强', 'responder')];
    const body = lines.slice(0, -1);
    const sections = headerSections(view, body, headers, body[body.length - 1].content[1], events, []);
    expect(sections.map((s) => [s.header?.label ?? null, text.slice(...s.span), s.followUpOf])).toEqual([
      ['问题一', '问题一:如何治理?\n王海就此提问。李明回应。', null],
      [null, '王海追问:何时完成?\n李明表示年底。', 1],
      ['问题二', '问题二:如何保障?\n赵云询问。张强回答。', null],
    ]);
  });
});

describe('[sections] a 追问 before any answer', () => {
  it('stays in the question it belongs to', () => {
    const text = '问题一:如何治理?\n王海提问并追问资金。李明回应。';
    const view = normalize(text);
    const lines = splitLines(view);
    const headers = findHeaderCandidates({ text, view }, lines);
    const sections = headerSections(view, lines, headers, text.length, [ev(text, '王海', 'asker', true), ev(text, '李明', 'responder')], []);
    expect(sections.length).toBe(1);
  });
});

describe('[sections] a new asker before anyone answers', () => {
  it.each<[string, string, Array<[string, 'asker' | 'responder', boolean?]>, string[]]>([
    ['another member in a paragraph of their own opens a question',
      '背景。\n赵云追问资金。欧阳明回答。\n孙立平就政务服务提出询问。王丽华表示加快。',
      [['赵云', 'asker', true], ['欧阳明', 'responder'], ['孙立平', 'asker'], ['王丽华', 'responder']],
      ['背景。\n赵云追问资金。欧阳明回答。', '孙立平就政务服务提出询问。王丽华表示加快。']],
    ['…even when the follow-up before it found no responder',
      '背景。\n赵云追问资金。\n孙立平就政务服务提出询问。王丽华表示加快。',
      [['赵云', 'asker', true], ['孙立平', 'asker'], ['王丽华', 'responder']],
      ['背景。\n赵云追问资金。', '孙立平就政务服务提出询问。王丽华表示加快。']],
    ['two members asking in one paragraph ask together',
      '背景。\n赵云询问资金。孙立平也询问进度。王丽华表示加快。',
      [['赵云', 'asker'], ['孙立平', 'asker'], ['王丽华', 'responder']],
      ['背景。\n赵云询问资金。孙立平也询问进度。王丽华表示加快。']],
    ['another member commenting without asking (表示) in the next paragraph does not',
      '背景。\n赵云询问资金。\n孙立平表示,要加强监管。王丽华表示加快。',
      [['赵云', 'asker'], ['孙立平', 'asker'], ['王丽华', 'responder']],
      ['背景。\n赵云询问资金。\n孙立平表示,要加强监管。王丽华表示加快。']],
    ['the same member again in the next paragraph goes on asking',
      '背景。\n赵云询问资金。\n赵云还询问进度。王丽华表示加快。',
      [['赵云', 'asker'], ['赵云', 'asker'], ['王丽华', 'responder']],
      ['背景。\n赵云询问资金。\n赵云还询问进度。王丽华表示加快。']],
  ])('%s', (_name, text, spec, expected) => {
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    let from = 0;
    const events = spec.map(([name, role, followUp]) => {
      const e = ev(text, name, role, followUp ?? false, from);
      from = e.start + 1;
      return e;
    });
    const sections = turnSections(view, lines, events, text.length);
    // The first section starts at the first asker's line here: the background line is the intro.
    expect(sections.map((s) => text.slice(...s.span))).toEqual(expected.map((x) => x.replace(/^背景。\n/u, '')));
  });
});
