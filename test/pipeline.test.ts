/** parse(): the warnings the pipeline itself adds (segmenter fallback, control characters). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from '../src/pipeline.js';
import { decode } from '../src/source/decode.js';
import type { Segmenter, Token } from '../src/segment/segmenter.js';
import { findWraps } from '../src/source/reflow.js';
import { joinWraps } from '../src/source/joined.js';
import { findLetterSpacing } from '../src/source/letter-spacing.js';
import { findGutter, GutterMap } from '../src/source/gutter.js';
import { remapSpans } from '../src/records/remap.js';
import { wrapAt, GAZETTE } from './helpers/wrap.js';
import { violations } from './helpers/invariants.js';

/** One token per character; `failing` makes every cut report a fallback, as jieba's anchoring would. */
function fakeSegmenter(failing: boolean): Segmenter {
  let failures = 0;
  const chars = (text: string): Token[] => {
    if (failing) failures++;
    return Array.from(text, (ch, i) => ({ text: ch, span: [i, i + 1] as [number, number] }));
  };
  const self: Segmenter = { cut: chars, tag: chars, keywords: () => [], withWords: () => self, anchorFailures: () => failures };
  return self;
}

const TEXT = '问题一:市政府如何依法决策?\n市人大常委会委员王某某提问。市政府副市长李某某回应称,完成改造12个。';

describe('[pipeline] warnings', () => {
  it('segment-anchor-failed when a cut fell back to characters', () => {
    const codes = parse(TEXT, { segmenter: fakeSegmenter(true) }).warnings.map((w) => w.code);
    expect(codes).toContain('segment-anchor-failed');
  });

  it('no segment-anchor-failed when every cut lined up', () => {
    const codes = parse(TEXT, { segmenter: fakeSegmenter(false) }).warnings.map((w) => w.code);
    expect(codes).not.toContain('segment-anchor-failed');
  });

  it('control-characters with the span of the first one', () => {
    const text = TEXT.replace('市政府如何', '市政府\u001b[1m如何');
    const w = parse(text, { segmenter: fakeSegmenter(false) }).warnings.find((x) => x.code === 'control-characters');
    expect(w?.span).toEqual([7, 8]);
    expect(text.slice(7, 8)).toBe('\u001b');
  });

  it('no control-characters warning for an ordinary transcript', () => {
    expect(parse(TEXT, { segmenter: fakeSegmenter(false) }).warnings.map((w) => w.code)).not.toContain('control-characters');
  });
});

describe('[pipeline] a follow-up whose words are followed by a hand-over', () => {
  it('"阎某委员追问:“…?”贾厅长请副厅长葛某某作答。" is a follow-up, not a moderator\'s call', () => {
    const text = '某省人大常委会对大气污染防治工作开展专题询问。\n“重点行业改造进展如何？”省人大常委会委员阎某某提出第二个问题。\n省工业和信息化厅厅长贾某某介绍，已有28家企业完成改造。\n阎某某委员追问：“改造完成后排放数据不稳定，怎么监管？”贾厅长请省生态环境厅副厅长葛某某作答。葛某某表示，将依法从严查处。\n';
    const r = parse(text);
    expect(r.questions.map((q) => [q.text, q.followUpOf])).toEqual([['重点行业改造进展如何？', null], ['改造完成后排放数据不稳定，怎么监管？', 1]]);
  });

  // The member's words, all of them: the first quotation is theirs too (a span is one stretch, the reporting clause between stays).
  it('"“…。”代表邵某某提出,…?": the question is her quotation and what she asks', () => {
    const text = '某县人大常委会对医疗保障工作开展专题询问。\n“医保基金是老百姓的‘救命钱’，一分一厘都不能乱花。”县人大代表、城关镇南街社区党委书记邵某某提出，欺诈骗保问题如何治理？\n县医疗保障局局长沈某某回答，将开展专项整治。\n';
    expect(parse(text).questions.map((q) => q.text)).toEqual(['“医保基金是老百姓的‘救命钱’，一分一厘都不能乱花。”县人大代表、城关镇南街社区党委书记邵某某提出，欺诈骗保问题如何治理？']);
  });

  it('"“执行难”是…问题,委员某问省法院:…?": a quoted term is no sentence of the member\'s, the question is what asks', () => {
    const text = '某省人大常委会对司法工作开展专题询问。\n“执行难”是群众反映强烈的问题，省人大常委会委员王某中问省法院：今年执行到位金额情况如何？\n省高级人民法院院长李某某回答，执行到位金额同比增长12%。\n';
    expect(parse(text).questions.map((q) => q.text)).toEqual(['今年执行到位金额情况如何？']);
  });

  it('"“…。”委员某的提问开门见山,“请问…?”": the question is both quotations', () => {
    const text = '某市人大常委会对教育工作开展专题询问。\n“乡村教师留不住，根子在待遇。”市人大常委会委员冯某某的提问开门见山，“请问市人社局，乡村教师生活补助能不能再提高一些？”\n市人社局局长孙某某回答，将提高补助标准。\n';
    expect(parse(text).questions.map((q) => q.text)).toEqual(['“乡村教师留不住，根子在待遇。”市人大常委会委员冯某某的提问开门见山，“请问市人社局，乡村教师生活补助能不能再提高一些？”']);
  });

  it('"一名来自基层的省人大代表在询问中提到,…?" is an unnamed asker of a question of her own', () => {
    const text = '某省人大常委会对大气污染防治工作开展专题询问。\n梁某某委员问道，柴油货车污染问题比较突出，交通部门有什么办法？省交通运输厅厅长汪某某回应称，已淘汰4.6万辆。\n一名来自基层的省人大代表在询问中提到，城市施工工地扬尘管控不到位，请问主管部门如何加强管理？省住房城乡建设厅厅长马某某回答，全年共查处412起。\n';
    const r = parse(text);
    expect(r.questions.map((q) => [q.text, q.askers.map((id) => r.people.find((p) => p.id === id)!.titles[0])])).toEqual([
      ['柴油货车污染问题比较突出，交通部门有什么办法？', ['委员']],
      ['城市施工工地扬尘管控不到位，请问主管部门如何加强管理？', ['省人大代表']],
    ]);
  });

  it('"任某某接过话题:“…?”" asks', () => {
    const text = '某县人大常委会对医疗保障工作开展专题询问。\n县人大常委会委员、县总工会主席任某某接过话题：“乡镇卫生院报销比例低，县卫健局怎么看？”\n县卫健局局长邓某某回答，将提高报销比例。\n';
    expect(parse(text).questions.map((q) => q.text)).toEqual(['乡镇卫生院报销比例低，县卫健局怎么看？']);
  });
});

