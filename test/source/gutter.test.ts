/** A line-number gutter is layout: its numbers are cut, numbered paragraphs, years and tables never are. */
import { describe, expect, it } from 'vitest';
import { findGutter, GutterMap } from '../../src/source/gutter.js';
import { joinWraps } from '../../src/source/joined.js';

/** The text with the gutter's cuts taken out. */
function strip(text: string): string {
  return joinWraps(text, findGutter(text)).joined;
}

const lines = (...l: string[]): string => l.join('\n');

describe('[gutter] line numbers cut', () => {
  it.each([
    ['every line, two spaces', lines('1  青禾县人大常委会开展专题询问', '2  问题一：常委会委员石晓岚：校车够用吗？', '3  县教育局局长费长河：新增校车12辆。'),
      lines('青禾县人大常委会开展专题询问', '问题一：常委会委员石晓岚：校车够用吗？', '县教育局局长费长河：新增校车12辆。')],
    ['every line, a tab', lines('1\t青禾县人大常委会开展专题询问', '2\t问题一：常委会委员石晓岚：校车够用吗？', '3\t县教育局局长费长河：新增校车12辆。'),
      lines('青禾县人大常委会开展专题询问', '问题一：常委会委员石晓岚：校车够用吗？', '县教育局局长费长河：新增校车12辆。')],
    ['one space, the column widening at 10', lines('8 甲乙丙丁', '9 戊己庚辛', '10 壬癸子丑', '11 寅卯辰巳'),
      lines('甲乙丙丁', '戊己庚辛', '壬癸子丑', '寅卯辰巳')],
    ['a fixed column: "9  " and "10 "', lines(...[...Array(12).keys()].map((k) => `${k + 1}${k + 1 < 10 ? '  ' : ' '}第${k + 1}行文字`)),
      lines(...[...Array(12).keys()].map((k) => `第${k + 1}行文字`))],
    ['set flush right', lines(' 9  一是新建泵站', '10  二是改造管网', '11  三是清淤河道'), lines('一是新建泵站', '二是改造管网', '三是清淤河道')],
    ['a numbered blank line', lines('1  桐溪区人大常委会专题询问', '2', '3  询问一', '4  区民政局局长宁书远：床位已增至900张。'),
      lines('桐溪区人大常委会专题询问', '', '询问一', '区民政局局长宁书远：床位已增至900张。')],
    ['blank lines without a number', lines('1  桐溪区人大常委会专题询问', '', '3  询问一', '4  区民政局局长宁书远：床位已增至900张。'),
      lines('桐溪区人大常委会专题询问', '', '询问一', '区民政局局长宁书远：床位已增至900张。')],
    ['a copy that added blank lines', lines('1  桐溪区人大常委会专题询问', '', '2  询问一', '', '3  区民政局局长宁书远：床位已增至900张。'),
      lines('桐溪区人大常委会专题询问', '', '询问一', '', '区民政局局长宁书远：床位已增至900张。')],
    ['only the body lines, counted from the top', lines('桐溪区人大常委会专题询问', '2024年5月9日', '3  询问一', '4  区民政局局长宁书远：床位已增至900张。', '5  询问二', '6  区卫健局局长柴一鸣：建成卫生室41个。'),
      lines('桐溪区人大常委会专题询问', '2024年5月9日', '询问一', '区民政局局长宁书远：床位已增至900张。', '询问二', '区卫健局局长柴一鸣：建成卫生室41个。')],
    ['a page of a longer file, counted on', lines('41  询问三', '42  区水务局局长麦清泉：完成改造31处。', '43  区人大常委会委员符春燕：还有多少处？'),
      lines('询问三', '区水务局局长麦清泉：完成改造31处。', '区人大常委会委员符春燕：还有多少处？')],
    ['restarting on the next page', lines('1  询问一', '2  区民政局局长宁书远：床位已增至900张。', '3  区人大常委会委员符春燕：护理员够吗？', '1  区民政局局长宁书远：已培训护理员260名。', '2  询问二', '3  区卫健局局长柴一鸣：建成卫生室41个。'),
      lines('询问一', '区民政局局长宁书远：床位已增至900张。', '区人大常委会委员符春燕：护理员够吗？', '区民政局局长宁书远：已培训护理员260名。', '询问二', '区卫健局局长柴一鸣：建成卫生室41个。')],
    ['CR line ends (an old Mac text)', '1  询问一\r2\r3  区民政局局长宁书远：床位已增至900张。', '询问一\r\r区民政局局长宁书远：床位已增至900张。'],
    ['CRLF line ends', '1  询问一\r\n2\r\n3  区民政局局长宁书远：床位已增至900张。\r\n', '询问一\r\n\r\n区民政局局长宁书远：床位已增至900张。\r\n'],
    ['full-width digits', lines('１  询问一', '２  区民政局局长宁书远：床位已增至900张。', '３  区卫健局局长柴一鸣：建成卫生室41个。'),
      lines('询问一', '区民政局局长宁书远：床位已增至900张。', '区卫健局局长柴一鸣：建成卫生室41个。')],
    ['an indent after the gutter stays', lines('1  桐溪区人大常委会专题询问', '2    区民政局局长宁书远：床位已增至900张，', '3  护理员260名。'),
      lines('桐溪区人大常委会专题询问', '  区民政局局长宁书远：床位已增至900张，', '护理员260名。')],
    ['an indent after a separator of two, beside wider numbers', lines('桐溪区人大常委会专题询问', '2024年5月9日', '询问一', '区人大常委会委员符春燕：床位够吗？', '5      主持：区人大常委会主任', '询问二', '区人大常委会委员池向东：卫生室建了多少？', '区卫健局局长柴一鸣：建成41个。', '区人大常委会委员池向东：还缺医生吗？', '10  区卫健局局长柴一鸣：缺18名。'),
      lines('桐溪区人大常委会专题询问', '2024年5月9日', '询问一', '区人大常委会委员符春燕：床位够吗？', '    主持：区人大常委会主任', '询问二', '区人大常委会委员池向东：卫生室建了多少？', '区卫健局局长柴一鸣：建成41个。', '区人大常委会委员池向东：还缺医生吗？', '区卫健局局长柴一鸣：缺18名。')],
    ['every fifth line, 5 and 10', lines('桐溪区人大常委会专题询问', '2024年5月9日', '询问一', '区人大常委会委员符春燕：床位够吗？', '5  区民政局局长宁书远：床位已增至900张。', '询问二', '区人大常委会委员池向东：卫生室建了多少？', '区卫健局局长柴一鸣：建成41个。', '区人大常委会委员池向东：还缺医生吗？', '10  区卫健局局长柴一鸣：缺18名。'),
      lines('桐溪区人大常委会专题询问', '2024年5月9日', '询问一', '区人大常委会委员符春燕：床位够吗？', '区民政局局长宁书远：床位已增至900张。', '询问二', '区人大常委会委员池向东：卫生室建了多少？', '区卫健局局长柴一鸣：建成41个。', '区人大常委会委员池向东：还缺医生吗？', '区卫健局局长柴一鸣：缺18名。')],
    ['one margin number, on the fifth line', lines('桐溪区人大常委会专题询问', '2024年5月9日', '询问一', '区人大常委会委员符春燕：床位够吗？', '5  询问二', '区卫健局局长柴一鸣：建成41个。'),
      lines('桐溪区人大常委会专题询问', '2024年5月9日', '询问一', '区人大常委会委员符春燕：床位够吗？', '询问二', '区卫健局局长柴一鸣：建成41个。')],
  ])('%s', (_name, input, expected) => {
    expect(strip(input)).toBe(expected);
  });
});

