import { describe, expect, it } from 'vitest';
import { extractFormulations } from '../../src/extract/formulations.js';
import { normalize } from '../../src/source/normalize.js';

function formulations(text: string, from = 0) {
  return extractFormulations({ text, view: normalize(text) }, [from, text.length]);
}

describe('[formulations] numbered summaries', () => {
  it.each<[string, string, number]>([
    ['以“六个聚焦”推动工作', '六个聚焦', 6],
    ['推动“双提升”', '双提升', 2],
    ['落实行政执法“三项制度”', '三项制度', 3],
    ['健全“三张清单”', '三张清单', 3],
    ['推进“五公开”', '五公开', 5],
    ['落实“三个基本”纪法通识教育', '三个基本', 3],
    ['严抓“三个规定”', '三个规定', 3],
    ['运用“四种形态”', '四种形态', 4],
    ['向“一府两院”询问', '一府两院', 3],
    ['“一老一小”保健品市场乱象', '一老一小', 2],
    ['围绕“两个满意度”提升工作', '两个满意度', 2],
    ['开展“规范执行三年行动”', '规范执行三年行动', 3],
    ['开展「百日攻坚行动」', '百日攻坚行动', 100],
    ['树牢“四个意识”', '四个意识', 4],
    ['严格落实中央八项规定精神', '八项规定', 8],
    ['坚决纠治四风问题', '四风', 4],
    ['向市一府两院负责人询问', '一府两院', 3],
    ['落實“三項制度”', '三項制度', 3],
    ['“我们将落实‘三个一批’措施”', '三个一批', 3], // single quotes inside a quotation
    ['实现“三个一”目标', '三个一', 3],
    ['巩固“双减”成果', '双减', 2],
    ['整治“三无”产品', '三无', 3],
    ['避免“两高一低”', '两高一低', 3],
    ['实行基本医保、大病保险、医疗救助三重保障,今年', '三重保障', 3],
    ['落实"四个不摘"要求', '四个不摘', 4],
    ['实现两不愁三保障', '两不愁三保障', 5],
    // One post, two duties: 一 names the scope, not a part (the lexicon's number, not 1 + 2).
    ['落实“一岗双责”', '一岗双责', 2],
    ['推行涉企案件“一案双查”', '一案双查', 2],
    // One set counted twice (以水定城、以水定地、以水定人、以水定产): the lexicon's 4, not 4 + 4; two sets of parts still add up.
    ['坚持“四水四定”原则', '四水四定', 4],
    ['践行“三严三实”要求', '三严三实', 6],
    ['推进“三去一降一补”', '三去一降一补', 5],
    ['全面推行“双随机、一公开”监管', '双随机、一公开', 3],
    ['落实“两评估、一公开”要求', '两评估、一公开', 3],
    ['推行双随机一公开抽查', '双随机一公开', 3],
    // numbered parts written together, after a little context: the sum of the parts
    ['把“门前三包”纳入村规民约', '门前三包', 3],
    ['推行“门前五包”责任制', '门前五包', 5],
    ['开展“五净一规范”评比', '五净一规范', 6],
    ['推进村庄“三清一改”', '三清一改', 4],
    ['巩固“两不愁三保障”成果', '两不愁三保障', 5],
    ['完成国企“三供一业”移交', '三供一业', 4],
    // Unquoted sets of institutions, whatever punctuation follows.
    ['区政府将建立四项制度，把改造纳入考核', '四项制度', 4],
    ['建立三项机制。', '三项机制', 3],
    ['县政府将建立五项机制,即联席会议机制、巡查机制', '五项机制', 5],
    ['健全两张清单：权力清单和责任清单', '两张清单', 2],
    ['实施十大工程', '十大工程', 10],
    ['开展三大行动', '三大行动', 3],
    ['建立六个台账', '六个台账', 6],
    ['完善十二项制度', '十二项制度', 12],
    // After 大 any campaign or set word, with a modifier of up to two characters (大 after a numeral makes a slogan).
    ['打好污染防治三大保卫战', '三大保卫战', 3],
    ['启动五大专项行动', '五大专项行动', 5],
    ['开展四大攻坚行动', '四大攻坚行动', 4],
    ['推进十大民生工程', '十大民生工程', 10],
    ['打赢三大硬仗', '三大硬仗', 3],
    // A quoted modifier before the set does not stop it (only a quoted list that the set counts does).
    ['实施“低碳城市”十大工程', '十大工程', 10],
    ['推进“无废城市”五大行动', '五大行动', 5],
    ['开展“清河”四项行动', '四项行动', 4],
    // Arabic numerals as Chinese ones, with 项/张/条/大 (with 个 they count: 构建8个机制, below).
    ['建立4项制度', '4项制度', 4],
    ['建立3张清单，纳入考核', '3张清单', 3],
    ['建立3张清单。', '3张清单', 3],
    ['完善5项机制', '5项机制', 5],
    ['实施10大工程', '10大工程', 10],
    ['打好3大攻坚战', '3大攻坚战', 3],
    // Unquoted, with the parts that each repeat the term right after it (formulation-lists.ts).
    ['要做到三个不缺位:监管不缺位、服务不缺位、保障不缺位。', '三个不缺位', 3],
    ['推行两个统一,即统一配送、统一结算', '两个统一', 2],
    ['今后要做到两个“确保”:确保资金安全、确保工程质量', '两个“确保”', 2],
    // Unquoted N个 + a head that is no noun (a verb, a superlative, a negation, a 一 phrase): no count takes it (slogan-heads.ts).
    // (做到三个不缺位 was read as nothing while only its parts could make it one: 不缺位 is a negated verb, no thing counted.)
    ['做到三个不缺位', '三个不缺位', 3],
    ['坚持五个聚焦,推动工作落地', '五个聚焦', 5],
    ['全面落实四个最严要求', '四个最严', 4],
    ['今年推行四个一批', '四个一批', 4],
    ['坚定两个毫不动摇', '两个毫不动摇', 2],
    ['围绕三个统筹持续用力:一是统筹城乡', '三个统筹', 3],
    // Quoted sets counted in digits, as in Chinese numerals (unquoted, 构建8个机制 is a figure: see below).
    ['建立营商环境“8个机制”，并纳入考核', '8个机制', 8],
    ['推动项目“3个一批”', '3个一批', 3],
    ['实施“4大行动”', '4大行动', 4],
    ['落实“12项制度”', '12项制度', 12],
    ['深化“5个一”服务', '5个一', 5],
    // 零 right after a numeral is a word ("zero complaints"), not a digit.
    ['提供“三零”服务', '三零', 3], ['推行“两减一零”', '两减一零', 3], ['推行“四零一低”', '四零一低', 5],
    // 一体 is what the parts become, not one more part.
    ['推进“两院一体”建设', '两院一体', 2], ['构建“三位一体”格局', '三位一体', 3],
  ])('%s → %s (%d)', (input, text, number) => {
    const [f, ...rest] = formulations(input);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ text, number });
    expect(input.slice(f.span[0], f.span[1])).toBe(f.text);
  });

  it.each([
    '推进“一门办理”', '实现“最多跑一次”', '推进“高效办成一件事”', '深化“一支队伍管执法”', '形成“一人失信,处处受限”',
    '按“一小区一风格”“一户型一方案”原则', '建立“一对一”培养模式', '深化“一张网”运用', '实现“一处失信处处受限”',
    '让群众在每一个案件中感受到公平正义', '将从三方面着手', '采取五项举措', '构建“管案、管人、管事”三大体系', '构建8个机制',
    '用“一线排查+工作收集”归集矛盾线索', '按1+1计算', '结果是3+5=8', '共有2+3个班组', 'PM2+N体系', '“专业+机制+大数据”新型警务', '“线上+线下”结合普法', '“十四五”规划',
    '建立一项制度', '新建五个工程项目', '“管案、管人、管事”三大机制', '一百二十项制度改革', '采取三项措施', '完成三项任务',
    '做到三个全覆盖:村组全覆盖、学校全覆盖', '发现两个问题', '协调五个部门', '成立三个专班', '存在两个最大问题', '存在三个不足', '覆盖三个社区:东湖社区、西湖社区、南湖社区', '今年推出两项举措:助企举措、惠民举措',
    '“三令五申”', '推动双向衔接', '“双方”', '双重保障', '“二次供水”', '“五一”假期', '“十三五”期间', '十重要', '“全破”', '“形象工程”', '“双向”', '两个方面的问题', '“12345”热线', '落实“一村一策”', '建立“一户一档”', '“一事一议”', '“一村一策、一户一档”', '“管案、管人、管事”', '“一网通办”', '“多测合一”', '开展“百日攻坚”行动', '打好“三年攻坚”', '“百日”会战', '“三年行动”实施以来', '实施“三年行动计划”', '城乡环境整治三年行动计划',
    // an ordinal, a longer number, a class or sector count (measured.ts), a decimal
    '落实第3项制度', '完成120项制度改革', '建立了6项机制:一是取水机制;二是通报机制', '建立4项制度，即例会制度、通报制度', '新开工12项工程', '开展5项行动', '分为5大类', '涉及3大行业', '培育12大产业', '第三大板块',
    // a single 一, a measure, a round figure or "second" after the context: no parts are counted
    '选派“第一书记”', '实现“只跑一次”', '力争“提高两成”', '“翻一番”', '“增长两倍”', '“三年大变样”', '“千村示范”', '“二手车市场”', '“五一”', '“万众一心”', '“一次办好”', '破解“课后三点半”难题',
    // digits: a unit, no classifier, a list announcement, one part, an identifier
    '用“3个月”完成', '提高“5个百分点”', '“2个工作日”办结', '“5G”基站', '“3方面”', '“1个中心”', '“12345”', '“3个方面”', '“2个三年”',
  ])('%s → nothing', (input) => {
    expect(formulations(input)).toEqual([]);
  });

  // Parts joined by 、 that do not sum up as one slogan: each part with its own numeral, never a sum across 、.
  it.each<[string, [string, number][]]>([
    ['建立“三级联动、两级督办”机制', [['三级联动', 3], ['两级督办', 2]]],
    ['实行“一次警告、两次停工”', []],
    ['推行“抓党建、三零服务”', [['三零服务', 3]]],
    // s85 #5: the two ends of one matter, managed by both and by neither: each slogan 2, never 4; unquoted alike
    ['存在“两头管、两不管”的问题', [['两头管', 2], ['两不管', 2]]],
    ['存在两头管、两不管的问题，有的成了三不管地带，群众两头跑', [['两头管', 2], ['两不管', 2], ['三不管', 3], ['两头跑', 2]]],
  ])('%s → each part by itself', (input, parts) => {
    const found = formulations(input);
    expect(found.map((f) => [f.text, f.number])).toEqual(parts);
    for (const f of found) expect(input.slice(f.span[0], f.span[1])).toBe(f.text);
  });

  // Not a set of parts: a festival date (双11, 11 November), idioms of the distributive shape, times.
  it.each(['“双11”期间', '“双12”购物节', '做到“一心一意”', '“一草一木”', '“一点一滴”', '“两次停工”'])('%s → nothing', (input) => {
    expect(formulations(input)).toEqual([]);
  });

  // A+B(+C): parts of different kinds (1 platform, 3 levels, N departments): a formulation with no one number;
  // a letter stands for "some", and numerals are never added across the parts.
  it.each<[string, string]>([
    ['完善“3+N”行政争议预防机制', '3+N'],
    ['推行“1+1+N”模式', '1+1+N'],
    ['构建“1+M+X”监管体系', '1+M+X'],
    ['建立‘1+4+N’工作格局', '1+4+N'],
    ['落实“6+3”重点任务', '6+3'],
    // unquoted, before the head of a set
    ['构建1+N政策体系', '1+N'],
    ['形成1+3+N工作格局', '1+3+N'],
    ['健全2+X服务机制', '2+X'],
  ])('%s → %s with no number', (input, text) => {
    const found = formulations(input);
    expect(found.map((f) => [f.text, f.number])).toEqual([[text, null]]);
    expect(input.slice(found[0].span[0], found[0].span[1])).toBe(text);
  });

  // 第N个X is an ordinal marker of one part, never a set of N: not even after a quoted “N个X” whose term it repeats.
  it.each<[string, string[]]>([
    ['围绕“四个优化”推进。第一个优化是流程,第二个优化是服务', ['四个优化']],
    ['落实“三个统筹”:第二个统筹是城乡', ['三个统筹']],
    ['落实“三个统筹”,两个统筹已完成', ['三个统筹', '两个统筹']],
  ])('%s → %j', (input, texts) => {
    expect(formulations(input).map((f) => f.text)).toEqual(texts);
  });

  it('a back-reference repeats the term of an earlier quoted formulation', () => {
    const text = '围绕“两个满意度”提升工作。问题一:两项满意度长期全省靠后';
    const q = text.indexOf('问题一');
    expect(formulations(text, q).map((f) => [f.text, f.number])).toEqual([['两项满意度', 2]]);
  });

  it('without the earlier quote, an unquoted 两项满意度 is no formulation', () => {
    expect(formulations('两项满意度长期全省靠后')).toEqual([]);
  });

  it('once per range, in order of first appearance', () => {
    const text = '落实“三个基本”教育,严抓“三个规定”;开展“三个基本”纪法教育,运用“四种形态”';
    expect(formulations(text).map((f) => f.text)).toEqual(['三个基本', '三个规定', '四种形态']);
  });
});

