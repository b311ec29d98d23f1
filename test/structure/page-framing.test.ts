import { describe, expect, it } from 'vitest';
import { framingLines } from '../../src/structure/page-framing.js';
import { splitLines } from '../../src/structure/blocks.js';
import { buildStructure } from '../../src/structure/build.js';
import { isHeadline } from '../../src/structure/session.js';
import { normalize } from '../../src/source/normalize.js';

const NOTE = '编者按：去年9月，市人大常委会就托育服务开展专题询问，市卫健委承诺两年内新增普惠托位3000个。一年过去了，承诺兑现得怎么样？';
const HEAD = '托起“稚”未来 问出“育”担当';
const LEDE = '11月22日，清江市十五届人大常委会第三十四次会议举行联组会议，对全市普惠托育服务工作进行跟踪询问。';
const framed = (lines: string[]) => {
  const view = normalize(lines.join('\n\n'));
  const body = splitLines(view).filter((l) => l.content[1] > l.content[0]);
  const out = framingLines(view, body, isHeadline);
  return body.filter((l) => out.has(l)).map((l) => view.slice(l.content[0], l.content[1]));
};

describe('[page-framing] the paper\'s framing above a report', () => {
  it.each<[string, string[], number]>([
    ['a masthead and an editor\'s note about last year\'s inquiry', ['清江日报 2021年11月24日 星期三 第3版 人大之窗', NOTE, HEAD, LEDE], 2],
    ['a column tag above the headline', ['【人大视窗】', HEAD, LEDE], 1],
    ['a site\'s name above the headline', ['云溪州人民政府门户网站', HEAD, LEDE], 1],
    ['the note after the headline and byline', [HEAD, '□ 本报记者 卢某某', NOTE, LEDE], 1],
    // near-misses: a note that is the only lede, a note about this meeting, a masthead over no headline
    ['a note that is the lede', ['编者按：6月18日，澧阳县人大常委会就全县农村学校食堂建设开展专题询问。本报今日刊发询问实录。', HEAD, '县人大常委会委员谌某某问：食堂够吗？'], 0],
    ['a note about this meeting', ['【编者按】本次常委会会议先后举行两次联组会议，分别就全省养老服务体系建设开展专题询问。', HEAD, LEDE], 0],
    ['a masthead over the lede', ['清江日报 2021年11月24日 星期三 第3版', LEDE], 0],
    ['a scene tag over a speaker\'s words', ['【现场】', '县人大常委会委员 甘某某：养护资金够不够？', '县交通运输局局长 莫某某：基本够用。'], 0],
    ['a headline with a tag inside is no tag line', ['【直播】市人大常委会专题询问全市公共文化服务体系建设', LEDE], 0],
  ])('%s', (_name, lines, count) => {
    expect(framed(lines)).toHaveLength(count);
  });
});

describe('[page-framing] through the layout reader', () => {
  it('the headline after the masthead and note is the title; the note\'s topic and figures are not the session\'s', () => {
    const text = ['清江日报 2021年11月24日 星期三 第3版 人大之窗', NOTE, HEAD, '□ 本报记者 卢某某 通讯员 葛某某', LEDE,
      '“现在完成了多少？”常委会委员石某某问。', '市卫健委主任蒋某某回答，全市已新增普惠托位2180个。'].join('\n\n');
    const s = buildStructure({ text, view: normalize(text) });
    expect(s.session.title).toBe(HEAD);
    expect(s.session.topic).toBe('全市普惠托育服务工作');
    expect(s.session.date).toBe('2021-11-22');
    expect(s.session.span && text.slice(s.session.span[0], s.session.span[1])).not.toContain('3000');
  });
});
