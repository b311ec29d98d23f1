import { describe, expect, it } from 'vitest';
import { identifierAt, isCalledNumber, phoneAt } from '../../src/extract/identifiers.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string) {
  const pair = { text, view: normalize(text) };
  // a number to call is marked #id
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] }).map((q) => (q.identifier ? `${q.text}#id` : q.text));
}

/** The identifier read at the first digit after `lead` in `text`. */
function identifier(text: string, lead: string) {
  const view = normalize(text);
  const pos = text.indexOf(lead) + lead.length;
  return view.slice(pos, pos + (identifierAt(view, pos) || phoneAt(view, pos)));
}

describe('[identifiers] the whole identifier written at a number', () => {
  it.each<[string, string, string]>([
    // phone numbers: area code, 400 line, mobile
    ['请拨打0591-87654321咨询', '拨打', '0591-87654321'],
    ['热线电话:023-6123456。', ':', '023-6123456'],
    ['服务专线400-820-1234全天开通', '专线', '400-820-1234'],
    ['联系人手机15912345678。', '手机', '15912345678'],
    ['联系电话(0591)87654321。', '(', '0591)87654321'],
    // standards: code letters, maybe a space, digits, dash, year
    ['执行GB 3838-2002标准', 'GB ', '3838-2002'],
    ['执行GB3838—2002标准', 'GB', '3838—2002'],
    ['依据HJ 91.1-2019规范', 'HJ ', '91.1-2019'],
    ['参照GB/T 50378-2019评价', 'GB/T ', '50378-2019'],
    ['按DB33/T 2169-2018执行', 'DB33/T ', '2169-2018'],
    ['达到GB 18918一级A标准', 'GB ', '18918'],
    ['通过ISO 14001-2015认证', 'ISO ', '14001-2015'],
    // addresses: one room or building, or a chain of parts
    ['在行政中心8号楼205室办公', '中心', '8号楼205室'],
    ['地址为12栋3单元601室', '为', '12栋3单元601室'],
    ['请到418室领取', '到', '418室'],
    // service schedules: days × hours
    ['实行7×24小时值守', '实行', '7×24小时'],
    ['提供5×8小时人工服务', '提供', '5×8小时'],
    ['推行7*24小时不打烊', '推行', '7*24小时'],
    ['全年365×24不间断', '全年', '365×24'],
  ])('%s at %s → %s', (text, lead, want) => {
    expect(identifier(text, lead)).toBe(want);
  });

  it.each<[string, string]>([
    ['新建基站1200个', '基站'],
    ['处理3.5万件', '处理'],
    ['建成保障房12栋', '保障房'], // 栋 alone counts buildings
    ['面积为3×5米', '为'], // a size, not days × hours
    ['PM 2.5浓度', 'PM '], // no standard: no dash and year, no code of standards
    ['PM10-20微克', 'PM'], // a range: no year in full after the dash
    ['建成12栋3层楼房', '建成'], // buildings and floors counted: no door ends the chain
    ['增长8.5%', '增长'],
    ['2025-06-18开会', ''], // a date: dateOrTimeAt reads it
  ])('%s at %s → none', (text, lead) => {
    expect(identifier(text, lead)).toBe('');
  });
});

describe('[identifiers] a bare number that is called', () => {
  it.each<[string, string, boolean]>([
    ['市民可拨打96123反映', '96123', true],
    ['遇险请打119求助', '119', true],
    ['咨询电话:8812345。', '8812345', true],
    ['通过96345热线受理', '96345', true],
    ['依托96888政务服务便民热线', '96888', true],
    ['120是急救电话', '120', true],
    ['借12366等平台办理', '12366', true],
    ['与12315双向转接', '12315', true], // a 123xx government service line
    ['已整改110,其余限期', '110', false], // a figure whose measure word is left out
    ['全年受理2860,办结率98%', '2860', false],
  ])('%s: %s → %s', (text, number, want) => {
    const view = normalize(text);
    const start = text.indexOf(number);
    expect(isCalledNumber(view, start, start + number.length)).toBe(want);
  });
});

