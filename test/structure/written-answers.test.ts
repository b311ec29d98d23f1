/** Written answers appended to a transcript (书面答复): questions of their own, after the chair's closing. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import type { InquiryRecord } from '../../src/model/record.js';
import { WRITTEN_ANNEX, WRITTEN_HEADING, WRITTEN_ITEM, WRITTEN_NOTICE } from '../../src/structure/written-answers.js';
import { normalize } from '../../src/source/normalize.js';

const ORAL = [
  '某县人大常委会专题询问实录',
  '主持人：县人大常委会副主任 蒲思远',
  '【蒲思远副主任】今天的专题询问，共有4位委员报名提问，现场安排2位委员提问，其余2位委员的问题由相关单位会后书面答复。',
  '【卓文清委员】请问县卫生健康局，村医待遇怎么提高？',
  '【县卫生健康局局长 闵晓舟】今年村医补助提高到每月800元，覆盖村医312人。',
  '【宁雪松委员】请问县医保局，报销比例有什么变化？',
  '【县医保局局长 阙海峰】今年住院报销比例提高5个百分点，惠及群众2.6万人次。',
  '【蒲思远副主任】今天的询问到此结束。请各应询单位认真整改，三个月内书面报告常委会。',
];
const CLOSING = '【蒲思远副主任】今天的询问到此结束。请各应询单位认真整改，三个月内书面报告常委会。';

/** The written questions of a record, read for comparison. */
function written(r: InquiryRecord) {
  const name = (id: string) => r.people.find((p) => p.id === id)?.name ?? id;
  return r.questions.filter((q) => q.written).map((q) => ({
    label: q.label, text: q.text, askers: q.askers.map(name), organization: q.written!.organization, addressees: q.addressees,
    roles: q.turns.map((t) => t.role[0]).join(''), measures: q.answers.flatMap((a) => a.measures.map((m) => m.marker)), quantities: q.quantities.map((x) => x.text),
  }));
}