describe('[pipeline] a list resumed after a follow-up question', () => {
  const head = '县人大常委会关于农村公路建设的专题询问\n\n县人大常委会委员　甘某某：请问县交通运输局，农村公路养护怎么抓？\n\n';
  it('"三是…" after the member\'s follow-up goes on with the list left open before it', () => {
    const text = head + '县交通运输局局长　庞某某：我们从三个方面推进。第一，落实养护资金，今年安排1800万元；第二，健全管护队伍。\n\n'
      + '县人大常委会委员　甘某某：管护队伍有多少人？\n\n县交通运输局局长　庞某某：目前有专职养护员412人。第三，建立考核机制，按季度通报排名。\n';
    const r = parse(text);
    expect(r.questions.map((q) => q.answers.map((a) => [a.statedCount, a.measures.map((m) => `${m.index}${m.marker}${m.text}`)]))).toEqual([
      [[3, ['1第一落实养护资金，今年安排1800万元', '2第二健全管护队伍', '3第三建立考核机制，按季度通报排名']]],
      [],
    ]);
    expect(r.warnings.map((w) => w.code)).not.toContain('stated-count-mismatch');
  });
  it('the figures and formulations of the resumed measures are the question\'s whose answer holds them; the follow-up keeps its own', () => {
    const text = head + '县交通运输局局长　庞某某：我们从三个方面推进。第一，落实养护资金，今年安排1800万元；第二，健全管护队伍。\n\n'
      + '县人大常委会委员　甘某某：管护队伍有多少人？\n\n县交通运输局局长　庞某某：目前有专职养护员412人。第三，建立考核机制，落实“四个一”要求，考核路段36条。\n';
    const r = parse(text);
    expect(r.questions.map((q) => [q.quantities.map((x) => x.text), q.formulations.map((f) => f.text)])).toEqual([
      [['1800万元', '36条'], ['四个一']],
      [['412人'], []],
    ]);
  });
  it('a ①② list goes on with ③ after a bracketed aside: the aside is a follow-up of its own, ③ and its figures the first question\'s', () => {
    const text = head + '县交通运输局局长　庞某某：主要抓了几件事：\n\n①落实养护资金。今年安排1800万元。\n\n②健全管护队伍。配备专职养护员412人。\n\n'
      + '（现场委员插话：养护员工资谁来出？）\n\n庞某某：由县级财政统筹。接着汇报第三件事。\n\n③建立考核机制。考核路段36条。\n';
    const r = parse(text);
    expect(r.questions.map((q) => [q.text, q.followUpOf, q.answers.map((a) => a.measures.map((m) => `${m.marker}${m.text}`)), q.quantities.map((x) => x.text)])).toEqual([
      ['请问县交通运输局，农村公路养护怎么抓？', null, [['①落实养护资金。今年安排1800万元', '②健全管护队伍。配备专职养护员412人', '③建立考核机制。考核路段36条']], ['1800万元', '412人', '36条']],
      ['养护员工资谁来出？', 1, [], []],
    ]);
    // (现场 says where the member cuts in, no organization: a 委员 at the county's standing committee is one of its members.)
    expect(r.people.find((p) => p.roles.includes('asker') && p.name === null)?.organization).toBe('县人大常委会');
  });
  it('"二是…;三是…" with no list open before (a lone 一是) is a list of its own', () => {
    const text = head + '县交通运输局局长　庞某某：我们一是落实养护资金，今年安排1800万元。\n\n'
      + '县人大常委会委员　甘某某：资金从哪里来？\n\n县交通运输局局长　庞某某：主要是县级财政安排。二是健全管护队伍；三是建立考核机制，按季度通报排名。\n';
    const r = parse(text);
    expect(r.questions.map((q) => q.answers.map((a) => [a.marker, a.measures.map((m) => m.text)]))).toEqual([
      [],
      [['二是', ['健全管护队伍', '建立考核机制，按季度通报排名']]],
    ]);
  });
});

