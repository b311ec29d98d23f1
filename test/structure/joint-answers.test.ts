import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { parse } from '../../src/pipeline.js';
import { jointAnswer, topicAnswer } from '../../src/structure/joint-answers.js';
import { normalize } from '../../src/source/normalize.js';
import type { Structure } from '../../src/structure/types.js';
import type { Turn } from '../../src/model/record.js';
import { expectStructureInvariants } from '../helpers/structure.js';

function build(text: string): Structure {
  return buildStructure({ text, view: normalize(text) });
}

const nameOf = (s: Structure) => (id: string | null) => (id ? s.people.find((p) => p.id === id)?.name ?? id : null);

/** Questions as [askers, responders]. */
function questions(s: Structure) {
  const n = nameOf(s);
  return s.questions.map((q) => [q.askers.map(n), q.responders.map(n)]);
}

/** Every responder turn as [question index, answerTo, first characters]. */
function answerTurns(s: Structure) {
  return s.questions.flatMap((q) => q.turns.filter((t) => t.role === 'responder').map((t) => [q.index, t.answerTo, t.text.slice(0, 6)]));
}

const HEAD = '某县人大常委会开展县域医共体建设专题询问\n\n10月29日，某县第九届人大常委会第二十三次会议召开专题询问会。县人大常委会主任覃光辉主持。\n\n';
const ASKS = [
  '县人大常委会委员欧阳德明：乡镇卫生院留不住医生，请问县卫健局怎么解决？',
  '县人大常委会委员宋秀芬：县医院专家下乡坐诊是不是常态化了？',
  '县人大代表柯红英：村卫生室一般诊疗费补助能不能再提高一点？',
].join('\n');

describe('[joint-answers] jointAnswer reads the opening sentence of the first responder turn', () => {
  const turnsOf = (text: string, at: string): Turn[] => {
    const a = text.indexOf(at);
    return [
      { speaker: 'p1', role: 'asker', text: text.slice(0, a), span: [0, a], answerTo: null },
      { speaker: 'p2', role: 'responder', text: text.slice(a), span: [a, text.length], answerTo: null },
    ];
  };
  it.each<[string, string, number | null, number]>([
    ['委员甲：问题？\n局长谭志强集中回答了以上三位委员和代表的提问。他说：\n关于人才，甲。\n关于专家，乙。', '局长', 3, 2],
    ['委员甲：问题？\n对两位的提问，韩广明一并作了回答。他说，关于种业，甲；关于保险，乙。', '对两位', 2, 2],
    ['委员甲：问题？\n韩广明一并作答，将实施种业振兴行动。', '韩广明', null, 0],
    ['委员甲：问题？\n局长统一进行了答复。', '局长', null, 0],
    // 合并回答 / 合并作答 / 作了合并回答; the count after 回答了 (三位) is stated
    ['委员甲：问题？\n副市长包丽萍合并回答了三位委员的问题。她说，对托育收费问题，甲；对养老服务中心利用率不高的问题，乙；对农村互助养老点，丙。', '副市长', 3, 3],
    ['委员甲：问题？\n副市长包丽萍对三位委员的问题作了合并回答。她说，甲。', '副市长', 3, 0],
    ['委员甲：问题？\n副市长包丽萍合并作答。', '副市长', null, 0],
    // 就以上(几个)问题作了回答
    ['委员甲：问题？\n副市长包丽萍就以上问题作了回答。她说，关于托育，甲；关于养老，乙。', '副市长', null, 2],
    ['委员甲：问题？\n副市长包丽萍就以上几个问题作了回答。', '副市长', null, 0],
    ['委员甲：问题？\n副市长包丽萍对上述三个问题进行了答复。', '副市长', null, 0],
  ])('must read: %s', (text, at, askers, parts) => {
    const view = normalize(text);
    const j = jointAnswer(view, turnsOf(view, at));
    expect(j && [j.speaker, j.askers, j.parts.length]).toEqual(['p2', askers, parts]);
  });
  it.each([
    ['委员甲：问题？\n局长谭志强回答说，关于人才，甲。', '局长'],
    ['委员甲：问题？\n局长谭志强作了回答。', '局长'],
    ['委员甲：问题？\n局长表示，要集中力量解决问题。', '局长'],
    ['委员甲：问题？\n局长表示，将合并同类事项一次办结。', '局长'], // 合并 of something else, no answering
    ['委员甲：问题？\n局长就托育问题作了回答。', '局长'], // one topic, no 以上
  ])('leaves alone: %s', (text, at) => {
    const view = normalize(text);
    expect(jointAnswer(view, turnsOf(view, at))).toBeNull();
  });
});

