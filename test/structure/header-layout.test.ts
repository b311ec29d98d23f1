/** The choice of the header layout (header-layout.ts), on the candidates headings.ts finds. */
import { describe, expect, it } from 'vitest';
import { findHeaderCandidates } from '../../src/structure/headings.js';
import { chooseHeaders, enclosingBreaks } from '../../src/structure/header-layout.js';
import { splitLines } from '../../src/structure/blocks.js';
import { normalize } from '../../src/source/normalize.js';

function headers(text: string) {
  const view = normalize(text);
  const layout = chooseHeaders(view, findHeaderCandidates({ text, view }, splitLines(view)));
  return layout?.headers.map((h) => [h.label, h.number, text.slice(h.rest[0], h.rest[1])]) ?? null;
}

describe('[header-layout] generic families', () => {
  it.each([
    ['一、', '一、市政府如何科学决策?\n答复内容。\n二、市检察院如何监督?\n答复。', [['一', 1], ['二', 2]]],
    ['(一)', '(一)如何推进执法?\n答复。\n(二)如何提升服务?\n答复。', [['一', 1], ['二', 2]]],
    ['1.', '1.如何推进执法?\n答复。\n2.如何提升服务?\n答复。', [['1', 1], ['2', 2]]],
    ['titles', '一、关于食品安全监管\n王某委员问:如何?\n二、关于城市管理\n李某委员问:如何?', [['一', 1], ['二', 2]]],
  ])('generic layout %s', (_name, text, expected) => {
    expect(headers(text)?.map(([l, n]) => [l, n])).toEqual(expected);
  });
});

describe('[header-layout] a closing part after the questions is no question', () => {
  it('keeps 一、二、 and leaves 三、表态发言 out', () => {
    const text = '一、学位为何紧张？\n委员王某：学位够不够？\n区教育局局长李某：今年新增学位2000个。\n二、校车如何保障？\n委员赵某：校车够不够？\n区交通局局长孙某：新增校车12辆。\n三、表态发言\n副区长周某：区政府将逐项整改。';
    expect(headers(text)?.map(([l]) => l)).toEqual(['一', '二']);
  });
});

describe('[header-layout] negatives', () => {
  it.each([
    ['a 一、 list inside an answer', '王某委员问:如何提升?\n李局长回答:\n一、健全机制,加强协同。\n二、强化执法,严格监管。\n三、补齐短板。'],
    ['two answers restarting their lists', '问:如何?\n答:\n一、健全机制\n二、强化执法\n问:还有呢?\n答:\n一、补齐短板\n二、加强宣传'],
    ['a single generic header', '一、如何推进?\n答复。'],
    ['问题 as a noun', '问题是如何落实?\n问题导向很重要。'],
    // an outline of the meeting's parts (meeting-parts.ts), not of its questions
    ['parts of the meeting', '一、分组询问（1月14日下午）\n委员 周建明：编制什么时候能增加？\n二、联组询问\n委员 刘长青：有哪些举措？\n三、表态\n四、讲话'],
  ])('%s', (_name, text) => {
    expect(headers(text)).toBeNull();
  });

  it('does not take "第一个问题," opening answers for headers when the askers are elsewhere', () => {
    const text = '王海委员问:两个问题,如何?\n市城管局局长李明:第一个问题,我们将加强。\n第二个问题,我们将整改。\n赵云委员问:还有吗?';
    const view = normalize(text);
    const askers = [0, text.indexOf('赵云')];
    expect(chooseHeaders(view, findHeaderCandidates({ text, view }, splitLines(view)), askers)).toBeNull();
  });

  it('does not take "第一问," opening answers for headers when the askers are elsewhere', () => {
    const text = '王海委员问:两个问题,如何?\n市城管局局长李明:第一问,我们将加强。\n第二问,我们将整改。\n赵云委员问:还有吗?';
    const view = normalize(text);
    const askers = [0, text.indexOf('赵云')];
    expect(chooseHeaders(view, findHeaderCandidates({ text, view }, splitLines(view)), askers)).toBeNull();
  });

  it('takes 第N问 lines alone, each over an asker, for headers', () => {
    const text = '【第1问】\n委员王海:县水务局如何治理?\n局长李明:分三步。\n第2问\n委员赵云:资金呢?\n局长李明:已落实。';
    const view = normalize(text);
    const askers = [text.indexOf('委员王海'), text.indexOf('委员赵云')];
    const layout = chooseHeaders(view, findHeaderCandidates({ text, view }, splitLines(view)), askers);
    expect(layout?.headers.map((h) => [h.label, h.number])).toEqual([['第1问', 1], ['第2问', 2]]);
  });

  it('keeps the explicit family when answers carry 一、 lists', () => {
    const text = '问题一:如何?\n一、健全机制。\n二、强化执法。\n问题二:如何?\n一、补齐短板。';
    expect(headers(text)?.map(([l]) => l)).toEqual(['问题一', '问题二']);
  });

  it('keeps explicit headers numbered afresh in a second part', () => {
    expect(headers('问题一:如何?\n问题二:如何?\n问题一:如何?')?.map(([l]) => l)).toEqual(['问题一', '问题二', '问题一']);
  });

  it('reports gaps and duplicates of explicit headers', () => {
    const text = '问题一:如何?\n问题三:如何?\n问题三:如何?';
    const view = normalize(text);
    const layout = chooseHeaders(view, findHeaderCandidates({ text, view }, splitLines(view)));
    expect(layout?.gaps.map(([a, b]) => [a.number, b.number])).toEqual([[1, 3]]);
    expect(layout?.duplicates.map((h) => h.number)).toEqual([3]);
  });
});