describe('[identifiers] fragments of identifiers give no quantity, numbers to call are marked, figures stay', () => {
  it.each<[string, string[]]>([
    ['市民可拨打96123热线反映,去年受理诉求4600件', ['4600件']], // 96123热线: the number names the line (lineNameAt)
    ['全市水厂执行GB 3838-2002,检测指标106项', ['106项']],
    ['执行GB3838—2002和HJ 91.1-2019', []],
    ['在8号楼205室设立窗口3个', ['3个']],
    ['提供7×24小时服务,平均响应时间15分钟', ['15分钟']],
    ['热线电话0591-87654321与96123并线', ['96123#id']], // the phone number names the line; 96123 is joined to it, called
    ['开通举报电话3条', ['3条']], // a measure word: a count of lines
    ['建成5G基站1200个', ['1200个']],
    ['建成保障房12栋', ['12栋']],
    ['联系电话(0591)87654321', []], // a phone number: no figure
    ['通过ISO 9001认证企业12家', ['12家']],
    ['排名全省第3名', ['第3名']],
    ['已整改110,其余限期整改', ['110']], // a figure: no identifier mark
    ['遇险请打119求助,全年出警2300次', ['119#id', '2300次']],
    ['与12315双向转接', ['12315#id']],
  ])('%s → %j', (text, want) => {
    expect(quantities(text)).toEqual(want);
  });
});

describe('[identifiers] a number joined to a called number is called too', () => {
  it.each<[string, string, boolean]>([
    ['群众打119或者96123都能转接', '96123', true],
    ['热线电话0591-87654321与96123并线', '96123', true],
    ['排查隐患1370处,整改1200和', '1200', false], // no telephony before: the join alone says nothing
  ])('%s: %s → %s', (text, number, want) => {
    const view = normalize(text);
    const start = text.indexOf(number);
    expect(isCalledNumber(view, start, start + number.length)).toBe(want);
  });
});

describe('[identifiers] digits quoted whole name something: no quantity, unless the number is one to call', () => {
  it.each<[string, string[]]>([
    ['推进“231”产业体系建设,投入5亿元', ['5亿元']],
    ['落实“1+N”政策体系', []],
    ['推行“6+1”工作模式', []],
    ['打造‘3+X’服务品牌', []],
    ['构建“1+3+N”体系,覆盖12个县', ['12个']],
    ['启用“2025”版本', []], // a year quoted as a name: no year either
    // a number to call stays one, quoted or not; before the line it names it is part of the name (lineNameAt)
    ['拨打“12345”热线', []],
    ['拨打“96123”反映', ['96123#id']],
    ['“96123”热线全天开通', []],
    // near-misses: a figure with its unit quoted, a quote that holds more than the number, the same digits unquoted
    ['实现“100%”覆盖', ['100%']],
    ['执行“3000元”标准', ['3000元']],
    ['提出“3年见成效”目标', ['3年']],
    // a figure in Chinese numerals opening a name in quotes is part of the name: a campaign, a plan (t50 p04)
    ['长江“十年禁渔”专题询问会', []],
    ['落实‘三年行动’,新建12所', ['12所']],
    // near-misses: Chinese numerals quoted whole, a name in quotes that does not open with the figure, the figure unquoted
    ['实现“三年”目标', ['三年']],
    ['推进长江“禁渔十年”', ['十年']],
    ['长江十年禁渔', ['十年']],
    ['推进231个项目', ['231个']],
    ['第3季度完成12345件', ['12345件']],
    ['2025年完成', ['2025年']],
  ])('%s → %j', (text, want) => {
    expect(quantities(text)).toEqual(want);
  });
});

describe('[identifiers] a short number before the line it names is part of the name (lineNameAt)', () => {
  it.each<[string, string[]]>([
    ['12345热线共受理诉求52.3万件', ['52.3万件']],
    ['120急救电话接听率达到100%', ['100%']],
    ['12315平台受理投诉300件', ['300件']],
    ['12345政务服务便民热线', []],
    ['接到110报警200起', ['200起']],
    ['110报警服务台', []],
    // after the word of its line, the number names it too (t49 finding 1)
    ['可拨打教育服务热线12345转6反映', []],
    ['急救电话120平均响应时间缩短到12分钟以内', ['12分钟以内']],
    ['举报电话12369已开通', []],
    ['热线电话：0871-65123456', []],
    ['咨询专线96128全天开通', []],
  ])('%s → %o', (input, want) => {
    expect(quantities(input)).toEqual(want);
  });

  it.each<[string, string[]]>([
    ['借12345等平台收办意见', ['12345#id']], // 等: the number stands alone in a list of platforms
    ['110是报警电话', ['110#id']], // the number is the subject, a number to call
    ['拨打110报警', ['110#id']], // 报警 a verb after a number called
    ['开通热线电话3条', ['3条']], // a count of lines
    ['新建1200平方米服务平台', ['1200平方米']], // a unit after the number
    ['热线2023年受理诉求5万件', ['2023年', '5万件']], // a year after the line word
    ['服务热线100余条', ['100余条']], // a count of lines
    ['热线电话接听量12万次', ['12万次']], // a noun between: no name
  ])('not a name: %s → %o', (input, want) => {
    expect(quantities(input)).toEqual(want);
  });
});