describe('[pipeline] a batch (集中提问、逐一回答): answers read for the question they answer', () => {
  const BATCH = '市人大常委会专题询问\n\n本次询问采取“集中提问、逐一回答”的方式。\n\n市人大常委会委员韦丽萍首先提问：部分学校午餐配送不及时，市教育局如何改进校园配餐管理？\n\n市人大代表欧阳振宇接着提问：老旧小区加装电梯审批周期长，市住建局能否简化审批流程？\n\n针对第一个问题，市教育局局长钱国华回答说，全市已有126所学校实行中央厨房配送，下一步一是增加保温餐车40辆；二是推行“校长陪餐”制度。\n\n市住房和城乡建设局局长汤建平表示，今年已加装电梯318部，将推行“三个一”审批。';
  const record = parse(BATCH, { segmenter: fakeSegmenter(false) });
  const [first, second] = record.questions;

  it('the first question gets the answer standing in the second one\'s section', () => {
    expect(first.answers.map((a) => a.measures.map((m) => m.marker))).toEqual([['一是', '二是']]);
    expect(first.quantities.map((q) => q.text)).toEqual(['126所', '40辆']);
    expect(second.answers).toEqual([]);
    expect(second.quantities.map((q) => q.text)).toEqual(['318部']);
    expect(second.formulations.map((f) => f.text)).toEqual(['三个一']);
    expect(first.formulations).toEqual([]);
  });

  it('the answer\'s spans lie outside the first question\'s section', () => {
    expect(first.answers[0].span[0]).toBeGreaterThan(second.sectionSpan[0]);
    expect(second.turns.find((t) => t.answerTo === 1)?.text.startsWith('针对第一个问题')).toBe(true);
  });
});

describe('[pipeline] the closing', () => {
  const ASK = '2025年6月12日，枫林市人大常委会开展专题询问。\n\n市人大常委会委员郭立平：今年以来养老机构检查了多少家？\n\n市民政局局长韦振东：共检查养老机构46家。\n\n';
  it.each([
    ['会议最后，对市人民政府整改情况进行了满意度测评。应到会组成人员29人，实到26人。测评结果为：满意17票，基本满意8票，不满意1票。',
      ['29人', '26人', '17票', '8票', '1票'], { expected: 29, present: 26, satisfied: 17, basicallySatisfied: 8, unsatisfied: 1 }],
    ['专题询问结束后，与会人员对应询部门进行了满意度测评，满意率为96.2%。', ['96.2%'], { rate: 96.2 }],
    ['会议最后，常委会副主任林秋实作了讲话。', [], null],
  ])('%s', (closing, figures, vote) => {
    const text = ASK + closing + '\n';
    const r = parse(text, { segmenter: fakeSegmenter(false) });
    expect(r.session.closing).toMatchObject({ text: closing, span: [ASK.length, ASK.length + closing.length] });
    expect(r.session.closing!.quantities.map((q) => q.text)).toEqual(figures);
    if (vote) expect(r.session.closing!.vote).toMatchObject(vote);
    else expect(r.session.closing!.vote).toBeNull();
    expect(r.questions.at(-1)!.sectionSpan[1]).toBeLessThanOrEqual(ASK.length);
  });

  it('null when the closing stands after the page tail (责任编辑): another article’s lines', () => {
    const text = ASK + '责任编辑：李四\n\n会议最后，对市人民政府整改情况进行了满意度测评，满意率为96.2%。\n';
    expect(parse(text, { segmenter: fakeSegmenter(false) }).session.closing).toBeNull();
  });

  it('the page tail after the closing is no part of it', () => {
    const closing = '会议最后，对市人民政府整改情况进行了满意度测评，满意率为96.2%。';
    const text = ASK + closing + '\n\n责任编辑：李四\n';
    expect(parse(text, { segmenter: fakeSegmenter(false) }).session.closing?.text).toBe(closing);
  });

  it('null when the last exchange ends the text', () => {
    expect(parse(ASK, { segmenter: fakeSegmenter(false) }).session.closing).toBeNull();
  });

  // The chair's summing-up names formulations as the introduction does: they are the session's.
  it.each<[string, string, [string, number][]]>([
    ['', '韦振东在总结时强调，要统筹推进“五位一体”总体布局，做好“六稳”“六保”工作，3个月内报送整改情况。', [['五位一体', 5], ['六稳', 6], ['六保', 6]]],
    ['会议落实“四个不摘”要求。\n\n', '主持人：询问到此结束。请各部门落实“四个不摘”“三零”。', [['四个不摘', 4], ['三零', 3]]],
  ])('formulations of the closing join the session’s: %s%s', (intro, closing, expected) => {
    const text = intro + ASK + closing + '\n';
    const r = parse(text, { segmenter: fakeSegmenter(false) });
    expect(r.session.closing?.text).toBe(closing);
    expect(r.session.formulations.map((f) => [f.text, f.number])).toEqual(expected);
    for (const f of r.session.formulations) expect(text.slice(f.span[0], f.span[1])).toBe(f.text);
    expect(r.questions.flatMap((q) => q.formulations)).toEqual([]);
  });
});

