import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { addLabelEvents } from '../../src/structure/labels.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import { normalize } from '../../src/source/normalize.js';
import { structureOf } from '../helpers/structure.js';
import { findMentions } from '../../src/structure/speakers.js';
import { findSpeechEvents } from '../../src/structure/attribution.js';

function labels(text: string) {
  const view = normalize(text);
  const events: SpeechEvent[] = [];
  addLabelEvents(view, 0, view.length, [], events);
  return events.sort((a, b) => a.start - b.start).map((e) => [e.role, e.kind, e.followUp, text.slice(e.wordsStart ?? e.start, (e.wordsStart ?? e.start) + 4)]);
}

describe('[labels] a 问:/答: line that names its speakers', () => {
  /** Events for `text` with hand-made mentions of `names` (as written, first occurrence). */
  function named(text: string, names: string[]) {
    const view = normalize(text);
    const mentions = names.map((n) => { const at = text.indexOf(n); return { span: [at, at + n.length] as [number, number], form: 'title-name' as const, name: n, nameSpan: [at, at + n.length] as [number, number], title: null, titleSpan: null, organization: null, congress: false }; });
    const events: SpeechEvent[] = [];
    addLabelEvents(view, 0, view.length, mentions, events);
    return events.sort((a, b) => a.start - b.start).map((e) => [e.role, e.mention?.name ?? null, e.followUp, text.slice(e.wordsStart!, e.wordsStart! + 4)]);
  }
  it.each<[string, string, string[], Array<[string, string | null, boolean, string]>]>([
    ['one asker, words on the next line', '■问:市人大常委会委员 叶某某\n城区学校如何扩容?', ['市人大常委会委员 叶某某'], [['asker', '市人大常委会委员 叶某某', false, '城区学校']]],
    ['two responders after a semicolon', '■答:市教育局局长 邝某;市规划局副局长 闻某\n邝某:新增学位。', ['市教育局局长 邝某', '市规划局副局长 闻某'], [['responder', '市教育局局长 邝某', false, '邝某:新'], ['responder', '市规划局副局长 闻某', false, '邝某:新']]],
    ['a 追问 note after the name', '■问:市人大常委会委员 叶某某(追问)\n收费怎么规范?', ['市人大常委会委员 叶某某'], [['asker', '市人大常委会委员 叶某某', true, '收费怎么']]],
    ['a 追问 note after the name before the label\'s colon', '问：市人大常委会委员 吴某某（追问）：\n资金由谁承担？', ['市人大常委会委员 吴某某'], [['asker', '市人大常委会委员 吴某某', true, '\n资金由']]],
    ['a bracket that is no note of how the speaker comes in (an aside) is no named label', '问：市人大常委会委员 吴某某（笑）：\n资金由谁承担？', ['市人大常委会委员 吴某某'], [['asker', null, false, '市人大常']]],
    ['minutes: a reported clause opening the words names the asker', '委员询问:韩立新委员提出,覆盖面偏窄。', ['韩立新委员'], [['asker', '韩立新委员', false, '韩立新委']]],
    ['minutes: a reported clause opening the words names the responder', '答复:市财政局副局长邹丽娟答复,增值收益全部上缴。', ['市财政局副局长邹丽娟'], [['responder', '市财政局副局长邹丽娟', false, '市财政局']]],
    ['minutes: a name spoken to is no speaker', '答复:感谢韩立新委员的提问。', ['韩立新委员'], [['responder', null, false, '感谢韩立']]],
    // An official named with 说/讲/提到 opening a 问's words is quoted by the asker, as after 刚才: no speaker of the label.
    ['问: an official quoted (说) is not the asker', '问：冉局长说今年补提到位，具体什么时候？', ['冉局长'], [['asker', null, false, '冉局长说']]],
    ['追问: an official quoted (提到) is not the asker', '追问：市水务局局长 鲍某某提到管网改造，钱从哪里来？', ['市水务局局长 鲍某某'], [['asker', null, true, '市水务局']]],
    ['问: an official quoted (讲) is not the asker', '问：郜副县长讲了三步走，第一步何时完成？', ['郜副县长'], [['asker', null, false, '郜副县长']]],
    ['答: an official opening with 表示 still speaks', '答：市财政局局长冉某某表示，年底前到位。', ['市财政局局长冉某某'], [['responder', '市财政局局长冉某某', false, '市财政局']]],
    ['words after the name stay on the line', '问:请问市教育局局长 邝某,学位够吗?', ['市教育局局长 邝某'], [['asker', null, false, '请问市教']]],
    // 问1:/答1: with the speaker's own label after it.
    ['问1: then a named label', '问1：市人大常委会委员　秦某某：黑臭水体整治进展如何？', ['市人大常委会委员　秦某某'], [['asker', '市人大常委会委员　秦某某', false, '黑臭水体']]],
    ['答2: then a named label', '答2：市住建局局长　房某某：今年新建管网。', ['市住建局局长　房某某'], [['responder', '市住建局局长　房某某', false, '今年新建']]],
    // A supplementary answer's label naming its speaker: the words on the next line, or after his own colon.
    ['补充答复 naming its speaker, the words on the next line', '补充答复：副县长 卓某某\n将出台管理办法。', ['副县长 卓某某'], [['responder', '副县长 卓某某', false, '将出台管']]],
    ['补充回答 naming its speaker before his own colon', '补充回答：市财政局副局长殷某某：资金已落实。', ['市财政局副局长殷某某'], [['responder', '市财政局副局长殷某某', false, '资金已落']]],
    ['补充答复 whose words name someone: not its speaker', '补充答复：感谢副县长 卓某某的说明。', ['副县长 卓某某'], [['responder', null, false, '感谢副县']]],
    // A field in parentheses after the words names who said them.
    ['(询问人:…) after a header\'s question names its asker', '问题1:如何加强治理?(询问人:市人大常委会委员 曹某某)', ['市人大常委会委员 曹某某'], [['asker', '市人大常委会委员 曹某某', false, '问题1:']]], // no words start: the turn is its line
    ['(答复人:…) after an answer names the 答: label\'s speaker', '答:将加大投入。(答复人:市财政局局长 李某某)', ['市财政局局长 李某某'], [['responder', '市财政局局长 李某某', false, '将加大投']]],
    ['(答复人:…) holding a title\'s qualifier', '答:将加大投入。(答复人:市财政局副局长(主持工作) 李某某)', ['市财政局副局长(主持工作) 李某某'], [['responder', '市财政局副局长(主持工作) 李某某', false, '将加大投']]],
    ['【应询】 then the speaker in parentheses', '【应询】（阚某某）资金由区、镇两级分担。', ['阚某某'], [['responder', '阚某某', false, '资金由区']]],
    ['a dash line after the words names the 问:/答: label\'s speaker', '问：拥堵如何缓解？\n——市人大常委会委员　韩某某\n\n答：我们做了三项工作。\n——市公安局交警支队支队长　曾某某',
      ['市人大常委会委员　韩某某', '市公安局交警支队支队长　曾某某'],
      [['asker', '市人大常委会委员　韩某某', false, '拥堵如何'], ['narration', null, false, '\n\n答：'], ['responder', '市公安局交警支队支队长　曾某某', false, '我们做了'], ['narration', null, false, '']]], // (a line's words start at its end)
    ['【追问】 then the speaker in parentheses', '【追问】（蔺某某）钱从哪里来？', ['蔺某某'], [['asker', '蔺某某', true, '钱从哪里']]],
    // 问:/答:/追问: then the speaker in brackets right after the colon: the words start after the bracket.
    ['问: then (title name)', '问：（市人大常委会委员 顾某某）老旧管网何时改造完？', ['市人大常委会委员 顾某某'], [['asker', '市人大常委会委员 顾某某', false, '老旧管网']]],
    ['问: then (title name), the words announcing a 追问 after the question', '问：（市人大常委会委员 顾某某）刚才讲到管网改造，钱从哪里来？我追问一下市财政局。', ['市人大常委会委员 顾某某'], [['asker', '市人大常委会委员 顾某某', true, '刚才讲到']]],
    ['答: then (title name), half-width', '答：(市水务局局长鲍某某)今年改造42公里。', ['市水务局局长鲍某某'], [['responder', '市水务局局长鲍某某', false, '今年改造']]],
    ['追问: then 【title name】', '追问：【市人大代表 顾某某】资金从哪里来？', ['市人大代表 顾某某'], [['asker', '市人大代表 顾某某', true, '资金从哪']]],
    ['答: then (name title)', '答：（鲍某某 市水务局局长）今年改造42公里。', ['鲍某某 市水务局局长'], [['responder', '鲍某某 市水务局局长', false, '今年改造']]],
    // A status qualifier in brackets after the title, inside the speaker's bracket (title-qualifiers.ts).
    ['答: then (title(qualifier) name)', '答：（区水务局副局长（主持工作） 钟离某某）今年改造42公里。', ['区水务局副局长（主持工作） 钟离某某'], [['responder', '区水务局副局长（主持工作） 钟离某某', false, '今年改造']]],
    ['答(title(qualifier) name):', '答（区水务局局长（正处级）钟离某某）：今年改造42公里。', ['区水务局局长（正处级）钟离某某'], [['responder', '区水务局局长（正处级）钟离某某', false, '今年改造']]],
    ['a bracket with more than the person is a stage direction, no speaker', '答：（市长 何某某 示意由局长回答）好的。', ['市长 何某某'], [['responder', null, false, '（市长 ']]],
    ['a bracket naming nobody stays in the words', '问：（同一委员）资金从哪里来？', [], [['asker', null, false, '（同一委']]],
    // A speaker bracket no mention reads (a post alone, a name no reader takes): the speaker's, unknown; the words start after it.
    ['a post alone in the bracket: an unknown speaker', '答：（县水务局局长）今年改造42公里。', [], [['responder', null, false, '今年改造']]],
    ['a two-character name no reader takes: an unknown speaker', '答：（水强）今年改造42公里。', [], [['responder', null, false, '今年改造']]],
    ['a person later on the line is not the bracket\'s', '问：（补充）请问市水务局局长 鲍某某，何时完工？', ['市水务局局长 鲍某某'], [['asker', null, false, '（补充）']]],
    // 应询, 询问人, 应询人 take the slot of 问/答 before the speaker's parentheses, title after or before the name.
    ['应询(name title)', '应询（鲍某某局长）：今年改造42公里。', ['鲍某某局长'], [['responder', '鲍某某局长', false, '今年改造']]],
    ['应询(title name)', '应询（区水务局局长 鲍某某）：今年改造42公里。', ['区水务局局长 鲍某某'], [['responder', '区水务局局长 鲍某某', false, '今年改造']]],
    ['应询人(name title)', '应询人（鲍某某局长）：今年改造42公里。', ['鲍某某局长'], [['responder', '鲍某某局长', false, '今年改造']]],
    ['询问人(name title)', '询问人（顾某某委员）：管网何时改造完？', ['顾某某委员'], [['asker', '顾某某委员', false, '管网何时']]],
    ['询问(name title), 应询(name title)', '询问（顾某某委员）：管网何时改造完？\n应询（鲍某某局长）：年底前。', ['顾某某委员', '鲍某某局长'],
      [['asker', '顾某某委员', false, '管网何时'], ['responder', '鲍某某局长', false, '年底前。']]],
  ])('%s', (_name, text, names, expected) => {
    expect(named(text, names)).toEqual(expected);
  });
});

