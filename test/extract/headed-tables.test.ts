import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

/** The figures read from `text`, as "text=value unit kind ‹indicator›". */
function figures(text: string): string[] {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] }).map((q) => {
    expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
    return `${q.text}=${q.value} ${q.unit} ${q.kind} ‹${q.indicator}›`;
  });
}

describe('[headed-tables] a table whose header row names the columns, no unit declared', () => {
  it.each<[string, string, string[]]>([
    ['full-width spaces, the header\'s names one space apart, a total row',
      '情况见下表。\n类别　　　　检查户数　不合格　合格率\n食品经营　　86　　　　7　　　　91.9%\n药品零售　　45　　　　2　　　　95.6%\n合计　　　　131　　　 9　　　　93.1%\n下一步继续抽检。',
      ['86=86 null other ‹检查户数›', '7=7 null other ‹不合格›', '91.9%=91.9 % percent ‹合格率›',
        '45=45 null other ‹检查户数›', '2=2 null other ‹不合格›', '95.6%=95.6 % percent ‹合格率›',
        '131=131 null other ‹检查户数›', '9=9 null other ‹不合格›', '93.1%=93.1 % percent ‹合格率›']],
    ['tab-separated, a dash for a missing figure',
      '镇街\t培训人数\t就业人数\t就业率\n石桥镇\t320\t—\t—\n柳岸街道\t58\t41\t70.7%',
      ['320=320 null other ‹培训人数›', '58=58 null other ‹培训人数›', '41=41 null other ‹就业人数›', '70.7%=70.7 % percent ‹就业率›']],
    ['columns headed by years: each figure measures its row\'s label',
      '项目\t2023年\t2024年\t2025年\n新建公园\t12\t15\t18\n改造绿道\t36\t48\t60',
      ['2023年=2023 年 year ‹null›', '2024年=2024 年 year ‹null›', '2025年=2025 年 year ‹null›',
        '12=12 null other ‹新建公园›', '15=15 null other ‹新建公园›', '18=18 null other ‹新建公园›',
        '36=36 null other ‹改造绿道›', '48=48 null other ‹改造绿道›', '60=60 null other ‹改造绿道›']],
    ['a serial-number column first holds no figure',
      '序号  责任单位  问题数  已销号\n1  区水务局  5  4\n2  区交通局  12  12',
      ['5=5 null other ‹问题数›', '4=4 null other ‹已销号›', '12=12 null other ‹问题数›', '12=12 null other ‹已销号›']],
    ['a cell with its own unit keeps it, its column\'s header its indicator',
      '片区 新增床位 投入资金 完成率\n东片 120张 860万元 92%\n西片 95张 640万元 88%',
      ['120张=120 张 count ‹新增床位›', '860万元=8600000 元 money ‹投入资金›', '92%=92 % percent ‹完成率›',
        '95张=95 张 count ‹新增床位›', '640万元=6400000 元 money ‹投入资金›', '88%=88 % percent ‹完成率›']],
    ['a unit in brackets after the row\'s name, under year columns',
      '指标\t2023年\t2024年\t2025年\n新建步道（公里）\t18\t26\t31\n更新路灯（盏）\t640\t910\t1,200',
      ['2023年=2023 年 year ‹null›', '2024年=2024 年 year ‹null›', '2025年=2025 年 year ‹null›',
        '18=18 公里 quantity ‹新建步道›', '26=26 公里 quantity ‹新建步道›', '31=31 公里 quantity ‹新建步道›',
        '640=640 盏 count ‹更新路灯›', '910=910 盏 count ‹更新路灯›', '1,200=1200 盏 count ‹更新路灯›']],
    ['a unit in brackets after the column\'s name; a rate column keeps its own %',
      '街道\t新增车位（个）\t投入（万元）\t完成率\n东湖街道\t320\t450\t96%\n西岭街道\t85\t120.5\t88%',
      ['320=320 个 count ‹新增车位›', '450=4500000 元 money ‹投入›', '96%=96 % percent ‹完成率›',
        '85=85 个 count ‹新增车位›', '120.5=1205000 元 money ‹投入›', '88%=88 % percent ‹完成率›']],
    ['rows labelled by a bare year under 年度, units in the header\'s brackets (万户 → 户 ×10000, 亿元 → money)',
      '年度    计划改造（个）    完成改造（个）    惠及居民（万户）    投资（亿元）\n2023    120    126    4.2    18.6\n2024    150    143    5.1    22.3',
      ['2023=2023 年 year ‹null›', '120=120 个 count ‹计划改造›', '126=126 个 count ‹完成改造›', '4.2=42000 户 count ‹惠及居民›', '18.6=1860000000 元 money ‹投资›',
        '2024=2024 年 year ‹null›', '150=150 个 count ‹计划改造›', '143=143 个 count ‹完成改造›', '5.1=51000 户 count ‹惠及居民›', '22.3=2230000000 元 money ‹投资›']],
    ['tab-separated rows labelled by years under 年份, a header with no unit: every cell bare, none dropped',
      '年份\t受理件数\t办结件数\t满意率\n2024年\t1286\t1250\t97.2%\n2025\t1402\t1398\t98.1%',
      ['2024年=2024 年 year ‹null›', '1286=1286 null other ‹受理件数›', '1250=1250 null other ‹办结件数›', '97.2%=97.2 % percent ‹满意率›',
        '2025=2025 年 year ‹null›', '1402=1402 null other ‹受理件数›', '1398=1398 null other ‹办结件数›', '98.1%=98.1 % percent ‹满意率›']],
    ['rows labelled by a name, units in ASCII brackets',
      '区县    新建公厕(座)    改造里程(公里)    投资(万元)\n鹿城区    12    8.5    640\n龙湾区    9    6    415',
      ['12=12 座 count ‹新建公厕›', '8.5=8.5 公里 quantity ‹改造里程›', '640=6400000 元 money ‹投资›',
        '9=9 座 count ‹新建公厕›', '6=6 公里 quantity ‹改造里程›', '415=4150000 元 money ‹投资›']],
    ['plan and outcome columns (计划, 完成): each figure measures its row\'s label',
      '项目  计划  完成\n改造管网  36公里  30公里\n新建泵站  4座  3座',
      ['36公里=36 公里 quantity ‹改造管网›', '30公里=30 公里 quantity ‹改造管网›', '4座=4 座 count ‹新建泵站›', '3座=3 座 count ‹新建泵站›']],
  ])('%s', (_name, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    // One row of figures is no table; nor is a header of two names, nor prose with spaces.
    ['a header and one row', '类别　　检查户数　不合格　合格率\n食品经营　　86　　7　　91.9%'],
    ['a header of two names', '项目　　数量\n养老床位　　36\n护理人员　　48'],
    ['a header that is a sentence', '我们分三类, 逐项整改\n食品经营　　86　　7\n药品零售　　45　　2'],
    // A bare year opens a row only under a year column: under 序号 or a name column 2023 labels nothing.
    ['a bare year under a column that is no year column', '编号　　检查户数　不合格　合格率\n2023　　86　　7　　91.9%\n2024　　45　　2　　95.6%'],
    ['a four-digit number that is no year under 年度', '年度　　检查户数　不合格　合格率\n3023　　86　　7　　91.9%\n3024　　45　　2　　95.6%'],
  ])('no table: %s', (_name, text) => {
    expect(figures(text).some((f) => /‹(?:检查户数|不合格|数量)›/u.test(f))).toBe(false);
  });

  it('a bracket holding no unit stays part of the name, the cell bare', () => {
    expect(figures('片区\t养老床位（新建）\t护理员\t覆盖率\n东片\t120\t36\t92%\n西片\t95\t28\t88%').slice(0, 2)).toEqual([
      '120=120 null other ‹养老床位（新建）›', '36=36 null other ‹护理员›',
    ]);
  });

  it('a table with a declared unit is read in it, as table-units.ts reads it', () => {
    expect(figures('（单位：万元）\n项目\t上年\t本年\t增长率\n民生支出\t1236\t1380\t11.7%')).toEqual([
      '1236=12360000 元 money ‹民生支出›', '1380=13800000 元 money ‹民生支出›', '11.7%=11.7 % percent ‹民生支出›',
    ]);
  });
});
