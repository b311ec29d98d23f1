import { describe, expect, it } from 'vitest';
import { inHeaderBlock } from '../../src/structure/roster-fields.js';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';
import { findPeople } from '../../src/structure/cast.js';
import { findSpeechEvents } from '../../src/structure/attribution.js';

/** Whether the line opening with `field` in `text` stands in a part's header block. */
function headerAt(text: string, field: string): boolean {
  const view = normalize(text);
  return inHeaderBlock(view, view.indexOf(normalize(field)));
}

describe('[roster-fields] a field in a part header block is a roster', () => {
  it.each<[string, string, boolean]>([
    ['第一场：老旧小区改造\n主持人：市人大常委会副主任卢静秋\n应询人：副市长甘学文，市住建局局长祁永年\n\n委员某：…', '应询人：', true],
    ['上午第一场：城区停车难治理\n应询人：区城管局局长岳海川\n\n委员某：…', '应询人：', true],
    ['（二）下午：学前教育普惠\n主持人：区人大常委会主任贝立群\n答复人：区教育局局长管晓春', '答复人：', true],
    ['应询人：市水务局局长龙国栋\n主持人：市人大常委会副主任卢静秋\n\n', '应询人：', true],
    ['应询人员：市发改委\n应询人：市水务局局长龙国栋\n\n', '应询人：', true],
    ['第一场：老旧小区改造\n主持人：市人大常委会副主任卢静秋\n应询人：市住建局局长祁永年\n询问人：委员柏晓燕、委员郁文涛', '询问人：', true],
    ['第一场：老旧小区改造\n列席：市财政局\n应询人员：市住建局\n答复人：市住建局局长祁永年', '答复人：', true],
    // a digest's field naming the next speaker
    ['第一场：老旧小区改造\n主持人：市人大常委会副主任卢静秋\n询问人：委员 柏晓燕\n询问内容：加装电梯进度如何？\n应询人：市住建局局长 祁永年\n答复内容：今年已加装60部。', '应询人：', false],
    ['询问内容：管网漏损率为什么这么高？\n应询人：市水务局局长 龙国栋\n答复内容：主要是管网老化。', '应询人：', false],
    ['主持人：请市水务局回答。\n应询人：市水务局局长 龙国栋\n答复内容：…', '应询人：', false],
    ['第一场：老旧小区改造\n\n应询人：市住建局局长祁永年\n答复内容：…', '应询人：', false],
  ])('%s', (text, field, expected) => {
    expect(headerAt(text, field)).toBe(expected);
  });

  it('a list of askers in the header block is a roster too; a digest\'s asker field names the next asker', () => {
    const text = [
      '第一场：社区养老服务',
      '主持人：区人大常委会副主任卢静秋',
      '应询人：区民政局局长祁永年',
      '询问人：委员柏晓燕、委员郁文涛', '',
      '委员柏晓燕：日间照料中心为什么用不起来？请问区民政局。', '',
      '祁永年：主要是服务项目少。', '',
      '委员郁文涛：助餐点够不够？', '',
      '祁永年：今年新增助餐点12个。',
    ].join('\n');
    const s = buildStructure({ text, view: normalize(text) });
    const askers = s.questions.map((q) => q.askers.map((id) => s.people.find((p) => p.id === id)?.name));
    expect(askers).toEqual([['柏晓燕'], ['郁文涛']]);
  });

  it.each([
    ['第一场：', '第二场：'],
    ['上午第一场：', '下午第二场：'],
    ['（一）上午：', '（二）下午：'],
    ['第一场 ', '第二场：'],
  ])('%s … %s: the roster speaks no words, the next heading ends no answer', (first, second) => {
    const text = [
      '区人大常委会专题询问会纪实', '',
      '区人大常委会分两场开展专题询问。', '',
      `${first}社区养老服务`,
      '主持人：区人大常委会副主任卢静秋',
      '应询人：副区长甘学文，区民政局局长祁永年', '',
      '委员柏晓燕：日间照料中心为什么用不起来？请问区民政局。', '',
      '祁永年：主要是服务项目少，今年新增助餐点12个。', '',
      `${second}老旧管网改造`,
      '主持人：区人大常委会主任贝立群',
      '应询人：区水务局局长龙国栋', '',
      '委员郁文涛：管网漏损率为什么这么高？请问区水务局。', '',
      '龙国栋：主要是管网老化，今年改造42公里。',
    ].join('\n');
    const s = buildStructure({ text, view: normalize(text) });
    expect(s.questions).toHaveLength(2);
    const speakers = s.questions.map((q) => q.turns.filter((t) => t.role !== 'narration').map((t) => `${t.role}:${s.people.find((p) => p.id === t.speaker)?.name}`));
    expect(speakers).toEqual([['asker:柏晓燕', 'responder:祁永年'], ['asker:郁文涛', 'responder:龙国栋']]);
    expect(s.questions[0].turns.at(-1)!.text).not.toContain('老旧管网改造');
    expect(s.people.map((p) => p.name)).not.toContain('甘学文');
  });
});