describe('[labels] a member named opening a 答\'s words is the one answered, not the speaker', () => {
  /** Events for `text` with hand-made mentions of `names` ([as written, congress]). */
  function named(text: string, names: Array<[string, boolean]>) {
    const view = normalize(text);
    const mentions = names.map(([n, congress]) => { const at = text.indexOf(n); return { span: [at, at + n.length] as [number, number], form: 'surname-title' as const, name: null, nameSpan: null, title: null, titleSpan: null, organization: null, congress }; });
    const events: SpeechEvent[] = [];
    addLabelEvents(view, 0, view.length, mentions, events);
    return events.sort((a, b) => a.start - b.start).map((e) => [e.role, e.mention ? text.slice(e.mention.span[0], e.mention.span[1]) : null]);
  }
  it.each<[string, string, Array<[string, boolean]>, Array<[string, string | null]>]>([
    ['指出', '答：阎委员指出的问题确实存在。', [['阎委员', true]], [['responder', null]]],
    ['提出', '答：尉迟代表提出的问题很有代表性。', [['尉迟代表', true]], [['responder', null]]],
    ['问', '答：薛委员问的这个问题，我们正在研究。', [['薛委员', true]], [['responder', null]]],
    ['反映', '答复：畅代表反映的情况属实。', [['畅代表', true]], [['responder', null]]],
    // Near-misses: a member named with no verb after names nobody either; an official with 指出 after 答 still speaks;
    // a member with 提出 after 问 is the asker, the minutes naming him.
    ['a member and no verb', '答：阎委员，这个问题我们高度重视。', [['阎委员', true]], [['responder', null]]],
    ['an official with 指出 after 答', '答：乔副厅长指出，年底前安装率达到100%。', [['乔副厅长', false]], [['responder', '乔副厅长']]],
    ['a member with 提出 after 问', '委员询问：韩委员提出，覆盖面偏窄。', [['韩委员', true]], [['asker', '韩委员']]],
  ])('%s', (_name, text, names, expected) => {
    expect(named(text, names)).toEqual(expected);
  });
});