describe('[written-answers] an appendix after the closing', () => {
  it.each<[string, string[], ReturnType<typeof written>]>([
    ['附: heading, numbered answers naming the members, offices\' labels', [
      '附：书面答复', '一、关于詹永福委员所提“农村公路养护”问题的答复', '县交通运输局：', '今年养护农村公路420公里。下一步，一是落实养护资金，二是建立路长制。',
      '二、关于甘露委员所提“校车安全”问题的答复', '县教育局答复：今年新增校车18辆。',
    ], [
      { label: '一、', text: '关于詹永福委员所提“农村公路养护”问题的答复', askers: ['詹永福'], organization: '县交通运输局', addressees: ['县交通运输局'], roles: 'nr', measures: ['一是', '二是'], quantities: ['420公里'] },
      { label: '二、', text: '关于甘露委员所提“校车安全”问题的答复', askers: ['甘露'], organization: '县教育局', addressees: ['县教育局'], roles: 'nr', measures: [], quantities: ['18辆'] },
    ]],
    ['an office\'s written answer under its own heading, a topic', ['县交通运输局书面答复', '关于农村公路养护：今年养护农村公路420公里。'], [
      { label: null, text: '关于农村公路养护', askers: [], organization: '县交通运输局', addressees: ['县交通运输局'], roles: 'nr', measures: [], quantities: ['420公里'] },
    ]],
    ['the office in brackets after the heading, a summary', ['附：书面答复（县交通运输局）', '今年养护农村公路420公里。'], [
      { label: null, text: '附：书面答复（县交通运输局）', askers: [], organization: '县交通运输局', addressees: ['县交通运输局'], roles: 'nr', measures: [], quantities: ['420公里'] },
    ]],
    ['a bracketed heading with the answer after it', ['【县交通运输局书面答复】今年养护农村公路420公里。'], [
      { label: null, text: '【县交通运输局书面答复】', askers: [], organization: '县交通运输局', addressees: ['县交通运输局'], roles: 'nr', measures: [], quantities: ['420公里'] },
    ]],
    ['附件 over an answer naming the member, no office', ['附件', '一、关于詹永福委员所提问题的答复', '今年养护农村公路420公里。'], [
      { label: '一、', text: '关于詹永福委员所提问题的答复', askers: ['詹永福'], organization: null, addressees: [], roles: 'nr', measures: [], quantities: ['420公里'] },
    ]],
    ['an attachment titled in other words, the office in a field line', ['附件：委员所提问题书面答复汇编', '一、关于詹永福委员所提问题的答复', '答复单位：县交通运输局', '今年养护农村公路420公里。'], [
      { label: '一、', text: '关于詹永福委员所提问题的答复', askers: ['詹永福'], organization: '县交通运输局', addressees: ['县交通运输局'], roles: 'nr', measures: [], quantities: ['420公里'] },
    ]],
    ['several offices\' answers under one heading', ['附：书面答复', '县交通运输局：今年养护农村公路420公里。', '县教育局：今年新增校车18辆。'], [
      { label: null, text: '附：书面答复', askers: [], organization: '县交通运输局', addressees: ['县交通运输局'], roles: 'nr', measures: [], quantities: ['420公里'] },
      { label: null, text: '县教育局', askers: [], organization: '县教育局', addressees: ['县教育局'], roles: 'r', measures: [], quantities: ['18辆'] },
    ]],
    ['two offices answering one member\'s question', ['附：书面答复', '一、关于詹永福委员所提“农村公路养护”问题的答复', '县交通运输局：今年养护农村公路420公里。', '县财政局：安排养护资金1500万元。'], [
      { label: '一、', text: '关于詹永福委员所提“农村公路养护”问题的答复', askers: ['詹永福'], organization: '县交通运输局', addressees: ['县交通运输局', '县财政局'], roles: 'nrr', measures: [], quantities: ['420公里', '1500万元'] },
    ]],
    ['an answer to the question a member asked (询问)', ['对詹永福委员询问问题的书面答复', '县交通运输局：今年养护农村公路420公里。'], [
      { label: null, text: '对詹永福委员询问问题的书面答复', askers: ['詹永福'], organization: '县交通运输局', addressees: ['县交通运输局'], roles: 'nr', measures: [], quantities: ['420公里'] },
    ]],
    ['the member\'s question written out', ['附：书面答复', '詹永福委员：请问县交通运输局，农村公路养护怎么样？', '县交通运输局：今年养护农村公路420公里。'], [
      { label: null, text: '请问县交通运输局，农村公路养护怎么样？', askers: ['詹永福'], organization: '县交通运输局', addressees: ['县交通运输局'], roles: 'nar', measures: [], quantities: ['420公里'] },
    ]],
  ])('%s', (_name, tail, expected) => {
    const r = parse([...ORAL, '', ...tail].join('\n'));
    expect(written(r)).toEqual(expected);
    // The chair's closing is found before the appendix, and the last oral question keeps its own two turns.
    expect(r.session.closing?.text).toBe(CLOSING);
    const oral = r.questions.filter((q) => !q.written);
    expect(oral.length).toBe(2);
    expect(oral[1].turns.map((t) => t.role)).toEqual(['asker', 'responder']);
    expect(oral[1].quantities.map((x) => x.text)).toEqual(['5个百分点', '2.6万人次']);
    const text = [...ORAL, '', ...tail].join('\n');
    for (const q of r.questions) {
      expect(q.text).toBe(text.slice(q.span[0], q.span[1]));
      expect(q.span[0] >= q.sectionSpan[0] && q.span[1] <= q.sectionSpan[1]).toBe(true);
      for (const t of q.turns) expect(t.text).toBe(text.slice(t.span[0], t.span[1]));
    }
  });

  it('written answers set before the chair\'s closing: the closing is still the chair\'s paragraph after them', () => {
    const lines = [...ORAL.slice(0, -1), '', '附：书面答复（县交通运输局）', '关于农村公路养护问题：', '今年养护农村公路420公里。', '', CLOSING];
    const r = parse(lines.join('\n'));
    expect(r.session.closing?.text).toBe(CLOSING);
    expect(written(r).map((q) => [q.text, q.organization, q.quantities])).toEqual([['关于农村公路养护问题', '县交通运输局', ['420公里']]]);
    expect(r.questions.filter((q) => !q.written)[1].turns.map((t) => t.role)).toEqual(['asker', 'responder']);
  });

  it('a page-frame line after the written answers stays page frame', () => {
    const lines = [...ORAL, '', '附：书面答复', '一、关于詹永福委员所提问题的答复', '县交通运输局：今年养护农村公路420公里。', '（责任编辑：柴晓岚）'];
    const text = lines.join('\n');
    const r = parse(text);
    const last = r.questions[r.questions.length - 1];
    expect(text.slice(last.sectionSpan[0], last.sectionSpan[1]).endsWith('420公里。')).toBe(true);
  });

  it('the members answered in writing count with the askers the introduction announces', () => {
    const r = parse([...ORAL, '', '附：书面答复', '一、关于詹永福委员所提问题的答复', '县交通运输局：今年养护农村公路420公里。', '二、关于甘露委员所提问题的答复', '县教育局：今年新增校车18辆。'].join('\n'));
    expect(r.session.statedAskerCount).toBe(4);
    expect(r.warnings.map((w) => w.code)).not.toContain('stated-asker-count-mismatch');
  });

  it('no appendix: no written question', () => {
    const r = parse(ORAL.join('\n'));
    expect(r.questions.map((q) => q.written)).toEqual([null, null]);
    expect(r.session.closing?.text).toBe(CLOSING);
  });
});

