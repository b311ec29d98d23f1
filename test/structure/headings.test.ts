import { describe, expect, it } from 'vitest';
import { findHeaderCandidates } from '../../src/structure/headings.js';
import { chooseHeaders } from '../../src/structure/header-layout.js';
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
    // a keycap digit after the word is its number
    ['问题2️⃣ 县水务局如何治理黑臭水体?', ['问题2️⃣', 2, '县水务局如何治理黑臭水体?']],
    ['🔹问题3️⃣：县水务局如何治理黑臭水体?', ['问题3️⃣', 3, '县水务局如何治理黑臭水体?']],
  ])('%s', (line, expected) => {
    expect(headers(line)?.[0]).toEqual(expected);
  });
});

describe('[headings] ordinals written with 之 (询问之一, 问题之二)', () => {
  it.each<[string, Array<[string, number, string]>]>([
    ['询问之一\n周海波委员：请问交通局，路网规划如何推进？\n询问之二\n邱芳委员：请问住建局，旧改进度如何？',
      [['询问之一', 1, ''], ['询问之二', 2, '']]],
    ['问题之一：\n委员汤建国：请问教育局，学位缺口多大？\n问题之二：\n委员白丽：请问卫健委，床位够不够？',
      [['问题之一', 1, ''], ['问题之二', 2, '']]],
    ['【询问之三】县水利局如何保障农村饮水？\n【询问之四】县农业农村局如何稳粮？',
      [['询问之三', 3, '县水利局如何保障农村饮水？'], ['询问之四', 4, '县农业农村局如何稳粮？']]],
    ['提问之一 市场监管局如何守护舌尖安全？\n提问之二 市商务局如何促消费？',
      [['提问之一', 1, '市场监管局如何守护舌尖安全？'], ['提问之二', 2, '市商务局如何促消费？']]],
    ['询问之一：路网规划如何推进？周海波提问。毛宇回答，年内完成。询问之二：旧改进度如何？邱芳提问。', // run-together paragraphs
      [['询问之一', 1, '路网规划如何推进？周海波提问。毛宇回答，年内完成。'], ['询问之二', 2, '旧改进度如何？']]],
  ])('%s', (text, expected) => {
    expect(headers(text)).toEqual(expected);
  });

  it.each([
    '问题之一，就是资金到位慢。\n问题之二，就是项目落地难。', // an answer's sentences, not headers
    '问题之一是资金到位慢。\n问题之二是项目落地难。',
    '问题之一、资金到位慢。\n问题之二、项目落地难。',
  ])('no header: %s', (text) => {
    expect(headers(text)).toBeNull();
  });

  it('a 之 header before its asker\'s label on the line: the label opens the asker\'s turn, no words of the question', async () => {
    const { parse } = await import('../../src/pipeline.js');
    const text = '主持人：市人大常委会副主任 甘立群\n\n询问之一 周海波委员：请问交通局，路网规划如何推进？\n\n市交通局局长 毛宇：年内完成。\n\n询问之二：邱芳委员：请问住建局，旧改进度如何？\n\n市住建局局长 汤明：过半。\n';
    expect(parse(text).questions.map((q) => [q.label, q.text])).toEqual([['询问之一', '请问交通局，路网规划如何推进？'], ['询问之二', '请问住建局，旧改进度如何？']]);
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
    ['常委会委员上官某:询问之一:社区医生不足。\n请问卫生健康委如何补充?\n卫生健康委主任何某:将扩大招聘。\n询问之二:代表韩某:请问民政部,养老床位够不够?\n民政部副部长罗某:够。',
      [['询问之一', 1, '社区医生不足。'], ['询问之二', 2, '代表韩某:请问民政部,养老床位够不够?']]],
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

describe('[headings] numeral-first subheads 一问/二问', () => {
  it('一问: / 二问: / 三问: are headers of family 问', () => {
    const text = '一问：创新平台怎么破？\n\n委员甲提出，请问省科技厅如何加强？\n\n二问：科研经费如何解决？\n\n委员乙询问省财政厅。\n\n三问：成果转化率低怎么办？\n\n委员丙问，如何打通？';
    expect(headers(text)).toEqual([['一问', 1, '创新平台怎么破？'], ['二问', 2, '科研经费如何解决？'], ['三问', 3, '成果转化率低怎么办？']]);
  });
  it.each([['一问一答，直奔主题。'], ['三问三答见真章'], ['一问题：如何？'], ['再问：如何？'], ['一问 如何？']])('%s is no header', (line) => {
    const view = normalize(line);
    expect(findHeaderCandidates({ text: line, view }, splitLines(view))).toEqual([]);
  });
});

describe('[headings] a 追问 note after the number', () => {
  const notes = (text: string) => {
    const view = normalize(text);
    return chooseHeaders(view, findHeaderCandidates({ text, view }, splitLines(view)))?.headers.map((h) => [h.label, h.number, !!h.followUp]) ?? null;
  };
  it('询问三（追问） heads a follow-up numbered 3', () => {
    expect(notes('询问一\n询问人：委员 甲\n询问二\n询问人：委员 乙\n询问三（追问）\n询问人：委员 乙\n')).toEqual([['询问一', 1, false], ['询问二', 2, false], ['询问三', 3, true]]);
  });
  it('【问题二(追问)】 in brackets too', () => {
    expect(notes('【问题一】\n委员 甲：…？\n【问题二(追问)】\n委员 甲：…？\n')).toEqual([['问题一', 1, false], ['问题二', 2, true]]);
  });
  it('leaves alone another note in brackets, and 追问 as words of the line', () => {
    expect(notes('询问一\n委员 甲：…？\n询问二（续）\n委员 甲：…？\n')?.map((h) => h[0])).not.toContain('询问二');
    expect(notes('问题一：追问资金怎么保障？\n问题二：…？\n')?.map((h) => h[2])).toEqual([false, false]);
  });
});