describe('[pipeline] a hard-wrapped text (copied from a PDF) reads as the same text unwrapped', () => {
  /** Two invented transcripts, one paragraph per line, paragraphs indented. */
  const TRANSCRIPTS = {
    gazette: GAZETTE,
    record: [
      '鹿鸣县第十八届人大常委会第十四次会议',
      '农村公路建设养护工作专题询问记录',
      '',
      '    问（县人大常委会委员 彭家林）：农村公路“重建轻养”问题比较突出，部分路段路面破损严重，群众出行不便。请问县交通运输局，如何建立长效养护机制？',
      '    答（县交通运输局局长 罗成刚）：谢谢彭委员。目前全县农村公路总里程达到2346公里，其中优良中等路率为82.5%。下一步我们将从三个方面发力：一是落实县乡村三级路长制，设立路长1260名；二是按每公里每年1万元的标准落实养护资金；三是用2年时间完成危桥改造37座。',
      '    问（县人大代表 向春花）：农村客运班线开通后客流少、亏损多，有的线路停运了，如何保证群众坐得上车？',
      '    答（县交通运输局局长 罗成刚）：我们正在推行“一村一策”：客流大的村开通定时班车，客流小的村推行预约响应。今年县财政安排运营补贴680万元，确保建制村通客车率保持100%。',
      '    答（副县长 吴晓峰）：县政府将把农村公路纳入乡村振兴考核，对养护不到位的乡镇进行约谈。',
    ].join('\n'),
  };
  const cases = Object.entries(TRANSCRIPTS).flatMap(([name, text]) => [30, 36, 60, 72].map((columns) => [name, columns, text] as const));

  it.each(cases)('%s wrapped at %i columns', (_name, columns, text) => {
    const wrapped = wrapAt(text, columns);
    const cuts = findWraps(wrapped);
    const { joined, map } = joinWraps(wrapped, cuts);
    expect(joined).toBe(text);
    const got = parse(wrapped);
    expect(violations(got, wrapped)).toEqual([]);
    // The record of the unwrapped text, its spans mapped onto the wrapped one.
    const { schema: _s, source: _src, ...expected } = parse(text);
    remapSpans(expected, text, wrapped, map);
    const { schema: _s2, source, ...actual } = got;
    expect(actual).toEqual(expected);
    expect(source.length).toBe(wrapped.length);
    expect(got.questions.length).toBeGreaterThanOrEqual(2);
  });

  it('at any width, indented with spaces or 　　, LF or CRLF: the same record, its spans mapped (fast-check)', () => {
    fc.assert(fc.property(
      fc.constantFrom(...Object.values(TRANSCRIPTS)), fc.integer({ min: 12, max: 50 }), fc.boolean(), fc.boolean(),
      // A page holds a whole number of characters: 12 to 50 of them, 24 to 100 columns.
      (base, characters, ideographic, crlf) => {
        const columns = 2 * characters;
        const text = ideographic ? base.replace(/^ {4}/gmu, '\u3000\u3000') : base;
        const newline = crlf ? '\r\n' : '\n';
        const source = text.replace(/\n/gu, newline);
        const wrapped = wrapAt(text, columns, newline);
        const { joined, map } = joinWraps(wrapped, findWraps(wrapped));
        expect(joined).toBe(source);
        const got = parse(wrapped);
        expect(violations(got, wrapped)).toEqual([]);
        const { schema: _s, source: _src, ...expected } = parse(source);
        remapSpans(expected, source, wrapped, map);
        const { schema: _s2, source: _src2, ...actual } = got;
        expect(actual).toEqual(expected);
      },
    ), { numRuns: 12 });
  });

  it('the session\'s fields read as words: a wrap inside the body or a headline broken mid-phrase leaves no line break in them; their spans keep it', () => {
    const text = readFileSync(new URL('./fixtures/transcripts/304-pdf-wraps-inside-labels-figures-title/input.txt', import.meta.url), 'utf8')
      .replace('青川市第十六届人民代表大会常务委员会\n第十九次会议', '青川市第十六届人民代表大会常务\n委员会第十九次会议');
    const got = parse(text);
    expect(violations(got, text)).toEqual([]);
    expect(got.session.title).toBe('青川市人大常委会关于全市农村供水保障工作情况的专题询问实录');
    expect(got.session.body).toBe('青川市第十六届人民代表大会常务委员会');
    expect(text.slice(...got.session.spans.title!)).toContain('\n');
    expect(text.slice(...got.session.spans.body!)).toContain('\n');
  });

  it('a headline set on two lines (the meeting, then the inquiry) keeps its line break', () => {
    const got = parse(wrapAt(TRANSCRIPTS.record, 36));
    expect(got.session.title).toBe('鹿鸣县第十八届人大常委会第十四次会议\n农村公路建设养护工作专题询问记录');
  });

  it('a quantity broken over a line keeps its value; its text is the slice with the break', () => {
    const wrapped = wrapAt(TRANSCRIPTS.gazette, 60);
    const q = parse(wrapped).questions.flatMap((x) => x.quantities).find((x) => x.value === 12700);
    expect(q?.text.replace(/\n/gu, '')).toBe('1.27万个');
    expect(wrapped.slice(q!.span[0], q!.span[1])).toBe(q!.text);
  });
});