describe('[written-answers] headings', () => {
  it.each<[string, string | null]>([
    ['书面答复', null],
    ['会后书面答复', null],
    ['附:书面答复', null],
    ['附件:县交通运输局书面答复', '县交通运输局'],
    ['附件2 书面答复(县交通运输局)', '县交通运输局'],
    ['附:县消防救援大队书面答复(摘要)', '县消防救援大队'],
    ['【县自然资源局书面答复】一、补充耕地860亩;', '县自然资源局'],
    ['县医保局关于专题询问未当场答复问题的书面答复', '县医保局'],
    ['附件2:市林业局关于委员所提森林防火问题的书面答复', '市林业局'],
  ])('%s', (line, office) => {
    const m = WRITTEN_HEADING.exec(line);
    expect(m).not.toBeNull();
    expect(m![1] ?? (m![2] && m![2] !== '摘要' ? m![2] : null)).toBe(office);
  });

  it.each(['附件:委员所提问题书面答复汇编', '附:部分委员询问问题的书面答复情况'])('an attachment naming written answers: %s', (line) => {
    expect(WRITTEN_ANNEX.test(line)).toBe(true);
  });

  it.each([
    '请有关部门在15日内书面答复。',
    '未能当场回答的问题请有关部门书面答复',
    '书面答复的问题有哪些?',
    '县医保局关于这个问题的书面答复已经送达。',
    '请县医保局关于这个问题书面答复',
  ])('not a heading: %s', (line) => {
    expect(WRITTEN_HEADING.test(line)).toBe(false);
  });

  it.each<[string, string, string]>([
    ['一、关于宋某某委员所提“村医待遇”问题的答复', '宋某某', '委员'],
    ['(二)关于代表米雪提出的问题的书面答复', '米雪', '代表'],
    ['关于古丽·阿不都委员所提问题的答复', '古丽·阿不都', '委员'],
  ])('an answer naming the member: %s', (line, name, title) => {
    const m = WRITTEN_ITEM.exec(line);
    expect(m).not.toBeNull();
    expect([m![2] ?? m![5], m![3] ?? m![4]]).toEqual([name, title]);
  });

  it.each(['关于委员们所提问题的答复', '一、关于村医待遇问题的答复'])('naming no member: %s', (line) => {
    expect(WRITTEN_ITEM.test(line)).toBe(false);
  });
});

