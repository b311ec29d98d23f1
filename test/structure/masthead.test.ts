import { describe, expect, it } from 'vitest';
import { isMastheadLine, mastheadLength } from '../../src/structure/masthead.js';
import { frameKind } from '../../src/structure/frame.js';
import { normalize } from '../../src/source/normalize.js';
import { buildStructure } from '../../src/structure/build.js';

describe('[masthead] lines of a briefing header', () => {
  it.each([
    '工作简报',
    '人大工作动态',
    '《人大通讯》',
    '常委会工作专报',
    '第12期',
    '(第5期)',
    '2023年第12期',
    '第7期(总第215期)',
    '白河县人大常委会办公室',
    '县人大常委会办公室编',
    '市人大常委会研究室印发',
    '丰宁区人大常委会办公室　　　　2022年9月3日',
    '县人大常委会办公室编　　2022.9.3',
    '人大简报　2022年第9期　区人大常委会办公室　2022年9月3日',
    '人大简报2022年第9期',
    '内部资料　注意保存',
    '二〇二二年九月三日',
  ])('%s is a masthead line', (line) => {
    expect(isMastheadLine(normalize(line))).toBe(true);
  });
  it.each([
    '县人大常委会开展乡村振兴专题询问',
    '区人大常委会专题询问动态', // a headline ending on a name: it speaks of the inquiry
    '9月1日,区人大常委会办公室组织开展调研。',
    '区人大常委会办公室主任刘海峰：下面开始询问。',
    '聚焦养老服务　区人大常委会开展专题询问',
  ])('%s is not', (line) => {
    expect(isMastheadLine(normalize(line))).toBe(false);
  });
});

describe('[masthead] the run of header lines at the top of a text', () => {
  const isFrame = (s: string) => frameKind(s) !== null;
  it.each<[string, number]>([
    ['工作简报\n第12期\n丰宁区人大常委会办公室　　2022年9月3日\n区人大常委会开展养老服务专题询问\n9月1日,…', 3],
    ['人大工作动态\n(第5期)\n县人大常委会办公室编\n区人大常委会开展专题询问', 3],
    ['县人大常委会办公室　　2022年9月3日\n区人大常委会开展专题询问', 1],
    ['区人大常委会开展专题询问\n工作简报', 0],
    ['区人大常委会开展专题询问\n9月1日,区人大常委会举行联组会议。', 0],
  ])('%s', (text, n) => {
    const lines = normalize(text).split('\n');
    expect(mastheadLength(lines, isFrame)).toBe(n);
  });
});

describe('[masthead] its issuing office names the meeting when nothing else does', () => {
  const text = (office: string, lede: string) => [
    '常委会会议简报', '第 5 期', `${office}　　2024年9月12日`, '',
    '【编者按】本次会议就全省河湖长制落实情况开展专题询问。现将询问情况摘编如下。', '',
    lede,
    '常委会委员邵明远问：河湖“四乱”问题怎么根治？',
    '省水利厅厅长尤佳宁答：今年清理“四乱”问题1260个。',
  ].join('\n');
  const session = (t: string) => buildStructure({ text: t, view: normalize(t) }).session;

  it.each<[string, string, string | null, string | null]>([
    ['the meeting\'s secretariat', '青川省十三届人大常委会第二十一次会议秘书处', '青川省十三届人大常委会', '第二十一次会议'],
    ['a committee\'s office: the body, no meeting', '北屏市人大常委会办公室', '北屏市人大常委会', null],
  ])('%s', (_name, office, body, meeting) => {
    const s = session(text(office, '9月10日下午，常委会副主任柯文澜主持联组会议。'));
    expect(s.body).toBe(body);
    expect(s.meeting).toBe(meeting);
  });

  it('the lede naming them wins', () => {
    const s = session(text('青川省十三届人大常委会第二十一次会议秘书处', '9月10日下午，西岭州人大常委会第九次会议举行联组会议，常委会副主任柯文澜主持。'));
    expect(s.body).toBe('西岭州人大常委会');
    expect(s.meeting).toBe('第九次会议');
  });
});

describe('[masthead] a newspaper page\'s dateline (t44)', () => {
  it.each<[string, boolean]>([
    ['2025年5月20日 星期二  第 1 版  要闻  责任编辑:罗某  美编:黄某', true],
    ['2025年5月20日 周二 第3版', true],
    ['2025年5月20日,市人大常委会举行联组会议。', false],
  ])('%s', (line, want) => {
    expect(isMastheadLine(line)).toBe(want);
  });

  it('the meeting\'s 5月19日 takes the page\'s year, and the headline under the dateline is the title', () => {
    const text = '2025年5月20日 星期二  第 1 版  要闻  责任编辑：罗某\n问需于民 问计于策\n——市人大常委会就城市更新工作开展专题询问\n5月19日，临川市十六届人大常委会第二十八次会议举行联组会议，就城市更新工作开展专题询问。\n“城中村改造为什么慢？”市人大常委会委员黄某某问。\n市住建局局长符某某回答，今年启动项目14个。';
    const s = buildStructure({ text, view: normalize(text) });
    expect(s.session.date).toBe('2025-05-19');
    expect(s.session.title).toBe('问需于民 问计于策');
  });
});