describe('[header-layout] an official report: questions under a part of the report', () => {
  const text = [
    '一、专题询问的基本情况',
    '常委会组成人员开展了调研。',
    '二、询问的主要问题及答复情况',
    '(一)关于学前教育资源供给问题。',
    '县人大常委会委员蔡文娟询问:学位如何保障?',
    '(二)关于教师队伍建设问题。',
    '县人大常委会委员陶安民询问:待遇如何提高?',
    '三、意见和建议',
    '常委会组成人员认为,要提高认识。',
  ].join('\n');
  const view = normalize(text);
  const candidates = findHeaderCandidates({ text, view }, splitLines(view));
  const askers = [text.indexOf('县人大常委会委员蔡文娟'), text.indexOf('县人大常委会委员陶安民')];
  const layout = chooseHeaders(view, candidates, askers);
  it('chooses the (一) headers, whose sections hold the askers', () => {
    expect(layout?.headers.map((h) => h.label)).toEqual(['一', '二']);
    expect(layout?.headers[0].family).toBe('()');
  });
  it('ends the last question at the enclosing 三、', () => {
    expect(enclosingBreaks(view, candidates, layout!)).toEqual([text.indexOf('三、意见和建议')]);
  });
});

describe('[header-layout] a section title naming only a topic after the number', () => {
  /** The layout of `text`, askers starting at every "代表" and "委员" of the text. */
  function topics(text: string) {
    const view = normalize(text);
    const askers = [...text.matchAll(/委员|代表/gu)].map((m) => m.index);
    const layout = chooseHeaders(view, findHeaderCandidates({ text, view }, splitLines(view)), askers);
    return layout?.headers.map((h) => [h.label, h.number, text.slice(...h.rest)]) ?? null;
  }
  it.each<[string, string, Array<[string, number, string]>]>([
    ['a full-width bar', '导语。\n问题一｜住房\n区人大代表 甲：租金?\n局长乙：稳定。\n问题二｜出行\n区人大代表 丙：公交?\n局长丁：加密。',
      [['问题一', 1, '住房'], ['问题二', 2, '出行']]],
    ['an ASCII bar and 丨', '导语。\n问题一 | 住房\n区人大代表 甲：租金?\n局长乙：稳定。\n问题二丨出行\n区人大代表 丙：公交?\n局长丁：加密。',
      [['问题一', 1, '住房'], ['问题二', 2, '出行']]],
    ['a post\'s ornament before the title', '导语。\n▍问题一｜住房\n区人大代表 甲：租金?\n局长乙：稳定。\n■ 问题二：出行\n区人大代表 丙：公交?\n局长丁：加密。',
      [['问题一', 1, '住房'], ['问题二', 2, '出行']]],
    // An excerpt: the third question alone, its title a topic over an asker.
    ['an excerpt\'s third question, a bar', '导语。\n问题三｜用地\n区人大代表 甲：用地怎么保障?\n局长乙：预留。', [['问题三', 3, '用地']]],
    ['an excerpt\'s third question, a colon', '导语。\n问题三：用地\n区人大代表 甲：用地怎么保障?\n局长乙：预留。', [['问题三', 3, '用地']]],
  ])('%s', (_name, text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
  it.each([
    // A sentence after the number is no title: an answer's "问题三:资金不足,…" heads nothing.
    ['a sentence in an answer', '区人大代表 甲：资金够吗?\n局长乙：存在三个问题。问题三：资金不足，缺口较大，正在筹措。'],
    ['a title over no asker, askers elsewhere', '区人大代表 甲：用地怎么保障?\n局长乙：预留。\n问题三｜用地\n局长乙：补充一点。'],
  ])('no header: %s', (_name, text) => {
    expect(topics(text)).toBeNull();
  });
});