describe('[written-answers] labelled speakers in the appendix', () => {
  /** The written questions with the people who ask and answer them, and the answers' responders. */
  function spoken(r: InquiryRecord) {
    const name = (id: string | null) => (id === null ? null : r.people.find((p) => p.id === id)?.name ?? id);
    return r.questions.filter((q) => q.written).map((q) => ({
      askers: q.askers.map(name), responders: q.responders.map(name), addressees: q.addressees, roles: q.turns.map((t) => t.role[0]).join(''),
      answers: q.answers.map((a) => [name(a.responder), a.measures.map((m) => m.marker).join('')]),
    }));
  }
  // Each row: the appendix after the chair's closing, and what its one written question reads.
  it.each<[string, string[], ReturnType<typeof spoken>[number]]>([
    ['附: an office\'s heading, a member\'s label, an official\'s label', ['附：县医保局书面答复', '委员尤晓岚：异地就医备案难不难？', '县医保局副局长车文博：我们将采取三项措施：一是简化备案材料；二是开通线上备案；三是推行承诺制。'],
      { askers: ['尤晓岚'], responders: ['车文博'], addressees: ['县医保局'], roles: 'nar', answers: [['车文博', '一是二是三是']] }],
    ['the office\'s heading alone, no 附:', ['县医保局书面答复', '委员尤晓岚：异地就医备案难不难？', '县医保局副局长车文博：目前备案全部线上办理，平均用时3分钟。'],
      { askers: ['尤晓岚'], responders: ['车文博'], addressees: ['县医保局'], roles: 'nar', answers: [] }],
    ['附件 alone over a labelled question', ['附件', '委员尤晓岚：异地就医备案难不难？', '县医保局副局长车文博：我们将采取两项措施：一是简化备案材料；二是开通线上备案。'],
      { askers: ['尤晓岚'], responders: ['车文博'], addressees: [], roles: 'nar', answers: [['车文博', '一是二是']] }],
    ['ORG关于…的书面答复 under 附件, 问(NAME): / 答(NAME):', ['附件', '县医保局关于专题询问未当场答复问题的书面答复', '问（县人大常委会委员尤晓岚）：异地就医备案难不难？', '答（县医保局副局长车文博）：', '我们将采取两项措施：1.简化备案材料。2.开通线上备案。'],
      { askers: ['尤晓岚'], responders: ['车文博'], addressees: ['县医保局'], roles: 'nar', answers: [['车文博', '1.2.']] }],
    ['a member asking (询问:), the official on the 答复: line', ['县医保局关于委员询问问题的书面答复', '县人大常委会委员尤晓岚询问：异地就医备案难不难？', '答复：县医保局副局长车文博', '我们将采取两项措施：一是简化备案材料；二是开通线上备案。'],
      { askers: ['尤晓岚'], responders: ['车文博'], addressees: ['县医保局'], roles: 'nar', answers: [['车文博', '一是二是']] }],
    ['a bare 问: naming nobody, 答: naming the official', ['附件', '县医保局关于专题询问未当场答复问题的书面答复', '问：异地就医备案难不难？', '答：县医保局副局长车文博', '我们将采取两项措施：一是简化备案材料；二是开通线上备案。'],
      { askers: [], responders: ['车文博'], addressees: ['县医保局'], roles: 'nar', answers: [['车文博', '一是二是']] }],
    ['bare 问: and 答: naming nobody: the office answers', ['附件', '县医保局关于专题询问未当场答复问题的书面答复', '问：异地就医备案难不难？', '答：', '我们将采取两项措施：一是简化备案材料；二是开通线上备案。'],
      { askers: [], responders: [], addressees: ['县医保局'], roles: 'nar', answers: [[null, '一是二是']] }],
    ['a bare 关于…的书面答复 (no office, no 附件) over a member\'s label', ['关于专题询问未当场答复问题的书面答复', '委员尤晓岚：异地就医备案难不难？', '县医保局副局长车文博：我们将采取三项措施：一是简化备案材料；二是开通线上备案；三是推行承诺制。'],
      { askers: ['尤晓岚'], responders: ['车文博'], addressees: [], roles: 'nar', answers: [['车文博', '一是二是三是']] }],
    ['a bare 关于…的书面回复 over 问(NAME): / 答(NAME):', ['关于部分委员所提问题的书面回复', '问（县人大常委会委员尤晓岚）：异地就医备案难不难？', '答（县医保局副局长车文博）：', '我们将采取两项措施：1.简化备案材料。2.开通线上备案。'],
      { askers: ['尤晓岚'], responders: ['车文博'], addressees: [], roles: 'nar', answers: [['车文博', '1.2.']] }],
  ])('%s', (_name, tail, expected) => {
    const text = [...ORAL, '', ...tail].join('\n');
    const r = parse(text);
    expect(spoken(r)).toEqual([expected]);
    // The chair's closing is found before the appendix; the last oral question keeps its own two turns.
    expect(r.session.closing?.text).toBe(CLOSING);
    expect(r.questions.filter((q) => !q.written)[1].turns.map((t) => t.role)).toEqual(['asker', 'responder']);
    for (const q of r.questions) for (const t of q.turns) expect(t.text).toBe(text.slice(t.span[0], t.span[1]));
  });

  it('a bare 关于…的书面答复 title is the appendix\'s heading: the question is the member\'s words', () => {
    const r = parse([...ORAL, '', '关于专题询问未当场答复问题的书面答复', '委员尤晓岚：异地就医备案难不难？', '县医保局副局长车文博：目前备案全部线上办理。'].join('\n'));
    const q = r.questions.filter((x) => x.written);
    expect(q.map((x) => [x.text, x.written!.heading, x.written!.organization])).toEqual([['异地就医备案难不难？', '关于专题询问未当场答复问题的书面答复', null]]);
  });

  it('a bare 关于…的书面答复 over prose after the closing opens no appendix', () => {
    const r = parse([...ORAL, '', '关于专题询问未当场答复问题的书面答复', '会后，相关部门认真研究了委员们的意见，将陆续答复。'].join('\n'));
    expect(r.questions.filter((x) => x.written)).toEqual([]);
  });

  it('several members\' questions, each answered by its official: a written question each', () => {
    const r = parse([...ORAL, '', '附：书面答复', '委员尤晓岚：异地就医备案难不难？', '县医保局副局长车文博：目前备案全部线上办理。', '委员蓝启明：乡村医生够不够？', '县卫健局局长柴永年：今年招聘乡村医生26名。'].join('\n'));
    expect(spoken(r)).toEqual([
      { askers: ['尤晓岚'], responders: ['车文博'], addressees: [], roles: 'nar', answers: [] },
      { askers: ['蓝启明'], responders: ['柴永年'], addressees: [], roles: 'ar', answers: [] },
    ]);
  });

  it('a title-only heading over the transcript itself is no appendix ("附件：询问实录")', () => {
    const r = parse([...ORAL.slice(0, -1), '', '附件：询问实录', '委员尤晓岚：异地就医备案难不难？', '县医保局副局长车文博：目前备案全部线上办理。'].join('\n'));
    expect(r.questions.filter((q) => q.written)).toEqual([]);
  });
});

