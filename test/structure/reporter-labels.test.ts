import { describe, expect, it } from 'vitest';
import { reporterLabelMentions } from '../../src/structure/reporter-labels.js';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

const pairOf = (text: string) => ({ text, view: normalize(text) });
/** [name, title, organization, the mention's text, congress] of each reporter label in `text`. */
const reporters = (text: string) => reporterLabelMentions(pairOf(text), [0, text.length], [])
  .map((m) => [m.name, m.title, m.organization, text.slice(m.span[0], m.span[1]), m.congress]);

describe('[reporter-labels] a reporter\'s label at a press conference', () => {
  it.each([
    ['记者：今年的询问有什么不同？', [[null, '记者', null, '记者', true]]],
    ['北山晚报记者：今年的询问有什么不同？', [[null, '北山晚报记者', '北山晚报', '北山晚报记者', true]]],
    ['北山晚报记者 丁沐阳：今年的询问有什么不同？', [['丁沐阳', '北山晚报记者', '北山晚报', '北山晚报记者 丁沐阳', true]]],
    ['北山晚报记者丁沐阳提问：今年的询问有什么不同？', [['丁沐阳', '北山晚报记者', '北山晚报', '北山晚报记者丁沐阳', true]]],
    ['央视记者提问：整改怎么跟踪？', [[null, '央视记者', '央视', '央视记者', true]]],
    ['有记者问：整改怎么跟踪？', [[null, '记者', null, '有记者', true]]],
    ['【一问】河西日报记者：\n整改怎么跟踪？', [[null, '河西日报记者', '河西日报', '河西日报记者', true]]],
  ])('%s → %j', (text, expected) => {
    expect(reporters(text)).toEqual(expected);
  });

  it.each([
    // a byline, a header field: no question
    ['记者：丁沐阳 通讯员：柯小满'],
    ['本报讯（记者 丁沐阳）近日，市人大常委会开展专题询问。'],
    // the reporter's own narration: no colon after the label
    ['记者从市水务局了解到，整改已经完成？'],
    // mid-line: no label
    ['会后，北山晚报记者：整改怎么跟踪？'],
  ])('%s → none', (text) => {
    expect(reporters(text)).toEqual([]);
  });
});

describe('[reporter-labels] in a press conference: the reporter asks, the next label answers whatever its title', () => {
  const INTRO = '10月9日，市人大常委会召开新闻发布会，介绍河道治理专题询问有关情况。\n\n';
  const rows = (text: string) => {
    const s = buildStructure({ text, view: normalize(text) });
    const who = (id: string) => { const p = s.people.find((x) => x.id === id)!; return p.name ?? p.titles[0]; };
    return s.questions.map((q) => [q.askers.map(who), q.responders.map(who)]);
  };
  it.each<[string, string, unknown[]]>([
    ['a congress official answers', `${INTRO}北山晚报记者：今年的询问有什么不同？\n\n市人大常委会副秘书长 柯远帆：主要有两点。一是提前暗访；二是现场测评。`, [[['北山晚报记者'], ['柯远帆']]]],
    ['a named reporter, a committee chair answers', `${INTRO}北山晚报记者 丁沐阳：问题清单怎么落实？\n\n市人大城建环保委主任委员 吕青禾：我们将跟踪督办。`, [[['丁沐阳'], ['吕青禾']]]],
    ['a government official answers', `${INTRO}记者：问题清单怎么落实？\n\n市水务局局长 庞立言：我们将逐项整改。`, [[['记者'], ['庞立言']]]],
    ['有记者问', `${INTRO}有记者问：问题清单怎么落实？\n\n市人大常委会副秘书长 柯远帆：我们将跟踪督办。`, [[['记者'], ['柯远帆']]]],
    ['two pairs', `${INTRO}北山晚报记者：今年有什么不同？\n\n市人大常委会副秘书长 柯远帆：提前暗访。\n\n河西电视台记者：整改怎么跟踪？\n\n市人大城建环保委主任委员 吕青禾：跟踪督办。`, [[['北山晚报记者'], ['柯远帆']], [['河西电视台记者'], ['吕青禾']]]],
  ])('%s', (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
