import { describe, expect, it } from 'vitest';
import { orgLabelMentions } from '../../src/structure/org-labels.js';
import { findMentions } from '../../src/structure/speakers.js';
import { findSpeechEvents } from '../../src/structure/attribution.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

const lex = lexicon();
const pairOf = (text: string) => ({ text, view: normalize(text) });
const orgLabels = (text: string) => orgLabelMentions(pairOf(text), lex, [0, text.length], []).map((m) => [text.slice(m.span[0], m.span[1]), m.organization]);

describe('[org-labels] an organization alone as a line\'s speaker label', () => {
  it.each<[string, Array<[string, string]>]>([
    ['县住建局:今年改造老旧小区42个。', [['县住建局', '县住建局']]],
    ['乡农业综合服务中心：8月底前到位。', [['乡农业综合服务中心', '乡农业综合服务中心']]],
    ['州中级人民法院:执结率达到91%。', [['州中级人民法院', '州中级人民法院']]],
    ['市人民检察院答:已立案监督12件。', [['市人民检察院', '市人民检察院']]],
    ['街道综合执法办公室:已拆除违建3处。', []], // no place, no listed institution: not anchored
    ['旗教育局：\n一是新建校舍;二是补充教师。', [['旗教育局', '旗教育局']]],
    ['**县卫健委:**村医补助每月300元。', [['县卫健委', '县卫健委']]],
    ['14:05 县交通运输局:年底前完成。', [['县交通运输局', '县交通运输局']]],
    ['【14:05】县交通运输局:年底前完成。', [['县交通运输局', '县交通运输局']]], // a live feed's stamp in brackets
    ['镇人民政府:下月召开协调会。', [['镇人民政府', '镇人民政府']]],
    ['县教育局:学位缺口年内补齐;明年再建两所学校', [['县教育局', '县教育局']]],
    ['县教育局:学位缺口年内补齐.明年再建两所学校.', [['县教育局', '县教育局']]],
    // A named institution whose institution word is itself one (海关, 管委会) is anchored by it.
    ['南沙海关：\n今年跨境电商清单增长两成。', [['南沙海关', '南沙海关']]],
    ['临港新区管委会:标准厂房已出租八成。', [['临港新区管委会', '临港新区管委会']]],
    ['南沙海关 雷振东:今年跨境电商清单增长两成。', [['南沙海关 雷振东', '南沙海关']]],
  ])('%s → %j', (text, expected) => {
    expect(orgLabels(text)).toEqual(expected);
  });

  it.each([
    ['a field line', '应询单位:县住建局、县财政局'],
    ['a time field', '时间:2025年4月8日'],
    ['a place field', '会议地点:县行政中心三楼'],
    ['a clause ending in an organization', '会议要求县住建局:年底前完成。'],
    ['a headline without a sentence', '县财政局:新增专项资金2亿元'],
    ['a subhead ending in an exclamation', '县教育局:学位缺口年内补齐!'],
    ['a subhead ending in a question', '县教育局:学位缺口怎么补?'],
    ['a group header', '第二组:课后服务怎么管?'],
    ['a body of the congress (the askers\' side)', '县人大常委会:各位委员,现在开始询问。'],
    ['not at the start of the line', '他说,县住建局:年底前完成。'],
    ['a place alone', '大坪村:垃圾每周清运两次。'],
  ])('%s is no label', (_name, text) => {
    expect(orgLabels(text)).toEqual([]);
  });

  it('a title and name on the label are a person, not an office', () => {
    const text = '县住建局局长 韩某某:今年改造老旧小区42个。';
    const ms = findMentions(pairOf(text));
    expect(ms.map((m) => [m.form, m.name])).toEqual([['title-name', '韩某某']]);
  });

  it('the office answers: a responder turn after the asker, the words after its colon', () => {
    const text = '县人大代表 田某某:老旧小区加装电梯怎么推进?\n\n县住建局:今年计划加装电梯60部。\n\n县人大代表 卢某某:资金从哪里来?\n\n县财政局答:省级补助每部20万元。';
    const pair = pairOf(text);
    const ms = findMentions(pair);
    const events = findSpeechEvents(pair.view, 0, text.length, ms);
    expect(events.map((e) => [e.role, e.mention?.name ?? e.mention?.organization ?? null, text.slice(e.wordsStart!, e.wordsStart! + 2)])).toEqual([
      ['asker', '田某某', '老旧'], ['responder', '县住建局', '今年'], ['asker', '卢某某', '资金'], ['responder', '县财政局', '省级'],
    ]);
  });
});

