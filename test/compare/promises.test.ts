/**
 * Promises re-made in other words pair; different promises that share a generic verb and
 * object stay apart. Invented measures, segmented with jieba, compared both ways round.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { comparePromises } from '../../src/compare/promises.js';
import { promiseTerms } from '../../src/compare/promise-terms.js';
import { compare } from '../../src/compare/compare.js';
import { mirror } from '../../src/compare/mirror.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';
import { buildRecord } from './build-record.js';

const jieba = defaultSegmenter();
const THRESHOLD = 0.6;
/** One question; a second measure the same on both sides, as in a real pair of sessions. */
const session = (measure: string) => buildRecord({
  questions: [{ text: '县水务局如何推进农村供水保障?', responders: [['乔某', '县水务局局长', '县水务局']], measures: [measure, '建立水费收缴公示制度,接受群众监督'] }],
});
const paired = (a: string, b: string) => comparePromises(session(a), session(b), jieba, THRESHOLD).pairs.some((p) => p.a.path === '1.1' && p.b.path === '1.1');

describe('[compare/promises] the same promise re-made in other words', () => {
  it.each([
    // the tester's minimal case and its variants: towns listed, deadline, 全面, 供水管网
    ['今年底前完成城关、石桥两镇老旧管网改造', '今年底前完成城关镇、石桥镇老旧管网改造'],
    ['今年底前完成城关、石桥两镇老旧管网改造', '明年6月底前全面完成城关镇、石桥镇老旧供水管网改造'],
    ['完成城关、石桥两镇老旧管网改造', '全面完成城关镇、石桥镇老旧供水管网改造'],
    ['引入专业化养老服务机构连锁运营,对长期闲置的中心限期整改', '继续引入专业养老机构连锁化运营,对仍然闲置的中心实行限期整改'],
    ['引入专业化养老服务机构连锁运营,对长期闲置的中心限期整改', '引入专业养老机构连锁运营,对仍然闲置的中心限期整改'],
    // other places, other work
    ['年内完成东坝、柳林两乡农村公路提质改造', '明年底前全面完成东坝乡、柳林乡农村公路提质改造'],
    ['上半年建成河湾、枫林两村污水处理站', '年底前逐步建成河湾村、枫林村污水处理站'],
    ['推动社区食堂规范化运营,今年新增社区食堂12家', '继续推动社区食堂规范运营,年内新增社区食堂20家'],
    ['年底前建成老年助餐点80个', '年底前将老年助餐点增加到150个'],
  ])('%s ~ %s', (a, b) => {
    expect(paired(a, b)).toBe(true);
    expect(paired(b, a)).toBe(true);
  });
});

describe('[compare/promises] full-width marks end clauses as ASCII ones do', () => {
  const kindOf = (a: string, b: string) => comparePromises(session(a), session(b), jieba, THRESHOLD).pairs.find((p) => p.a.path === '1.1' && p.b.path === '1.1')?.kind ?? null;
  it.each([
    // the same first clause, elaborated differently: same-headline, whichever comma
    ['建立山洪灾害预警信息发布机制，暴雨橙色预警时及时转移群众', '建立山洪灾害预警信息发布机制，预警信息10分钟内推送到村组', 'same-headline'],
    ['建立山洪灾害预警信息发布机制；暴雨橙色预警时及时转移群众', '建立山洪灾害预警信息发布机制：预警信息10分钟内推送到村组', 'same-headline'],
    ['建立山洪灾害预警信息发布机制,暴雨橙色预警时及时转移群众', '建立山洪灾害预警信息发布机制，预警信息10分钟内推送到村组', 'same-headline'],
    // a promise found inside a longer measure: shared-clause
    ['聚焦源头治理，推进网格化服务管理标准化建设，推行矛盾纠纷多元化解，开展养老诈骗专项打击', '推进网格化服务管理标准化建设', 'shared-clause'],
    ['聚焦源头治理；推进网格化服务管理标准化建设；推行矛盾纠纷多元化解；开展养老诈骗专项打击', '推进网格化服务管理标准化建设', 'shared-clause'],
  ])('%s ~ %s: %s', (a, b, kind) => {
    expect(kindOf(a, b)).toBe(kind);
    expect(kindOf(b, a)).toBe(kind);
  });

  it('a re-made promise whose first clauses agree pairs although the rest differs', () => {
    expect(paired('健全山洪灾害预警信息发布机制，暴雨橙色预警时及时转移群众', '健全山洪灾害风险预警和信息发布机制，预警信息10分钟内推送到村组')).toBe(true);
  });
});

