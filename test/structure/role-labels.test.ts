import { describe, expect, it } from 'vitest';
import { roleLabelAt } from '../../src/structure/role-labels.js';
import { findMentions } from '../../src/structure/speakers.js';
import { buildStructure } from '../../src/structure/build.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

const pairOf = (text: string) => ({ text, view: normalize(text) });
/** The mentions naming nobody by name: [as written, title, congress]. */
const unnamed = (text: string) => findMentions(pairOf(text)).filter((m) => m.name === null).map((m) => [text.slice(m.span[0], m.span[1]), m.title, m.congress]);

describe('[role-labels] a post alone opening a line is a speaker label', () => {
  // Each row: the line(s), and the label's mention as [as written, title, congress].
  it.each<[string, string, [string, string, boolean]]>([
    ['a member, the words on the next line', '委员：\n我想问市林业局。古树名木保护经费够不够？', ['委员', '委员', true]],
    ['a member, the words inline', '委员：请问市林业局，古树名木保护经费够不够？', ['委员', '委员', true]],
    ['a deputy', '代表：我们镇的卫生院什么时候能建好？', ['代表', '代表', true]],
    ['a bureau head', '局长：\n谢谢委员的提问。今年安排保护经费260万元。', ['局长', '局长', false]],
    ['a deputy head', '副局长：我补充一点。今年新建苗圃3处。', ['副局长', '副局长', false]],
    ['a department head', '厅长：谢谢。今年完成造林12万亩。', ['厅长', '厅长', false]],
    ['a commission head, answering', '主任：谢谢委员。我们委已经部署专项行动。', ['主任', '主任', false]],
    ['a vice-mayor', '副市长：我来回答。市政府高度重视这项工作。', ['副市长', '副市长', false]],
    ['the words after a blank line', '厅长：\n\n谢谢委员。今年完成改造。', ['厅长', '厅长', false]],
    ['after a clock time', '【10:05】委员：请问市水务局，水价怎么定？', ['委员', '委员', true]],
    ['in Markdown bold', '**局长：**今年完成改造80公里。', ['局长', '局长', false]],
    ['attending by video: the note is the label\'s', '委员（视频连线）：请问市教育局，学位够不够？', ['委员（视频连线）', '委员', true]],
    ['attending online', '代表（线上）：请问县交通运输局，公交什么时候通到村？', ['代表（线上）', '代表', true]],
    ['a 追问 note stays the turn\'s', '委员（追问）：那资金呢？', ['委员', '委员', true]],
    ['a member with the body, attending by video', '州人大常委会委员（视频连线）：请问州林业局，经费够不够？', ['州人大常委会委员（视频连线）', '州人大常委会委员', true]],
    ['an office\'s head attending by video', '州交通运输局局长（视频连线）：今年完成改造80公里。', ['州交通运输局局长（视频连线）', '州交通运输局局长', false]],
  ])('%s', (_name, text, expected) => {
    expect(unnamed(text)).toEqual([expected]);
  });

  it.each<[string, string]>([
    ['a vocative with 们', '委员们：\n下面请大家踊跃提问。'],
    ['a vocative after a determiner', '各位委员：请大家踊跃提问。'],
    ['a post addressed with a comma', '局长，您刚才说的数字是多少？'],
    ['a roster\'s field of names', '委员：王某、李某、赵某。'],
    ['a field holding a name only', '主任：李某某'],
    ['a subhead with no stated sentence', '局长：学位缺口年内补齐'],
    ['the chair presiding under a bare 主任', '主任：下面请委员提问。'],
    ['the chair handing over to an official', '副主任：请市水务局回答。'],
    ['a label with no words', '委员：'],
    ['a post in running words', '会上，委员：“请问资金从哪里来？”'],
    ['a bracket naming someone', '委员（王某）：请问资金从哪里来？'],
    ['a byline', '记者：现场气氛热烈。'],
    ['a 问/答 label with its verb (labels.ts reads it)', '委员问：资金从哪里来？'],
    ['a 问/答 label, 追问', '代表追问：那资金呢？'],
    ['a 问/答 label, 答', '局长答：今年安排资金260万元。'],
  ])('%s: no label', (_name, text) => {
    expect(unnamed(text)).toEqual([]);
  });
});

describe('[role-labels] who is one person within an exchange only', () => {
  // Each row: the label, and whether its person is scoped to the exchange (a bare post, or a member: one of many).
  it.each<[string, boolean]>([
    ['委员：请问县林业局，经费够不够？', true],
    ['局长：今年安排经费260万元。', true],
    ['县人大常委会委员：请问县林业局，经费够不够？', true],
    ['县人大代表：请问县林业局，经费够不够？', true],
    ['县林业局局长：今年安排经费260万元。', false], // the office's head: one person throughout
    ['县人大常委会副主任：请问县林业局，经费够不够？', false], // a leader of the congress: one person throughout
  ])('%s → %s', (text, scoped) => {
    const m = findMentions(pairOf(text)).find((x) => x.name === null)!;
    expect(m.exchange !== undefined).toBe(scoped);
  });
});

