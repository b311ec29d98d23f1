import { describe, expect, it } from 'vitest';
import { matchUnit, unitAroundInner } from '../../src/extract/units.js';

describe('[units] longest match with kind', () => {
  it.each([
    ['个百分点', '百分点', 'percentage_point', 4, 1],
    ['百分点', '百分点', 'percentage_point', 3, 1],
    ['个月', '个月', 'quantity', 2, 1],
    ['个问题', '个', 'count', 1, 1],
    ['%', '%', 'percent', 1, 1],
    ['台无人机', '台', 'count', 1, 1],
    ['平方米', '平方米', 'quantity', 3, 1],
    ['平方公里', '平方公里', 'quantity', 4, 1],
    ['公里', '公里', 'quantity', 2, 1],
    ['学时', '学时', 'quantity', 2, 1],
    ['微克/立方米', '微克/立方米', 'quantity', 6, 1],
    ['元/立方米', '元/立方米', 'money', 5, 1],
    ['万元/亩', '元/亩', 'money', 4, 1e4],
    ['元/人', '元/人', 'money', 3, 1],
    ['元/项目', '元', 'money', 1, 1],
    ['万元', '元', 'money', 2, 1e4],
    ['亿元', '元', 'money', 2, 1e8],
    ['美元', '美元', 'money', 2, 1],
    ['人次', '人次', 'count', 2, 1],
    ['周年', '周年', 'quantity', 2, 1],
    ['年', '年', 'quantity', 1, 1],
    ['部,今年目标', '部', 'count', 1, 1],
    ['部法规', '部', 'count', 1, 1],
    ['份次', '份次', 'count', 2, 1],
    // an area served once per service, summed: a count of services, as 人次 (not 亩, an area)
    ['亩次', '亩次', 'count', 2, 1],
    ['公顷次', '公顷次', 'count', 3, 1],
    ['亩小麦', '亩', 'quantity', 1, 1],
    ['公顷耕地', '公顷', 'quantity', 2, 1],
    // industry and utilities
    ['蒸吨以下燃煤锅炉', '蒸吨', 'quantity', 2, 1],
    ['标方天然气', '标方', 'quantity', 2, 1],
    ['立方污水', '立方', 'quantity', 2, 1],
    ['立方米/秒', '立方米/秒', 'quantity', 5, 1],
    ['吨标准煤', '吨标准煤', 'quantity', 4, 1],
    ['吨标煤', '吨标煤', 'quantity', 3, 1],
    ['兆瓦时', '兆瓦时', 'quantity', 3, 1],
    ['千瓦时', '千瓦时', 'quantity', 3, 1],
    ['公顷', '公顷', 'quantity', 2, 1],
    ['标箱', '标箱', 'quantity', 2, 1],
    ['延米管网', '延米', 'quantity', 2, 1],
    // measure words of things counted in the field
    ['盏路灯', '盏', 'count', 1, 1],
    ['头生猪', '头', 'count', 1, 1],
    ['眼机井', '眼', 'count', 1, 1],
    ['口水窖', '口', 'count', 1, 1],
    ['顶帐篷', '顶', 'count', 1, 1],
    ['尾鱼苗', '尾', 'count', 1, 1],
    ['袋米面', '袋', 'count', 1, 1],
    ['卷档案', '卷', 'count', 1, 1],
    ['樘窗户', '樘', 'count', 1, 1],
    ['层楼', '层', 'count', 1, 1],
    // rates per unit of time (日 and 月 are no units alone, they are dates)
    ['吨/日', '吨/日', 'quantity', 3, 1],
    ['万吨/日', '吨/日', 'quantity', 4, 1e4],
    ['人次/日', '人次/日', 'count', 4, 1],
    ['辆/小时', '辆/小时', 'count', 4, 1],
    ['立方米/日', '立方米/日', 'quantity', 5, 1],
    ['元/月', '元/月', 'money', 3, 1],
    ['件/年度', '件/年度', 'count', 4, 1],
    ['人/平方公里', '人/平方公里', 'count', 6, 1],
    ['万吨/年,', '吨/年', 'quantity', 4, 1e4],
    ['元/人/月', '元/人/月', 'money', 5, 1],
    ['万人次/日', '人次/日', 'count', 5, 1e4],
    ['车次/小时', '车次/小时', 'count', 5, 1],
    ['吨/日均值', '吨', 'quantity', 1, 1],
    ['%/年', '%', 'percent', 1, 1],
    // Latin letters and symbols, recorded as written
    ['km,', 'km', 'quantity', 2, 1],
    ['m²,', 'm²', 'quantity', 2, 1],
    ['㎡', '㎡', 'quantity', 1, 1],
    ['μg/m³', 'μg/m³', 'quantity', 5, 1],
    ['mg/L', 'mg/L', 'quantity', 4, 1],
    ['m³/日', 'm³/日', 'quantity', 4, 1],
    ['kWh的', 'kWh', 'quantity', 3, 1],
    ['MW光伏', 'MW', 'quantity', 2, 1],
    ['Mbps', 'Mbps', 'quantity', 4, 1],
    // money per pupil, and per pupil and year (as 每生每年 reads)
    ['元/生', '元/生', 'money', 3, 1],
    ['元/生·年', '元/生/年', 'money', 5, 1],
    ['元/人·月', '元/人/月', 'money', 5, 1],
    ['元/生产线', '元', 'money', 1, 1],
  ])('%s → unit %s, %s', (text, unit, kind, length, multiplier) => {
    const m = matchUnit(text, 0)!;
    expect(m).toMatchObject({ unit, kind, end: length, multiplier });
  });

  it.each(['级', '届', '月', '日', '方面', '度', '部门', '部分', '部署', '部长', '部委', '头脑', '口岸', '口径', '层面', '节能', '节点', '道路', '瓶颈', '匹配', '首先', '幅度', '年级', '是', '分', 'G网络', 'min', 'ms', 'K'])('%s is not a unit', (text) => {
    expect(matchUnit(text, 0)).toBeNull();
  });

  it('a compound needs a measurement or a denominator of time after "/"', () => {
    expect(matchUnit('公里/小时', 0)?.unit).toBe('公里/小时');
    // A count per year is a rate (建成50个/年), as 人次/日 and 辆/小时; a count per count is not (个/项目).
    expect(matchUnit('个/年', 0)?.unit).toBe('个/年');
    expect(matchUnit('个/项目', 0)?.unit).toBe('个');
    expect(matchUnit('人/次', 0)?.unit).toBe('人');
  });
});