describe('[pipeline] a line-number gutter reads as if it were not there', () => {
  /** An invented transcript, one paragraph per line, its header and labels at the lines' start. */
  const PLAIN = [
    '枫林区人大常委会开展专题询问',
    '2024年9月12日，枫林区第六届人大常委会第十九次会议对社区养老服务工作开展专题询问。',
    '',
    '问题一：区人大常委会委员祁慧敏：全区养老床位缺口有多大？请问区民政局。',
    '区民政局局长隋向阳：谢谢祁委员。目前全区养老床位3860张，缺口约600张。我们将做好三项工作：一是新建社区养老服务站12个；二是改造敬老院4所；三是培训护理员300名。',
    '问题二：区人大常委会委员阚立新：助餐点运营补贴是否到位？请问区财政局。',
    '区财政局局长柏仲秋：今年安排助餐补贴560万元，已拨付85%。',
    '',
    '区人大常委会主任 郁文涛：询问到此结束。',
  ].join('\n');
  /** Each line with its number, as a PDF viewer or an editor sets it: every line (blank ones too, or not), or every fifth. */
  const GUTTERS: Record<string, (line: string, n: number) => string> = {
    'two spaces': (line, n) => `${n}  ${line}`,
    'a fixed column ("9  ", "10 ")': (line, n) => `${String(n).padEnd(3)}${line}`,
    'a tab': (line, n) => `${n}\t${line}`,
    'flush right': (line, n) => `${String(n).padStart(3)}  ${line}`,
    'blank lines left unnumbered': (line, n) => (line ? `${n}  ${line}` : line),
    'every fifth line': (line, n) => (n % 5 === 0 ? `${n}  ${line}` : line),
  };
  const number = (text: string, gutter: (line: string, n: number) => string): string =>
    text.split('\n').map((line, k) => gutter(line, k + 1)).join('\n');
  const TEXTS = { plain: PLAIN, 'wrapped (a PDF copy)': wrapAt(PLAIN.replace(/^(?=问题|区)/gmu, '    '), 40) };
  const cases = Object.entries(TEXTS).flatMap(([kind, text]) => Object.entries(GUTTERS).map(([name, g]) => [kind, name, text, g] as const));

  it.each(cases)('%s, numbered with %s: the same record, its spans mapped', (_kind, _name, text, gutter) => {
    const numbered = number(text, gutter);
    const cuts = findGutter(numbered);
    expect(joinWraps(numbered, cuts).joined).toBe(text);
    const got = parse(numbered);
    expect(violations(got, numbered)).toEqual([]);
    const { schema: _s, source: _src, ...expected } = parse(text);
    remapSpans(expected, text, numbered, new GutterMap(cuts));
    const { schema: _s2, source: _src2, ...actual } = got;
    expect(actual).toEqual(expected);
    expect(got.questions.map((q) => q.label)).toEqual(['问题一', '问题二']);
  });

  /** Fixtures of other layouts (indented with 　　, Markdown, a gazette's PDF wraps, CRLF and a BOM, CR alone, tab cells), numbered. */
  const FIXTURES = [
    ['26-indented-paragraphs', 'two spaces'], ['35-markdown-bold-labels', 'a tab'], ['56-gazette-pdf-hard-wraps', 'a fixed column ("9  ", "10 ")'],
    ['15-crlf-utf8-bom', 'flush right'], ['18-field-labels-cr', 'two spaces'], ['45-qa-table-tab-cells', 'every fifth line'],
  ] as const;
  it.each(FIXTURES)('fixture %s, numbered with %s: the same record, its spans mapped', (fixture, name) => {
    const dir = new URL(`./fixtures/transcripts/${fixture}/`, import.meta.url);
    const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
    const text = decode(readFileSync(new URL(input, dir))).text;
    const newline = /\r\n/u.test(text) ? '\r\n' : /\r/u.test(text) ? '\r' : '\n';
    const numbered = text.split(newline).map((line, k) => GUTTERS[name](line, k + 1)).join(newline);
    const cuts = findGutter(numbered);
    expect(joinWraps(numbered, cuts).joined).toBe(text);
    const { schema: _s, source: _src, ...expected } = parse(text);
    remapSpans(expected, text, numbered, new GutterMap(cuts));
    const { schema: _s2, source: _src2, ...actual } = parse(numbered);
    expect(actual).toEqual(expected);
  });

  it('the header, labels and title hold no number, and a number is no figure', () => {
    const got = parse(number(PLAIN, GUTTERS['two spaces']));
    expect(got.session.title).toBe('枫林区人大常委会开展专题询问');
    expect(got.people.map((p) => [p.name, p.titles[0]])).toContainEqual(['隋向阳', '区民政局局长']);
    expect(got.questions[0].answers[0].measures.map((m) => m.marker)).toEqual(['一是', '二是', '三是']);
    expect(got.questions.flatMap((q) => q.quantities.map((x) => x.text))).not.toContain('5');
    expect(got.warnings.map((w) => w.code)).not.toContain('unrecognized-layout');
  });
});

describe('[pipeline] the page frame inside a question carries no figure of it', () => {
  it('a gazette\'s running header and a page number between two turns', () => {
    const text = [
      '市人大常委会专题询问实录',
      '',
      '王立新委员：全市还有多少老旧小区没有改造？',
      '',
      '— 12 —',
      '',
      '青川市人民代表大会常务委员会公报                    2024年第6号',
      '',
      '市住房城乡建设局局长赵明远：还有86个小区，今年改造40个。',
    ].join('\n');
    const q = parse(text).questions[0];
    expect(q.quantities.map((x) => x.text)).toEqual(['86个', '40个']);
  });
});

