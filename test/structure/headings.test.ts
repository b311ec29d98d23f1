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

describe('[headings] header forms', () => {
  it.each([
    ['问题一:“一府两院”将采取哪些措施?', ['问题一', 1, '“一府两院”将采取哪些措施?']],
    ['问题1：市政府如何推进?', ['问题1', 1, '市政府如何推进?']],
    ['【询问一】市公安局如何提升效能?', ['询问一', 1, '市公安局如何提升效能?']],
    ['询问十二:法院构建了哪些机制?', ['询问十二', 12, '法院构建了哪些机制?']],
    ['第一个问题:如何化解矛盾纠纷?', ['第一个问题', 1, '如何化解矛盾纠纷?']],
    ['问题(二):如何化解矛盾纠纷?', ['问题(二)', 2, '如何化解矛盾纠纷?']],
    ['问题（三）：如何化解矛盾纠纷？', ['问题（三）', 3, '如何化解矛盾纠纷？']],
    ['問題二：市檢察院如何監督?', ['問題二', 2, '市檢察院如何監督?']],
    ['### 问题一:如何破解“清四乱”反弹?', ['问题一', 1, '如何破解“清四乱”反弹?']],
    ['【09:02】问题一：农村供水工程怎么管护？', ['问题一', 1, '农村供水工程怎么管护？']], // after a live feed's stamp
    ['[09:15] 询问二:水质如何保障?', ['询问二', 2, '水质如何保障?']],
    ['【第1问】县水务局如何治理黑臭水体?', ['第1问', 1, '县水务局如何治理黑臭水体?']],
    ['【第一问】县水务局如何治理黑臭水体?', ['第一问', 1, '县水务局如何治理黑臭水体?']],
    ['第三问:县水务局如何治理黑臭水体?', ['第三问', 3, '县水务局如何治理黑臭水体?']],
  ])('%s', (line, expected) => {
    expect(headers(line)?.[0]).toEqual(expected);
  });

  it.each([
    ['一、', '一、市政府如何科学决策?\n答复内容。\n二、市检察院如何监督?\n答复。', [['一', 1], ['二', 2]]],
    ['(一)', '(一)如何推进执法?\n答复。\n(二)如何提升服务?\n答复。', [['一', 1], ['二', 2]]],
    ['1.', '1.如何推进执法?\n答复。\n2.如何提升服务?\n答复。', [['1', 1], ['2', 2]]],
    ['titles', '一、关于食品安全监管\n王某委员问:如何?\n二、关于城市管理\n李某委员问:如何?', [['一', 1], ['二', 2]]],
  ])('generic layout %s', (_name, text, expected) => {
    expect(headers(text)?.map(([l, n]) => [l, n])).toEqual(expected);
  });
});