describe('[formulations] invariants on any slice of the seed', async () => {
  const { readFileSync } = await import('node:fs');
  const fc = (await import('fast-check')).default;
  const seed = readFileSync(new URL('../../seeds/qujing-2025-safety-rule-of-law.txt', import.meta.url), 'utf8');
  const pair = { text: seed, view: normalize(seed) };

  it('spans slice to the text, stay in the range, and each text comes once', () => {
    fc.assert(fc.property(fc.nat(seed.length), fc.nat(800), (start, len) => {
      const end = Math.min(seed.length, start + len);
      const found = extractFormulations(pair, [start, end]);
      for (const f of found) {
        expect(seed.slice(f.span[0], f.span[1])).toBe(f.text);
        expect(f.span[0] >= start && f.span[1] <= end).toBe(true);
      }
      expect(new Set(found.map((f) => f.text)).size).toBe(found.length);
    }), { numRuns: 200 });
  });
});

describe('[formulations] a quoted formulation as the modifier of a numbered set: both are read', () => {
  it('“双碳”十大工程 → 双碳 (2) and 十大工程 (10)', () => {
    expect(formulations('我们正在实施“双碳”十大工程。').map((f) => [f.text, f.number])).toEqual([['双碳', 2], ['十大工程', 10]]);
  });
});

