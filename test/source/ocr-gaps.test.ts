import { describe, expect, it } from 'vitest';
import { findOcrGaps, looksOcr, readDigits, restoreBoxes, STAND_IN, standInBoxes } from '../../src/source/ocr-gaps.js';
import { joinWraps } from '../../src/source/joined.js';
import { parse } from '../../src/pipeline.js';

/** The text with its OCR gaps cut. */
function joined(text: string): string {
  return joinWraps(text, findOcrGaps(text)).joined;
}

/** An invented OCR'd page: gaps in words outside labels make it read as OCR. */
const OCR_HEAD = '县 人大常委会专题询问\n\n县 人大常委会副主任黎 秋实主持会议。\n\n';

describe('looksOcr', () => {
  it.each([
    ['gaps in words outside labels', OCR_HEAD, true],
    ['letters read for digits', '新建泵站l5O座,覆盖率8l.6%,完成2O0个。', true],
    ['one letter-digit token', '推广O2O模式。', false],
    ['field lines with title-name separators', '询问人:县人大常委会委员 孔德明\n应询人:县水利局局长 庞立军\n主持人:县人大常委会主任 邵振邦\n', false],
    ['padded names between title and colon', '主持人　郑　宏：请\n委员　王　平：问\n局长　沈　丹：答', false],
    ['a menu', '【字体：大 中 小】【打印 关闭】', false],
    ['a split name and gaps in phrases', '县 人大常委会专题询问\n县 人大常委会副主任主持会议。\n委员柯 佳音:请问?', true],
    ['a clean web copy', '县人大常委会委员彭德明：请问县水利局，泵站建了多少？\n县水利局局长庞立军：已建150座。', false],
    ['title-name separators only', '委员 彭德明：请问？\n局长 庞立军：已建。\n委员 柯佳音：请问？', false],
    ['padded two-character names', '委员王　平：请问？\n局长沈 丹：已建。', false],
    ['name, a space, title in the brackets of 问/答', '问（廖建明 市人大常委会委员）：请问供水怎么办？\n答（唐建军 市水利局局长）：一是建工程。\n问（谭小云 市人大常委会委员）：水质怎么办？\n答（罗晓峰 市卫生健康委副主任）：加强检测。', false],
    ['table columns', '项目  数量  单位\n泵站  150  座\n管网  86  公里', false],
    ['dates with a space', '2024年 6月 3日，县人大常委会举行会议。2023年 12月', false],
    // Typed quick notes: single spaces used as the punctuation of lines that have none.
    ['spaces as punctuation in quick notes', '委员 蒋某某：问县水利局 好几个村夏天停水 你们知道不\n县水利局局长 邢某某：知道，普及率是92.4%\n委员 魏某：问县财政局 资金拨付为什么慢 群众意见很大', false],
    // Speakers' lines that put the name first and the title after a space: typography, whatever the title holds (、).
    ['name-first speaker lines', '东方晓　区人大常委会委员\n请问，改造完成了多少？\n百里清　区交通局党组书记、局长\n我汇报两点。\n左丘明华　区人大代表、区实验小学教师\n我关心校车。\n百里清　区交通局党组书记、局长\n已完成，正在验收。\n', false],
    ['a scan: gaps in punctuated lines and in its headline', '县 人大常委会专题询问实录\n县 人大常委会副主任黎 秋实主持会议。\n委员柯 佳音:请问县水利局,覆盖率是多少?', true],
    // The space after a line's question header, and before a colon-less label's 请问, stand for a colon.
    ['headers parted from their labels by a space', '问题一　县人大常委会委员柯佳音：泵站建了多少？\n问题二 县人大常委会委员邝立：资金呢？\n第三问 县人大常委会委员晏青：还有吗？\n问题(四)　委员黎秋实：呢？', false],
    // …and so does the space after a person field opening its line (spaced-fields.ts).
    ['person fields parted from their labels by a space', '询问人 区人大代表 黄立新：背街小巷怎么管？\n应询人 区城管局局长 韦振国：建立街巷长制。\n询问人 区人大常委会委员 陆小琴：资金缺口有多大？\n应询人 区财政局局长 蒙志强：发行专项债。', false],
    ['colon-less labels before 请问', '县人大常委会委员柯佳音 请问县水利局，泵站建了多少？\n县人大常委会委员邝立 请问县财政局，资金呢？\n县人大代表晏青 请县教育局回答，学位够吗？', false],
    // …and the ideographic space after a speaker's cell in a table of turns (cell-labels.ts).
    ['a table of turns parted by ideographic spaces', '委员柯佳音　请问县水利局，泵站建了多少？\n县水利局局长庞立军　谢谢柯委员。全县已建泵站150座。\n委员邝立　请问县财政局，资金呢？\n县财政局　今年全县安排资金800万元。\n副县长彭国华　我们将加大投入，确保完成。', false],
  ])('%s', (_name, text, ocr) => {
    expect(looksOcr(text)).toBe(ocr);
  });
});