describe('[written-answers] after a news report', () => {
  const NEWS = [
    '临川区人大常委会就养老服务开展专题询问',
    '本报讯（记者　戚晓帆）11月20日，临川区人大常委会对全区养老服务工作开展专题询问。区人大常委会主任詹德明主持询问，副区长邝一鸣及区民政局负责人到会应询。',
    '区人大常委会委员柏海宁关注助餐服务：“社区老年食堂为什么开不下去？”',
    '区民政局局长伍致远回应，全区已建成老年食堂42家。下一步将重点做好两项工作：一是落实运营补贴；二是引入社会力量。',
    '副区长邝一鸣表态说，委员们的意见很中肯，区政府将把助餐服务纳入明年民生实事。',
    '詹德明在总结讲话中强调，一要科学布局；二要多元投入；三要加强监管。他要求区政府在三个月内书面报告整改情况。',
  ];
  const CLOSE = NEWS.slice(4).join('\n');
  const ATTACHED = ['附件', '', '区民政局关于专题询问未当场答复问题的书面答复'];
  it.each<[string, string[], string[], string | null]>([
    ['问(NAME): / 答(NAME):', ATTACHED, ['问（区人大常委会委员苗青禾）：居家养老上门服务怎么保障？', '答（区民政局局长伍致远）：', '我们将采取两项措施：1.扩大服务范围。2.提高补贴标准。'], '苗青禾'],
    ['bare 问: / 答: NAME', ATTACHED, ['问：居家养老上门服务怎么保障？', '答：区民政局局长伍致远', '我们将采取两项措施：1.扩大服务范围。2.提高补贴标准。'], null],
    ['a member asking (询问:), 答复: NAME', ATTACHED, ['区人大常委会委员苗青禾询问：居家养老上门服务怎么保障？', '答复：区民政局局长伍致远', '我们将采取两项措施：1.扩大服务范围。2.提高补贴标准。'], '苗青禾'],
    ['the office\'s heading alone, 问(NAME):', ['区民政局关于专题询问未当场答复问题的书面答复'], ['问（区人大常委会委员苗青禾）：居家养老上门服务怎么保障？', '答（区民政局局长伍致远）：', '我们将采取两项措施：1.扩大服务范围。2.提高补贴标准。'], '苗青禾'],
    ['附: 书面答复, 问(NAME):', ['附：书面答复'], ['问（区人大常委会委员苗青禾）：居家养老上门服务怎么保障？', '答（区民政局局长伍致远）：', '我们将采取两项措施：1.扩大服务范围。2.提高补贴标准。'], '苗青禾'],
    ['bare 问: / 答: after the report: nobody it named answers in writing', ATTACHED, ['问：居家养老上门服务怎么保障？', '答：', '我们将采取两项措施：1.扩大服务范围。2.提高补贴标准。'], null],
  ])('the news questions stand, the closing is found before the appendix: %s', (_name, heading, tail, asker) => {
    const text = [...NEWS, '', ...heading, '', ...tail].join('\n');
    const r = parse(text);
    const name = (id: string | null) => (id === null ? null : r.people.find((p) => p.id === id)?.name ?? id);
    const answered = tail.some((l) => l.includes('伍致远'));
    expect(r.questions.map((q) => [q.askers.map(name), q.responders.map(name), !!q.written, q.answers.map((a) => a.measures.length)])).toEqual([
      [['柏海宁'], ['伍致远'], false, [2]],
      [asker ? [asker] : [], answered ? ['伍致远'] : [], true, [2]],
    ]);
    expect(r.session.closing?.text).toBe(CLOSE);
  });
});

describe('[written-answers] a Markdown 纪要\'s appendix', () => {
  const DIGEST = [
    '# 兰江县人大常委会农村供水专题询问纪要',
    '',
    '> 2024年8月6日，兰江县人大常委会就农村供水保障工作开展专题询问。常委会副主任**储立新**主持。',
    '',
    '## 问题一：农村水厂运维怎么保障？',
    '',
    '**询问人**：县人大常委会委员　葛春华',
    '',
    '请问县水利局，小水厂运维经费从哪里来？',
    '',
    '**应询人**：县水利局局长　舒远帆',
    '',
    '今年安排运维经费860万元，覆盖小水厂42座。',
    '',
    '---',
    '',
    '储立新在讲话中指出，农村供水事关群众切身利益，要抓好跟踪落实。',
    '',
  ];
  it.each<[string, string]>([
    ['## 附: an office\'s written answer', '## 附：县卫健局书面答复'],
    ['## 附件 alone', '## 附件'],
    ['a bold 附件 heading', '**附件**'],
  ])('%s: field lines name the member and the official', (_name, heading) => {
    const text = [...DIGEST, heading, '', '**询问人**：县人大常委会委员　邝雪梅', '', '农村水质检测频次够不够？', '', '**应询人**：县卫健局副局长　闻一凡', '', '我们将采取两项措施：一是每月检测一次；二是建设检测中心。'].join('\n');
    const r = parse(text);
    const name = (id: string | null) => (id === null ? null : r.people.find((p) => p.id === id)?.name ?? id);
    const w = r.questions.filter((q) => q.written);
    expect(w.map((q) => [q.text, q.askers.map(name), q.responders.map(name), q.answers.map((a) => [name(a.responder), a.measures.length])])).toEqual([
      ['农村水质检测频次够不够？', ['邝雪梅'], ['闻一凡'], [['闻一凡', 2]]],
    ]);
    expect(r.session.closing?.text).toBe('储立新在讲话中指出，农村供水事关群众切身利益，要抓好跟踪落实。');
    expect(r.questions.filter((q) => !q.written).map((q) => q.quantities.map((x) => x.text))).toEqual([['860万元', '42座']]);
    for (const q of r.questions) for (const t of q.turns) expect(t.text).toBe(text.slice(t.span[0], t.span[1]));
    expect(w[0].turns[w[0].turns.length - 2].text.startsWith('**询问人**')).toBe(true);
  });
});