describe('[org-labels] an organization and a name, no post, as a line\'s speaker label', () => {
  const named = (text: string) => findMentions(pairOf(text)).map((m) => [m.name, m.organization, m.title]);
  it.each<[string, Array<[string | null, string | null, string | null]>]>([
    ['县水务局 韩立新:今年新建泵站3座。', [['韩立新', '县水务局', null]]],
    ['县水务局韩立新:今年新建泵站3座。', [['韩立新', '县水务局', null]]],
    ['州人力资源和社会保障局 马晓:补贴已发放。', [['马晓', '州人力资源和社会保障局', null]]],
    ['市交通运输局欧阳明远:年底前完成。', [['欧阳明远', '市交通运输局', null]]],
    ['旗教育局 王芳答:学位缺口年内补齐。', [['王芳', '旗教育局', null]]],
    ['**区卫健委 黄伟:**村医补助每月300元。', [['黄伟', '区卫健委', null]]],
  ])('%s → %j', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it.each([
    ['a post after the organization is no name (the title reader reads it)', '县水务局局长:今年新建泵站3座。', []],
    ['a headline with no sentence', '县水务局 韩立新:新建泵站3座', []],
    ['a body of the congress', '县人大常委会 韩立新:现在开始询问。', 'not-org'],
    ['words that open on a surname are no name (高度重视)', '县民政局高度重视:我们已经部署。', []],
    ['…nor 全力以赴', '区住建局全力以赴:年底前完成。', []],
  ])('%s', (_name, text, expected) => {
    const ms = orgLabelMentions(pairOf(text), lex, [0, text.length], []).map((m) => [m.name, m.organization]);
    if (expected === 'not-org') expect(ms).toEqual([]);
    else expect(ms).toEqual(expected);
  });

  it('the official answers: a responder turn after the asker', () => {
    const text = '县人大常委会委员 白某某:请问县水务局,泵站建设进度如何?\n\n县水务局 韩立新:今年新建泵站3座。\n\n县财政局韩丽:资金已到位。';
    const pair = pairOf(text);
    const ms = findMentions(pair);
    const events = findSpeechEvents(pair.view, 0, text.length, ms);
    expect(events.map((e) => [e.role, e.mention?.name ?? null, text.slice(e.wordsStart!, e.wordsStart! + 2)])).toEqual([
      ['asker', '白某某', '请问'], ['responder', '韩立新', '今年'], ['responder', '韩丽', '资金'],
    ]);
  });
});

describe('[org-labels] the person in brackets after the organization', () => {
  const named = (text: string) => findMentions(pairOf(text)).map((m) => [text.slice(m.span[0], m.span[1]), m.name, m.organization, m.title]);
  it.each<[string, Array<[string, string | null, string | null, string | null]>]>([
    ['市水务局（龙国栋局长）：今年新建泵站3座。', [['市水务局（龙国栋局长）', '龙国栋', '市水务局', '局长']]],
    ['市水务局（局长龙国栋）：今年新建泵站3座。', [['市水务局（局长龙国栋）', '龙国栋', '市水务局', '局长']]],
    ['市水务局(龙国栋):今年新建泵站3座。', [['市水务局(龙国栋)', '龙国栋', '市水务局', null]]],
    ['自治区卫健委（副主任柏晓燕）：村医补助每月300元。', [['自治区卫健委（副主任柏晓燕）', '柏晓燕', '自治区卫健委', '副主任']]],
  ])('%s → %j', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it.each([
    ['a note in the brackets', '市教育局（书面答复）：学位缺口年内补齐。'],
    ['a continuation mark', '市教育局（续）：学位缺口年内补齐。'],
    ['a headline with no sentence', '市水务局（龙国栋局长）：新建泵站3座'],
  ])('%s: no person speaking for the office', (_name, text) => {
    expect(findMentions(pairOf(text)).filter((m) => m.form === 'label')).toEqual([]);
  });
});

describe('[org-labels] an organization written without its level', () => {
  const labels = (text: string) => findMentions(pairOf(text)).filter((m) => m.form === 'office-only' || m.form === 'label').map((m) => [text.slice(m.span[0], m.span[1]), m.name, m.organization]);
  it.each<[string, Array<[string, string | null, string | null]>]>([
    // the roster writes the level: the label resolves to it
    ['列席：省民政厅厅长贝立群\n\n民政厅：全省护理型床位占比为58.7%。', [['民政厅', null, '省民政厅']]],
    ['列席：市卫健委主任管晓春\n\n卫健委管晓春：今年新增托位1200个。', [['卫健委管晓春', '管晓春', '市卫健委']]],
    ['列席：县财政局局长祁永年\n\n财政局（祁永年）：今年安排2.35亿元。', [['财政局（祁永年）', '祁永年', '县财政局']]],
  ])('%s → %j', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it.each([
    ['no level written anywhere', '民政厅：全省护理型床位占比为58.7%。'],
    ['no institution suffix', '列席：省民政厅厅长贝立群\n\n会议室：全省护理型床位占比为58.7%。'],
  ])('%s: no label', (_name, text) => {
    expect(labels(text)).toEqual([]);
  });
});

describe('[org-labels] an office answering in writing (t65)', () => {
  it.each([
    ['省民政厅（书面答复）：纳入关爱服务的有42.6万人。', [['省民政厅', '省民政厅']]],
    ['省人力资源社会保障厅书面答复：对连续从业满5年的，给予一次性奖励1万元。', [['省人力资源社会保障厅', '省人力资源社会保障厅']]],
    ['县教育局（书面回复）：今年新增校车18辆。', [['县教育局', '县教育局']]],
    // Near-misses: a bracket that is no note of how the answer came; a headline with no sentence after the colon.
    ['省民政厅（书面材料）：纳入关爱服务的有42.6万人。', []],
    ['省民政厅书面答复：新增床位2000张', []],
  ])('%s', (text, expected) => {
    expect(orgLabels(text)).toEqual(expected);
  });
});

describe('[org-labels] a note of a supplementary answer in the label\'s brackets', () => {
  it.each([
    ['市人社局（补充）：今年已组织公开招聘教师510名。', [['市人社局', '市人社局']]],
    ['市人社局（补充回答）：今年已组织公开招聘教师510名。', [['市人社局', '市人社局']]],
    // Near-misses: a bracket that is neither a note nor a person; and the person in brackets, read as before.
    ['市人社局（下同）：今年已组织公开招聘教师510名。', []],
    ['省民政厅（邵某厅长）：今年已建成养老服务中心12个。', [['省民政厅（邵某厅长）', '省民政厅']]],
  ])('%s', (text, expected) => {
    expect(orgLabels(text)).toEqual(expected);
  });
});