describe('[units] a 万/亿 left after 余/多 scales every unit after it, the same as 万元', () => {
  it.each([
    ['万张证书', '张', 'count', 2, 1e4],
    ['万份问卷', '份', 'count', 2, 1e4],
    ['万辆', '辆', 'count', 2, 1e4],
    ['万批次', '批次', 'count', 3, 1e4],
    ['万件次', '件次', 'count', 3, 1e4],
    ['万人次', '人次', 'count', 3, 1e4],
    ['万公里', '公里', 'quantity', 3, 1e4],
    ['万株苗木', '株', 'count', 2, 1e4],
    ['亿个', '个', 'count', 2, 1e8],
    ['万吨/日', '吨/日', 'quantity', 4, 1e4],
  ])('%s → %s (%s), multiplier %d', (input, unit, kind, length, multiplier) => {
    expect(matchUnit(input, 0)).toEqual({ unit, kind, end: length, multiplier });
  });

  it.each([['万%'], ['万个百分点'], ['万众一心'], ['万万元']])('no scaled unit: %s', (input) => {
    expect(matchUnit(input, 0)).toBeNull();
  });
});

describe('[units] a measure word + 次 and the compounds of two measures are one unit, the longest', () => {
  it.each([
    ['辆次', '辆次'], ['艘次', '艘次'], ['台次', '台次'], ['车次', '车次'], ['班次', '班次'], ['趟次', '趟次'],
    ['轮次', '轮次'], ['例次', '例次'], ['起次', '起次'], ['架次', '架次'],
    ['台套设备', '台套'], ['台班', '台班'], ['床日', '床日'], ['人日', '人日'], ['工日', '工日'],
  ])('%s → %s', (input, unit) => {
    expect(matchUnit(input, 0)).toEqual({ unit, kind: 'count', end: unit.length, multiplier: 1 });
  });

  it.each([
    ['个次要问题', '个'], ['名次', '名'], ['位次', '位'], ['头次', '头'], ['层次', null], ['首次', null],
  ])('次 making another word is no part of the unit: %s → %s', (input, unit) => {
    expect(matchUnit(input, 0)?.unit ?? null).toBe(unit);
  });

  it('a 万 after 余 scales the compound too (60余万辆次)', () => {
    expect(matchUnit('万辆次', 0)).toEqual({ unit: '辆次', kind: 'count', end: 3, multiplier: 1e4 });
  });
});

describe('[units] 个 + a time unit is one duration, recorded in its plain unit', () => {
  it.each([
    ['个小时', '小时', 3], ['个钟头', '小时', 3], ['钟头', '小时', 2], ['个星期', '周', 3], ['星期', '周', 2],
    ['个礼拜', '周', 3], ['礼拜', '周', 2], ['个月', '个月', 2],
  ])('%s → %s', (input, unit, length) => {
    expect(matchUnit(input, 0)).toEqual({ unit, kind: 'quantity', end: length, multiplier: 1 });
  });
});