describe('[joint-answers] parts opened by 对…, and what 对 does not open', () => {
  const partsOf = (words: string) => {
    const text = `委员甲：问题？\n副市长包丽萍合并回答了两位委员的问题。她说，${words}`;
    const view = normalize(text);
    const a = view.indexOf('副市长');
    const j = jointAnswer(view, [
      { speaker: 'p1', role: 'asker', text: text.slice(0, a), span: [0, a], answerTo: null },
      { speaker: 'p2', role: 'responder', text: text.slice(a), span: [a, text.length], answerTo: null },
    ]);
    return j!.parts.map((at) => view.slice(at, at + 4));
  };
  it.each<[string, string[]]>([
    ['对托育收费问题，甲；对农村互助养老点，乙。', ['对托育收', '对农村互']],
    ['对于托育收费，甲。对养老服务的问题，乙。', ['对于托育', '对养老服']],
    // after an exclamation (the view writes ！ as !): a sentence ends there as after 。 (s88's leftover)
    ['谢谢各位委员！关于托育收费，甲。关于养老服务，乙。', ['关于托育', '关于养老']],
    // near-misses: 对此 / 对这个问题 point back, 对两位委员的问题 names the askers, 对…说 is no opener
    ['对此，甲；对这个问题，乙。', []],
    ['对两位委员的问题，我一并回答。甲。', []],
    ['对群众反映的收费问题我们高度重视，甲。', []],
  ])('%s', (words, parts) => {
    expect(partsOf(words)).toEqual(parts);
  });
});