describe('[compare/promises] different promises stay apart', () => {
  it.each([
    // a generic verb and object (完成…改造, 建成…) of different things
    ['今年底前完成城关镇老旧管网改造', '年内完成县人民医院门诊楼改造'],
    ['今年底前完成青石镇农贸市场改造', '今年底前完成青石镇敬老院改造'],
    ['建成老年助餐点30个', '建成社区卫生服务站30个'],
    ['今年底前完成城关、石桥两镇老旧管网改造', '推广智能水表和管网漏损监测系统'],
    ['开展农村饮用水水源地专项整治', '开展农村黑臭水体专项整治'],
    ['引入专业化养老服务机构连锁运营', '引入社会资本建设普惠养老机构'],
  ])('%s ≁ %s', (a, b) => {
    expect(paired(a, b)).toBe(false);
    expect(paired(b, a)).toBe(false);
  });
});

describe('[compare/promises] explanation', () => {
  it('a paraphrase whose whole texts pass is explained by all their shared terms, not by one clause', () => {
    const a = session('引入专业化养老服务机构连锁运营,对长期闲置的中心限期整改');
    const b = session('继续引入专业养老机构连锁化运营,对仍然闲置的中心实行限期整改');
    for (const [x, y] of [[a, b], [b, a]]) {
      const pair = comparePromises(x, y, jieba, THRESHOLD).pairs.find((p) => p.a.path === '1.1')!;
      expect([pair.kind, pair.clause]).toEqual(['similar', null]);
      expect(pair.terms.map((t) => t.term)).toEqual(expect.arrayContaining(['引入', '连锁', '限期', '整改']));
    }
  });

  it('shows a term written differently on the two sides with both forms, and mirrors them', () => {
    const a = session('今年底前完成城关、石桥两镇老旧管网改造');
    const b = session('明年6月底前全面完成城关镇、石桥镇老旧供水管网改造');
    const c = compare(a, b, { segmenter: jieba });
    const pair = c.promises.pairs.find((p) => p.a.path === '1.1')!;
    expect(pair.terms.map((t) => t.term).sort()).toEqual(['城关', '完成', '改造', '石桥', '管网', '老旧'].sort());
    expect(pair.terms.find((t) => t.term === '城关')!.forms).toEqual({ a: '城关', b: '城关镇' });
    expect(pair.terms.find((t) => t.term === '老旧')!.forms).toBeUndefined();
    expect(pair.terms.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(pair.score, 3);
    expect(compare(b, a, { segmenter: jieba })).toEqual(mirror(c));
  });
});

describe('[compare/promises] a reversed promise is no repeat', () => {
  it.each([
    ['新增应急供水车8台', '不再新增应急供水车', 'b', '不再'],
    ['新增应急供水车8台', '停止新增应急供水车', 'b', '停止'],
    ['年内采购应急供水车8台', '取消应急供水车采购计划', 'b', '取消'],
    ['推进城西片区截污纳管改造', '暂停城西片区截污纳管改造', 'b', '暂停'],
    ['推进城西片区截污纳管改造', '暂缓实施城西片区截污纳管改造', 'b', '暂缓'],
    ['今年起停止新建乡镇污水处理站', '年内新建乡镇污水处理站5座', 'a', '停止'],
    ['新增应急供水车8台，充实抢险队伍', '优化装备配置，不再新增应急供水车', 'b', '不再'],
  ])('%s / %s: reversed on side %s by %s', (a, b, side, word) => {
    const c = compare(session(a), session(b), { segmenter: jieba });
    const got = comparePromises(session(a), session(b), jieba, THRESHOLD);
    expect(got.pairs.map((p) => p.a.path)).toEqual(['1.2']);
    expect(got.reversed.map((p) => [p.a.path, p.b.path, p.halt.side, p.halt.text])).toEqual([['1.1', '1.1', side, word]]);
    expect([got.onlyA, got.onlyB]).toEqual([[], []]);
    const r = c.promises.reversed[0];
    const text = (side === 'a' ? r.a : r.b);
    expect(text.text.slice(r.halt.span[0] - text.span[0], r.halt.span[1] - text.span[0])).toBe(word);
    expect(text.text.slice(r.halt.clause.span[0] - text.span[0], r.halt.clause.span[1] - text.span[0])).toBe(r.halt.clause.text);
    expect(compare(session(b), session(a), { segmenter: jieba })).toEqual(mirror(c));
  });

  it('a repeat of the promise wins over its reversal', () => {
    const a = buildRecord({ questions: [{ text: '如何提升应急供水能力?', responders: [['乔某', '县水务局局长', '县水务局']], measures: ['新增应急供水车8台'] }] });
    const b = buildRecord({ questions: [{ text: '如何提升应急供水能力?', responders: [['乔某', '县水务局局长', '县水务局']], measures: ['不再新增应急供水车', '年内新增应急供水车5台'] }] });
    const got = comparePromises(a, b, jieba, THRESHOLD);
    expect(got.pairs.map((p) => [p.a.path, p.b.path])).toEqual([['1.1', '1.2']]);
    expect(got.reversed).toEqual([]);
    expect(got.onlyB.map((m) => m.path)).toEqual(['1.1']);
  });
});

describe('[compare/promises] a promise for another place is at most similar', () => {
  it.each([
    ['今年底前完成城南片区雨污分流改造', '明年6月底前完成河东片区雨污分流改造'],
    ['年内完成东坝乡农村公路提质改造', '明年底前完成柳林乡农村公路提质改造'],
  ])('%s / %s', (a, b) => {
    for (const [x, y] of [[a, b], [b, a]]) {
      const pair = comparePromises(session(x), session(y), jieba, THRESHOLD).pairs.find((p) => p.a.path === '1.1');
      if (pair) {
        expect(pair.kind).toBe('similar');
        expect(pair.places).not.toBeNull();
        expect(pair.places!.a).not.toEqual(pair.places!.b);
      }
    }
    const c = compare(session(a), session(b), { segmenter: jieba });
    expect(c.promises.pairs.some((p) => p.places)).toBe(true);
    expect(compare(session(b), session(a), { segmenter: jieba })).toEqual(mirror(c));
  });

  it('the same headline for another place is no same-headline pair', () => {
    const pair = comparePromises(session('推进城南片区雨污分流改造，新建管网20公里'), session('推进河东片区雨污分流改造，新建管网30公里'), jieba, THRESHOLD).pairs.find((p) => p.a.path === '1.1');
    expect(pair?.kind ?? 'similar').toBe('similar');
  });

  it('a promise for the same place wins over one for another place', () => {
    const a = buildRecord({ questions: [{ text: '如何推进雨污分流?', responders: [['乔某', '县住建局局长', '县住建局']], measures: ['今年底前完成城南片区雨污分流改造'] }] });
    const b = buildRecord({ questions: [{ text: '如何推进雨污分流?', responders: [['乔某', '县住建局局长', '县住建局']], measures: ['明年底前完成河东片区雨污分流改造', '加快推进城南片区雨污分流管网建设'] }] });
    for (const [x, y, pair] of [[a, b, ['1.1', '1.2']], [b, a, ['1.2', '1.1']]] as const) {
      const got = comparePromises(x, y, jieba, THRESHOLD);
      expect(got.pairs.map((p) => [p.a.path, p.b.path, p.places])).toEqual([[...pair, null]]);
    }
  });

  it('a promise extended to another place keeps its pair (城南 / 城南、河东)', () => {
    expect(paired('今年底前完成城南片区雨污分流改造', '明年6月底前完成城南片区、河东片区雨污分流改造')).toBe(true);
    const pair = comparePromises(session('今年底前完成城南片区雨污分流改造'), session('明年6月底前完成城南片区、河东片区雨污分流改造'), jieba, THRESHOLD).pairs.find((p) => p.a.path === '1.1')!;
    expect(pair.places).toBeNull();
  });
});

describe('[compare/promises] each shared term listed once', () => {
  // jieba cuts 排水管|网 and 供水管|网; a second 管网 in the measure makes both halves of the
  // compound terms of the comparison (排水 + 管网), each written as itself
  it.each([
    ['建设排水管网地理信息系统，实现管网一张图管理', '加快建成排水管网地理信息管理平台'],
    ['改造老城区供水管网，实现管网分区计量', '加快改造老城区供水管网'],
    ['建设排水管网地理信息系统,实现管网一张图管理', '加快建成排水管网地理信息管理平台'],
  ])('%s ~ %s', (a, b) => {
    for (const [x, y] of [[a, b], [b, a]]) {
      const pair = comparePromises(session(x), session(y), jieba, THRESHOLD).pairs.find((p) => p.a.path === '1.1' && p.b.path === '1.1')!;
      const shown = pair.terms.map((t) => (t.forms ? `${t.term}(${t.forms.a}/${t.forms.b})` : t.term));
      expect(new Set(shown).size).toBe(shown.length);
      expect(pair.terms.map((t) => t.term)).toEqual(expect.arrayContaining(['管网']));
      expect(pair.terms.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(pair.score, 3);
    }
  });
});

describe('[compare/promises] Lanxi 2024 against 2025 (test/fixtures/compare/README.md)', () => {
  const read = (name: string) => parse(readFileSync(new URL(`../fixtures/compare/${name}`, import.meta.url)), { name });
  const a = read('lanxi-2024.txt');
  const b = read('lanxi-2025.txt');
  const head = (t: string) => t.slice(0, 12);

  it('the two re-made promises pair; the rest are new or not seen again, either way round', () => {
    const ab = compare(a, b);
    expect(ab.promises.pairs.map((p) => [p.a.path, p.b.path, p.a.question, p.b.question])).toEqual([['1.1', '1.1', 1, 1], ['1.1', '1.1', 2, 2]]);
    expect(ab.promises.onlyA.map((m) => head(m.text))).toEqual(['今年底前完成县第二水厂扩', '建立供水管网巡查制度,及', '开展养老护理员职业技能培']);
    expect(ab.promises.onlyB.map((m) => head(m.text))).toEqual(['今年底前完成县城应急备用', '推广智能水表和管网漏损监', '建立村集体经济收益反哺养']);
    expect(ab.promises.pairs[0].terms.map((t) => t.term)).toEqual(expect.arrayContaining(['枫桥', '柏塘', '老旧', '管网', '改造']));
    expect(compare(b, a)).toEqual(mirror(ab));
  });
});

describe('[compare/promises] one sentence of several clauses pairs with several measures', () => {
  const rec = (measures: string[]) => buildRecord({ questions: [{ text: '如何稳就业?', responders: [['龚某', '市人社局局长', '市人社局']], measures }] });
  it('a clause repeated as a measure of its own is a repeat, not new', () => {
    const a = rec(['实施高校毕业生“留云计划”，力争全年城镇新增就业2.2万人，城镇调查失业率控制在百分之五点五以内']);
    const b = rec(['实施“留云计划”2.0版，今年城镇新增就业力争达到2.3万人', '城镇调查失业率控制在5.5%以内']);
    const got = comparePromises(a, b, jieba, THRESHOLD);
    expect(got.pairs.map((p) => [p.a.path, p.b.path])).toEqual([['1.1', '1.1'], ['1.1', '1.2']]);
    expect(got.onlyB).toEqual([]);
    const back = comparePromises(b, a, jieba, THRESHOLD);
    expect(back.pairs.map((p) => [p.a.path, p.b.path])).toEqual([['1.1', '1.1'], ['1.2', '1.1']]);
  });
  it('a halt word against one clause is a reversal (暂缓推行 / 推行)', () => {
    const a = rec(['把乡镇卫生院门诊报销比例提高到百分之六十，推行按病种分值付费（DIP）改革']);
    const b = rec(['今年将乡镇卫生院门诊报销比例提高到60%', '暂缓推行按病种分值付费（DIP）改革，待省里统一部署']);
    const got = comparePromises(a, b, jieba, THRESHOLD);
    expect(got.pairs.map((p) => [p.a.path, p.b.path])).toEqual([['1.1', '1.1']]);
    expect(got.reversed.map((p) => [p.a.path, p.b.path, p.halt.text, p.halt.side])).toEqual([['1.1', '1.2', '暂缓', 'b']]);
    expect(got.onlyB).toEqual([]);
  });
  it('near-miss: a measure of one clause pairs once; the other side\'s second measure stays new', () => {
    const a = rec(['城镇调查失业率控制在百分之五点五以内']);
    const b = rec(['城镇调查失业率控制在5.5%以内', '城镇调查失业率季度监测']);
    const got = comparePromises(a, b, jieba, THRESHOLD);
    expect(got.pairs.map((p) => [p.a.path, p.b.path])).toEqual([['1.1', '1.1']]);
    expect(got.onlyB.map((m) => m.path)).toEqual(['1.2']);
  });
});

/**
 * A one-question session of `place`'s congress on `topic`, `answer` the official's reply (dated when `date` is given):
 * the sessions the restated-target and the restated-deadline tables below compare.
 */
function askedOnce(place: string, topic: string, office: string, answer: string, date?: string) {
  const r = parse([
    `${place}人大常委会开展${topic}专题询问`,
    `近日,${place}人大常委会举行联组会议,就${topic}工作开展专题询问。`,
    `问题一:市${office}如何做好${topic}工作?`,
    `市人大常委会委员郑海燕询问市${office}如何做好${topic}工作。`,
    `市${office}局长田国栋回应称,${answer}`,
    '',
  ].join('\n'), { name: 'x' });
  if (date) r.session.date = date;
  return r;
}

describe('[compare/promises] a follow-up target for the indicator of an earlier promise is that promise restated', () => {
  const at = (date: string, answer: string) => askedOnce('保定市', '大气污染防治', '生态环境局', answer, date);
  const A = '我们将重点抓好以下工作：一是深化秋冬季攻坚，加强散煤治理；二是严控重污染天气，全年重污染天数控制在20天以内。';
  it.each<[string, string, string[][]]>([
    ['one indicator, a new value', '下一步，我们将继续深化秋冬季攻坚；同时把重污染天数压减到15天以内。', [['全年重污染天数控制在20天以内', '目标 20天以内 → 15天以内']]],
    // Near-miss: another indicator in the same unit is another promise.
    ['another indicator', '下一步，我们将继续深化秋冬季攻坚；同时把秸秆禁烧巡查周期压减到15天以内。', []],
  ])('%s', (_, answerB, want) => {
    const c = compare(at('2020-10-28', A), at('2021-11-25', answerB));
    const restated = c.promises.pairs.filter((p) => p.restated?.value).map((p) => [p.a.text.slice(p.a.text.indexOf('全年')),
      `目标 ${p.restated!.value!.a.text} → ${p.restated!.value!.b.text}`]);
    expect(restated).toEqual(want);
  });
});

describe('[compare/promises] a whole pair of one clause against several restates the deadline of the clause that meets it', () => {
  const at = (answer: string) => askedOnce('洛阳市', '城市停车', '城市管理局', answer);
  it.each<[string, string, string, string[][]]>([
    ['one clause of B meets the second clause of A: its 两年内, not the sibling\'s 年底前',
      '下一步，我们将确保年底前新增公共停车泊位1.2万个，两年内基本缓解老城区停车难。', '下一步，我们将力争明年底基本缓解老城区停车难。', [['两年内', '明年底']]],
    // Near-miss: the clause of A that meets B's is its first: that clause's 年底前, not the sibling's 两年内.
    ['one clause of B meets the first clause of A: its 年底前',
      '下一步，我们将确保年底前新增公共停车泊位1.2万个，两年内基本缓解老城区停车难。', '下一步，我们将力争明年底前新增公共停车泊位1.5万个。', [['年底前', '明年底前']]],
  ])('%s', (_, answerA, answerB, want) => {
    // (Undated, in the order given: 两年内 of 2021 and 明年底 of 2022 would be one month, no deadline moved.)
    const c = compare(at(answerA), at(answerB));
    expect(c.promises.pairs.map((p) => [p.restated?.deadline?.a?.text, p.restated?.deadline?.b?.text])).toEqual(want);
  });
});