describe('findOcrGaps', () => {
  it.each([
    ['a space inside a name after the title', `${OCR_HEAD}县人大常委会委员柯 佳音:请问?`, '县人大常委会委员柯佳音:请问?'],
    ['spaces inside a four-character name', `${OCR_HEAD}委员 司马 晓 岚:请问?`, '委员司马晓岚:请问?'],
    ['a space inside the title', `${OCR_HEAD}县 水利局局长庞立军:已建成。`, '县水利局局长庞立军:已建成。'],
    ['a break inside the name of a label', `${OCR_HEAD}县水利局局长庞\n立军:已建成。`, '县水利局局长庞立军:已建成。'],
    ['a break between title and name', `${OCR_HEAD}县水利局局长\n庞立军:已建成。`, '县水利局局长庞立军:已建成。'],
    ['a break inside a list marker', `${OCR_HEAD}分三步:一是摸底;二\n是建设;三是管护。`, '分三步:一是摸底;二是建设;三是管护。'],
    ['a space inside a list marker and a count', `${OCR_HEAD}从两 个方面:一 是摸底;二 是建设。`, '从两个方面:一是摸底;二是建设。'],
    ['a digit group after a space', `${OCR_HEAD}完成 2 417个村。`, '完成 2417个村。'],
    ['a figure broken after its point', `${OCR_HEAD}覆盖率达到71.\n8%,`, '覆盖率达到71.8%,'],
    ['a space between figure and unit', `${OCR_HEAD}覆盖率71.8 %,投入2.6 亿元。`, '覆盖率71.8%,投入2.6亿元。'],
    // The break before a label stays (a space after its title too); a roster's items stay apart.
    ['a line opening a label with a space after the title', `${OCR_HEAD}群众挑水吃,你们知道不\n县水利局局长 邢海涛:知道。`, '群众挑水吃,你们知道不\n县水利局局长邢海涛:知道。'],
    ['a gap before the next person\'s post in a roster field', `${OCR_HEAD}应询:副县长 龚玉兰 县财政局局长 樊志刚`, '应询:副县长龚玉兰 县财政局局长樊志刚'],
    // In a label's bracket, the space between a name and the title after it is typography; a gap inside the title is not.
    ['a space between name and title in a label\'s bracket', `${OCR_HEAD}问（廖建明 市人大常委会委员）：请问?`, '问（廖建明 市人大常委会委员）：请问?'],
    ['the space after a person field opening its line', `${OCR_HEAD}询问人 区人大代表黄 立新:请问?`, '询问人 区人大代表黄立新:请问?'],
    ['control: a gap after a field word inside a sentence', `${OCR_HEAD}会上,询问人 员依次发言。`, '会上,询问人员依次发言。'],
    ['a gap inside the title of a label\'s bracket', `${OCR_HEAD}问（市 人大常委会委员廖建明）：请问?`, '问（市人大常委会委员廖建明）：请问?'],
  ])('%s', (_name, text, want) => {
    expect(joined(text).slice(joined(OCR_HEAD).length)).toBe(want);
  });

  it.each([
    ['two spaces (columns)', `${OCR_HEAD}泵站  150座`],
    ['a tab', `${OCR_HEAD}泵站\t管网`],
    ['a date', `${OCR_HEAD}2024年 6月 3日`],
    ['a new paragraph after a closed sentence', `${OCR_HEAD}已建成。\n县水利局局长庞立军:已建成。`],
    ['a headline line before a bare-name label', `${OCR_HEAD}一、关于泵站建设\n庞立军:已建成。`],
    ['a line opening a label of its own', `${OCR_HEAD}我们将做好以下工作,并\n县人大常委会委员柯佳音:请问?`],
    ['a field line after a field line', `${OCR_HEAD}主持人:县人大常委会主任邵振邦\n应询人员:县水利局局长庞立军`],
    ['an indented line', `${OCR_HEAD}    已建成,正在验收\n县水利局庞立军`],
    ['two digit groups that are no figure', `${OCR_HEAD}第12 3456号`],
    ['the space of a name-first speaker line', `${OCR_HEAD}百里清　区交通局党组书记、局长\n我汇报两点。`],
    ['the space after a question header', `${OCR_HEAD}问题二　县人大常委会委员邝立：资金呢？`],
    ['the space after a bracketed question header', `${OCR_HEAD}【询问三】 县人大常委会委员邝立：资金呢？`],
    ['the space after 第N问', `${OCR_HEAD}第四问 县人大常委会委员邝立：资金呢？`],
    ['the space before a colon-less label\'s 请问', `${OCR_HEAD}县人大常委会委员邝立 请问县财政局，资金呢？`],
  ])('keeps %s', (_name, text) => {
    expect(joined(text).slice(joined(OCR_HEAD).length)).toBe(text.slice(OCR_HEAD.length));
  });

  it.each([
    ['委员柯 佳音:请问?', '委员柯佳音:请问?'],
    ['局长庞立 军:已建成。', '局长庞立军:已建成。'],
    ['委员司马 晓岚:请问?', '委员司马晓岚:请问?'],
    ['委员 柯佳音:请问?', '委员 柯佳音:请问?'],
    ['局长沈 丹:已建成。', '局长沈 丹:已建成。'],
    ['完成 2 417个,覆盖率71.8 %。', '完成 2 417个,覆盖率71.8 %。'],
  ])('without other signs of OCR, only a split name is joined: %s', (text, want) => {
    expect(joined(text)).toBe(want);
  });

  const opensUnit = (s: string) => /^(?:起|个|万元|%)/u.test(s);
  const withUnits = (text: string) => joinWraps(text, findOcrGaps(text, [], looksOcr(text), opensUnit)).joined.slice(joinWraps(OCR_HEAD, findOcrGaps(OCR_HEAD)).joined.length);
  it.each([
    ['a stray space inside a count', `${OCR_HEAD}今年以来共查处混运行为2 3起，`, '今年以来共查处混运行为23起，'],
    ['inside money with decimals', `${OCR_HEAD}处罚金额共计1 2.5万元。`, '处罚金额共计12.5万元。'],
  ])('a stray space between a short figure\'s digits, its unit after: %s', (_name, text, want) => {
    expect(withUnits(text)).toBe(want);
  });
  it.each([
    ['no unit after the digits', `${OCR_HEAD}编号为2 3，另行公布`],
    ['a date\'s parts', `${OCR_HEAD}2024年 6月 3日`],
    ['two spaces (columns)', `${OCR_HEAD}查处  23起`],
    ['a digit after a digit, not after a word', `${OCR_HEAD}分别为1 2 3起`],
  ])('keeps the space: %s', (_name, text) => {
    expect(withUnits(text)).toBe(text.slice(OCR_HEAD.length));
  });
  it('reads no short-figure gap in a document that does not look OCR\'d', () => {
    expect(joinWraps('共查处混运行为2 3起。', findOcrGaps('共查处混运行为2 3起。', [], false, opensUnit)).joined).toBe('共查处混运行为2 3起。');
  });

  it('cuts nothing a wrap cut already covers', () => {
    const text = `${OCR_HEAD}分三步:一是摸底;二\n是建设。`;
    const p = text.indexOf('\n是');
    expect(findOcrGaps(text, [[p, p + 1]]).some(([s]) => s === p)).toBe(false);
  });
});

