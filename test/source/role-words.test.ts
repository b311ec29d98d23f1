import { describe, expect, it } from 'vitest';
import { foldRoleWords } from '../../src/source/role-words.js';
import { normalize } from '../../src/source/normalize.js';
import { nameOf, structureOf } from '../helpers/structure.js';

describe('[role-words] a role word and a label separator opening a line read as a 问:/答: label', () => {
  // One exchange each: the asking label's line, then the answering label's line (the view after normalize).
  it.each<[string, string, string, string, string]>([
    ['bars (full width)', '提问｜潘某（区人大常委会委员）', '回应｜龙某（区水务局局长）', '提问:潘某(区人大常委会委员)', '答复:龙某(区水务局局长)'],
    ['bars (ASCII)', '提问|潘某（区人大常委会委员）', '回应|龙某（区水务局局长）', '提问:潘某(区人大常委会委员)', '答复:龙某(区水务局局长)'],
    ['bars (丨 U+4E28)', '提问丨潘某（区人大常委会委员）', '回应丨龙某（区水务局局长）', '提问:潘某(区人大常委会委员)', '答复:龙某(区水务局局长)'],
    ['问｜ and 答｜', '问｜潘某委员', '答｜区水务局局长　龙某', '问:潘某委员', '答:区水务局局长 龙某'],
    ['Q｜ and A｜', 'Q｜潘某委员', 'A｜区水务局局长　龙某', '问:潘某委员', '答:区水务局局长 龙某'],
    ['full-width Ｑ and Ａ with colons', 'Ｑ：潘某委员', 'Ａ：区水务局局长　龙某', '问:潘某委员', '答:区水务局局长 龙某'],
    ['numbered Q1 and A1', 'Q1：潘某委员', 'A1：区水务局局长　龙某', '问1:潘某委员', '答1:区水务局局长 龙某'],
    ['dashes', '问——潘某委员：水从哪里来？', '答——区水务局局长龙某：新建水厂。', '问: 潘某委员:水从哪里来?', '答: 区水务局局长龙某:新建水厂。'],
    ['回应： with a colon', '提问：潘某（区人大常委会委员）', '回应：龙某（区水务局局长）', '提问:潘某(区人大常委会委员)', '答复:龙某(区水务局局长)'],
    ['应询： with a colon', '询问：区人大常委会委员　潘某', '应询：区水务局局长　龙某', '询问:区人大常委会委员 潘某', '答复:区水务局局长 龙某'],
    ['回应｜ after an asker\'s field', '询问人：区人大常委会委员　潘某', '回应｜区水务局局长　龙某', '询问人:区人大常委会委员 潘某', '答复:区水务局局长 龙某'],
    ['after a bullet', '■Q｜潘某委员', '■A｜区水务局局长　龙某', '■问:潘某委员', '■答:区水务局局长 龙某'],
    ['a space before the bar', '提问 ｜潘某（区人大常委会委员）', '回应 ｜龙某（区水务局局长）', '提问 :潘某(区人大常委会委员)', '答复 :龙某(区水务局局长)'],
    ['【回应】 in a layout of tags', '【提问】潘某委员：水从哪里来？', '【回应】龙某局长：新建水厂。', '【提问】潘某委员:水从哪里来?', '【答复】龙某局长:新建水厂。'],
  ])('%s', (_name, ask, answer, askView, answerView) => {
    const text = `${ask}\n水从哪里来？\n${answer}\n新建水厂。`;
    const view = normalize(text);
    expect(view.length).toBe(text.length);
    expect(view.split('\n')[0]).toBe(askView);
    expect(view.split('\n')[2]).toBe(answerView);
  });

  // Not labels: a kicker or a table's cells, one side alone, Q without A, a word going on after the role word.
  // One side only, before a person alone (the other side a bare name line): a label all the same.
  it.each<[string, string, string]>([
    ['提问｜NAME（TITLE）', '提问｜潘某（区人大常委会委员）\n水从哪里来？\n龙某（区水务局局长）\n新建水厂。', '提问:潘某(区人大常委会委员)'],
    ['回应｜NAME（TITLE）', '潘某（区人大常委会委员）\n水从哪里来？\n回应｜龙某（区水务局局长）\n新建水厂。', '答复:龙某(区水务局局长)'],
    ['回应｜TITLE　NAME', '区人大常委会委员　潘某\n水从哪里来？\n回应｜区水务局局长　龙某\n新建水厂。', '答复:区水务局局长 龙某'],
    ['问｜NAME委员', '问｜潘某委员\n水从哪里来？\n区水务局局长　龙某\n新建水厂。', '问:潘某委员'],
  ])('%s alone', (_name, text, label) => {
    expect(normalize(text).split('\n').filter((l) => l.includes(':'))).toEqual([label]);
  });

  it.each<[string, string, string]>([
    ['a headline\'s kicker alone', '回应｜区政府回应停车难\n区政府近日表示，将新建停车位。', '回应|区政府回应停车难\n区政府近日表示,将新建停车位。'],
    ['a table\'s cells', 'A|B|C\n1|2|3', 'A|B|C\n1|2|3'],
    ['Q alone, before a person', 'Q｜潘某委员\n水从哪里来？', 'Q|潘某委员\n水从哪里来?'],
    ['Q without A', 'Q｜潘某委员\n水从哪里来？\n答：区水务局局长　龙某', 'Q|潘某委员\n水从哪里来?\n答:区水务局局长 龙某'],
    ['A without Q', '问：潘某委员\n水从哪里来？\nA｜区水务局局长　龙某', '问:潘某委员\n水从哪里来?\nA|区水务局局长 龙某'],
    ['a word after the role word', '问题｜水从哪里来\n答复：新建水厂。', '问题|水从哪里来\n答复:新建水厂。'],
    ['a role word not opening its line', '潘某委员提问｜水从哪里来？\n龙某局长回应｜新建水厂。', '潘某委员提问|水从哪里来?\n龙某局长回应|新建水厂。'],
    ['a table\'s cell padded before a box-drawing bar', '问          │ 询问\n答          │ 应询', '问          │ 询问\n答          │ 应询'],
    ['Latin words opening lines', 'Apple｜苹果\nQuery｜查询\nAnswer｜回答', 'Apple|苹果\nQuery|查询\nAnswer|回答'],
  ])('%s: unchanged', (_name, text, view) => {
    expect(normalize(text)).toBe(view);
    expect(foldRoleWords(view)).toBe(view);
  });
});