describe('[headings] negatives', () => {
  it.each([
    ['a 一、 list inside an answer', '王某委员问:如何提升?\n李局长回答:\n一、健全机制,加强协同。\n二、强化执法,严格监管。\n三、补齐短板。'],
    ['two answers restarting their lists', '问:如何?\n答:\n一、健全机制\n二、强化执法\n问:还有呢?\n答:\n一、补齐短板\n二、加强宣传'],
    ['a single generic header', '一、如何推进?\n答复。'],
    ['问题 as a noun', '问题是如何落实?\n问题导向很重要。'],
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

describe('[headings] an official report: questions under a part of the report', () => {
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

describe('[headings] headers inside run-together paragraphs', () => {
  it('finds 问题二: after a sentence end, with its asking sentences', () => {
    const text = '问题一:如何保障?王海提问。李明回答,将加强。问题二:如何决策?如何执法?赵云提问。';
    const view = normalize(text);
    const found = findHeaderCandidates({ text, view }, splitLines(view));
    expect(found.map((h) => [h.label, text.slice(...h.rest)])).toEqual([['问题一', '如何保障?王海提问。李明回答,将加强。'], ['问题二', '如何决策?如何执法?']]);
  });
});

describe('[headings] a header right after the speaker label', () => {
  it.each<[string, Array<[string, number, string]> | null]>([
    // The first question's header sits in its asker's label line; the next opens its own line.
    ['常委会委员司马某:问题一:社区医生不足。\n请问卫生健康委如何补充?\n卫生健康委主任何某:将扩大招聘。\n问题二:代表韩某:请问民政部,养老床位够不够?\n民政部副部长罗某:够。',
      [['问题一', 1, '社区医生不足。'], ['问题二', 2, '代表韩某:请问民政部,养老床位够不够?']]],
    ['全国人大常委会委员邵某:问题(一):耕地保护如何落实?\n答。\n问题(二):种业如何振兴?',
      [['问题(一)', 1, '耕地保护如何落实?'], ['问题(二)', 2, '种业如何振兴?']]],
    // Without a line-start header going on, the label's 问题一 is no header layout.
    ['委员司马某:问题一:社区医生不足,怎么办?\n主任何某:将扩大招聘。', null],
    // A header after a sentence (no label) stays none.
    ['我们注意到,问题一:如何?\n问题二:怎么办?', [['问题二', 2, '怎么办?']]],
  ])('%s', (text, expected) => {
    expect(headers(text)).toEqual(expected);
  });
});

describe('[headings] a header parted from its asker\'s label by white space, or by nothing', () => {
  /** The chosen headers of `text` with the askers starting where `askers` (strings of the text) begin. */
  function withAskers(text: string, askers: string[]) {
    const view = normalize(text);
    const layout = chooseHeaders(view, findHeaderCandidates({ text, view }, splitLines(view)), askers.map((a) => text.indexOf(a)));
    return layout?.headers.map((h) => [h.label, h.number, text.slice(h.rest[0], h.rest[1])]) ?? null;
  }

  it.each<[string, string, string[], Array<[string, number, string]>]>([
    ['an ideographic space', '问题一　委员龙海燕：泵站建了多少？\n局长邝志诚：120座。\n问题二　委员石秋实：资金呢？\n局长邝志诚：已落实。',
      ['委员龙海燕', '委员石秋实'], [['问题一', 1, '委员龙海燕：泵站建了多少？'], ['问题二', 2, '委员石秋实：资金呢？']]],
    ['a space, and a colon-less label', '问题一 委员龙海燕 请问县水利局，泵站建了多少？\n局长邝志诚：120座。\n问题二 委员石秋实：资金呢？',
      ['委员龙海燕', '委员石秋实'], [['问题一', 1, '委员龙海燕 请问县水利局，泵站建了多少？'], ['问题二', 2, '委员石秋实：资金呢？']]],
    ['a space entity of a web copy', '问题一&nbsp;&nbsp;委员龙海燕：泵站呢？\n问题二&nbsp;委员石秋实：资金呢？',
      ['委员龙海燕', '委员石秋实'], [['问题一', 1, '委员龙海燕：泵站呢？'], ['问题二', 2, '委员石秋实：资金呢？']]],
    ['nothing: glued to the label', '问题一县人大常委会委员龙海燕：泵站呢？\n局长邝志诚：120座。\n问题二县人大常委会委员石秋实：资金呢？',
      ['县人大常委会委员龙海燕', '县人大常委会委员石秋实'], [['问题一', 1, '县人大常委会委员龙海燕：泵站呢？'], ['问题二', 2, '县人大常委会委员石秋实：资金呢？']]],
    ['nothing, 询问 and 第N问', '询问一委员龙海燕：泵站呢？\n询问二委员石秋实：资金呢？',
      ['委员龙海燕', '委员石秋实'], [['询问一', 1, '委员龙海燕：泵站呢？'], ['询问二', 2, '委员石秋实：资金呢？']]],
    ['nothing, among headers with colons', '第一问：委员龙海燕：泵站呢？\n第二问委员石秋实：资金呢？\n第三问：委员柏文：还有呢？',
      ['委员龙海燕', '委员石秋实', '委员柏文'], [['第一问', 1, '委员龙海燕：泵站呢？'], ['第二问', 2, '委员石秋实：资金呢？'], ['第三问', 3, '委员柏文：还有呢？']]],
  ])('%s', (_name, text, askers, expected) => {
    expect(withAskers(text, askers)).toEqual(expected);
  });

  it.each([
    ['问题 and a numeral opening a sentence', '问题一是资金不足，问题二是人手不够。\n委员龙海燕：怎么办？\n问题二是什么？', ['委员龙海燕']],
    ['glued, no asker starting after it', '问题一常委会委员龙海燕：泵站呢？\n问题二常委会委员石秋实：资金呢？', []],
  ])('no glued header: %s', (_name, text, askers) => {
    expect(withAskers(text, askers)).toBeNull();
  });
});

describe('[headings] Markdown heading marks', () => {
  it.each<[string, number]>([
    ['### 问题一:如何破解河道反弹?\n内容。\n### 问题二:工业污水如何处理?\n内容。', 2],
    ['## 一、如何提升签约质量?\n内容。\n## 二、设备如何更新?\n内容。', 2],
    ['## 一、家庭医生签约服务\n王某委员:如何?\n## 二、社区卫生服务中心能力建设\n李某委员:如何?', 0],
  ])('%s → %d headers', (text, n) => {
    const view = normalize(text);
    expect(findHeaderCandidates({ text, view }, splitLines(view)).length).toBe(n);
  });
});

describe('[headings] bracketed subheads', () => {
  /** The layout of `text`, askers starting at every "委员" and "代表" of the text. */
  function subheads(text: string) {
    const view = normalize(text);
    const askers = [...text.matchAll(/委员|代表/gu)].map((m) => m.index);
    const layout = chooseHeaders(view, findHeaderCandidates({ text, view }, splitLines(view)), askers);
    return layout?.headers.map((h) => [h.label, h.number, text.slice(...h.rest), text.slice(...h.labelSpan)]) ?? null;
  }
  it.each<[string, string, Array<[string, number, string]>]>([
    ['【】', '导语。\n【公交线路怎样优化】\n委员甲问:线路?\n局长乙答:优化。\n【停车难如何破解?】\n委员丙问:停车?\n局长丁答:建设。',
      [['【公交线路怎样优化】', 1, '公交线路怎样优化'], ['【停车难如何破解?】', 2, '停车难如何破解?']]],
    ['「」 full-width ？', '导语。\n「学位供给够不够？」\n代表甲：学位？\n局长乙：够。\n「校车安全谁来管？」\n代表丙：校车？\n局长丁：我们管。',
      [['「学位供给够不够？」', 1, '学位供给够不够？'], ['「校车安全谁来管？」', 2, '校车安全谁来管？']]],
    ['〖〗 and ［］ titles that do not ask', '〖老旧小区改造进度〗\n委员甲:进度?\n答:快。\n［加装电梯资金来源］\n委员乙:资金?\n答:多元。',
      [['〖老旧小区改造进度〗', 1, '老旧小区改造进度'], ['［加装电梯资金来源］', 2, '加装电梯资金来源']]],
    // A column tag over the introduction and a trailing link open no exchange: left out, the rest numbered from 1.
    ['column tag and trailer left out', '【聚焦民生热点】\n导语。\n【河道保洁谁负责】\n委员甲:谁?\n答:我们。\n【污水直排怎么治】\n委员乙:怎么?\n答:截污。\n【相关链接】\n往期报道。',
      [['【河道保洁谁负责】', 1, '河道保洁谁负责'], ['【污水直排怎么治】', 2, '污水直排怎么治']]],
  ])('%s', (_name, text, expected) => {
    expect(subheads(text)?.map(([l, n, r]) => [l, n, r])).toEqual(expected);
    for (const h of subheads(text) ?? []) expect(h[3]).toBe(h[0]); // the label is the line as written
  });
  it.each([
    ['one subhead alone', '导语。\n【公交线路怎样优化】\n委员甲问:线路?\n局长乙答:优化。'],
    ['role tags', '【委员提问】\n委员甲:线路?\n【部门回答】\n局长乙:优化。\n【委员提问】\n委员丙:停车?'],
    ['short scene tags', '【现场】\n委员甲:线路?\n【现场】\n委员丙:停车?'],
    // A live feed's stamps carry no ordinal and name no topic: layout, no subhead.
    ['a live feed\'s stamps alone on their lines', '导语。\n【09:12】\n委员甲:线路?\n【09:14】\n局长乙:优化。\n【09:20】\n委员丙:停车?\n【09:21】\n局长丁:建设。'],
    ['stamps in square brackets and in 时/分', '导语。\n[09:12]\n委员甲:线路?\n[09:14]\n局长乙:优化。\n【9时20分】\n委员丙:停车?\n【9时21分】\n局长丁:建设。'],
    ['a bracketed phrase inside a line', '导语【公交线路怎样优化】。\n委员甲:线路?\n局长:优化。\n说明【停车难如何破解】。\n委员丙:停车?'],
    ['subheads with no exchange under them', '【公交线路怎样优化】\n【停车难如何破解】\n导语。'],
    ['asides in a report whose exchanges began without them', '委员甲:线路?\n局长乙:优化。\n【记者观察一下】\n委员丙:停车?\n局长丁:建设。\n【记者再观察】\n委员戊:学位?'],
    ['quotations alone on their lines', '「新城区公交线路覆盖不足。」\n委员甲说。\n「老城区停车位缺口很大。」\n委员乙说。'],
  ])('no subheads: %s', (_name, text) => {
    expect(subheads(text)).toBeNull();
  });
  it('an explicit family wins over subheads', () => {
    expect(subheads('【询问一】线路?\n委员甲:线路?\n【停车怎样破解】\n委员乙:停车?\n【询问二】学位?\n委员丙:学位?')?.map(([l]) => l)).toEqual(['询问一', '询问二']);
  });
});

describe('[headings] a section title naming only a topic after the number', () => {
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