describe('[formulations] NUM个 + a figure inside one quotation is a formulation, not a count and a figure', () => {
  it.each<[string, string, number]>([
    ['整改做到“三个100%”', '三个100%', 3],
    ['打造“两个15分钟”服务圈', '两个15分钟', 2],
  ])('%s → %s (%d)', (input, text, number) => {
    const found = formulations(input);
    expect(found.map((f) => [f.text, f.number])).toEqual([[text, number]]);
    expect(input.slice(found[0].span[0], found[0].span[1])).toBe(text);
  });
});

describe('[formulations] emphasis marks of a Markdown 纪要 inside the quotes: the term without them', () => {
  it.each<[string, string, number]>([
    ['# 纪要\n**委员 蒲晴**：我们落实“**四个到位**”，逐月通报。', '四个到位', 4],
    ['# 纪要\n**委员 蒲晴**：推行“__三项制度__”。', '三项制度', 3],
    ['# 纪要\n**委员 蒲晴**：围绕**“两个满意度”**提升工作。', '两个满意度', 2], // the marks outside the quotes, as before
  ])('%s → %s', (text, term, number) => {
    const found = formulations(text);
    expect(found.map((f) => [f.text, f.number])).toEqual([[term, number]]);
    expect(text.slice(found[0].span[0], found[0].span[1])).toBe(term);
  });
});