describe('[written-answers] headings with nothing under them', () => {
  it.each([['附件', '县医保局关于专题询问未当场答复问题的书面答复'], ['附：县医保局书面答复'], ['因时间关系，部分委员的问题会后书面答复，答复内容附后。', '附：书面答复']])('no written question: %s', (...heading) => {
    const r = parse([...ORAL, '', ...heading].join('\n'));
    expect(r.questions.map((q) => q.written)).toEqual([null, null]);
    expect(r.session.closing?.text).toBe(CLOSING);
  });
});

describe('[written-answers] numbered members\' labels under the notice that written answers follow (t65)', () => {
  const NOTICE = '因时间关系，部分委员的询问问题会后由有关部门书面答复。现将书面答复内容附后。';
  /** The oral part's last question keeps its own two turns (the notice is none of its answer), and spans hold. */
  function oralIntact(r: InquiryRecord, text: string) {
    const oral = r.questions.filter((q) => !q.written);
    expect(oral.length).toBe(2);
    expect(oral[1].turns.map((t) => t.role)).toEqual(['asker', 'responder']);
    expect(oral[1].turns[1].text.includes('书面答复')).toBe(false);
    for (const q of r.questions) {
      expect(q.text).toBe(text.slice(q.span[0], q.span[1]));
      for (const t of q.turns) expect(t.text).toBe(text.slice(t.span[0], t.span[1]));
    }
  }
  it.each<[string, string[], ReturnType<typeof written>]>([
    ['the notice, 附: heading, 一、TITLE NAME: questions, ORG书面答复: answers', [NOTICE, '附：书面答复',
      '一、常委会委员詹永福：农村公路养护怎么落实？', '县交通运输局书面答复：今年养护农村公路420公里。下一步：（一）落实养护资金；（二）建立路长制；（三）开展路况巡查。',
      '二、县人大代表甘露：校车够不够？', '县教育局书面答复：今年新增校车18辆。'], [
      { label: '一、', text: '农村公路养护怎么落实？', askers: ['詹永福'], organization: '县交通运输局', addressees: ['县交通运输局'], roles: 'nar', measures: ['（一）', '（二）', '（三）'], quantities: ['420公里'] },
      { label: '二、', text: '校车够不够？', askers: ['甘露'], organization: '县教育局', addressees: ['县教育局'], roles: 'ar', measures: [], quantities: ['18辆'] },
    ]],
    ['ORG（书面答复）: and 书面答复（ORG）: labels', [NOTICE, '附：书面答复',
      '一、常委会委员詹永福：农村公路养护怎么落实？', '县交通运输局（书面答复）：今年养护农村公路420公里。',
      '二、常委会委员甘露：校车够不够？', '书面答复（县教育局）：今年新增校车18辆。'], [
      { label: '一、', text: '农村公路养护怎么落实？', askers: ['詹永福'], organization: '县交通运输局', addressees: ['县交通运输局'], roles: 'nar', measures: [], quantities: ['420公里'] },
      { label: '二、', text: '校车够不够？', askers: ['甘露'], organization: '县教育局', addressees: ['县教育局'], roles: 'ar', measures: [], quantities: ['18辆'] },
    ]],
    ['the notice alone over the first numbered question (no heading)', [NOTICE,
      '一、詹永福委员：农村公路养护怎么落实？', '县交通运输局书面答复：今年养护农村公路420公里。',
      '二、甘露委员：校车够不够？', '县教育局书面答复：今年新增校车18辆。'], [
      { label: '一、', text: '农村公路养护怎么落实？', askers: ['詹永福'], organization: '县交通运输局', addressees: ['县交通运输局'], roles: 'nar', measures: [], quantities: ['420公里'] },
      { label: '二、', text: '校车够不够？', askers: ['甘露'], organization: '县教育局', addressees: ['县教育局'], roles: 'ar', measures: [], quantities: ['18辆'] },
    ]],
    ['会后书面答复: over ordinary 问: labels', ['会后书面答复：',
      '常委会委员詹永福问：农村公路养护怎么落实？', '县交通运输局（书面答复）：今年养护农村公路420公里。',
      '常委会委员甘露问：校车够不够？', '县教育局书面答复：今年新增校车18辆。'], [
      { label: null, text: '农村公路养护怎么落实？', askers: ['詹永福'], organization: '县交通运输局', addressees: ['县交通运输局'], roles: 'nar', measures: [], quantities: ['420公里'] },
      { label: null, text: '校车够不够？', askers: ['甘露'], organization: '县教育局', addressees: ['县教育局'], roles: 'ar', measures: [], quantities: ['18辆'] },
    ]],
    // Near-miss: the office's own numbered list ("一、加强…") stays its measures, no question of its own.
    ['书面答复内容如下: over one question, the office answering with 一、二、', ['书面答复内容如下：',
      '一、常委会委员詹永福：农村公路养护怎么落实？', '县交通运输局书面答复：', '一、加强养护资金保障，今年安排1500万元；', '二、建立县乡村三级路长制。'], [
      { label: '一、', text: '农村公路养护怎么落实？', askers: ['詹永福'], organization: '县交通运输局', addressees: ['县交通运输局'], roles: 'nar', measures: ['一、', '二、'], quantities: ['1500万元'] },
    ]],
  ])('%s', (_name, tail, expected) => {
    const text = [...ORAL.slice(0, -1), '', ...tail].join('\n');
    const r = parse(text);
    expect(written(r)).toEqual(expected);
    oralIntact(r, text);
    // The appendix opens on the notice (or heading): narration, the first written question's.
    const first = r.questions.find((q) => q.written)!;
    expect(first.turns[0].text.startsWith(tail[0])).toBe(true);
    expect(first.answers.every((a) => a.responder === null)).toBe(true);
  });

  it('the notice with nothing after it opens no appendix: it stays where it is', () => {
    const text = [...ORAL.slice(0, -1), '', NOTICE].join('\n');
    const r = parse(text);
    expect(r.questions.filter((q) => q.written)).toEqual([]);
  });

  it('a numbered member\'s question in the oral part, no notice or heading over it, is no written answer', () => {
    const text = [...ORAL.slice(0, -1), '', '一、常委会委员詹永福：农村公路养护怎么落实？', '县交通运输局局长 庞一舟：今年养护农村公路420公里。'].join('\n');
    expect(parse(text).questions.filter((q) => q.written)).toEqual([]);
  });

  it('an oral answer listing 一、关于…的问题 keeps them as measures', () => {
    const text = ['某县人大常委会专题询问实录', '【卓文清委员】请问县卫生健康局，村医待遇怎么提高？',
      '【县卫生健康局局长 闵晓舟】委员关心的问题，我分两点回答：', '一、关于村医补助的问题，今年提高到每月800元；', '二、关于村医养老的问题，纳入城乡居民养老保险。'].join('\n');
    const r = parse(text);
    expect(r.questions.map((q) => [q.written, q.answers.map((a) => a.measures.map((m) => m.marker))])).toEqual([[null, [['一、', '二、']]]]);
  });
});