describe('[joint-answers] one official answering several members at once', () => {
  it('合并回答了三位委员的问题 with 对…问题 parts: each part to its question, the stated count the group', () => {
    const text = `${HEAD}县人大常委会委员龙春燕：全县普惠托育机构有多少家？\n\n县卫生健康局局长宋阳：全县普惠托育机构97家。\n\n${ASKS}\n\n副县长包丽萍合并回答了三位委员和代表的问题。她说，对乡镇卫生院留人问题，全县将新招聘医学毕业生90名；对专家下乡坐诊的问题，已组建12个专家团队；对村卫生室补助，补助标准由每人次5元提高到8元。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(questions(s)).toEqual([[['龙春燕'], ['宋阳']], [['欧阳德明'], ['包丽萍']], [['宋秀芬'], ['包丽萍']], [['柯红英'], ['包丽萍']]]);
    expect(parse(text).questions.map((q) => q.quantities.map((x) => x.text))).toEqual([['97家'], ['90名'], ['12个'], ['每人次5元', '8元']]);
  });

  it.each([
    '副县长包丽萍就以上问题作了回答。她说，全县将新招聘医学毕业生90名。',
    '副县长包丽萍对三位委员和代表的问题作了合并回答。她说，全县将新招聘医学毕业生90名。',
    '副县长包丽萍合并作答。她说，全县将新招聘医学毕业生90名。',
  ])('the whole group answered: %s', (answer) => {
    const text = `${HEAD}${ASKS}\n\n${answer}`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(questions(s)).toEqual([[['欧阳德明'], ['包丽萍']], [['宋秀芬'], ['包丽萍']], [['柯红英'], ['包丽萍']]]);
  });

  it('askers announced as asking in turn ask, a concern stated without ？ too (先后就…发问, then X说)', () => {
    const text = `${HEAD}随后，县人大常委会委员欧阳德明、宋秀芬，县人大代表柯红英先后就基层人才、专家下乡、村医补助等问题发问。\n\n欧阳德明说，乡镇卫生院医生流失严重，基层首诊的积极性不高。\n\n宋秀芬关心的是，县医院专家下乡坐诊能否常态化？\n\n柯红英则问，村卫生室一般诊疗费补助能不能再提高？\n\n对三位委员和代表的提问，副县长包丽萍进行了统一回答。她表示，关于基层人才，全县将新招聘医学毕业生90名；关于专家下乡，已组建12个专家团队；关于村医补助，补助标准将提高到8元。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(questions(s)).toEqual([[['欧阳德明'], ['包丽萍']], [['宋秀芬'], ['包丽萍']], [['柯红英'], ['包丽萍']]]);
    expect(parse(text).questions.map((q) => q.quantities.map((x) => x.text))).toEqual([['90名'], ['12个'], ['8元']]);
  });

  it('near-miss: a statement not announced as asking stays out of the group (no 先后…发问)', () => {
    const text = `${HEAD}县人大常委会委员欧阳德明说，乡镇卫生院医生流失严重。\n\n县卫生健康局局长宋阳：已出台留人政策。\n\n宋秀芬说，县医院专家下乡坐诊情况不错。\n\n柯红英则问，村卫生室一般诊疗费补助能不能再提高？\n\n县人大代表郑海问，村医养老保险怎么解决？\n\n副县长包丽萍一并作了回答。她说，补助标准将提高到8元。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    const q = questions(s);
    expect(q.find((x) => x[0][0] === '宋秀芬')?.[1] ?? []).not.toContain('包丽萍');
  });

  it('集中回答了以上三位…的提问, then as many 关于 paragraphs: each part to its question in order', () => {
    const text = `${HEAD}${ASKS}\n\n县卫生健康局局长谭志强集中回答了以上三位委员和代表的提问。他说：\n关于人才问题，全县将新招聘医学毕业生90名。\n关于专家下沉，已组建12个专家团队。\n关于村医待遇，补助标准由每人次5元提高到8元。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(questions(s)).toEqual([[['欧阳德明'], ['谭志强']], [['宋秀芬'], ['谭志强']], [['柯红英'], ['谭志强']]]);
    expect(answerTurns(s)).toEqual([[3, null, '县卫生健康局'], [3, 1, '关于人才问题'], [3, 2, '关于专家下沉'], [3, null, '关于村医待遇']]);
    // The figures go where the answer's text is.
    expect(parse(text).questions.map((q) => q.quantities.map((x) => x.text))).toEqual([['90名'], ['12个'], ['每人次5元', '8元']]);
    expect(parse(text).warnings.filter((w) => w.code === 'question-without-responder')).toEqual([]);
  });

  it('an answer not divided by question answers the group: it stays where it stands, every question lists the official', () => {
    const text = `${HEAD}${ASKS}\n\n县卫生健康局局长谭志强一并作了回答。他说，全县将新招聘医学毕业生90名，组建12个专家团队。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(questions(s)).toEqual([[['欧阳德明'], ['谭志强']], [['宋秀芬'], ['谭志强']], [['柯红英'], ['谭志强']]]);
    expect(answerTurns(s)).toEqual([[3, null, '县卫生健康局']]);
    expect(parse(text).questions.map((q) => q.quantities.length)).toEqual([0, 0, 2]);
    expect(parse(text).warnings.filter((w) => w.code === 'question-without-responder')).toEqual([]);
  });

  it('以上两位 after three questions: the last two only', () => {
    const text = `${HEAD}${ASKS}\n\n县卫生健康局局长谭志强集中回答了以上两位委员和代表的提问。他说，已组建12个专家团队。`;
    const s = build(text);
    expect(questions(s)).toEqual([[['欧阳德明'], []], [['宋秀芬'], ['谭志强']], [['柯红英'], ['谭志强']]]);
  });

  it('two members in one question: 对两位的提问，X一并作了回答 is X answering, the bare name read before 一并', () => {
    const text = '2025年4月28日，十四届全国人大常委会第十五次会议举行联组会议，就农业法实施情况进行专题询问。农业农村部部长韩广明到会回答询问。\n\n常委会委员赵凤琴问：“种业卡脖子问题怎么破？”常委会委员马成林接着问：“农业保险能不能扩面？”\n\n对两位的提问，韩广明一并作了回答。他说，将实施种业振兴行动。';
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(questions(s)).toEqual([[['赵凤琴', '马成林'], ['韩广明']]]);
    expect(s.questions[0].turns.map((t) => [t.role, t.text.slice(0, 6)])).toEqual([['asker', '常委会委员赵'], ['asker', '常委会委员马'], ['responder', '对两位的提问']]);
    expect(parse(text).questions[0].quantities).toEqual([]);
  });

  it('near-miss: answers each naming no joint answer keep the batch reading (逐一回答)', () => {
    const text = `${HEAD}${ASKS}\n\n县卫生健康局局长谭志强回答说，全县将新招聘医学毕业生90名。\n\n县人民医院院长郑海回答说，已组建12个专家团队。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(s.questions.every((q) => !q.turns.some((t) => t.role === 'responder' && t.text.includes('一并')))).toBe(true);
    expect(s.questions[2].responders.length).toBeGreaterThan(0);
  });
});