describe('[role-labels] roleLabelAt', () => {
  const lex = lexicon();
  it.each<[string, string, { end: string; words: string } | null]>([
    ['委员：\n请问资金够不够？', '委员', { end: '委员', words: '请问资金够不够？' }],
    ['委员（视频连线）：请问资金够不够？', '委员', { end: '委员（视频连线）', words: '请问资金够不够？' }],
    ['委员（书面）：请问资金够不够？', '委员', { end: '委员（书面）', words: '请问资金够不够？' }],
    ['委员（追问）：资金呢？', '委员', { end: '委员', words: '资金呢？' }],
    ['　局长：谢谢。', '局长', { end: '　局长', words: '谢谢。' }],
    ['问政现场局长：谢谢。', '局长', null],
  ])('%s', (text, post, expected) => {
    const view = normalize(text);
    const start = view.indexOf(post);
    const got = roleLabelAt(lex, view, start, start + post.length, post, view.length);
    // (end: the text up to the label's person's end; words: from where its words start.)
    expect(got && { end: text.slice(0, got.end), words: text.slice(got.wordsStart) }).toEqual(expected);
  });
});

describe('[role-labels] the turns of people named by the post only', () => {
  const text = [
    '某市人大常委会专题询问实录', '',
    '2025年4月10日，市人大常委会就全市古树名木保护工作开展专题询问。', '',
    '委员：', '我想问市林业局。全市古树名木保护经费每年只有80万元，够不够？', '',
    '局长：', '谢谢委员的提问。我们从两方面加强。一是争取省级补助；二是引入社会资金。', '',
    '委员：', '请问市城管局，城区行道树修剪为什么总被投诉？', '',
    '市城管局局长：', '谢谢委员。今年将修订修剪技术规范，减少过度修剪。',
  ].join('\n');
  const s = buildStructure(pairOf(text));
  const who = (id: string) => s.people.find((p) => p.id === id);

  it('each question asked and answered, nothing in the introduction', () => {
    expect(s.questions.map((q) => [q.text, q.askers.map((a) => who(a)?.titles), q.responders.map((r) => who(r)?.titles)])).toEqual([
      ['我想问市林业局。全市古树名木保护经费每年只有80万元，够不够？', [['委员']], [['局长']]],
      ['请问市城管局，城区行道树修剪为什么总被投诉？', [['委员']], [['市城管局局长']]],
    ]);
    expect(s.session.span && text.slice(s.session.span[0], s.session.span[1])).not.toContain('古树名木保护经费');
  });

  it('the bare 局长 answers for the office asked; the second 委员 is another member', () => {
    // (A bare 委员 at a meeting of the 市人大常委会 is one of its members: host-committee.ts.)
    expect(s.people.map((p) => [p.name, p.titles, p.organization, p.roles])).toEqual([
      [null, ['委员'], '市人大常委会', ['asker']],
      [null, ['局长'], '市林业局', ['responder']],
      [null, ['委员'], '市人大常委会', ['asker']],
      [null, ['市城管局局长'], '市城管局', ['responder']],
    ]);
  });
});

describe('[role-labels] a post inside a quotation opened on an earlier line is quoted dialogue', () => {
  // Each row: the lines; no post alone there is anyone's label.
  it.each<[string, string]>([
    ['局长 inside “…” opened on the line before', '周海燕委员：有位村民对我说：\n“村民：局长，桥什么时候修？\n局长：年底前一定修好。”\n请问县交通局，这座桥到底什么时候修？'],
    ['主任 inside 「…」', '冯立新委员：一位家长告诉我：\n「家长：主任，孩子入学难。\n主任：明年秋季解决。」\n请问区教育局，学位缺口如何补？'],
    ['a post two lines into the quotation', '委员钱伟：我念一段群众来信：\n“去年我们找到街道，\n街道说等一等。\n局长：马上就办。”\n请问市住建局，为什么还没办？'],
    ['厅长 inside the quotation, not closing its line', '委员孔丽：一位企业主讲：\n“厅长说过的话，\n厅长：一定兑现。我们等了一年。”\n请问省商务厅，承诺何时兑现？'],
  ])('%s: no label', (_name, text) => {
    expect(unnamed(text)).toEqual([]);
  });

  // Each row: the lines, and the label's mention as [as written, title, congress].
  it.each<[string, string, [string, string, boolean]]>([
    ['a quotation closed on the line before', '委员：群众说“桥什么时候修”？\n局长：年底前修好。', ['局长', '局长', false]],
    ['a stray opener never closed', '委员：群众反映“桥什么时候修？\n局长：年底前修好。', ['局长', '局长', false]],
    ['a quotation opened before a blank line', '委员：群众反映“桥什么时候修？\n\n局长：年底前修好。”', ['局长', '局长', false]],
    ['the next quotation opens after the line', '委员：群众反映“桥什么时候修？\n局长：年底前修好。“一定”做到。', ['局长', '局长', false]],
  ])('%s: still a label', (_name, text, expected) => {
    expect(unnamed(text).filter((m) => m[1] !== '委员')).toEqual([expected]);
  });

  it('the quoted dialogue stays in the member\'s turn and question', () => {
    const text = [
      '某县人大常委会专题询问', '',
      '周海燕委员：我的问题问县交通局。有位村民对我说：', '“村民：局长，桥什么时候修？', '局长：年底前一定修好。”', '结果桥还没修。请问这座桥到底什么时候修？', '',
      '县交通局局长魏建国：今年10月开工。',
    ].join('\n');
    const s = buildStructure(pairOf(text));
    const who = (id: string) => s.people.find((p) => p.id === id);
    expect(s.people.map((p) => p.name)).toEqual(['周海燕', '魏建国']);
    expect(s.questions).toHaveLength(1);
    expect(s.questions[0].text).toContain('请问这座桥到底什么时候修？');
    expect(s.questions[0].responders.map((r) => who(r)?.name)).toEqual(['魏建国']);
  });
});