describe('[written-answers] the notice that written answers follow', () => {
  it.each([
    '因时间关系，部分委员的询问问题会后由有关部门书面答复。现将书面答复内容附后。',
    '未及现场回答的问题，有关部门的书面答复如下：',
    '其余委员的问题由相关单位书面答复，附在实录之后。',
  ])('a notice: %s', (line) => {
    expect(WRITTEN_NOTICE.test(normalize(line))).toBe(true);
  });
  it.each([
    '请有关部门会后书面答复。',
    '这个问题我们会后书面答复。',
    '书面答复的问题有哪些？',
    '书面答复附后的材料请各位委员会后查阅，今天的询问到此结束。',
  ])('no notice: %s', (line) => {
    expect(WRITTEN_NOTICE.test(normalize(line))).toBe(false);
  });
  it.each(['会后书面答复：', '书面答复内容如下：', '附：书面答复如下：'])('a heading ending in a colon: %s', (line) => {
    expect(WRITTEN_HEADING.test(normalize(line))).toBe(true);
  });
  it.each(['书面答复：全省已建立信息台账。', '会后书面答复：今年完成了。', '书面答复：'])('a label (with words after it, or a bare field\'s) is no heading: %s', (line) => {
    expect(WRITTEN_HEADING.test(normalize(line))).toBe(false);
  });
});