describe('[units] 星期/礼拜 before a weekday name a day, not a week', () => {
  it.each([
    ['个星期天', { unit: '个', kind: 'count', end: 1, multiplier: 1 }],
    ['个礼拜六', { unit: '个', kind: 'count', end: 1, multiplier: 1 }],
    ['星期一', null],
  ])('%s', (input, want) => {
    expect(matchUnit(input, 0)).toEqual(want);
  });
});

describe('[units] apparent and reactive power (千伏安, 兆伏安, 千乏, 兆乏) are units, longer than the voltage 千伏', () => {
  it.each([
    ['千伏安主变', '千伏安', 3],
    ['兆伏安', '兆伏安', 3],
    ['千乏无功补偿', '千乏', 2],
    ['兆乏', '兆乏', 2],
    ['千伏线路', '千伏', 2],
  ])('%s → %s', (input, unit, end) => {
    expect(matchUnit(input, 0)).toMatchObject({ unit, kind: 'quantity', end, multiplier: 1 });
  });
});

describe('[units] channels, grams of standard coal and grades of a scale', () => {
  it.each([
    ['路', '路', 'count', 1],
    ['克标准煤', '克标准煤', 'quantity', 4],
    ['克标准煤/千瓦时', '克标准煤/千瓦时', 'quantity', 8],
    ['个等级', '等级', 'quantity', 3],
  ])('%s → %s (%s)', (text, unit, kind, end) => {
    expect(matchUnit(text, 0)).toMatchObject({ unit, kind, end });
  });

  it.each(['路灯', '路网', '路公交', '路子', '克服', '等级'])('no unit of its own: %s', (text) => {
    const m = matchUnit(text, 0);
    expect(m === null || m.end < text.length).toBe(true);
    expect(m?.unit ?? null).not.toBe('路');
  });
});

describe('[units] 门 counts courses; a measure word with its alternative in brackets is one unit', () => {
  it.each([
    ['门', '门', 'count', 1],
    ['门课程', '门', 'count', 1],
    ['套(间)以上', '套', 'count', 4],
    ['万套(间)', '套', 'count', 5],
    ['人(次)', '人', 'count', 4],
  ])('%s → %s (%s), ends at %s', (text, unit, kind, end) => {
    expect(matchUnit(text, 0)).toMatchObject({ unit, kind, end });
  });

  it.each([
    ['门户网站', null],
    ['门诊部', null],
    ['门店', null],
    ['门槛', null],
    ['门峡市', null],
    ['套(含公租房)', 1], // a note in brackets, no second measure word: the unit ends before it
    ['套(2023年)', 1],
    ['元(间)', 1], // money has no alternative measure word
  ])('%s: no unit, or the unit alone (end %s)', (text, end) => {
    const m = matchUnit(text, 0);
    expect(m === null ? null : m.end).toBe(end);
  });
});

describe('[units] 多 or 半 inside a unit written with 个', () => {
  it.each<[string, string, string, string | null, number]>([
    ['个多百分点', '百分点', 'percentage_point', '多', 0],
    ['个半百分点', '百分点', 'percentage_point', null, 0.5],
    ['个多千分点', '千分点', 'percentage_point', '多', 0],
    ['个多季度', '个季度', 'quantity', '多', 0],
  ])('%s → %s', (text, unit, kind, inner, half) => {
    expect(unitAroundInner(text, 0)).toEqual({ unit, kind, inner, half, end: text.length });
  });

  it.each(['个多人', '个多项目', '个百分点', '多个百分点'])('none: %s', (text) => {
    expect(unitAroundInner(text, 0)).toBeNull();
  });
});

describe('[units] 周期 is a cycle, no span of weeks; 周 before 期间 still is', () => {
  it.each([
    ['周期全员轮训', null],
    ['周期间完成', { unit: '周', kind: 'quantity', end: 1, multiplier: 1 }],
    ['周时间', { unit: '周', kind: 'quantity', end: 1, multiplier: 1 }],
  ])('%s', (input, want) => {
    expect(matchUnit(input, 0)).toEqual(want);
  });
});

describe('[units] 个 before 人 after a numeral: a count of people', () => {
  it.each<[string, number, string, number]>([
    ['才4个人,管', 2, '人', 4], ['三个人负责', 1, '人', 3],
    // near-misses: 人 opening a word (人才, 人员, 人民); no numeral before 个 (一个人 is read as a numeral 一 first, 个人 alone)
    ['3个人才驿站', 1, '个', 2], ['5个人员密集场所', 1, '个', 2], ['两个人民调解组织', 1, '个', 2], ['个人', 0, '个', 1],
  ])('%s at %i → %s', (view, start, unit, end) => {
    const found = matchUnit(view, start);
    expect(found?.unit).toBe(unit);
    expect(found?.end).toBe(end);
  });
});