/** A transcript of eight lines around the lines under test, none of them numbered. */
function transcript(...middle: string[]): string {
  return lines('云岭市人大常委会开展专题询问', '2025年3月12日，云岭市人大常委会举行会议。', '问题一：常委会委员骆映雪：公园建设进展如何？', ...middle,
    '市园林局局长贝守仁：谢谢。我们将做好三项工作。', '问题二：常委会委员喻明轩：资金够吗？', '市财政局局长乔松年：已安排3亿元。', '主任章立群：询问到此结束。');
}

describe('[gutter] no gutter', () => {
  it.each([
    ['numbered paragraphs "1." "1、" "1）"', lines('1. 新建公园12个', '2. 改造绿道30公里', '3、增设座椅', '4）完善标识')],
    ['numbered paragraphs with a space, counted from 1 below the title', lines('云岭市园林工作情况', '1 新建公园12个', '2 改造绿道30公里', '3 增设座椅400张', '4 完善标识系统', '5 开展养护考核')],
    ['a short numbered list in a transcript', transcript('1 新建公园12个', '2 改造绿道30公里', '3 增设座椅400张')],
    ['a table of years', transcript('2021  85.3  12', '2022  87.1  15', '2023  90.2  19')],
    ['years opening lines', transcript('2023年新建公园12个。', '2024年改造绿道30公里。', '2025年增设座椅400张。')],
    ['a table numbered from 1 under its header', lines('云岭市公园名录', '序号  名称  面积', '1  东湖公园  12公顷', '2  西山公园  30公顷', '3  南塘公园  8公顷', '4  北岸公园  15公顷')],
    ['page numbers alone between pages', lines('云岭市人大常委会开展专题询问', ...Array(20).fill('市园林局局长贝守仁：新建公园12个。'), '1', ...Array(20).fill('市园林局局长贝守仁：改造绿道30公里。'), '2', ...Array(20).fill('市财政局局长乔松年：已安排3亿元。'), '3')],
    ['a figure and its unit on the fifth line ("5 个区")', transcript('市园林局局长贝守仁：谢谢。', '5 个区已完成改造。')],
    ['a "5  " not on the fifth line', transcript('市园林局局长贝守仁：谢谢。', '此外，', '5  个区已完成改造。')],
    ['a figure wrapped before its unit on the fifth line', lines('云岭市人大常委会开展专题询问', '2025年3月12日，云岭市人大常委会举行会议。', '问题一：常委会委员骆映雪：公园建设进展如何？', '市园林局局长贝守仁：已建成', '10 个口袋公园。')],
    ['a number of its own on the tenth line', lines(...Array(9).fill('市园林局局长贝守仁：新建公园12个。'), '12  个街道已完成。')],
  ])('%s', (_name, input) => {
    expect(findGutter(input)).toEqual([]);
  });
});

describe('[gutter] cuts', () => {
  it('are [start, end) offsets of the number and its separator', () => {
    const text = lines('1  询问一', '2', '3  区民政局局长宁书远：床位已增至900张。');
    expect(findGutter(text)).toEqual([[0, 3], [7, 8], [9, 12]]);
  });

  it('GutterMap: a tiling span opening at a line keeps that line\'s number, a tight one does not', () => {
    const text = lines('1  询问一', '2  区民政局局长宁书远：床位已增至900张。', '3  区人大常委会委员符春燕：护理员够吗？');
    const cuts = findGutter(text);
    const bare = joinWraps(text, cuts).joined; // "询问一\n区民政局局长…"
    const map = new GutterMap(cuts);
    const label = bare.indexOf('区民政局');
    const next = bare.indexOf('区人大');
    expect(text.slice(...map.tiling([0, label]))).toBe('1  询问一\n');
    expect(text.slice(...map.tiling([label, next]))).toBe('2  区民政局局长宁书远：床位已增至900张。\n');
    expect(text.slice(...map.span([label, label + 5]))).toBe('区民政局局');
  });
});