describe('[labels] line labels without a readable speaker', () => {
  it.each([
    // a photo caption between the turns is narration: the turn before it ends at its line
    ['a caption paragraph', '答:将加大投入。\n\n图为市人大代表祁某某提问。\n\n问:何时完工?', [['responder', 'qa-label', false, '将加大投'], ['narration', 'label', false, '\n\n问:'], ['asker', 'qa-label', false, '何时完工']]],
    ['a caption in brackets', '答:将加大投入。\n（图为询问现场。摄影 吴某）', [['responder', 'qa-label', false, '将加大投'], ['narration', 'label', false, '']]],
    ['a sentence naming a picture is no caption', '答:试图为企业减负。', [['responder', 'qa-label', false, '试图为企']]],
    ['问/答', '问:学位缺口有多大?\n答:约三千个。', [['asker', 'qa-label', false, '学位缺口'], ['responder', 'qa-label', false, '约三千个']]],
    ['追问', '追问:何时补齐?', [['asker', 'qa-label', true, '何时补齐']]],
    ['a headline kicker 专题询问: is no label', '专题询问：聚焦养老服务“急难愁盼”', []],
    ['a bold 主持人 with the chair in parentheses', '**主持人（县人大常委会主任 某某）：**现在开始。', [['narration', 'label', false, '现在开始']]],
    ['主持人, the chair\'s name, then the title in parentheses', '主持人 赵某某（县人大常委会主任）：下面请县人大代表提问。', [['narration', 'label', false, '下面请县']]],
    ['主持人 and a two-character name padded to three columns', '主持人　郑　宏：下面开始询问。\n主持人 潘 婷:询问到此结束。', [['narration', 'label', false, '下面开始'], ['narration', 'label', false, '询问到此']]],
    ['【询问】/【应询】 tags without a speaker', '【询问】请问区城市管理局，如何解决？\n【应询】这个问题确实存在。', [['asker', 'qa-label', false, '请问区城'], ['responder', 'qa-label', false, '这个问题']]],
    ['numbered 问1/答1', '问1:学位缺口有多大?\n答1:约三千个。', [['asker', 'qa-label', false, '学位缺口'], ['responder', 'qa-label', false, '约三千个']]],
    ['委员询问/部门答复 of minutes', '委员询问:学位缺口有多大?\n部门答复:约三千个。', [['asker', 'qa-label', false, '学位缺口'], ['responder', 'qa-label', false, '约三千个']]],
    ['【问】/【答】', '【问】资金如何保障？\n【答】将加大投入。', [['asker', 'qa-label', false, '资金如何'], ['responder', 'qa-label', false, '将加大投']]],
    ['问题/答复 of a digest', '问题：老旧小区如何管理？\n答复：将引入物业。', [['asker', 'qa-label', false, '老旧小区'], ['responder', 'qa-label', false, '将引入物']]],
    ['Markdown bold, the speaker in parentheses', '**问(市人大常委会委员 邹某):**如何提高?\n**追问(市人大代表 宁某):**谁承担?\n**答**:将发力。', [['asker', 'qa-label', false, '如何提高'], ['asker', 'qa-label', true, '谁承担?'], ['responder', 'qa-label', false, '将发力。']]],
    // A note in the parentheses after 问 is no speaker: the label is a 追问 of whoever was announced.
    ['问(追问): a note, not a speaker', '问（追问）：具体什么时候？', [['asker', 'qa-label', true, '具体什么']]],
    ['问(再问): a note, not a speaker', '问(再问):资金够吗?', [['asker', 'qa-label', true, '资金够吗']]],
    // An unnamed 问 whose words open on 我追问一句 is a 追问 as the label 追问: is.
    ['问: 我追问一句,…', '问：我追问一句，具体什么时候？', [['asker', 'qa-label', true, '我追问一']]],
    ['问: 我再追问一下,…', '问:我再追问一下,钱从哪里来?', [['asker', 'qa-label', true, '我再追问']]],
    ['a clock time first', '14:32 问:资金够吗?', [['asker', 'qa-label', false, '资金够吗']]],
    // A live feed's stamp, bracketed or in 时/分, opens the line before the label: the label is read after it.
    ['a bracketed stamp first', '[10:02] 问：资金够吗？\n【10:04】答：已安排专项资金。', [['asker', 'qa-label', false, '资金够吗'], ['responder', 'qa-label', false, '已安排专']]],
    ['主持人, the chair\'s title, then the name (t59 p11)', '主持人 省人大常委会副主任 魏某某：\n专题询问到此结束。', [['narration', 'label', false, '\n专题询']]],
    ['主持人, a title chain, then the name', '主持人 县人大常委会党组书记、主任 欧阳某：下面开始询问。', [['narration', 'label', false, '下面开始']]],
    ['主持人 after a stamp', '【09:20】主持人：韩某委员还有追问。\n（09:40）主持人：询问到此结束。', [['narration', 'label', false, '韩某委员'], ['narration', 'label', false, '询问到此']]],
    ['a field line after a stamp in 时/分', '9时05分 提问人：市人大常委会委员 柳某某', [['asker', 'reported', false, '市人大常']]],
    ['a role tag after a stamp', '【14:02】【应询】某某局长：将加强执法。', [['responder', 'label', false, '将加强执']]],
    ['the speaker in parentheses', '问（县人大常委会委员黎晓芳）：装备如何更新？', [['asker', 'qa-label', false, '装备如何']]],
    ['role tags', '【询问】某某委员:如何整治?\n【应询】某某局长:将加强执法。', [['asker', 'label', false, '如何整治'], ['responder', 'label', false, '将加强执']]],
    ['role tags naming who asks or answers', '【委员提问】\n如何整治?\n【部门回答】\n将加强执法。\n【代表追问】\n何时完成?', [['asker', 'qa-label', false, '如何整治'], ['responder', 'qa-label', false, '将加强执'], ['asker', 'qa-label', true, '何时完成']]],
    // A tag and a speaker filling the line: a colon on the next line is the words' own (a lead-in to a list), no label's.
    ['a role tag, a speaker alone, a lead-in with a colon', '【答】区民政局局长 石某某\n主要做了三件事:\n①建站;\n②配人。', [['responder', 'qa-label', false, '区民政局']]],
    ['a role tag alone, the named label on the next line', '【答】\n区民政局局长石某某:主要做了三件事。', []],
    ['role tags naming who, with a speaker and a colon', '【委员提问】某某委员:如何整治?\n【政府应询】某某局长:将加强执法。', [['asker', 'label', false, '如何整治'], ['responder', 'label', false, '将加强执']]],
    ['a speaker whose name was not read', '国务院副总理史某某答:党中央高度重视。', [['responder', 'label', false, '党中央高']]],
    ['a field line names the next asker', '提问人:市人大常委会委员 柳某某', [['asker', 'reported', false, '市人大常']]],
    // 补充 before a responder field names a supplementary responder; his words' label continues his turn.
    ['补充应询人 names the next responder', '补充应询人：副市长 卓某某\n补充答复：将出台办法。', [['responder', 'reported', false, '副市长 ']]],
    ['补充答复人 then 补充回答', '补充答复人：市财政局局长 殷某某\n补充回答：资金已落实。', [['responder', 'reported', false, '市财政局']]],
    ['补充答复 with nobody announced: an official not named', '答复内容：已划定。\n补充答复：将出台办法。', [['responder', 'label', false, '将出台办']]],
    ['补充答复内容 with nobody announced', '补充答复内容：将出台办法。', [['responder', 'label', false, '将出台办']]],
    // In a 问/答 layout the label speaks for the announced supplementary responder, as 答: does.
    ['补充回答 after 补充应询人 in a 问/答 layout', '答：已新建。\n补充应询人：市财政局副局长 闻某某\n补充回答：资金已落实。', [['responder', 'qa-label', false, '已新建。'], ['responder', 'reported', false, '市财政局'], ['responder', 'qa-label', false, '资金已落']]],
    // Addressee fields name offices: no speaker, unless the answer's words follow on the next line.
    ['应询单位 before the question is no turn', '应询单位：县林业局、县财政局\n询问内容：补助标准是多少？', []],
    ['询问对象 before the question is no turn', '询问对象：县林业局\n询问内容：补助标准是多少？', []],
    ['应询单位 before the answer opens an office\'s turn', '应询单位：县林业局\n答复内容：每人每月八百元。', [['responder', 'reported', false, '县林业局']]],
  ])('%s', (_name, text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
  it.each([
    ['他回答:', '他回答:我们将加快推进。'],
    ['a sentence with a comma', '对此,市政府回答:将加快推进。'],
    ['问题 as a noun', '问题导向很重要。'],
  ])('no label: %s', (_name, text) => {
    expect(labels(text)).toEqual([]);
  });
});

describe('[labels] role tags in corner brackets, 〔〕 and parentheses', () => {
  // The view reads 「问」 as “问” and 『答』 as ‘答’ (normalize.ts): in a layout of such tags they are tags as 【问】 is.
  it.each([
    ['「问」/「答」 with the words after them', '「问」资金如何保障？\n「答」将加大投入。', [['asker', 'qa-label', false, '资金如何'], ['responder', 'qa-label', false, '将加大投']]],
    ['「追问」 is a follow-up', '「问」资金如何保障？\n「答」将加大投入。\n「追问」何时到位？', [['asker', 'qa-label', false, '资金如何'], ['responder', 'qa-label', false, '将加大投'], ['asker', 'qa-label', true, '何时到位']]],
    ['『问』/『答』', '『问』学位缺口有多大？\n『答』约三千个。', [['asker', 'qa-label', false, '学位缺口'], ['responder', 'qa-label', false, '约三千个']]],
    ['〔问〕/〔答〕', '〔问〕学位缺口有多大？\n〔答〕约三千个。', [['asker', 'qa-label', false, '学位缺口'], ['responder', 'qa-label', false, '约三千个']]],
    ['(问)/(答)', '（问）学位缺口有多大？\n（答）约三千个。', [['asker', 'qa-label', false, '学位缺口'], ['responder', 'qa-label', false, '约三千个']]],
    ['「委员提问」/「部门回答」 alone on their lines', '「委员提问」\n如何整治？\n「部门回答」\n将加强执法。', [['asker', 'qa-label', false, '如何整治'], ['responder', 'qa-label', false, '将加强执']]],
    ['a speaker and a colon after the tag', '「问」某某委员:如何整治?\n「答」某某局长:将加强执法。', [['asker', 'label', false, '如何整治'], ['responder', 'label', false, '将加强执']]],
  ])('%s', (_name, text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
  it.each([
    ['a headline quoting 问', '“问”计于民 听民声\n委员们深入一线调研。'],
    ['a corner-quoted 问 with no 答 tag anywhere', '「问」出实效\n委员们深入一线调研。'],
    ['a quotation in parentheses', '（问）字当头'],
  ])('no label: %s', (_name, text) => {
    expect(labels(text)).toEqual([]);
  });
});

describe('[labels] a tag and its speaker on one line, the words on the next', () => {
  // The speaker's line is the label; a colon in the words after it (a lead-in to a list) is theirs.
  function named(text: string, names: string[]) {
    const view = normalize(text);
    const mentions = names.map((n) => { const at = text.indexOf(n); return { span: [at, at + n.length] as [number, number], form: 'title-name' as const, name: n, nameSpan: [at, at + n.length] as [number, number], title: null, titleSpan: null, organization: null, congress: false }; });
    const events: SpeechEvent[] = [];
    addLabelEvents(view, 0, view.length, mentions, events);
    return events.sort((a, b) => a.start - b.start).map((e) => [e.role, e.mention?.name ?? null, text.slice(e.wordsStart!, e.wordsStart! + 4)]);
  }
  it.each<[string, string, string[], Array<[string, string | null, string]>]>([
    ['「答」, a lead-in with a colon', '「问」区人大代表 滕某某\n如何留住老师？\n「答」区教育局局长 柏某某\n主要从三个方面发力：\n① 提高补助；', ['区人大代表 滕某某', '区教育局局长 柏某某'],
      [['asker', '区人大代表 滕某某', '如何留住'], ['responder', '区教育局局长 柏某某', '主要从三']]],
    ['【答】, a lead-in with a colon', '【答】区教育局局长 柏某某\n我们将做好：一是提高补助；二是建周转房。', ['区教育局局长 柏某某'], [['responder', '区教育局局长 柏某某', '我们将做']]],
  ])('%s', (_name, text, names, expected) => {
    expect(named(text, names)).toEqual(expected);
  });
});

describe('[labels] several person fields on one line', () => {
  /** The field events for `text`, with hand-made mentions of `names` (as written, first occurrence): [role, name]. */
  function announced(text: string, names: string[]) {
    const view = normalize(text);
    const mentions = names.map((n) => { const at = text.indexOf(n); return { span: [at, at + n.length] as [number, number], form: 'title-name' as const, name: n, nameSpan: [at, at + n.length] as [number, number], title: null, titleSpan: null, organization: null, congress: false }; });
    const events: SpeechEvent[] = [];
    addLabelEvents(view, 0, view.length, mentions, events);
    return events.filter((e) => e.announces).sort((a, b) => a.start - b.start).map((e) => [e.role, e.mention?.name ?? null]);
  }
  it.each<[string, string, string[], Array<[string, string | null]>]>([
    ['a line of its own', '询问人：州人大常委会委员 覃某；应询人：州水利局局长 蒙某\n问：水库何时完工？', ['州人大常委会委员 覃某', '州水利局局长 蒙某'],
      [['asker', '州人大常委会委员 覃某'], ['responder', '州水利局局长 蒙某']]],
    ['in a header\'s brackets', '问题一（询问人：县人大代表柯某，应询人：县卫生健康局局长郜某）\n问：村医补助何时发放？', ['县人大代表柯某', '县卫生健康局局长郜某'],
      [['asker', '县人大代表柯某'], ['responder', '县卫生健康局局长郜某']]],
    ['after a header and a space, the responder first', '问题二 应询人：市交通运输局局长甘某；询问人：市人大代表邬某\n问：公交线路何时优化？', ['市交通运输局局长甘某', '市人大代表邬某'],
      [['responder', '市交通运输局局长甘某'], ['asker', '市人大代表邬某']]],
    ['an addressee field ends the person\'s value', '询问人：委员 缪某；应询单位：县水利局\n问：钱从哪里来？', ['委员 缪某'], [['asker', '委员 缪某']]],
  ])('%s', (_name, text, names, expected) => {
    expect(announced(text, names)).toEqual(expected);
  });

  it('one field in brackets after the words still names who said them', () => {
    const text = '问题1:如何加强治理?(询问人:市人大常委会委员 曹某某)';
    expect(announced(text, ['市人大常委会委员 曹某某'])).toEqual([]);
  });
});

describe('[labels] a tag opening the words of a speaker\'s label alone on its line', () => {
  // "【委员　某】⏎追问:…": the 追问: is the labelled speaker's own words (their follow-up, follow-up-cue.ts), no label of its own.
  it.each<[string, string, string]>([
    ['a bracket label, 追问: on the next line', '【县人大常委会委员　卢某】', '\n追问：资金从哪里来？'],
    ['a bracket label, a blank line, then 追问:', '［县人大常委会委员　卢某］', '\n\n追问：资金从哪里来？'],
    ['a colon label alone on its line', '县人大常委会委员 卢某：', '\n追问：资金从哪里来？'],
  ])('%s', (_name, label, rest) => {
    const text = label + rest;
    const view = normalize(text);
    const speaker: SpeechEvent = { mention: null, role: 'asker', start: 0, anchor: 0, wordsStart: label.length, kind: 'label', followUp: true };
    const events: SpeechEvent[] = [speaker];
    addLabelEvents(view, 0, view.length, [], events);
    expect(events).toEqual([speaker]);
  });

  it('a 追问: after the words of the label\'s own line is a label of its own', () => {
    const text = '【县人大常委会委员　卢某】资金从哪里来？\n追问：什么时候到位？';
    const view = normalize(text);
    const speaker: SpeechEvent = { mention: null, role: 'asker', start: 0, anchor: 0, wordsStart: text.indexOf('资金'), kind: 'label', followUp: false };
    const events: SpeechEvent[] = [speaker];
    addLabelEvents(view, 0, view.length, [], events);
    expect(events.map((e) => [e.kind, e.followUp, e.start])).toEqual([['label', false, 0], ['qa-label', true, text.indexOf('追问')]]);
  });
});

describe('[labels] 应询 and the 询问人/应询人 fields are labels only before a speaker\'s parentheses', () => {
  it.each<[string, string, Array<[string, string, boolean, string]>]>([
    // (询问人:/应询人: are person fields, read in field-label-events.ts; a bare 应询: is no label.)
    ['应询: a list of offices', '应询：区水务局、区财政局', []],
    ['询问人: a field', '询问人：区人大常委会委员 顾某某', [['asker', 'reported', false, '区人大常']]],
  ])('%s', (_label, text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
});

describe('[labels] a member cutting in: 委员插话:, 插话:', () => {
  it.each<[string, string, Array<[string, string, boolean, string]>]>([
    ['a member, unnamed', '委员插话：石门桥为什么还没修？', [['asker', 'qa-label', true, '石门桥为']]],
    ['bare', '插话：石门桥为什么还没修？', [['asker', 'qa-label', true, '石门桥为']]],
    ['a deputy asking in', '代表插问：资金从哪里来？', [['asker', 'qa-label', true, '资金从哪']]],
    // an aside in brackets: the bracket opens the turn
    ['in brackets, unnamed', '（委员插话：泵站运维费用每年多少？）', [['asker', 'qa-label', true, '泵站运维']]],
    ['in brackets, bare', '（插话：泵站运维费用每年多少？）', [['asker', 'qa-label', true, '泵站运维']]],
    ['in brackets, a 追问', '（委员追问：泵站运维费用每年多少？）', [['asker', 'qa-label', true, '泵站运维']]],
    // not a label mid-line, nor a bracket holding no cutting-in label
    ['mid-line', '他说委员插话：不算。', []],
    ['a bracketed note with no colon', '（委员插话很踊跃）', []],
    ['a bracketed 问: is no aside', '（问：略）', []],
  ])('%s', (_label, text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
});

describe('[labels] the moderator cutting in: 主持人插话（某某）:', () => {
  // Each row: a record; the speech events as [role, speaker, followUp].
  it.each<[string, string, Array<[string, string | null, boolean]>]>([
    ['the moderator named in the label cuts in', '主持人：县人大常委会副主任 令狐敏\n委员（柯佳音）：泵站建了多少？\n局长（庞立军）：12座。\n主持人插话（令狐敏）：庞局长，钱从哪里来？\n局长（庞立军）：县财政安排。',
      [['narration', null, false], ['asker', '柯佳音', false], ['responder', '庞立军', false], ['asker', '令狐敏', true], ['responder', '庞立军', false]]],
    ['a moderator\'s label naming the moderator only is narration', '主持人（令狐敏）：现在开始专题询问。\n委员（柯佳音）：泵站建了多少？',
      [['narration', null, false], ['asker', '柯佳音', false]]],
    ['minutes: the moderator\'s label on a line of its own, no colon', '主持人（令狐敏）\n现在开始专题询问。\n委员（柯佳音）：泵站建了多少？',
      [['narration', null, false], ['asker', '柯佳音', false]]],
    ['"主持人" alone on a line names nobody: no label', '主持人\n令狐敏\n委员（柯佳音）：泵站建了多少？',
      [['asker', '柯佳音', false]]],
    // (t69 #2) the chair's label in corner brackets alone on its line, the title and name after 主持人, the words below
    ['the moderator\'s label in corner brackets: 【主持人 TITLE NAME】', '【主持人 省人大常委会副主任 孟庆祥】\n下面开始询问。\n委员（柯佳音）：泵站建了多少？',
      [['narration', null, false], ['asker', '柯佳音', false]]],
    ['"【主持人】" alone names nobody (a tag: the moderator\'s lines, no one named)', '【主持人】\n下面开始询问。\n委员（柯佳音）：泵站建了多少？',
      [['narration', null, false], ['asker', '柯佳音', false]]],
    ['an unclosed bracket is no label', '【主持人 省人大常委会副主任 孟庆祥\n下面开始询问。\n委员（柯佳音）：泵站建了多少？',
      [['asker', '柯佳音', false]]],
    // A web copy's paragraphs: blank lines between the label alone on its line and its words (t72).
    ['minutes\' label on its own line, a blank line before the words', '主持人（令狐敏）\n\n现在开始专题询问。\n\n委员（柯佳音）：泵站建了多少？',
      [['narration', null, false], ['asker', '柯佳音', false]]],
    ['【主持人 TITLE NAME】, a blank line before the words', '【主持人 省人大常委会副主任 孟庆祥】\n\n下面开始询问。\n\n委员（柯佳音）：泵站建了多少？',
      [['narration', null, false], ['asker', '柯佳音', false]]],
    ['…four blank lines: no words of the label\'s', '【主持人 省人大常委会副主任 孟庆祥】\n\n\n\n\n下面开始询问。\n\n委员（柯佳音）：泵站建了多少？',
      [['asker', '柯佳音', false]]],
  ])('%s', (_name, text, expected) => {
    const pair = { text, view: normalize(text) };
    const events = findSpeechEvents(pair.view, 0, text.length, findMentions(pair), text);
    expect(events.map((e) => [e.role, e.mention?.name ?? null, e.followUp])).toEqual(expected);
  });
});

describe('[labels] a person field opening its line is the label of the one it names first', () => {
  // Each row: a field-line record; the turns of its first question as [role, text].
  it.each<[string, string, Array<[string, string]>]>([
    ['the words on the next line', '询问人：州人大常委会委员 覃丽萍\n牧区饮水怎么保障？请问州水利局。\n\n应询人：州水利局局长 蒙德胜\n今年新建水窖300口。',
      [['asker', '询问人：州人大常委会委员 覃丽萍\n牧区饮水怎么保障？请问州水利局。\n\n'], ['responder', '应询人：州水利局局长 蒙德胜\n今年新建水窖300口。']]],
    ['after a 询问内容 field, a stamp before the responder\'s', '询问人：县人大代表 柯文秀\n询问内容：村医补助何时发放？\n10:32 应询人：县卫生健康局局长 郜建平\n答复内容：本月底前发放。',
      [['asker', '询问人：县人大代表 柯文秀\n询问内容：村医补助何时发放？\n'], ['responder', '10:32 应询人：县卫生健康局局长 郜建平\n答复内容：本月底前发放。']]],
    ['the words after the name\'s own colon', '提问人：市人大常委会委员 邬海燕：公交线路何时优化？\n答复人：市交通运输局局长 甘立新：年内优化12条。',
      [['asker', '提问人：市人大常委会委员 邬海燕：公交线路何时优化？\n'], ['responder', '答复人：市交通运输局局长 甘立新：年内优化12条。']]],
  ])('%s', (_name, record, expected) => {
    const s = structureOf(`某州人大常委会牧区饮水安全专题询问\n\n${record}`);
    expect(s.questions[0].turns.map((t) => [t.role, t.text])).toEqual(expected);
  });
  it('with no headline above the first field, which is no headline either', () => {
    const s = structureOf('询问人：州人大常委会委员 覃丽萍\n牧区饮水怎么保障？\n应询人：州水利局局长 蒙德胜\n今年新建水窖300口。');
    expect(s.session.title).toBeNull();
    expect(s.questions[0].turns.map((t) => [t.role, t.text])).toEqual([['asker', '询问人：州人大常委会委员 覃丽萍\n牧区饮水怎么保障？\n'], ['responder', '应询人：州水利局局长 蒙德胜\n今年新建水窖300口。']]);
  });
});

describe('[labels] 问（同上）/答（同上）: the speaker of the label of that kind before', () => {
  const HEAD = '2022年8月30日，某市人大常委会对安全生产工作开展专题询问。\n\n';
  function read(body: string) {
    const r = structureOf(HEAD + body);
    return r.questions.map((q) => [q.turns.filter((t) => t.role !== 'narration').map((t) => `${t.role}:${t.speaker === null ? null : r.people.find((p) => p.id === t.speaker)?.name ?? t.speaker}`).join(' '), q.followUpOf]);
  }
  it.each<[string, string, Array<[string, number | null]>]>([
    ['同上 for both, right after', '问（市人大常委会委员 邵立新）：高层建筑隐患怎么消除？\n答（市应急管理局局长 鞠振宇）：开展专项整治。\n问（同上）：资金从哪里来？\n答（同上）：业主自筹、政府补助。\n',
      [['asker:邵立新 responder:鞠振宇', null], ['asker:邵立新 responder:鞠振宇', 1]]],
    ['同前 as 同上', '问（市人大常委会委员 邵立新）：高层建筑隐患怎么消除？\n答（市应急管理局局长 鞠振宇）：开展专项整治。\n问（同前）：资金从哪里来？\n答（同前）：业主自筹。\n',
      [['asker:邵立新 responder:鞠振宇', null], ['asker:邵立新 responder:鞠振宇', 1]]],
    ['答（同上）: the 答 before, not the asker', '问（市人大常委会委员 邵立新）：施工事故为什么多发？\n答（市住建局局长 庞国伟）：安全投入不足。\n答（同上）：我再补充一点。\n',
      [['asker:邵立新 responder:庞国伟', null]]],
  ])('%s', (_name, body, expected) => {
    expect(read(body)).toEqual(expected);
  });
  it('同上 with no label of that kind before names nobody', () => {
    const r = structureOf(HEAD + '问（同上）：资金从哪里来？\n答（市应急管理局局长 鞠振宇）：业主自筹。\n');
    expect(r.questions[0].turns.find((t) => t.role === 'asker')?.speaker ?? null).toBe(null);
  });
  it('a bracket holding other words (同上级) is no 同上', () => {
    const r = structureOf(HEAD + '问（市人大常委会委员 邵立新）：隐患怎么消除？\n答（市应急管理局局长 鞠振宇）：开展整治。\n问（同上级部门）：资金呢？\n答（市应急管理局局长 鞠振宇）：自筹。\n');
    expect(r.questions.map((q) => q.followUpOf)).not.toContain(1);
  });
});

describe('[labels] a part of the meeting headed with its topic is nobody speaking', () => {
  it.each([
    ['第一轮询问：保护体系建设'],
    ['第二场询问：外来物种防控'],
    ['第三组提问：'],
  ])('no label: %s', (line) => {
    expect(labels(`${line}\n`)).toEqual([]);
  });
  it.each<[string, string]>([
    ['委员询问：全市保护地有多少处？', '全市保护'],
    ['第一组委员问：全市保护地有多少处？', '全市保护'], // (a part's member asking, no heading: its words are a sentence)
  ])('still a label: %s', (line, words) => {
    expect(labels(`${line}\n`).map((e) => e[3])).toEqual([words]);
  });
});

const LIVE_HEAD = '2024年5月10日，某市第八届人大常委会第九次会议举行联组会议，就河道治理工作开展专题询问。市人大常委会主任王立主持。';

/** A ▶-headed live record (X提问：/X回答：, the words on the next paragraph) with the chair's line headed `chair`. */
const live = (chair: string) => `${LIVE_HEAD}\n\n▶ 常委会委员陈国华提问：\n\n请问市水利局，清淤后怎么防止回淤？\n\n▶ 市水利局局长李明回答：\n\n一是加快工程进度；二是强化资金保障。\n\n${chair}\n\n李局长讲得很具体。请下一位委员提问。\n\n▶ 常委会委员刘芳提问：\n\n请问市财政局，资金够不够？\n\n▶ 市财政局局长张强回答：\n\n今年安排资金2亿元。\n`;

describe('[labels] the moderator\'s label under a ▶ heading (t61 #4)', () => {
  it.each(['▶ 主持人插话：', '▶ 主持人：', '主持人：'])('%s opens the chair\'s turn: narration, no question, nobody new', (chair) => {
    const r = parse(live(chair));
    expect(r.questions.map((q) => q.text)).toEqual(['请问市水利局，清淤后怎么防止回淤？', '请问市财政局，资金够不够？']);
    expect(r.people.map((p) => p.name)).toEqual(['陈国华', '李明', '刘芳', '张强']);
    const turns = r.questions.flatMap((q) => q.turns);
    expect(turns.find((t) => t.text.includes('请下一位委员提问'))!.role).toBe('narration');
    // (The heading is not appended to 李明's answer: the chair's call opens the next question.)
    expect(turns.filter((t) => t.role === 'responder').some((t) => t.text.includes('主持人'))).toBe(false);
    expect(r.questions[1].turns[0].text).toContain('请下一位委员提问');
  });
  it('leaves a ▶ asker heading an asker\'s (near-miss: 主持人 inside no label)', () => {
    const r = parse(live('▶ 常委会委员王强提问：').replace('李局长讲得很具体。请下一位委员提问。', '请问主持人提到的清淤标准是什么？'));
    expect(r.questions.map((q) => r.people.find((p) => p.id === q.askers[0])?.name)).toEqual(['陈国华', '王强', '刘芳']);
  });
});

describe('[labels] a 答: line naming its speaker with a note of a supplementary answer', () => {
  const qa = (answerLine: string) => `问：区人大常委会委员 陈永庆\n    请问梅园街道，老旧小区物业管理缺位的问题怎么破解？\n答：梅园街道党工委书记 林秀珍\n    梅园街道共有老旧小区43个。\n${answerLine}\n    我补充一点，我们在无物业小区推行“红色物业”。\n`;
  it.each([
    ['答：梅园街道办事处主任 胡冬生（补充）', ['林秀珍', '胡冬生']],
    ['答：梅园街道办事处主任 胡冬生（补充回答）', ['林秀珍', '胡冬生']],
    ['答：梅园街道办事处主任 胡冬生', ['林秀珍', '胡冬生']],
    // Near-miss: a bracket that is no note of the turn (a sex) and no title leaves the line as it was, no speaker read.
    ['答：梅园街道办事处主任 胡冬生（记录）', ['林秀珍']],
  ])('%s', (line, responders) => {
    const r = parse(qa(line));
    expect(r.questions[0].responders.map((id) => r.people.find((p) => p.id === id)?.name)).toEqual(responders);
  });
});