describe('[joint-answers] topicAnswer: unsaid, one official\'s words opening on a topic in a 关于… part per question', () => {
  /** Turns of `text`: the asker's words, then one responder turn at each of `at` (speaker p2, or the one given). */
  const turnsOf = (text: string, at: [string, string][]): Turn[] => {
    const starts = at.map(([s]) => text.indexOf(s));
    const turns: Turn[] = [{ speaker: 'p1', role: 'asker', text: text.slice(0, starts[0]), span: [0, starts[0]], answerTo: null }];
    starts.forEach((a, k) => {
      const b = k + 1 < starts.length ? starts[k + 1] : text.length;
      turns.push({ speaker: at[k][1], role: 'responder', text: text.slice(a, b), span: [a, b], answerTo: null });
    });
    return turns;
  };
  it.each<[string, string, [string, string][], number]>([
    ['回答，关于A…；关于B…', '委员甲问，如何解决？委员乙问，钱从哪里来？\n梁永胜回答，关于非遗传承，每年资助20名；关于传统村落保护，已获补助300万元。', [['梁永胜', 'p2']], 2],
    ['说，关于…。关于… on two lines', '委员甲问，如何解决？委员乙问，钱从哪里来？\n梁永胜说，关于非遗传承，每年资助20名。\n关于传统村落保护，已获补助300万元。', [['梁永胜', 'p2']], 2],
    ['three parts for three questions', '问？问？问？\n局长表示：\n关于人才，甲。\n关于专家，乙。\n针对村医待遇问题，丙。', [['局长', 'p2']], 3],
    // (t72 p10: thanks before the first part, and a part with no 问题 in its topic)
    ['thanks, then 关于… parts', '问？问？问？\n局长 宁某：感谢三位委员的提问。关于校园周边食品安全，甲。关于快检室的问题，乙。关于监管力量不足，丙。', [['局长', 'p2']], 3],
    ['谢谢大家。then the parts', '问？问？\n局长 宁某：谢谢大家。关于快检室，甲。关于监管力量，乙。', [['局长', 'p2']], 2],
  ])('reads: %s', (_label, text, at, n) => {
    const view = normalize(text);
    const j = topicAnswer(view, turnsOf(view, at), n);
    expect(j && [j.speaker, j.askers, j.parts.length]).toEqual(['p2', null, n]);
  });
  it.each<[string, string, [string, string][], number]>([
    ['fewer parts than questions', '委员甲问，如何解决？委员乙问，钱从哪里来？\n梁永胜回答，关于非遗传承，每年资助20名，传统村落保护资金已落实。', [['梁永胜', 'p2']], 2],
    ['more parts than questions', '委员甲问，如何解决？委员乙问，钱从哪里来？\n梁永胜回答，关于人才，甲；关于资金，乙；关于场地，丙。', [['梁永胜', 'p2']], 2],
    ['the parts open later in one answer (matters within it)', '委员甲问，如何解决？委员乙问，钱从哪里来？\n梁永胜回答，全县共有传承人58名。关于人才，甲；关于资金，乙。', [['梁永胜', 'p2']], 2],
    ['a second official answers too', '委员甲问，如何解决？委员乙问，钱从哪里来？\n梁永胜回答，关于人才，甲；关于资金，乙。\n马俊杰说，资金已落实。', [['梁永胜', 'p2'], ['马俊杰', 'p3']], 2],
    ['one question only', '委员甲问，如何解决？\n梁永胜回答，关于人才，甲。', [['梁永胜', 'p2']], 1],
    ['a sentence of his own after the thanks', '问？问？\n局长 宁某：感谢两位委员。全县有监管所12个。关于快检室，甲。关于监管力量，乙。', [['局长', 'p2']], 2],
  ])('leaves alone: %s', (_label, text, at, n) => {
    const view = normalize(text);
    expect(topicAnswer(view, turnsOf(view, at), n)).toBeNull();
  });
});