describe('[pipeline] a figure broken at a line\'s end or across a page number is one figure', () => {
  it.each([
    ['a wrap', '\n'],
    ['a page footer', '\n\n— 4 —\n\n'],
    ['a full-width footer', '\n\n－ 4 －\n\n'],
  ])('%s between the digits', (_name, gap) => {
    const text = [
      '市人大常委会专题询问实录',
      '',
      '王立新委员：老旧小区改造资金今年安排了多少？',
      '',
      `市住房城乡建设局局长赵明远：今年安排资金２３${gap}４０万元，改造４０个小区。`,
    ].join('\n');
    const q = parse(text).questions[0];
    expect(q.quantities.map((x) => [x.text, x.value])).toEqual([[`２３${gap}４０万元`, 23400000], ['４０个', 40]]);
    for (const x of q.quantities) expect(text.slice(x.span[0], x.span[1])).toBe(x.text);
  });
});

describe('[pipeline] a figure broken between its digits and its unit is one figure', () => {
  it('投入２３４０\\n万元 → 23400000 元', () => {
    const text = '市人大常委会专题询问实录\n\n王立新委员：老旧小区改造资金今年安排了多少？\n\n市住房城乡建设局局长赵明远：今年安排资金２３４０\n万元，改造４０个小区。';
    const q = parse(text).questions[0];
    expect(q.quantities.map((x) => [x.text, x.value, x.unit])).toEqual([['２３４０\n万元', 23400000, '元'], ['４０个', 40, '个']]);
  });
});

describe('[pipeline] a clip played between two exchanges carries no figure of the question before', () => {
  it.each([
    '（播放暗访短片）\n\n短片显示：暗访组走访餐馆20家，发现7家油烟直排。',
    '（播放暗访短片）\n\n画外音：暗访组走访餐馆20家。\n\n店主：每天要摆8张桌子。',
  ])('%s', (clip) => {
    const text = [
      '区人大常委会专题询问',
      '',
      '区人大常委会委员柏子谦：夜市油烟扰民怎么治？请问区生态环境局。',
      '',
      '区生态环境局局长韦振华：全区共有夜市餐馆312家。',
      '',
      clip,
      '',
      '区人大常委会委员滕雅楠：油烟净化设备有没有补贴？请问区财政局。',
      '',
      '区财政局局长江鸿远：今年安排补贴资金80万元。',
    ].join('\n');
    const r = parse(text);
    expect(r.questions.map((q) => q.quantities.map((x) => x.text))).toEqual([['312家'], ['80万元']]);
  });
});

describe('[pipeline] the count of askers in the chair\'s opening heading the first question', () => {
  it('is the session\'s, no figure of the question', () => {
    const text = [
      '某县人大常委会专题询问实录',
      '',
      '主持人：县人大常委会副主任 滕远航',
      '',
      '滕远航：同志们，今天对县政府关于农村公路养护情况的报告开展专题询问。今天共有3位委员提问。先请邰晓光委员提问。',
      '',
      '邰晓光（县人大常委会委员）：请问县交通运输局，养护资金缺口有多大？',
      '',
      '县交通运输局局长韦振华：缺口约800万元。',
    ].join('\n');
    const r = parse(text);
    expect(r.session.statedAskerCount).toBe(3);
    expect(r.questions[0].quantities.map((x) => x.text)).toEqual(['约800万元']);
  });
});

describe('[pipeline] a letter-spaced transcript (copied from a PDF) reads as if its spaces were not there', () => {
  const TEXT = [
    '青 川 市 人 大 常 委 会 专 题 询 问 实 录',
    '2023年10月12日，青川市人大常委会举行会议，对全市城乡供水工作开展专题询问。',
    '问 题 一 ：',
    '市 人 大 常 委 会 委 员 　 祁 远 航 ： 城区管网漏损率是多少？请问市水务局。',
    '市 水 务 局 局 长 　 卜 思 琪 ： 漏损率已降到 9 . 6 %，今年改造 管 网 4 6 公 里。',
    '问 题 二 ：',
    '常 委 会 委 员　龙嘉欣：农村水厂运行怎么样？请问市财政局。',
    '市 财 政 局 副 局 长　欧阳明：今年安排 1 2 0 0 万元补助资金。',
  ].join('\n');
  const record = parse(TEXT);
  const person = (id: string) => record.people.find((p) => p.id === id)!;

  it('finds each spaced header', () => {
    expect(record.questions.map((q) => q.label)).toEqual(['问题一', '问题二']);
  });

  it.each([
    [0, '祁远航', '市人大常委会委员', '卜思琪', '市水务局局长'],
    [1, '龙嘉欣', '常委会委员', '欧阳明', '市财政局副局长'],
  ])('question %i: asker and responder named and titled without spaces', (i, asker, askerTitle, responder, responderTitle) => {
    const q = record.questions[i];
    expect(q.askers.map((id) => person(id).name)).toEqual([asker]);
    expect(person(q.askers[0]).titles).toContain(askerTitle);
    expect(q.responders.map((id) => person(id).name)).toEqual([responder]);
    expect(person(q.responders[0]).titles).toContain(responderTitle);
  });

  it('reads spaced figures, their text as written', () => {
    const figures = record.questions.flatMap((q) => q.quantities).map((f) => [f.text, f.value, f.unit]);
    expect(figures).toEqual([['9 . 6 %', 9.6, '%'], ['4 6 公 里', 46, '公里'], ['1 2 0 0 万元', 12000000, '元']]);
  });

  it('keeps every span on the text as written', () => {
    for (const q of record.questions) {
      expect(TEXT.slice(q.span[0], q.span[1])).toBe(q.text);
      for (const t of q.turns) expect(TEXT.slice(t.span[0], t.span[1])).toBe(t.text);
      for (const f of q.quantities) expect(TEXT.slice(f.span[0], f.span[1])).toBe(f.text);
    }
    expect(record.warnings.map((w) => w.code)).not.toContain('unrecognized-layout');
  });
});