describe('readDigits', () => {
  it.each([
    ['完成l,286个', '完成1,286个'],
    ['新建2O0个', '新建200个'],
    ['8l.6%和4O%', '81.6%和40%'],
    ['O.8万户', '0.8万户'],
    ['I5座', '15座'],
    ['PM2.5和COVID-19', 'PM2.5和COVID-19'],
    ['Iol', 'Iol'],
    ['第l期', '第l期'],
  ])('%s', (text, want) => {
    expect(readDigits(text)).toBe(want);
    expect(readDigits(text).length).toBe(text.length);
  });
});

describe('standInBoxes / restoreBoxes', () => {
  it.each([
    ['委员邝□华:请问?', `委员邝${STAND_IN}华:请问?`],
    ['委员□立新:请问?', `委员${STAND_IN}立新:请问?`],
    ['□ 问:请问?', null],
    ['没有方框', null],
  ])('%s', (text, want) => {
    expect(standInBoxes(text)).toBe(want);
  });

  it('puts □ back into every string', () => {
    const rec = { people: [{ name: `邝${STAND_IN}华`, titles: [`x${STAND_IN}`] }], n: 3 };
    restoreBoxes(rec);
    expect(rec).toEqual({ people: [{ name: '邝□华', titles: ['x□'] }], n: 3 });
  });
});

describe('parse of an OCR\'d page: names and figures read whole, spans on the text as scanned', () => {
  const page = [
    '县 人大常委会专题询问实录',
    '',
    '县 人大常委会副主任黎 秋实主持会议。',
    '',
    '县人大常委会委员柯 佳音:请问县水利局,覆盖率是多少?',
    '',
    '县水利局局长庞',
    '立军:已建成供水工程l,047处,覆盖率达到87.',
    '4%,投入2.6 亿元。',
    '',
    '县人大常委会委员蔺□桐:请问县卫生健康局,水质怎样?',
    '',
    '县卫生健康局副局长',
    '司马晓岚:抽检水样4O6份,合格率为96.8 %。',
  ].join('\n');
  const record = parse(page);

  it('reads the questions, askers and responders', () => {
    expect(record.questions.map((q) => [q.askers.map((p) => record.people.find((x) => x.id === p)?.name), q.responders.map((p) => record.people.find((x) => x.id === p)?.name)]))
      .toEqual([[['柯佳音'], ['庞立军']], [['蔺□桐'], ['司马晓岚']]]);
  });

  it.each([
    ['l,047处', 1047],
    ['87.\n4%', 87.4],
    ['2.6 亿元', 260000000],
    ['4O6份', 406],
    ['96.8 %', 96.8],
  ])('%s', (text, value) => {
    const q = record.questions.flatMap((x) => x.quantities).find((x) => x.text === text);
    expect(q?.value).toBe(value);
    expect(page.slice(q!.span[0], q!.span[1])).toBe(text);
  });
});