describe('[roster-fields] an asker field listing or counting the askers is the session\'s roster (askerRoster)', () => {
  /** The two exchanges under every header: each member asks through a label of his own. */
  const exchanges = [
    '', '柏青山委员询问：河道保洁经费今年落实了多少？',
    '县水务局局长龙德海答复：今年落实经费860万元。', '',
    '窦晓岚委员询问：农村饮水水质多久检测一次？',
    '县卫健局局长鞠文远答复：每季度检测一次。',
  ];
  it.each<[string, string[]]>([
    ['a 、-list of bare names', ['询问人：柏青山、窦晓岚']],
    ['names with their titles', ['询问人：柏青山委员、窦晓岚委员']],
    ['询问委员', ['询问委员：柏青山、窦晓岚']],
    ['提问委员', ['提问委员：柏青山、窦晓岚']],
    ['提问人, names set apart by a full-width space', ['提问人：柏青山　窦晓岚']],
    ['with 等N人 after the names', ['询问人：柏青山、窦晓岚等4人']],
    ['under date and place fields', ['时间：2024年5月16日', '地点：县人大常委会会议室', '询问人：柏青山、窦晓岚']],
    ['under an introduction sentence', ['2024年5月16日，县人大常委会对河湖管护工作开展专题询问。', '', '询问人：柏青山、窦晓岚']],
    ['with the responders\' roster under it', ['询问人：柏青山、窦晓岚', '应询人：龙德海、鞠文远']],
    ['a count of askers, nobody named', ['提问委员：4名']],
    ['a count with its noun', ['询问人：4位委员']],
  ])('%s', (_, header) => {
    const text = ['临川县人大常委会河湖管护专题询问', '', ...header, ...exchanges].join('\n');
    const s = buildStructure({ text, view: normalize(text) });
    const name = (id: string) => s.people.find((p) => p.id === id)?.name;
    expect(s.questions.map((q) => q.askers.map(name))).toEqual([['柏青山'], ['窦晓岚']]);
    expect(s.questions.map((q) => q.responders.map(name))).toEqual([['龙德海'], ['鞠文远']]);
    expect(s.questions.map((q) => q.text)).toEqual(['河道保洁经费今年落实了多少？', '农村饮水水质多久检测一次？']);
  });

  it.each<[string, string[], boolean]>([
    ['askers speaking through their own labels', ['询问人：柏青山、窦晓岚', '', '柏青山委员：河道保洁经费落实了多少？', '', '窦晓岚委员：水质多久检测一次？'], true],
    ['the next asker\'s own field, only fields between', ['询问人：委员 柏青山、委员 窦晓岚', '应询单位：县水务局', '询问人：委员 柏青山', '询问内容：河道保洁经费落实了多少？'], true],
    ['a count', ['提问委员：4名', '', '柏青山委员：河道保洁经费落实了多少？'], true],
    // the listed members' joint question
    ['a 询问内容 field under it', ['询问人：柏青山、窦晓岚', '询问内容：河道保洁经费落实了多少？'], false],
    ['a 问 label under it', ['询问人：柏青山、窦晓岚', '问：河道保洁经费落实了多少？'], false],
    ['words, then the next asker field', ['询问人：柏青山、窦晓岚', '河道保洁经费落实了多少？', '应询人：县水务局局长 龙德海', '今年落实860万元。', '询问人：委员 窦晓岚'], false],
    ['one name', ['询问人：柏青山', '', '柏青山委员：河道保洁经费落实了多少？'], false],
  ])('%s → roster %s', (_, lines, expected) => {
    const text = lines.join('\n');
    const view = normalize(text);
    // A roster is nobody's turn: a narration line; a field naming the next asker announces him.
    const events = findSpeechEvents(view, 0, view.length, findPeople({ text, view }, []).mentions, text);
    expect(events.some((e) => e.start === 0 && e.role === 'narration')).toBe(expected);
  });
});

describe('[roster-fields] a roster of N askers states the session\'s asker count N when no count is stated', () => {
  const exchanges = [
    '', '柏青山委员询问：河道保洁经费今年落实了多少？',
    '县水务局局长龙德海答复：今年落实经费860万元。', '',
    '窦晓岚委员询问：农村饮水水质多久检测一次？',
    '县卫健局局长鞠文远答复：每季度检测一次。', '',
    '计文澜委员询问：河长巡河记录怎么核查？',
    '县水务局局长龙德海答复：每月抽查一次。',
  ];
  // Each row: the header lines, the count stated and the text it is read from.
  it.each<[string, string[], number | null, string | null]>([
    ['a 、-list of bare names', ['询问人：柏青山、窦晓岚、计文澜'], 3, '询问人：柏青山、窦晓岚、计文澜'],
    ['names with 委员 after them', ['询问委员：柏青山委员、窦晓岚委员、计文澜委员'], 3, '询问委员：柏青山委员、窦晓岚委员、计文澜委员'],
    ['names set apart by spaces (提问人)', ['提问人：柏青山 窦晓岚 计文澜'], 3, '提问人：柏青山 窦晓岚 计文澜'],
    ['titles before the names', ['询问人：县人大常委会委员 柏青山、县人大常委会委员 窦晓岚、县人大代表 计文澜'], 3, '询问人：县人大常委会委员 柏青山、县人大常委会委员 窦晓岚、县人大代表 计文澜'],
    ['a roster of two, three ask (the mismatch is warned)', ['询问人：柏青山、窦晓岚'], 2, '询问人：柏青山、窦晓岚'],
    // a count stated ranks first
    ['等N人 after the names', ['询问人：柏青山、窦晓岚、计文澜等5人'], 5, '询问人：柏青山、窦晓岚、计文澜等5人'],
    ['a count in the introduction', ['近日，县人大常委会开展专题询问，共有4位委员提问。', '', '询问人：柏青山、窦晓岚、计文澜'], 4, '4位委员'],
    // one name is a label, no roster
    ['one name', ['询问人：柏青山'], null, null],
  ])('%s', (_, header, count, evidence) => {
    const text = ['临川县人大常委会河湖管护专题询问', '', ...header, ...exchanges].join('\n');
    const s = buildStructure({ text, view: normalize(text) });
    expect(s.session.statedAskerCount).toBe(count);
    const span = s.session.spans.statedAskerCount;
    expect(span ? text.slice(span[0], span[1]) : null).toBe(evidence);
  });
});