describe('[role-words] through the structure: each side read by its own lexicon', () => {
  const exchange = (ask: string, answer: string) =>
    `区人大常委会专题询问\n\n${ask}\n请问区水务局，小型水库隐患排查进展如何？\n\n${answer}\n全区已全部完成检查。\n\n${ask.replace('潘德明', '伍晓燕')}\n请问区财政局，资金怎么保障？\n\n${answer.replace('区水务局局长', '区财政局局长').replace('龙建波', '柯文山')}\n今年安排资金三亿元。\n`;
  it.each<[string, string]>([
    ['提问｜潘德明（区人大常委会委员）', '回应｜龙建波（区水务局局长）'],
    ['提问|潘德明（区人大常委会委员）', '回应|龙建波（区水务局局长）'],
    ['提问丨潘德明（区人大常委会委员）', '回应丨龙建波（区水务局局长）'],
    ['问｜潘德明委员', '答｜区水务局局长　龙建波'],
    ['Q｜潘德明委员', 'A｜区水务局局长　龙建波'],
    ['Q：潘德明委员', 'A：区水务局局长　龙建波'],
    ['提问：潘德明（区人大常委会委员）', '回应：龙建波（区水务局局长）'],
    ['提问：潘德明（区人大常委会委员）', '应询：龙建波（区水务局局长）'],
    ['【提问】潘德明（区人大常委会委员）', '【回应】龙建波（区水务局局长）'],
  ])('%s / %s', (ask, answer) => {
    const s = structureOf(exchange(ask, answer));
    expect(s.questions.map((q) => [q.askers.map((id) => nameOf(s, id)), q.responders.map((id) => nameOf(s, id))])).toEqual([
      [['潘德明'], ['龙建波']], [['伍晓燕'], ['柯文山']],
    ]);
  });

  it.each<[string, string]>([
    ['问——', '答——'],
    ['Q｜', 'A｜'],
    ['提问｜', '回应｜'],
  ])('the person and the words on one line: %s / %s', (ask, answer) => {
    const text = `区人大常委会专题询问\n\n${ask}区人大常委会委员潘德明：请问区水务局，小型水库隐患排查进展如何？\n${answer}区水务局局长龙建波：全区已全部完成检查。\n`;
    const s = structureOf(text);
    expect(s.questions.map((q) => [q.askers.map((id) => nameOf(s, id)), q.responders.map((id) => nameOf(s, id))])).toEqual([[['潘德明'], ['龙建波']]]);
  });
});

describe('[role-words] one side labelled, the other a bare name line', () => {
  it.each<[string, string]>([
    ['提问｜潘德明（区人大常委会委员）', '龙建波（区水务局局长）'],
    ['潘德明（区人大常委会委员）', '回应｜龙建波（区水务局局长）'],
  ])('%s / %s', (ask, answer) => {
    const s = structureOf(`区人大常委会专题询问\n\n${ask}\n请问区水务局，小型水库隐患排查进展如何？\n\n${answer}\n全区已全部完成检查。\n`);
    expect(s.questions.map((q) => [q.askers.map((id) => nameOf(s, id)), q.responders.map((id) => nameOf(s, id))])).toEqual([[['潘德明'], ['龙建波']]]);
  });
});