describe('[written-answers] 会后答复 under the notice, the closing after the appendix, the notice 以下…书面答复: (t67)', () => {
  const HEAD = [
    '平川市人大常委会开展农村供水工作专题询问',
    '2024年6月20日上午，平川市第九届人大常委会第十二次会议召开联组会议，开展农村供水工作专题询问。会议由市人大常委会主任江守成主持。',
    '常委会委员柏青山首先发问：农村自来水普及率是多少？',
    '市水利局局长霍长林回答：目前全市农村自来水普及率为92.5%，今年新建供水工程18处。',
    '常委会委员乔慧敏问：水质检测能不能做到全覆盖？',
    '市卫生健康委员会主任庞立诚答：今年已检测水样1260份，合格率96.3%。',
  ];
  const CLOSE = '询问结束前，副市长严启东代表市政府作表态发言，表示将逐项整改落实。江守成在讲话中指出，要把农村供水这件民生实事办好。';
  const NOTICE = '因会议时间有限，部分询问问题未能当场回答，会后由相关部门作出书面答复，现附后。';
  const ITEMS = [
    '（一）常委会委员滕国梁：山区供水管网老化怎么解决？', '市水利局：一是今年改造老化管网86公里；二是建立管网巡查制度。',
    '（二）市人大代表窦雅琴：水费收缴率低怎么办？', '市发展和改革委员会：全市农村水费收缴率为81%，明年实行“阶梯水价”。',
  ];
  const parsed = (lines: string[]) => {
    const text = lines.join('\n\n');
    const r = parse(text);
    for (const q of r.questions) expect(q.text).toBe(text.slice(q.span[0], q.span[1]));
    return r;
  };
  const oral = (r: InquiryRecord) => r.questions.filter((q) => !q.written).map((q) => r.people.find((p) => p.id === q.askers[0])?.name);
  it.each(['会后答复', '会后答复：', '附：会后答复', '会后回复'])('the heading %s under the notice heads the written answers; the oral part stays questions', (heading) => {
    const r = parsed([...HEAD, CLOSE, NOTICE, heading, ...ITEMS]);
    expect(oral(r)).toEqual(['柏青山', '乔慧敏']);
    expect(written(r).map((w) => [w.label, w.text, w.askers, w.organization])).toEqual([
      ['（一）', '山区供水管网老化怎么解决？', ['滕国梁'], '市水利局'], ['（二）', '水费收缴率低怎么办？', ['窦雅琴'], '市发展和改革委员会']]);
    expect(r.session.closing?.text.startsWith('询问结束前')).toBe(true);
    expect(r.warnings.map((w) => w.code)).not.toContain('labels-in-introduction');
  });
  it('near-miss: 会后答复 with no notice naming 书面答复 over it heads no written answers, yet the exchanges above stay questions', () => {
    const r = parsed([...HEAD, CLOSE, '会后答复', ...ITEMS]);
    expect(written(r)).toEqual([]);
    expect(oral(r).slice(0, 2)).toEqual(['柏青山', '乔慧敏']);
    expect(r.warnings.map((w) => w.code)).not.toContain('labels-in-introduction');
  });
  it('the closing paragraph after the appendix ends the last written answer and is the closing', () => {
    const r = parsed([...HEAD, NOTICE, '附：书面答复', ...ITEMS, CLOSE]);
    expect(oral(r)).toEqual(['柏青山', '乔慧敏']);
    const last = r.questions[r.questions.length - 1];
    expect(last.written?.organization).toBe('市发展和改革委员会');
    expect(last.turns.some((t) => t.text.includes('询问结束前'))).toBe(false);
    expect(r.session.closing?.text.startsWith('询问结束前')).toBe(true);
  });
  it.each([
    '会后，市发展和改革委员会组织召开了水价听证会，听取群众意见。',
    '询问结束后，我委立即组织召开了水价听证会，听取群众意见。',
    '开展水价听证会后，群众满意率达96%。',
  ])('near-miss: an office\'s own account after its answer goes on with it: %s', (line) => {
    const r = parsed([...HEAD, CLOSE, NOTICE, '附：书面答复', ...ITEMS, line]);
    const last = r.questions[r.questions.length - 1];
    expect(last.turns.some((t) => t.text.includes('水价听证会'))).toBe(true);
  });
  it('the notice 以下问题由相关部门书面答复: is narration, and a written question drops its 问: label', () => {
    const r = parsed([...HEAD, CLOSE, '会后书面答复', '因时间关系，以下问题由相关部门书面答复：',
      '1. 滕国梁委员：\n问：山区供水管网老化怎么解决？', '市水利局回复：今年改造老化管网86公里。']);
    const [w] = r.questions.filter((q) => q.written);
    expect(w.text).toBe('山区供水管网老化怎么解决？');
    expect(w.turns.map((t) => t.role)).toEqual(['narration', 'asker', 'responder']);
    expect(w.turns[0].text).toContain('以下问题由相关部门书面答复');
  });
  it.each([
    ['因时间关系，以下问题由相关部门书面答复：', true],
    ['以下问题由有关单位会后书面回复。', true],
    ['以下是书面答复的主要内容，供参考', false],
    ['请有关部门会后书面答复。', false],
    ['主持人郭某：由于时间关系，现场询问到此结束。以下问题，请相关部门在15个工作日内书面答复：', false],
  ])('a notice or not: %s', (line, yes) => {
    expect(WRITTEN_NOTICE.test(normalize(line))).toBe(yes);
  });
});