describe('[formulations] N大 and a plain noun (big-sets.ts)', () => {
  it('推进十大场景应用 → 十大场景 (10); 三大攻坚战 still the campaign reading; 两大类 none', () => {
    expect(formulations('重点推进十大场景应用,打好三大攻坚战,分为两大类。').map((f) => [f.text, f.number, f.span])).toEqual([['十大场景', 10, [4, 8]], ['三大攻坚战', 3, [13, 18]]]);
  });
});

describe('[formulations] a party congress by its number is no campaign set (big-sets.ts isCongressNumeral)', () => {
  it.each(['贯彻十九大战略部署', '落实二十大战略部署', '按照十八大战略安排', '贯彻党的二十一大战略部署'])('%s → nothing', (input) => {
    expect(formulations(input)).toEqual([]);
  });
  // Near-misses: a set of that size named by 大 stays read, numerals that number no congress (十大, 十四大 sets) too.
  it.each<[string, string, number]>([
    ['实施十大工程', '十大工程', 10],
    ['实施十四大战略', '十四大战略', 14],
    ['打赢三大攻坚战', '三大攻坚战', 3],
    ['实施15大工程', '15大工程', 15],
  ])('%s → %s (%i)', (input, text, number) => {
    expect(formulations(input).map((f) => [f.text, f.number])).toEqual([[text, number]]);
  });
});