describe('[joint-answers] announced askers, one stating a concern, then 关于… parts (t69 p01, p03)', () => {
  const HEAD2 = '江北省人大常委会开展食品安全专题询问\n\n2021年9月27日，江北省十三届人大常委会第三十二次会议举行联组会议，开展专题询问。省人大常委会副主任邬志明主持会议。\n\n';
  it('先后就A和B提问: the second asker\'s concern without ？ is a question; 一并作了回答 with 关于A；关于B parts goes to each', () => {
    const text = `${HEAD2}省人大常委会委员柏海燕和省人大代表、某乡党委书记程卫国先后就进口冷链食品和农村集体聚餐提问。\n\n柏海燕问：“进口冷链食品链条长，如何做到全程可追溯？”\n\n程卫国说，农村红白喜事聚餐人数多，乡镇监管力量薄弱，希望有关部门拿出管用的办法。\n\n对两位的提问，副省长邬建国一并作了回答。他说，关于进口冷链食品，全省已建成集中监管仓11个；关于农村集体聚餐，每年培训乡村厨师不少于1.5万人次。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(questions(s)).toEqual([[['柏海燕'], ['邬建国']], [['程卫国'], ['邬建国']]]);
    expect(parse(text).questions.map((q) => q.quantities.map((x) => x.text))).toEqual([['11个'], ['不少于1.5万人次']]);
  });

  it('分别就A和B提问, two questions in one paragraph, then X回答，关于A…；关于B…: each part to its question', () => {
    const text = `${HEAD2}省人大常委会委员侯玉兰和省人大代表乔志国分别就非遗传承和传统村落保护提问。侯玉兰问，传承人平均年龄已经超过65岁，如何解决后继乏人的问题？乔志国问，村里老房子空置率超过一半，保护资金从哪里来？\n\n省文化和旅游厅厅长梁永国回答，关于非遗传承，每年资助20名青年学徒；关于传统村落保护，每个村已获得中央财政补助300万元。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(questions(s)).toEqual([[['侯玉兰'], ['梁永国']], [['乔志国'], ['梁永国']]]);
    expect(parse(text).questions.map((q) => q.quantities.map((x) => x.text))).toEqual([['超过65岁', '20名'], ['超过一半', '300万元']]);
  });

  it('near-miss: one 关于 part for two questions leaves the first without the official', () => {
    const text = `${HEAD2}省人大常委会委员侯玉兰和省人大代表乔志国分别就非遗传承和传统村落保护提问。侯玉兰问，传承人平均年龄已经超过65岁，如何解决后继乏人的问题？乔志国问，村里老房子空置率超过一半，保护资金从哪里来？\n\n省文化和旅游厅厅长梁永国回答，关于传统村落保护，每个村已获得中央财政补助300万元。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(questions(s)).toEqual([[['侯玉兰'], []], [['乔志国'], ['梁永国']]]);
  });
});

describe('[joint-answers] a joint answer in fewer topic parts than questions (t72 p01)', () => {
  const HEAD3 = '全国人大常委会就耕地保护工作开展专题询问\n\n新华社北京6月26日电 十四届全国人大常委会第十次会议26日下午举行联组会议，进行专题询问。\n\n';
  const ASK2 = '常委会委员宗某群接着问：耕地“非粮化”治理中，如何既守住耕地又照顾农民收益？\n\n常委会委员冉某实问：占补平衡中“占优补劣”的现象还存在，自然资源部怎么看？\n\n';
  it.each([
    ['the words before the part to the first question, the part to the one its topic names',
      '自然资源部部长丁某恺一并回答了两位委员的提问。他说，耕地用途管制要分类施策，永久基本农田重点用于粮食生产。关于占补平衡，补充耕地质量验收实行“国家抽查、省级负责”。',
      [[2, 1, '自然资源部部'], [2, null, '关于占补平衡']]],
  ])('%s', (_name, answer, expected) => {
    const text = HEAD3 + ASK2 + answer;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(answerTurns(s)).toEqual(expected);
    expect(questions(s).map((q) => q[1])).toEqual([['丁某恺'], ['丁某恺']]);
  });

  it.each([
    ['a part naming no question', '关于下一步工作，将加强督察。'],
    ['a part naming the first question only: nothing for the second', '关于耕地非粮化治理，将保障农民收益。'],
  ])('near-miss: %s leaves the answer to the group, where it stands', (_name, part) => {
    const text = `${HEAD3}${ASK2}自然资源部部长丁某恺一并回答了两位委员的提问。他说，要分类施策。${part}`;
    const s = build(text);
    expect(answerTurns(s)).toEqual([[2, null, '自然资源部部']]);
    expect(questions(s).map((q) => q[1])).toEqual([['丁某恺'], ['丁某恺']]);
  });
});