describe('[pipeline] a letter-spaced copy reads as the text unspaced, its spans mapped', () => {
  /** An invented transcript; full-width spaces between title and name, as a PDF keeps them. */
  const PLAIN = [
    '澄水县人大常委会关于农村供水保障工作的专题询问纪实',
    '2024年6月18日，澄水县第十八届人大常委会第十九次会议对县政府农村供水保障工作开展专题询问。常委会主任霍嘉平主持。',
    '问题一：',
    '县人大常委会委员　卫思远：山区村季节性缺水怎么解决？请县水利局回答。',
    '县水利局局长　桂文涛：今年新建蓄水池38座，改造管网126.5公里，解决了2300户群众季节性缺水。下一步，我们将抓好三件事：一是建设小型水源工程；二是推进城乡供水一体化；三是落实管护责任。',
    '问题二：',
    '县人大代表　覃晓燕：水质检测能不能做到全覆盖？请县卫生健康局回答。',
    '县卫生健康局副局长　滕雪梅：今年全县检测水样860份，合格率97.2%，明年实现千人以上工程每季度检测一次。',
  ].join('\n');
  /** Every character of the line set apart by one space. */
  const spaceAll = (line: string) => Array.from(line).join(' ');
  /** Headers and labels set apart (up to the label's colon), the words after as they are. */
  const spaceLabels = (line: string) => {
    const m = /^[^：]{1,30}：/u.exec(line);
    return m ? [spaceAll(m[0]), line.slice(m[0].length)].filter(Boolean).join(' ') : line;
  };

  it.each([
    ['every line letter-spaced', spaceAll],
    ['headers and labels letter-spaced', spaceLabels],
  ])('%s', (_name, space) => {
    const spaced = PLAIN.split('\n').map((l, i) => (i < 2 ? l : space(l))).join('\n');
    const { joined, map } = joinWraps(spaced, findLetterSpacing(spaced));
    expect(joined).toBe(PLAIN);
    const got = parse(spaced);
    expect(violations(got, spaced)).toEqual([]);
    const { schema: _s, source: _src, ...expected } = parse(PLAIN);
    remapSpans(expected, PLAIN, spaced, map);
    const { schema: _s2, source: _src2, ...actual } = got;
    expect(actual).toEqual(expected);
    expect(got.questions.map((q) => q.askers.length + q.responders.length)).toEqual([2, 2]);
  });
});

describe('[pipeline] a paragraph repeated by a bad copy is read once', () => {
  const ask = '县人大常委会委员 程立夫：问题一：农村公路养护如何？请县交通局回答。';
  const whole = '县交通局局长 石振宇：谢谢程委员。今年改造农村公路86公里，我们做好两件事：一是养护；二是监管。';
  const cut = '县交通局局长 石振宇：谢谢程委员。今年改造农村公路86公里，我们做好两件事：一是养';
  it.each<[string, string[]]>([
    ['the same paragraph twice', [whole, whole]],
    ['a cut-off copy, then the whole paragraph', [cut, whole]],
    ['the whole paragraph, then a cut-off copy', [whole, cut]],
  ])('%s: one answer, one set of figures, a warning', (_name, answer) => {
    const r = parse(['县人大常委会农村公路专题询问', ask, ...answer].join('\n'));
    expect(r.questions).toHaveLength(1);
    expect(r.questions[0].answers.map((a) => a.measures.map((m) => m.text))).toEqual([['养护', '监管']]);
    expect(r.questions[0].quantities.map((x) => x.text)).toEqual(['86公里']);
    expect(r.warnings.map((w) => w.code)).toContain('duplicate-paragraph');
    expect(r.session.closing).toBeNull();
  });
});

describe('[pipeline] an asker\'s paragraph pasted twice is asked once', () => {
  it('one question, its text once', () => {
    const ask = '县人大常委会委员 程立夫：农村公路养护资金从哪里来？请县交通局回答。';
    const r = parse(['县人大常委会农村公路专题询问', ask, ask, '县交通局局长 石振宇：今年安排养护资金860万元。'].join('\n'));
    expect(r.questions.map((q) => q.text)).toEqual(['农村公路养护资金从哪里来？请县交通局回答。']);
    expect(r.warnings.map((w) => w.code)).toContain('duplicate-paragraph');
  });
});

