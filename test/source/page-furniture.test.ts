// A printed page's furniture cut before reading (src/source/page-furniture.ts).
import { describe, expect, it } from 'vitest';
import { findPageFurniture, isDateline, isPageNumber } from '../../src/source/page-furniture.js';
import { joinWraps } from '../../src/source/joined.js';
import { parse } from '../../src/pipeline.js';

const joined = (text: string) => joinWraps(text, findPageFurniture(text)).joined;

const HEADER = '东阳坝县人大常委会公报 2024年第5期（总第87期）';

describe('[page-furniture] page numbers', () => {
  it.each([
    ['— 16 —'], ['-3-'], ['- 12 -'], ['－ 3 －'], ['· 17 ·'], ['第 3 页 共 3 页'], ['第3页'], ['第1页，共3页'],
  ])('%s is a page number', (line) => expect(isPageNumber(line)).toBe(true));

  it.each([
    ['一是'], ['-3-4'], ['第三页'], ['2024年'], ['— 16 — 市人大常委会'], ['3、'],
  ])('%s is none', (line) => expect(isPageNumber(line)).toBe(false));
});

describe('[page-furniture] datelines', () => {
  it('a newspaper page\'s date, weekday and page is one', () => {
    expect(isDateline('2025年5月20日 星期二  第 1 版  要闻  责任编辑：罗晓雯')).toBe(true);
  });
  it.each([
    ['2025年5月20日，市人大常委会举行联组会议。'],
    ['2025年5月20日 星期二'],
  ])('%s is none', (line) => expect(isDateline(line)).toBe(false));
});

describe('[page-furniture] cuts: the text reads on across the page turning', () => {
  it.each([
    ['a page number between paragraphs', '局长答：已完成。\n— 3 —\n委员问：还有吗？', '局长答：已完成。\n委员问：还有吗？'],
    ['mid-sentence, with a running header seen twice', `三是在\n-7-\n${HEADER}\n缺水时段送水；四是\n-8-\n${HEADER}\n推进保护。`, '三是在\n缺水时段送水；四是\n推进保护。'],
    ['a figure cut by the page turning', `我们走访了8\n\n- 16 -\n\n${HEADER}\n个乡镇。\n\n- 17 -\n\n${HEADER}\n完。`, '我们走访了8\n个乡镇。\n\n完。'],
    ['a header beside its page number, seen on every page', '文件汇编（2026）          · 17 ·\n标题\n正文。\n文件汇编（2026）          · 18 ·\n正文二。', '标题\n正文。\n正文二。'],
    ['"第 3 页 共 3 页" at the end', '确保按期整改到位。\n第 3 页 共 3 页', '确保按期整改到位。\n'],
    ['a jump note and its pick-up, the dateline between', '四是（下转第3版）\n\n2025年5月20日 星期二  第 3 版  要闻\n（上接第1版）引入平台公司。', '四是引入平台公司。'],
    ['a note pointing at another page', '推进城市更新。\n（相关报道见第2版）\n', '推进城市更新。\n'],
    ['a masthead of two lines opening the document stays, its copies on the next page go', '江川市人大常委会公报\n2025年第4期\n标题\n正文在\n\n— 3 —\n\n江川市人大常委会公报\n2025年第4期\n下一页。', '江川市人大常委会公报\n2025年第4期\n标题\n正文在\n下一页。'],
    ['a publication\'s header again: its first copy opening the document stays (maybe the title)', '市人大常委会公报\n关于…的专题询问\n正文。\n市人大常委会公报\n正文。', '市人大常委会公报\n关于…的专题询问\n正文。\n正文。'],
  ])('%s', (_name, text, want) => {
    expect(joined(text)).toBe(want);
  });

  it.each([
    ['a title said once', '市人大常委会关于老旧小区改造的专题询问\n委员问：进度如何？'],
    ['a line repeated in the speech, no page number near', '（掌声）\n局长答：好。\n（掌声）\n委员问：还有吗？'],
    ['the dateline opening the page (the masthead)', '2025年5月20日 星期二  第 1 版  要闻\n问需于民'],
    ['a dash line that is no page number', '——市人大常委会委员 张某某\n正文。'],
  ])('%s: nothing cut', (_name, text) => {
    expect(findPageFurniture(text)).toEqual([]);
  });
});

describe('[page-furniture] read through parse', () => {
  const text = [
    '青禾县人大常委会关于农村饮水安全工作的专题询问',
    '2023年10月19日，青禾县第十八届人大常委会第十四次会议开展专题询问。',
    '县人大常委会委员邓春生问：部分山区村组仍存在季节性缺水问题，县水利局有什么办法？',
    '县水利局局长潘卫东答：我们主要采取两项措施：一是实施城乡供水一体化工程；二是在',
    '-7-',
    '青禾县人大常委会公报  2023年第6期',
    '缺水时段启动应急送水预案，配备送水车辆8台。',
    '副县长黎志远作表态发言。他说，县政府将把委员们的意见建议作为改进工作的重要依据。',
    '-8-',
    '青禾县人大常委会公报  2023年第6期',
  ].join('\n');
  const r = parse(text);
  it('gives no figure from the running header', () => {
    expect(r.questions.flatMap((q) => q.quantities.map((x) => x.text))).toEqual(['8台']);
  });
  it('keeps the closing the closing', () => {
    expect((r.session as { closing?: { text: string } }).closing?.text).toMatch(/^副县长黎志远作表态发言/);
    expect(r.questions[0].responders.length).toBe(1);
  });
  it('spans still slice the text as written', () => {
    const m = r.questions[0].answers[0].measures[1];
    expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    expect(m.text).toMatch(/^在\n-7-\n青禾县人大常委会公报  2023年第6期\n缺水时段/);
  });
});

describe('[page-furniture] a web pager and a post\'s section numbers', () => {
  it.each([
    ['上一页 1 2 3 下一页'], ['首页 上一页 2 下一页 尾页'], ['< 1 2 3 下一页 >'], ['1 2 3 下一页'], ['02'], ['01'],
  ])('%s is furniture', (line) => expect(isPageNumber(line)).toBe(true));

  it.each([
    ['上一页'.slice(0, 2)], ['2'], ['12'], ['下一页要讲的是2024年的情况'], ['02号'], ['1 2 3'],
  ])('%s is none', (line) => expect(isPageNumber(line)).toBe(false));

  it('a pager between a question and its answer is cut, the question read up to its ？', () => {
    const text = '区人大常委会委员邝某问：校外配餐企业的监管怎么加强？\n\n上一页 1 2 3 下一页\n\n区市场监管局局长樊某答：全区有9家。';
    expect(joined(text)).toBe('区人大常委会委员邝某问：校外配餐企业的监管怎么加强？\n\n区市场监管局局长樊某答：全区有9家。');
  });
});