describe('[formulations] an abbreviated census ordinal is no set of N (t49 finding 7)', () => {
  it.each<[string, string[]]>([
    ['“三调”数据显示，全县耕地面积较“二调”减少了1.3万亩', []],
    ['根据“七普”数据', []],
    ['开展“四经普”清查', []],
    // near-misses: a verb or noun that opens a list stays a formulation
    ['补充耕地质量验收“三看”：一看土壤，二看水源', ['三看/3']],
    ['落实“三个确保”', ['三个确保/3']],
    ['推行“三调联动”机制', ['三调联动/3']],
  ])('%s → %j', (text, want) => {
    expect(formulations(text).map((f) => `${f.text}/${f.number}`)).toEqual(want);
  });
});

describe('[formulations] references into a set, withdrawn terms, level and series slogans', () => {
  const texts = (text: string) => extractFormulations({ text, view: normalize(text) }, [0, text.length]).map((f) => [f.text, f.number]);

  it.each<[string, string, (string | number | null)[][]]>([
    ['前N个 with no set named before: no reference, the finders decide', '前五个聚焦均按计划推进', [['五个聚焦', 5]]],
    ['前N个 after the set', '六个聚焦是聚焦主导产业、聚焦龙头企业。前五个聚焦均按计划推进。', [['六个聚焦', 6]]],
    ['其余N个 after the set', '我们落实“四个最严”，其余两个最严正在推进。', [['四个最严', 4]]],
    ['其中N项 after the set', '建立五项制度，其中三项制度已经出台。', [['五项制度', 5]]],
    ['a withdrawn term', '第二个问题是关于“两个维护”，不，是关于“两个责任”。', [['两个责任', 2]]],
    ['a withdrawn term, 不对', '关于“三个一批”——不对，是“五个一批”。', [['五个一批', 5]]],
    ['N级 and a noun phrase, quoted', '“四级书记抓改革”在我们这里怎么体现？', [['四级书记抓改革', 4]]],
    ['N级 and a verb, quoted', '构建“三级联动”机制', [['三级联动', 3]]],
    ['a rising series of round numerals, quoted', '我们正实施“百千万工程”。', [['百千万工程', null]]],
    ['…unquoted, three of them', '全面推进百千万工程建设', [['百千万工程', null]]],
    ['双随机一公开 sums its parts, as 一府两院', '全面推行双随机一公开监管', [['双随机一公开', 3]]],
  ])('%s', (_label, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    '三个月内完成整改',
    '存在两个方面的问题',
    '四个人反映的情况已核实',
    '引入第三方评估',
    '一把手亲自抓',
    '推进一站式服务',
    '三个部门联合执法',
    '投资上千万工程款',
    '“二级以上医院”全覆盖',
    '关于“两个维护”的要求不能放松',
  ])('%s: none (or not withdrawn)', (text) => {
    const got = texts(text);
    if (text.includes('两个维护')) expect(got).toEqual([['两个维护', 2]]);
    else expect(got).toEqual([]);
  });
});