describe('[pipeline] HTML character references left in the text', () => {
  const text = [
    '县人大常委会农村公路专题询问',
    '县人大常委会委员 程立夫：&ldquo;农村公路养护如何？&rdquo;请县交通局回答。',
    '县交通局局长 石振宇：今年改造农村公路86公里，我们做好两件事：一是推行&ldquo;路长制&rdquo;；二是加强监管。',
  ].join('\n');
  const r = parse(text);

  it('are read as their characters: labels, quotations, lists and figures as without them', () => {
    expect(r.questions).toHaveLength(1);
    expect(r.questions[0].text).toBe('农村公路养护如何？');
    expect(r.questions[0].answers.map((a) => a.measures.map((m) => m.text))).toEqual([['推行&ldquo;路长制&rdquo;', '加强监管']]);
    expect(r.questions[0].quantities.map((x) => x.text)).toEqual(['86公里']);
  });

  it('spans slice the text as written; one warning at the first', () => {
    expect(violations(r, text)).toEqual([]);
    const w = r.warnings.filter((x) => x.code === 'html-entities');
    expect(w).toHaveLength(1);
    expect(text.slice(w[0].span![0], w[0].span![1])).toBe('&ldquo;');
  });

  it('no warning without references', () => {
    expect(parse(text.replaceAll('&ldquo;', '“').replaceAll('&rdquo;', '”')).warnings.map((x) => x.code)).not.toContain('html-entities');
  });
});

describe('[pipeline] keywords: no speaker, no frame word, no count; quoted terms whole', () => {
  const head = '某县人大常委会河湖治理专题询问\n\n';
  it.each<[string, string, string[], string[]]>([
    ['labels with title and name',
      '问题一\n委员 韩立新：请问县水务局，“一河一策”落实得怎么样？开展了几轮巡查？\n县水务局局长 欧阳静：谢谢韩委员。我们开展了三轮巡查，“一河一策”覆盖全部河道，清理河道垃圾2.3万吨。',
      ['一河一策'], ['韩立新', '欧阳静', '委员', '请问', '谢谢', '三轮', '局长', '一河', '一策']],
    ['a follow-up and a name said in the answer',
      '问题一\n委员 蒲晓岚：污水管网什么时候完工？\n县住建局局长 訾国庆：谢谢蒲委员。污水管网年底完工，新建污水管网三十公里。\n追问\n委员 蒲晓岚：完工后谁来管护？\n訾国庆：由县城投公司管护，每半年检查一次。',
      ['污水', '管网'], ['蒲晓岚', '訾国庆', '追问', '谢谢', '每半年', '三十公里', '问题']],
  ])('%s', (_label, body, wanted, unwanted) => {
    const got = parse(head + body).questions[0].keywords;
    for (const w of wanted) expect(got).toContain(w);
    for (const w of unwanted) expect(got).not.toContain(w);
  });
});

describe('[pipeline] keywords: a field label (询问人:, 应询人:) is no word of the question', () => {
  const head = '某市人大常委会养老服务体系建设专题询问\n\n';
  it.each<[string, string, string]>([
    ['the words on the next line',
      '询问人：市人大常委会委员 褚丽君\n养老床位够不够？护理员缺口怎么解决？请问市民政局。\n\n应询人：市民政局局长 詹国栋\n养老床位基本够用，护理员今年培训800人。',
      '市人大常委会委员 褚丽君：养老床位够不够？护理员缺口怎么解决？请问市民政局。\n\n市民政局局长 詹国栋：养老床位基本够用，护理员今年培训800人。'],
    ['询问内容 and 答复内容 fields',
      '提问人：市人大代表 龚海涛\n询问内容：社区食堂覆盖率多少？\n答复人：市民政局副局长 酆丽萍\n答复内容：社区食堂覆盖率达到65%。',
      '市人大代表 龚海涛：社区食堂覆盖率多少？\n市民政局副局长 酆丽萍：社区食堂覆盖率达到65%。'],
  ])('%s: as the NAME: layout', (_name, fields, labels) => {
    const got = parse(head + fields).questions[0].keywords;
    expect(got.filter((k) => /询问人|应询人|提问人|答复人|内容/u.test(k))).toEqual([]);
    expect(got).toEqual(parse(head + labels).questions[0].keywords);
  });
});

// Shapes of text well under the 20 MB --max-size that once broke the parser (issue 6): one turn of tens of thousands
// of lines overflowed the stack (a spread of its pieces into one call), and one paragraph of thousands of turns with
// no line break took quadratic time. Only that they parse is asserted here; `npm run bench` times them.
describe('[pipeline] pathological shapes parse', () => {
  it('one member\'s turn of 40,000 lines', () => {
    const r = parse('委员 王某：请问？\n'.repeat(40_000));
    expect(r.questions.length).toBe(1);
    expect(r.questions[0].askers.length).toBe(1);
  }, 180_000);

  it('2 MB in one paragraph with no line break, a question and its answer repeated', () => {
    const unit = '委员 王某：请问市水利局，水库何时完成？局长 李某：一是加强管理二是完善制度。';
    const text = '2024年10月10日，某市人大常委会举行专题询问。\n' + unit.repeat(Math.ceil(2_000_000 / Buffer.byteLength(unit))) + '\n';
    const r = parse(text);
    expect(r.questions.length).toBeGreaterThan(1000);
    expect(r.questions[r.questions.length - 1].responders.length).toBe(1);
  }, 180_000);
});
