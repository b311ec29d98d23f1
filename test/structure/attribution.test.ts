import { describe, expect, it } from 'vitest';
import { findSpeechEvents } from '../../src/structure/attribution.js';
import type { SpeakerMention, MentionForm } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

/** A hand-made mention of `whole` (title + name as written) at its n-th occurrence in `text`. */
function mention(text: string, whole: string, congress: boolean, form: MentionForm = 'title-name', nth = 0): SpeakerMention {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(whole, at + 1);
  return { span: [at, at + whole.length], form, name: whole, nameSpan: [at, at + whole.length], title: null, titleSpan: null, organization: null, congress };
}

type Row = [string, string, Array<[string, boolean, MentionForm?]>, Array<[string, string, string]>];

describe('[attribution] speech events', () => {
  it.each<Row>([
    // (The connective opening the sentence is the asker's too: a turn never ends after a comma inside a sentence.)
    ['reported asking', '对此,市人大常委会副主任缪应虎向“一府两院”询问原因。', [['市人大常委会副主任缪应虎', true]], [['asker', 'reported', '对此,市人大常委会副主任缪应虎向']]],
    ['congress with 表示 asks', '市人大常委会委员李四荣表示,调研中发现问题。', [['市人大常委会委员李四荣', true]], [['asker', 'reported', '市人大常委会委员李四荣表示']]],
    // 表示满意 is a verdict on an answer, no speech (t44: "（现场测评：某某委员对…的回答表示满意。）")
    ['表示满意 says nothing', '市人大常委会委员李四荣对县民政局的回答表示满意。', [['市人大常委会委员李四荣', true]], []],
    ['表示基本满意 nor 表示不满意', '市人大常委会委员李四荣表示基本满意。市人大常委会委员王五表示不满意。', [['市人大常委会委员李四荣', true], ['市人大常委会委员王五', true]], []],
    ['表示, then 满意 in the words, asks', '市人大常委会委员李四荣表示,群众满意度不高。', [['市人大常委会委员李四荣', true]], [['asker', 'reported', '市人大常委会委员李四荣表示']]],
    ['long 就… clause', '市人大常委会委员谢茂华就政府如何科学民主依法决策、公正文明规范执法进行提问。', [['市人大常委会委员谢茂华', true]], [['asker', 'reported', '市人大常委会委员谢茂华就']]],
    // 据 … 介绍/透露 frames the speaker's sentence: 据 opens the turn, with a lead adverbial before it; a title or not.
    ['据 + title + name + 介绍', '委员张某问:如何办?\n据市民政局局长李某介绍,已建成30家。', [['委员张某', true], ['市民政局局长李某', false]], [['asker', 'label', '委员张某问'], ['responder', 'reported', '据市民政局局长李某介绍']]],
    ['对此,据 + name + 透露', '委员张某问:如何办?\n对此,据李某透露,已建成30家。', [['委员张某', true], ['李某', false, 'bare-name']], [['asker', 'label', '委员张某问'], ['responder', 'reported', '对此,据李某透露']]],
    ['mid-line responder', '引导群众客观参与。市法院代理院长邓玲说,近年来排名靠后。', [['市法院代理院长邓玲', false]], [['responder', 'reported', '市法院代理院长邓玲说']]],
    ['responder with 在回应时', '市政务服务管理局局长徐广满在回应时首先介绍了基本情况。', [['市政务服务管理局局长徐广满', false]], [['responder', 'reported', '市政务服务管理局局长徐广满在']]],
    ['label turns', '王某某委员问:如何提升?\n市某局局长李某:我们将加强。', [['王某某委员', true, 'name-title'], ['市某局局长李某', false]], [['asker', 'label', '王某某委员问:'], ['responder', 'label', '市某局局长李某:']]],
    // A digest's item number before a label whose words follow on the line: a label all the same, its turn from the name
    // (the number is the section's header); the words need not ask outright (no 请问, no 问).
    ['a label after an item number', '二、州人大代表王红:“三线一单”实施情况如何?\n州生态环境局局长格桑:已划定86个单元。', [['州人大代表王红', true], ['州生态环境局局长格桑', false]], [['asker', 'label', '州人大代表王红:'], ['responder', 'label', '州生态环境局局长格桑:']]],
    ['a label after a bracketed or Arabic item number', '(三)州人大代表王红:实施情况如何?\n3、州人大常委会委员周敏:责任落实得怎样?', [['州人大代表王红', true], ['州人大常委会委员周敏', true]], [['asker', 'label', '州人大代表王红:'], ['asker', 'label', '州人大常委会委员周敏:']]],
    // near-miss: the numbered line with nothing after the colon is a heading over the exchange, no label on its line
    ['a numbered heading alone is no label', '二、自治区人大常委会委员格桑卓玛:\n引导群众参与。', [['自治区人大常委会委员格桑卓玛', true]], []],
    ['bracket labels', '【委员 王某】请问如何落实?\n【李某】将从三方面落实。', [['委员 王某', true, 'label'], ['李某', false, 'label']], [['asker', 'label', '【委员 王某】'], ['responder', 'label', '【李某】']]],
    ['bare bracket label asking', '[王某] 请问资金如何保障?\n[李某] 将加大投入。', [['王某', false, 'label'], ['李某', false, 'label']], [['asker', 'label', '[王某] '], ['responder', 'label', '[李某] ']]],
    ['问/答 labels', '问:如何保障?\n答:将加大投入。', [], [['asker', 'qa-label', '问:'], ['responder', 'qa-label', '答:']]],
    ['moderator calls', '主持人:请王某某委员询问。如何保障?请市某局局长李某同志回答。将加大投入。', [['王某某委员', true, 'name-title'], ['市某局局长李某', false]], [['narration', 'label', '主持人:'], ['asker', 'moderator', '如何保障?'], ['responder', 'moderator', '将加大投入。']]],
    ['接着补充, answers', '农业农村部部长顾某某接着补充，已建成高标准农田10亿亩。', [['农业农村部部长顾某某', false]], [['responder', 'reported', '农业农村部部长顾某某']]],
    ['作了补充发言 is no answer', '副省长仇某某最后作了补充发言。', [['副省长仇某某', false]], []],
    ['officials answering together (分别作了回答)', '省农业农村厅厅长庞某某、省市场监管局局长冷某某分别作了回答。', [['省农业农村厅厅长庞某某', false], ['省市场监管局局长冷某某', false]], [['responder', 'reported', '省农业农村厅厅长庞某某'], ['responder', 'reported', '省市场监管局局长冷某某']]],
    ['officials answering together (作了回答)', '县教育局局长王某某、县财政局局长李某某作了回答。', [['县教育局局长王某某', false], ['县财政局局长李某某', false]], [['responder', 'reported', '县教育局局长王某某'], ['responder', 'reported', '县财政局局长李某某']]],
    ['officials whose answers are spoken of', '县教育局局长王某某、县财政局局长李某某的回答很具体。', [['县教育局局长王某某', false], ['县财政局局长李某某', false]], []],
    ['officials answering one after another (相继回答)', '县水利局局长晏某和县财政局局长柯某相继回答了代表的提问。', [['县水利局局长晏某', false], ['县财政局局长柯某', false]], [['responder', 'reported', '县水利局局长晏某'], ['responder', 'reported', '县财政局局长柯某']]],
    ['three officials answering (、 and 和, 依次作答)', '市民政局局长包某、市医保局局长符某和市卫健委主任戚某依次作答。', [['市民政局局长包某', false], ['市医保局局长符某', false], ['市卫健委主任戚某', false]], [['responder', 'reported', '市民政局局长包某'], ['responder', 'reported', '市医保局局长符某'], ['responder', 'reported', '市卫健委主任戚某']]],
    ['officials answering in turn (先后回答)', '市教育局局长邝某和市财政局局长闻某先后回答了委员的提问。', [['市教育局局长邝某', false], ['市财政局局长闻某', false]], [['responder', 'reported', '市教育局局长邝某'], ['responder', 'reported', '市财政局局长闻某']]],
    ['a clock time alone on the line before stamps the turn', '14:38\n市人大常委会委员朱某某:如何提高?\n14:41\n市某局局长符某某:将优化。', [['市人大常委会委员朱某某', true], ['市某局局长符某某', false]], [['asker', 'label', '14:38\n市'], ['responder', 'label', '14:41\n市']]],
    ['a scene tag and a clock time before the label open the turn', '【现场】10:05 州人大常委会委员其某:如何破解?\n【现场】10:08 州某局局长阿某:将发展冰雪旅游。', [['州人大常委会委员其某', true], ['州某局局长阿某', false]], [['asker', 'label', '【现场】10:05 州'], ['responder', 'label', '【现场】10:08 州']]],
    // A live feed's stamp in brackets (【09:12】, [09:12], (09:12)) or in 时/分 is skipped before the label like a bare one, and opens the turn.
    ['a bracketed stamp before the label', '【09:12】韩某某委员:效果怎么评估?\n【09:14】市某局局长蒋某某:将建立监测体系。', [['韩某某委员', true, 'name-title'], ['市某局局长蒋某某', false]], [['asker', 'label', '【09:12】韩'], ['responder', 'label', '【09:14】市']]],
    ['square and round brackets, a space after the stamp', '[10:02] 区人大常委会委员甘某:班车够吗?\n（10:04）区某局局长覃某:将新开3条。', [['区人大常委会委员甘某', true], ['区某局局长覃某', false]], [['asker', 'label', '[10:02] 区'], ['responder', 'label', '（10:04）区']]],
    ['a stamp in 时/分 before the label', '9时12分 韩某某委员:效果怎么评估?\n9时14分 市某局局长蒋某某:将建立监测体系。', [['韩某某委员', true, 'name-title'], ['市某局局长蒋某某', false]], [['asker', 'label', '9时12分 韩'], ['responder', 'label', '9时14分 市']]],
    ['a bracketed stamp alone on the line before (a blank line between)', '【14:38】\n市人大常委会委员朱某某:如何提高?\n\n【14:41】\n\n市某局局长符某某:将优化。', [['市人大常委会委员朱某某', true], ['市某局局长符某某', false]], [['asker', 'label', '【14:38】\n市'], ['responder', 'label', '【14:41】\n\n市']]],
    ['reported speech after a stamp starts at the stamp', '【10:02】区人大常委会委员欧阳某就农村客运提问。\n【10:04】区某局局长卢某表示,将开通预约班车。', [['区人大常委会委员欧阳某', true], ['区某局局长卢某', false]], [['asker', 'reported', '【10:02】区'], ['responder', 'reported', '【10:04】区']]],
    ['a clock time ending a sentence is no stamp', '会议于14:30开始。\n市某局局长符某某:将优化。', [['市某局局长符某某', false]], [['responder', 'label', '市某局局长']]],
    ['Markdown bold labels (colon inside)', '**王某某委员:** 如何提升?\n\n**市某局局长 李某:** 将加强。', [['王某某委员', true, 'name-title'], ['市某局局长 李某', false]], [['asker', 'label', '**王某某委员:**'], ['responder', 'label', '**市某局局长']]],
    // A glyph opening a label's line opens its turn (label-glyphs.ts), kept in the view (▲ ●) or blanked there (△ ◎).
    ['glyphs before labels on their own line', '▲常委会委员 邬某：\n渠道谁来管护？\n\n●县水利局局长 郜某：\n我们抓三件事。', [['常委会委员 邬某', true], ['县水利局局长 郜某', false]], [['asker', 'label', '▲常'], ['responder', 'label', '●县']]],
    ['glyphs the view blanks before inline labels', '△常委会委员邬某：渠道谁来管护？\n◎县水利局局长郜某：我们抓三件事。', [['常委会委员邬某', true], ['县水利局局长郜某', false]], [['asker', 'label', '△常'], ['responder', 'label', '◎县']]],
    ['Markdown bold labels (colon outside)', '**王某某委员**:如何提升?\n- **李某**:将加强。', [['王某某委员', true, 'name-title'], ['李某', false, 'bare-name']], [['asker', 'label', '**王某某委员**:'], ['responder', 'label', '**李某**:']]],
    // Minutes' labels name the speaker in a reported clause: "委员询问:韩某委员提出,…" / "答复:…局长郭某答复,…".
    ['委员询问:/答复: naming the speaker in the words', '委员询问:韩立新委员提出,覆盖面偏窄。请问如何扩面?\n答复:市住房公积金管理中心主任郭建平答复,将简化手续。', [['韩立新委员', true, 'name-title'], ['市住房公积金管理中心主任郭建平', false]], [['asker', 'qa-label', '委员询问:'], ['responder', 'qa-label', '答复:']]],
    ['追问: naming the speaker', '追问:肖家宁委员追问,办法什么时候出台?', [['肖家宁委员', true, 'name-title']], [['asker', 'qa-label', '追问:']]],
    // "第一位询问的是…委员。她说,…": an asker announced before the words.
    ['an announced asker (第一位询问的是)', '第一位询问的是县人大常委会委员覃秀英委员。她说,宿舍不达标。', [['县人大常委会委员覃秀英', true]], [['asker', 'reported', '第一位询问的是']]],
    ['an announced asker (接下来提问的是)', '接下来提问的是县人大常委会委员陆海东。他问道,如何解决?', [['县人大常委会委员陆海东', true]], [['asker', 'reported', '接下来提问的是']]],
    // An adverb between the speaker and the verb of the label, or 问道/回答说 before the colon.
    ['首先提问: is a label', '区人大常委会委员张某首先提问：进度为何滞后？', [['区人大常委会委员张某', true]], [['asker', 'label', '区人大常委会委员张某']]],
    ['紧接着问道: is a label', '区人大常委会委员李某紧接着问道：由谁来管？', [['区人大常委会委员李某', true]], [['asker', 'label', '区人大常委会委员李某']]],
    ['回答说: is a label', '区城管局局长赵某回答说：推行物业服务全覆盖。', [['区城管局局长赵某', false]], [['responder', 'label', '区城管局局长赵某']]],
    ['the speaker in parentheses before 问:/答:', '（市人大常委会委员　谭某某）问：如何整治？\n（市市场监管局局长　麦某某）答：改造12个。', [['市人大常委会委员　谭某某', true], ['市市场监管局局长　麦某某', false]], [['asker', 'label', '（市人大常委会委员'], ['responder', 'label', '（市市场监管局局长']]],
    ['a (追问) note before the label colon', '**滕某某代表（追问）：**骆局长，这些资金有多少？', [['滕某某代表', true, 'name-title']], [['asker', 'label', '**滕某某代表']]],
    ['a (插话) note before the label colon', '滕某某代表（插话）：这些资金有多少？', [['滕某某代表', true, 'name-title']], [['asker', 'label', '滕某某代表']]],
    ['a (笑) note before the label colon', '市某局局长骆某（笑）：这个问题问得好。', [['市某局局长骆某', false]], [['responder', 'label', '市某局局长骆某']]],
    ['把问题抛向 asks', '询问一开始，市人大常委会委员任某某就把问题抛向市民政局：“原因在哪里？”', [['市人大常委会委员任某某', true]], [['asker', 'reported', '市人大常委会委员任某某就']]],
    ['再问一句: is a label that follows up', '乔某某委员再问一句:资金是否有保障?', [['乔某某委员', true, 'name-title']], [['asker', 'label', '乔某某委员']]],
    ['the next sentence speaks for the one just named (他介绍)', '市民政局局长萧某某直面问题。他介绍，全市已建成站点1046个。', [['市民政局局长萧某某', false]], [['responder', 'reported', '市民政局局长萧某某']]],
    ['a named moderator is nobody\'s asker', '主持人(市人大常委会副主任李某某):现在开始专题询问。', [['市人大常委会副主任李某某', true]], [['narration', 'label', '主持人(']]],
    // The official asked answers in the next sentence, named by a pronoun.
    ['a surname and a post with a verb of speaking after it (no comma) still speak', '卢局长回答,去年询问时是24个。', [['卢局长', false, 'surname-title']], [['responder', 'reported', '卢局长']]],
    ['追问马厅长,…?他回答,…', '省人大常委会委员卜某追问郝厅长,处罚之后如何防止反弹?他回答,将建立黑名单制度。', [['省人大常委会委员卜某', true], ['郝厅长', false, 'surname-title']], [['asker', 'reported', '省人大常委会委员卜某'], ['responder', 'reported', '他回答']]],
    ['询问县教育局局长某,…?她表示,…', '委员甄某询问县教育局局长滑某,学位缺口如何解决?她表示,今年新增学位800个。', [['委员甄某', true], ['县教育局局长滑某', false]], [['asker', 'reported', '委员甄某'], ['responder', 'reported', '她表示']]],
    // A question header before the label on its line: the label still opens the asker's turn (the header stays the section's).
    ['问题二: then the label', '问题二:全国人大代表邰某:请问民政部,床位够不够?\n民政部副部长冼某:够。', [['全国人大代表邰某', true], ['民政部副部长冼某', false]], [['asker', 'label', '全国人大代表邰某'], ['responder', 'label', '民政部副部长冼某']]],
    ['问题3: then the label', '问题3:常委会委员邰某:如何保障?', [['常委会委员邰某', true]], [['asker', 'label', '常委会委员邰某']]],
    // …whatever parts the header from the label: white space, a space entity of a web copy, a bar, nothing.
    ['问题二 and an ideographic space', '问题二　常委会委员邰某：床位够不够？\n民政局局长冼某：够。', [['常委会委员邰某', true], ['民政局局长冼某', false]], [['asker', 'label', '常委会委员邰某'], ['responder', 'label', '民政局局长冼某']]],
    ['问题二 and a space', '问题二 常委会委员邰某：床位够不够？', [['常委会委员邰某', true]], [['asker', 'label', '常委会委员邰某']]],
    ['问题二 and &nbsp;', '问题二&nbsp;&nbsp;常委会委员邰某：床位够不够？', [['常委会委员邰某', true]], [['asker', 'label', '常委会委员邰某']]],
    ['问题二 and a bar', '问题二｜常委会委员邰某：床位够不够？', [['常委会委员邰某', true]], [['asker', 'label', '常委会委员邰某']]],
    ['问题二 glued to the label', '问题二常委会委员邰某：床位够不够？', [['常委会委员邰某', true]], [['asker', 'label', '常委会委员邰某']]],
    // A label that lost its colon: the speaker's 请问 (or 请 … 回答) opens the words, after a space or not.
    ['a colon-less label before 请问', '常委会委员邰某 请问民政局，床位够不够？\n民政局局长冼某：够。', [['常委会委员邰某', true], ['民政局局长冼某', false]], [['asker', 'label', '常委会委员邰某'], ['responder', 'label', '民政局局长冼某']]],
    ['a colon-less label after a header', '问题三 常委会委员邰某请市民政局回答，床位够不够？', [['常委会委员邰某', true]], [['asker', 'label', '常委会委员邰某']]],
    ['询问三 and 第四问 glued to the label', '询问三委员邰某：够不够？\n第四问委员冼某：呢？', [['委员邰某', true], ['委员冼某', true]], [['asker', 'label', '委员邰某'], ['asker', 'label', '委员冼某']]],
    // A stage direction in brackets before the label on its line (问政: the screen shows the message): the turn opens with it.
    ['a stage direction, then the label', '（大屏幕显示网友留言）网友柯某：夜市噪声谁来管？\n区某局局长韦某：将设监测点。', [['网友柯某', true], ['区某局局长韦某', false]], [['asker', 'label', '（大屏幕显示网友留言）网友'], ['responder', 'label', '区某局局长韦某']]],
    ['a bracket that shows nothing is no lead', '（掌声）网友柯某：夜市噪声谁来管？', [['网友柯某', true]], []],
    // The host's line asks an office and an official answers: the host asks (host-questions.ts); a hand-over stays narration.
    ['a host\'s question', '主持人：请问区某局，夜市噪声谁来管？\n区某局局长韦某：将设监测点。', [['区某局局长韦某', false]], [['asker', 'label', '主持人：'], ['responder', 'label', '区某局局长韦某']]],
    // An adverb of manner before the label's verb (联合, 共同, 当场: how the member asks) is the label's, not the name's.
    ['联合提问: is a label', '市人大常委会委员邰某联合提问：床位够不够？', [['市人大常委会委员邰某', true]], [['asker', 'label', '市人大常委会委员邰某联合提问：']]],
    ['共同提问: is a label', '市人大常委会委员邰某共同提问：床位够不够？', [['市人大常委会委员邰某', true]], [['asker', 'label', '市人大常委会委员邰某共同提问：']]],
    ['当场回答: is a label', '市民政局局长冼某当场回答：够。', [['市民政局局长冼某', false]], [['responder', 'label', '市民政局局长冼某当场回答：']]],
    // 补充发言: adds to the answer, like 补充回答: / 补充说:.
    ['补充发言: answers', '市财政局二级巡视员冼某补充发言：资金已经到位。', [['市财政局二级巡视员冼某', false]], [['responder', 'reported', '市财政局二级巡视员冼某']]],
    ['a host\'s hand-over', '主持人：请区某局回答。\n区某局局长韦某：将设监测点。', [['区某局局长韦某', false]], [['narration', 'label', '主持人：'], ['responder', 'label', '区某局局长韦某']]],
    // An absent head entrusting another to answer (委托…代为回答): the sentence saying so opens the answer.
    ['entrusted to answer (委托…代为回答)', '县自然资源局局长因在外地开会，委托县自然资源局二级调研员高某某代为回答。', [['县自然资源局二级调研员高某某', false]], [['responder', 'reported', '县自然资源局局长因在外地开会，委托']]],
    ['entrusted, 代 alone', '局长外出，委托副局长冼某代答复。', [['副局长冼某', false]], [['responder', 'reported', '局长外出，委托副局长冼某']]],
    // near-misses: 委托 with no answering after the name (a commission, not an answer); answering with nobody entrusting
    ['委托 without answering', '县政府委托县审计局局长冼某开展专项审计。', [['县审计局局长冼某', false]], []],
    ['代为回答 without 委托: from the mention', '引导群众参与。县审计局局长冼某代为回答。', [['县审计局局长冼某', false]], [['responder', 'reported', '县审计局局长冼某']]],
    // Verbs of admitting report speech like 坦言 (ADMISSION_VERBS): the official answers from the mention.
    ['坦承, answers', '引导群众参与。县住建局副局长薛某坦承，过去几年违法建设问题比较突出。', [['县住建局副局长薛某', false]], [['responder', 'reported', '县住建局副局长薛某']]],
    ['坦陈, answers', '引导群众参与。县住建局副局长薛某坦陈：资金缺口确实很大。', [['县住建局副局长薛某', false]], [['responder', 'reported', '县住建局副局长薛某']]],
    ['直言, answers', '引导群众参与。县住建局副局长薛某直言，基层执法力量不足。', [['县住建局副局长薛某', false]], [['responder', 'reported', '县住建局副局长薛某']]],
    ['承认 before a comma, answers', '引导群众参与。县住建局副局长薛某承认，整改进度偏慢。', [['县住建局副局长薛某', false]], [['responder', 'reported', '县住建局副局长薛某']]],
    ['直言不讳地 + its own verb, answers', '引导群众参与。县住建局副局长薛某直言不讳地说，整改进度偏慢。', [['县住建局副局长薛某', false]], [['responder', 'reported', '县住建局副局长薛某']]],
    ['named, then 他坦承 in the next sentence', '县住建局副局长薛某直面问题。他坦承，整改进度偏慢。', [['县住建局副局长薛某', false]], [['responder', 'reported', '县住建局副局长薛某']]],
  ])('%s', (_name, text, ms, expected) => {
    const view = normalize(text);
    const mentions = ms.map(([w, c, f]) => mention(text, w, c, f));
    const events = findSpeechEvents(view, 0, view.length, mentions, text); // (the text: a Markdown view blanks its marks)
    expect(events.map((e) => [e.role, e.kind, text.slice(e.start, e.start + expected[events.indexOf(e)]?.[2].length)])).toEqual(expected);
  });

  it.each<[string, string, Array<[string, boolean, MentionForm?]>]>([
    ['addressee after 请问', '请问李局长,资金如何保障?', [['李局长', false, 'surname-title']]],
    // A surname and a post set off by a comma call that person (a vocative), at the start of the words or further on.
    ['a vocative opening the words (韦局长,)', '卢局长,去年询问时是多少?', [['卢局长', false, 'surname-title']]],
    ['a vocative with a compound surname (欧阳局长,)', '追问一下。司徒处长,刚才讲到的贷款占比,去年询问时是多少?', [['司徒处长', false, 'surname-title']]],
    ['a vocative after a clause (我想问,…)', '我想问,滕主任,去年询问时答应的事办了没有?', [['滕主任', false, 'surname-title']]],
    ['a vocative with an exclamation', '卢局长!群众反映的问题,请您回答。', [['卢局长', false, 'surname-title']]],
    ['a vocative with a greeting (您好)', '卢局长您好,去年询问时是多少?', [['卢局长', false, 'surname-title']]],
    ['an addressee whose sentence is no question does not answer', '委员甄某向县教育局局长滑某了解情况。她表示,学位紧张。', [['县教育局局长滑某', false]]],
    ['addressee after 向', '向市市场监管局局长余波询问了两个问题。', [['市市场监管局局长余波', false]]],
    ['addressee after 我想询问的是', '我想询问的是县教育局局长王明,学位够不够?', [['县教育局局长王明', false]]],
    ['no speech verb', '市政府副市长海建才出席会议。', [['市政府副市长海建才', false]]],
    ['a verb modifying a noun', '就谢茂华委员关心的问题,市政府将加快推进。', [['谢茂华委员', true, 'name-title']]],
    ['after 对于', '对于市人大常委会委员王某提出的建议,我们将认真研究。', [['市人大常委会委员王某', true]]],
    ['the chair closes the meeting', '市人大常委会主任张某作总结讲话。', [['市人大常委会主任张某', true]]],
    ['the chair sums up, the next sentence goes on (他强调)', '会议最后，县人大常委会主任欧某作总结讲话。他强调，要抓好整改。', [['县人大常委会主任欧某', true]]],
    ['the chair speaks, then 她指出', '区人大常委会副主任简某讲话。她指出，要建立问题清单。', [['区人大常委会副主任简某', true]]],
    ['the chair opens the meeting, then 他说', '市人大常委会副主任滕某主持会议。他说，本次询问聚焦养老服务。', [['市人大常委会副主任滕某', true]]],
    ['officials who come to answer the inquiry (到会回答询问) ask nothing', '副市长邱某某，市民政局、市卫生健康委负责同志到会回答询问。', [['副市长邱某某', false]]],
    // near-misses of the admitting verbs: 承认 with an object reports no words; 直言不讳 as a noun's modifier is no verb
    ['承认 with an object', '引导群众参与。县教育局局长薛某承认了该校的办学资质。', [['县教育局局长薛某', false]]],
    ['承认 of a thing', '引导群众参与。县教育局局长薛某承认其学历有效。', [['县教育局局长薛某', false]]],
    ['直言不讳 modifying a noun', '引导群众参与。县教育局局长薛某对直言不讳的意见很重视。', [['县教育局局长薛某', false]]],
    ['a chair after the inquiry ends (询问结束后,…要求)', '询问结束后，区人大常委会副主任覃某某要求区政府逐项抓好落实。', [['区人大常委会副主任覃某某', true]]],
  ])('no event: %s', (_name, text, ms) => {
    const view = normalize(text);
    expect(findSpeechEvents(view, 0, view.length, ms.map(([w, c, f]) => mention(text, w, c, f)))).toEqual([]);
  });

  it('a name after the closing quote of a label\'s words speaks: the words were the quotation', () => {
    const text = '委员赵海燕追问:“区域评估成果如何让企业共享?”欧阳明回答,区域评估成果将公开。';
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, [{ ...mention(text, '委员赵海燕', true), name: '赵海燕' }, mention(text, '欧阳明', false, 'bare-name')]);
    expect(events.map((e) => [e.role, e.kind, e.followUp, e.start])).toEqual([['asker', 'label', true, 0], ['responder', 'reported', false, text.indexOf('欧阳明')]]);
  });

  it.each([
    ['a label\'s words going on after an unquoted start still hold the name', '刘建华委员:我想问李明局长回答过的问题,资金何时到位?', 0],
  ])('%s', (_name, text, responders) => {
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, [mention(text, '刘建华委员', true), mention(text, '李明局长', false, 'name-title')]);
    expect(events.filter((e) => e.role === 'responder')).toHaveLength(responders);
  });

  // A name is followed by a word that may follow a name; a "name" that opens with a verb of
  // speaking is the verb the title is the subject of.
  it.each<[string, string, string, string, boolean]>([
    ['a name after 组成人员', '常委会组成人员李志远首先发问:“如何规范涉企检查?”', '常委会组成人员', '李志远', true],
    ['a verb read as a name after 组成人员', '市人大常委会组成人员连发数问,追问市政府如何落实。', '市人大常委会组成人员', '连发数', false],
    ['a verb read as a name after 委员', '市人大常委会委员表示关切,要求加快进度。', '市人大常委会委员', '表示关', false],
  ])('title + name: %s', (_name, text, title, name, speaks) => {
    const view = normalize(text);
    const at = text.indexOf(name);
    const m: SpeakerMention = { span: [0, at + name.length], form: 'title-name', name, nameSpan: [at, at + name.length], title, titleSpan: [0, at], organization: null, congress: true };
    expect(findSpeechEvents(view, 0, view.length, [m]).length > 0).toBe(speaks);
  });

  it('a bare name asks when another mention of it carries a congress title', () => {
    const text = '市人大常委会委员吴海鹰就黑臭水体提问。吴海鹰说,部分水体返黑。';
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, [{ ...mention(text, '市人大常委会委员吴海鹰', true), name: '吴海鹰' }, { ...mention(text, '吴海鹰', false, 'bare-name', 1), name: '吴海鹰' }]);
    expect(events.map((e) => e.role)).toEqual(['asker', 'asker']);
  });

  it('digest field lines name the speakers of 问题:/答复:', () => {
    const text = '提问人:市人大常委会委员 柳德明\n应询人:市住建局局长 葛秋云\n问题:老旧小区如何管理?\n答复:将引入物业。';
    const view = normalize(text);
    const m1 = { ...mention(text, '市人大常委会委员 柳德明', true), name: '柳德明' };
    const m2 = { ...mention(text, '市住建局局长 葛秋云', false), name: '葛秋云' };
    const events = findSpeechEvents(view, 0, view.length, [m1, m2]);
    expect(events.map((e) => [e.role, e.kind, e.mention?.name, e.anchor])).toEqual([['asker', 'qa-label', '柳德明', 0], ['responder', 'qa-label', '葛秋云', text.indexOf('答复')]]);
  });

  it.each([
    ['王某某委员追问:资金到位了吗?', true],
    ['市人大常委会委员王某某追问,资金何时到位?', true],
    ['市人大常委会委员王某某询问,资金何时到位?', false],
    ['王某某委员:我追问一下,地下空间的防汛如何保障?', true],
    ['王某某委员:我想再追问一句,资金何时到位?', true],
    ['王某某委员:我想问市住建局。积水点整治得如何?', false],
    // the 追问 later in the member's words, after the question
    ['王某某委员:刚才提到泵站扩容,资金从哪里来?我追问一下市财政局。', true],
    ['王某某委员:谢谢车局长刚才详细的介绍,再追问一句:泵站何时完工?', true],
    ['王某某委员:请问市水务局,泵站何时完工?再追问一句,资金够不够?', false],
  ])('follow-up: %s', (text, followUp) => {
    const view = normalize(text);
    const whole = text.startsWith('王某某委员') ? '王某某委员' : '市人大常委会委员王某某';
    const [e] = findSpeechEvents(view, 0, view.length, [mention(text, whole, true)]);
    expect(e.followUp).toBe(followUp);
    expect(e.role).toBe('asker');
  });
});

describe('[attribution] the introduction\'s participants', () => {
  it.each<[string, string, string | null]>([
    ['invited to attend and ask', '县人大代表邬国强等5名代表应邀参加并现场提问。', null],
    ['attending as a 列席 member and asking', '市人大代表邬国强列席会议并提问。', null],
    ['attending, then asking a question', '市人大代表邬国强列席会议并提问:停水问题什么时候能解决?', 'asker'],
    ['asking with a question mark in the sentence', '市人大代表邬国强应邀出席并提问,停水问题何时解决?', 'asker'],
    ['asking outright', '县人大代表邬国强就农村饮水安全进行提问。', 'asker'],
    // 列席(会议)并提问 followed by 她说/他说: the next sentence gives the words asked, whatever adverbial opens the sentence.
    ['attending and asking, then 她说', '市人大代表邬国强列席会议并提问。她说，村里停水三天了，希望市水务局拿出办法。', 'asker'],
    ['attending and asking after an adverbial, then 他说', '在第二组，县人大代表邬国强列席并提问。他说，山区学校缺老师。', 'asker'],
    ['会上, attending and asking, then 她说', '会上，市人大常委会委员邬国强列席会议并提问。她说，菜价涨得快。', 'asker'],
    ['attending and asking, then 他们 (a group): no turn', '县人大代表邬国强等5名代表应邀参加并现场提问。他们表示，收获很大。', null],
  ])('%s', (_name, text, role) => {
    const view = normalize(text);
    const whole = text.slice(0, text.indexOf('邬国强') + 3);
    const events = findSpeechEvents(view, 0, view.length, [mention(text, whole, true)]);
    expect(events[0]?.role ?? null).toBe(role);
  });
});

describe('[attribution] the congress\'s leaders named bare', () => {
  // The chair is introduced with the title; later the bare name speaks. Each row: the later line, and the role read (null: no event).
  it.each<[string, string | null]>([
    ['热娜·吐某在询问结束时指出,此次专题询问问题聚焦。', null],
    ['热娜·吐某指出,要加强资金监管。', null],
    ['热娜·吐某询问州财政局:资金何时拨付?', 'asker'],
    ['热娜·吐某作总结讲话。她强调,要抓好整改。', null],
    ['“要把问题整改到位。”热娜·吐某说。', null],
    ['“资金什么时候拨付?”热娜·吐某问道。', 'asker'],
  ])('%s → %s', (line, role) => {
    const text = `州人大常委会副主任热娜·吐某主持会议。\n${line}`;
    const view = normalize(text);
    const name = '热娜·吐某';
    const first = text.indexOf(name);
    const later = text.indexOf(name, first + 1);
    const mentions: SpeakerMention[] = [
      { span: [0, first + name.length], form: 'title-name', name, nameSpan: [first, first + name.length], title: '州人大常委会副主任', titleSpan: [0, first], organization: '州人大常委会', congress: true },
      { span: [later, later + name.length], form: 'bare-name', name, nameSpan: [later, later + name.length], title: null, titleSpan: null, organization: null, congress: false },
    ];
    const events = findSpeechEvents(view, 0, view.length, mentions).filter((e) => e.start > first + name.length);
    expect(events.map((e) => e.role)[0] ?? null).toBe(role);
  });
});

describe('[attribution] a congress body\'s 负责人, or a paragraph on what follows the meeting, asks nothing (t47 #5)', () => {
  // Each row: the paragraph, the speaker's title and name as written (name may be empty), and the role read (null: no event).
  it.each<[string, string, string | null]>([
    ['区人大常委会社会建设工委负责人表示,将继续跟踪监督,明年再听取专项报告。', '区人大常委会社会建设工委负责人', null],
    // near-misses: a member reported as speaking asks, and a 负责人 who asks still asks
    ['区人大常委会委员某某表示,群众反映理赔难。', '区人大常委会委员某某', 'asker'],
    ['区人大常委会社会建设工委负责人询问区财政局:资金何时拨付?', '区人大常委会社会建设工委负责人', 'asker'],
  ])('%s → %s', (line, who, role) => {
    const view = normalize(line);
    const at = line.indexOf(who);
    const named = who.endsWith('某某');
    const title = named ? who.slice(0, -2) : who;
    const mentions: SpeakerMention[] = [
      { span: [at, at + who.length], form: named ? 'title-name' : 'title-only', name: named ? '某某' : null, nameSpan: named ? [at + title.length, at + who.length] : null, title, titleSpan: [at, at + title.length], organization: '区人大常委会', congress: true } as SpeakerMention,
    ];
    const events = findSpeechEvents(view, 0, view.length, mentions);
    expect(events.map((e) => e.role)[0] ?? null).toBe(role);
  });
});

describe('[attribution] a titled speaker outside the congress under a bare label', () => {
  // Title + name with no verb in the label: an official answers, unless the words open by asking
  // (a parents' committee chair, a chamber's president invited to ask).
  it.each<[string, string, string, 'asker' | 'responder']>([
    ['区实验小学家委会主任 钱晓梅:请问市教育局,课后服务收费怎么定?', '区实验小学家委会主任 钱晓梅', '区实验小学家委会主任', 'asker'],
    ['县个体私营企业商会会长 丁文华:我想请问县税务局,退税多久能到账?', '县个体私营企业商会会长 丁文华', '县个体私营企业商会会长', 'asker'],
    ['县税务局局长 武海涛:退税平均5个工作日到账。', '县税务局局长 武海涛', '县税务局局长', 'responder'],
    ['县税务局局长 武海涛:关于您问的退税,请问您是指哪一类?', '县税务局局长 武海涛', '县税务局局长', 'responder'],
  ])('%s → %s', (text, whole, title, role) => {
    const view = normalize(text);
    const m = { ...mention(text, whole, false), title, titleSpan: [0, title.length] as [number, number] };
    const events = findSpeechEvents(view, 0, view.length, [m]);
    expect(events.map((e) => [e.role, e.kind])).toEqual([[role, 'label']]);
  });
});

describe('[attribution] TV inquiries (电视问政): a role taken is no speech', () => {
  // Each row: the line, the congress mention in it, the role read (null: no event).
  it.each<[string, string, string, string | null]>([
    ['担任主问官 states a role', '区人大常委会副主任严某担任主问官,区人大代表参与问政。', '区人大常委会副主任严某', null],
    ['担任本期节目的主问官', '市人大常委会副主任邵某某担任本期节目的主问官。', '市人大常委会副主任邵某某', null],
    ['担任问政嘉宾', '市人大代表符某担任问政嘉宾,现场点评。', '市人大代表符某', null],
    ['two named, then 担任主问官', '区人大常委会副主任严某、区人大代表柏某担任主问官。', '区人大常委会副主任严某', null],
    ['参与问政: the activity, not a verb of asking', '市人大代表闵某参与问政。', '市人大代表闵某', null],
    ['填写问卷', '县人大代表龚某现场填写问卷。', '县人大代表龚某', null],
    ['control: asking outright', '区人大常委会副主任严某询问区教育局,整改何时完成?', '区人大常委会副主任严某', 'asker'],
    ['control: 问 as the verb', '市人大代表闵某问,菜价为什么涨?', '市人大代表闵某', 'asker'],
  ])('%s', (_name, text, whole, role) => {
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, [mention(text, whole, true)]);
    expect(events[0]?.role ?? null).toBe(role);
  });
});

describe('[attribution] corner quotes, corner-bracket tags, topic leads and the reply\'s connective', () => {
  it.each<Row>([
    ['quote first in corner quotes', '「资金从哪里来？」市人大常委会委员王某某率先发问。', [['市人大常委会委员王某某', true]], [['asker', 'quote-first', '「资金从哪里来？」']]],
    ['quote first, 『』 inside', '「群众说『看病难』，难在哪？」市人大代表韦某某问道。', [['市人大代表韦某某', true]], [['asker', 'quote-first', '「群众说']]],
    ['a topic lead before the quotation', '【资金保障】 「资金从哪里来？」市人大常委会委员王某某追问。', [['市人大常委会委员王某某', true]], [['asker', 'quote-first', '「资金从哪里来？」']]],
    ['a topic lead before a “” quotation', '【资金保障】“资金从哪里来？”市人大常委会委员王某某问道。', [['市人大常委会委员王某某', true]], [['asker', 'quote-first', '“资金从哪里来？”']]],
    ['「问」/「答」 tags before named labels', '「问」区人大代表张某某：学位够吗？\n「答」区教育局局长柏某某：够。', [['区人大代表张某某', true], ['区教育局局长柏某某', false]],
      [['asker', 'label', '「问」区人大代表张某某'], ['responder', 'label', '「答」区教育局局长柏某某']]],
    ['对此 opens the reply', '市人大常委会委员王某某问道：资金从哪里来？对此，市财政局局长李某某回应说，将统筹安排。', [['市人大常委会委员王某某', true], ['市财政局局长李某某', false]],
      [['asker', 'label', '市人大常委会委员王某某'], ['responder', 'reported', '对此，市财政局局长']]],
    ['针对这一问题 on a line of its own sentence', '委员王某某关心资金来源。\n针对这一问题，市财政局局长李某某表示，将统筹安排。', [['委员王某某', true], ['市财政局局长李某某', false]],
      [['asker', 'reported', '委员王某某'], ['responder', 'reported', '针对这一问题，市财政局局长']]],
    // The lead adverbials of the responder's sentence open the responder's turn, never close the turn before.
    ['针对委员们提出的问题, lead of the reply', '局长柯某回答，已开工98个。\n\n针对委员们提出的问题，副县长鲍某表示，县政府将抓好两项工作。', [['局长柯某', false], ['副县长鲍某', false]],
      [['responder', 'reported', '局长柯某'], ['responder', 'reported', '针对委员们提出的问题，副县长鲍某']]],
    ['就委员关心的…问题, lead of the reply', '局长柯某回答，已开工98个。就委员关心的资金问题，副县长鲍某表示，将加大投入。', [['局长柯某', false], ['副县长鲍某', false]],
      [['responder', 'reported', '局长柯某'], ['responder', 'reported', '就委员关心的资金问题，副县长鲍某']]],
    ['最后, and 随后, chained', '局长柯某回答，已开工98个。\n随后，在回答追问时，副县长鲍某表示，将加大投入。', [['局长柯某', false], ['副县长鲍某', false]],
      [['responder', 'reported', '局长柯某'], ['responder', 'reported', '随后，在回答追问时，副县长鲍某']]],
    ['针对委员们的询问, lead of the reply', '局长柯某回答，已开工98个。\n\n最后，针对委员们的询问，副县长鲍某说，将加大投入。', [['局长柯某', false], ['副县长鲍某', false]],
      [['responder', 'reported', '局长柯某'], ['responder', 'reported', '最后，针对委员们的询问，副县长鲍某']]],
    ['会上, lead of a reported asker', '局长柯某回答，已开工98个。会上，常委会委员鲍某提问，资金从哪里来？', [['局长柯某', false], ['常委会委员鲍某', true]],
      [['responder', 'reported', '局长柯某'], ['asker', 'reported', '会上，常委会委员鲍某']]],
    ['针对…现象, lead of a reported asker', '局长柯某回答，已开工98个。\n针对执法中存在的不规范现象，委员鲍某就如何规范执法进行提问。', [['局长柯某', false], ['委员鲍某', true]],
      [['responder', 'reported', '局长柯某'], ['asker', 'reported', '针对执法中存在的不规范现象，委员鲍某']]],
    ['no adverbial: a clause of content stays where it is', '局长柯某回答，已开工98个。资金已到位，副县长鲍某表示，将加大投入。', [['局长柯某', false], ['副县长鲍某', false]],
      [['responder', 'reported', '局长柯某'], ['responder', 'reported', '副县长鲍某表示']]],
    ['a connective naming the asker stays before the responder', '“企业开办还能压缩吗？”面对市人大常委会委员詹某某的提问，市市场监管局局长袁某某回应：已压缩。', [['市人大常委会委员詹某某', true], ['市市场监管局局长袁某某', false]],
      [['asker', 'quote-first', '“企业开办'], ['responder', 'reported', '市市场监管局局长袁某某']]],
  ])('%s', (_name, text, ms, expected) => {
    const view = normalize(text);
    const mentions = ms.map(([w, c, f]) => mention(text, w, c, f));
    const events = findSpeechEvents(view, 0, view.length, mentions);
    expect(events.map((e) => [e.role, e.kind, text.slice(e.start, e.start + expected[events.indexOf(e)]?.[2].length)])).toEqual(expected);
  });
});

describe('[attribution] the inquiry as a noun, and a leader\'s closing instruction, ask nothing', () => {
  /** A congress mention with its title, the name the last `n` characters of `whole`. */
  function titled(text: string, whole: string, n: number): SpeakerMention {
    const at = text.indexOf(whole);
    const end = at + whole.length;
    return { span: [at, end], form: 'title-name', name: whole.slice(-n), nameSpan: [end - n, end], title: whole.slice(0, -n), titleSpan: [at, end - n], organization: null, congress: true };
  }
  it.each<[string, string, string, string | null]>([
    ['询问中 (the inquiry) in a leader\'s closing remark', '市人大常委会副主任柯某某在联组会上表示，要把询问中发现的问题梳理成清单。', '市人大常委会副主任柯某某', null],
    ['询问问题 as a subject', '县人大常委会主任庞某某说，这次询问问题实、回答态度诚恳。', '县人大常委会主任庞某某', null],
    ['本次询问', '州人大常委会副主任阎某某指出，本次询问取得了实效。', '州人大常委会副主任阎某某', null],
    ['询问环节 / 询问工作', '区人大常委会副主任米某某强调，询问环节结束后要抓好询问工作的跟踪。', '区人大常委会副主任米某某', null],
    ['a leader directing (在…上强调,要…) even with 询问 as a verb inside', '市人大常委会主任温某某在会上强调，要把委员询问发现的问题交办到位。', '市人大常委会主任温某某', null],
    ['control: a leader asking with 询问 + object', '市人大常委会副主任柯某某询问市民政局，护理员缺口有多大?', '市人大常委会副主任柯某某', 'asker'],
    ['control: a leader asking, 在…上 then a question', '市人大常委会副主任柯某某在联组会上表示，要问一问市财政局，资金何时到位?', '市人大常委会副主任柯某某', 'asker'],
    ['control: 询问工作进展 asks about the work', '市人大常委会委员严某某询问工作进展情况。', '市人大常委会委员严某某', 'asker'],
    ['control: a member asking with 询问道', '市人大常委会委员严某某询问道，资金何时到位?', '市人大常委会委员严某某', 'asker'],
  ])('%s', (_name, text, whole, role) => {
    const view = normalize(text);
    const n = 3;
    const events = findSpeechEvents(view, 0, view.length, [titled(text, whole, n)]);
    expect(events[0]?.role ?? null).toBe(role);
  });
});

describe('[attribution] a name and a post after it, set off by a comma', () => {
  /** "韦某某局长" at its first occurrence: the name, then the title right after it (or after `gap`). */
  function nameTitle(text: string, name: string, gap: string, title: string, congress: boolean): SpeakerMention {
    const at = text.indexOf(name + gap + title);
    const t = at + name.length + gap.length;
    return { span: [at, t + title.length], form: 'name-title', name, nameSpan: [at, at + name.length], title, titleSpan: [t, t + title.length], organization: null, congress };
  }
  it.each<[string, string, string, string, string, boolean, Array<[string, string]>]>([
    ['a vocative (卢某某局长,…)', '卢晓峰局长,去年询问时是多少?', '卢晓峰', '', '局长', false, []],
    ['a vocative with a greeting', '卢晓峰局长您好,去年询问时是多少?', '卢晓峰', '', '局长', false, []],
    ['a verb right after the post still speaks', '卢晓峰局长回答,去年是24个。', '卢晓峰', '', '局长', false, [['responder', 'reported']]],
    ['a name set off by commas before its titles speaks (程某, 县人大常委会委员, 首先提问:)', '程立华, 县人大常委会委员, 首先提问: 缺水怎么解决?', '程立华', ', ', '县人大常委会委员', true, [['asker', 'reported']]],
  ])('%s', (_name, text, name, gap, title, congress, expected) => {
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, [nameTitle(text, name, gap, title, congress)]);
    expect(events.map((e) => [e.role, e.kind])).toEqual(expected);
  });
});

describe('[attribution] a label that lost its colon: the words start at the speaker\'s 请问', () => {
  it.each<[string, string, string]>([
    ['常委会委员邰某 请问民政局，床位够不够？', '常委会委员邰某', '请问民政局，床位够不够？'],
    ['常委会委员邰某请问民政局，床位够不够？', '常委会委员邰某', '请问民政局，床位够不够？'],
    ['问题三　常委会委员邰某 请市民政局回答，床位够不够？', '常委会委员邰某', '请市民政局回答，床位够不够？'],
  ])('%s', (text, whole, words) => {
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, [mention(text, whole, true)], text);
    expect(events.map((e) => [e.role, e.kind, e.wordsStart === null ? null : text.slice(e.wordsStart)])).toEqual([['asker', 'label', words]]);
  });

  it('a reported sentence whose verb is no 请 stays reported', () => {
    const text = '常委会委员邰某询问民政局，床位够不够？';
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, [mention(text, '常委会委员邰某', true)], text);
    expect(events.map((e) => [e.role, e.kind])).toEqual([['asker', 'reported']]);
  });
});

describe('[attribution] a colon doubled by a bad copy', () => {
  it.each([
    ['常委会委员邰某：：床位够不够？', '床位够不够？'],
    ['常委会委员邰某::床位够不够?', '床位够不够?'],
    ['常委会委员邰某： ：床位够不够？', '床位够不够？'],
  ])('%s', (text, words) => {
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, [mention(text, '常委会委员邰某', true)], text);
    expect(events.map((e) => [e.role, e.kind, e.wordsStart === null ? null : text.slice(e.wordsStart)])).toEqual([['asker', 'label', words]]);
  });
});

describe('[attribution] a member cutting in under a label of its own: 某某插话:', () => {
  // Each row: the text, its hand-made mentions, and the events as [role, followUp, label].
  it.each<[string, string, Array<[string, boolean, MentionForm?]>, Array<[string, boolean, string]>]>([
    ['a member cutting in asks a follow-up', '滕某某代表插话：这些资金有多少？', [['滕某某代表', true, 'name-title']], [['asker', true, '滕某某代表插话：']]],
    ['插问 too', '区人大常委会委员滕某插问：那资金呢？', [['区人大常委会委员滕某', true]], [['asker', true, '区人大常委会委员滕某插问：']]],
    // An official cutting in is read by the words, as under "某某（插话）:".
    ['an official cutting in to add', '区财政局局长骆某插话：我补充一点，资金已经下达。', [['区财政局局长骆某', false]], [['responder', true, '区财政局局长骆某插话：']]],
  ])('%s', (_name, text, people, expected) => {
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, people.map(([w, c, f]) => mention(text, w, c, f)), text);
    expect(events.map((e) => [e.role, e.followUp, text.slice(e.start, e.wordsStart ?? e.start)])).toEqual(expected);
  });
});

describe('[attribution] the roster of offices attending to answer (…负责人应询。)', () => {
  it.each<[string, string, string, string | null]>([
    ['the last of the offices listed, then 应询', '联组会议由主任某某主持，副州长李某某及州民政局、州城投集团负责人应询。', '州城投集团负责人', null],
    ['listed with 和', '市民政局和市城投集团负责人到会应询。', '市城投集团负责人', null],
    // Near misses: one official answering, with words or alone in the sentence.
    ['应询 with words', '州城投集团董事长张某某应询：入住率仅31%。', '州城投集团董事长张某某', 'responder'],
    ['one official 应询, not listed', '对此，州城投集团董事长张某某应询。', '州城投集团董事长张某某', 'responder'],
  ])('%s', (_name, text, whole, role) => {
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, [mention(text, whole, false)]);
    expect(events[0]?.role ?? null).toBe(role);
  });
});

describe('[attribution] what a member asks on, before the label\'s verb (结合视频提问:)', () => {
  it.each<[string, string, string, string | null]>([
    ['结合视频提问:', '县人大常委会委员黄某某结合视频提问：请问县人社局，护理员怎么留住？', 'label', '请问'],
    ['结合调研情况询问:', '县人大常委会委员黄某某结合调研情况询问：护理员怎么留住？', 'label', '护理员'],
    // Near miss: a pause after the object, so no label; the member still asks, in reported speech.
    ['结合…, then 提问 after a comma', '县人大常委会委员黄某某结合工作实际，提问县人社局护理员怎么留住？', 'reported', null],
  ])('%s', (_name, text, kind, words) => {
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, [mention(text, '县人大常委会委员黄某某', true)]);
    expect(events.map((e) => [e.role, e.kind, e.wordsStart])).toEqual([['asker', kind, words === null ? null : text.indexOf(words)]]);
  });
});

describe('[attribution] a clip watched opens the member\'s sentence (观看视频短片后,…)', () => {
  it.each<[string, string, number]>([
    ['观看…后, then the member', '观看视频短片后，县人大代表晏某某结合视频提问：“夜间谁值班？”', 0],
    ['看完…之后', '看完暗访短片之后，县人大代表晏某某提问：“夜间谁值班？”', 0],
    // Near miss: a clause of its own after the clip (someone else's reaction), no lead adverbial.
    ['a clause after the clip', '观看视频后大家很受触动，县人大代表晏某某提问：“夜间谁值班？”', -1],
  ])('%s', (_name, text, start) => {
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, [mention(text, '县人大代表晏某某', true)]);
    expect(events.map((e) => [e.role, e.start])).toEqual([['asker', start < 0 ? text.indexOf('县人大') : start]]);
  });
});

describe('[attribution] the inquiry as the object of 听取/接受/参加/列席/开展, and an official in narration, ask nothing (t56 #4)', () => {
  /** A mention: title, then a name of three characters; `organization` the title's own, when it names one. */
  function official(text: string, title: string, organization: string | null, congress: boolean): SpeakerMention {
    const at = text.indexOf(title);
    const end = at + title.length + 3;
    return { span: [at, end], form: 'title-name', name: text.slice(end - 3, end), nameSpan: [end - 3, end], title, titleSpan: [at, at + title.length], organization, congress };
  }
  it.each<[string, string, string, string | null, boolean, string | null]>([
    ['到会听取询问 (a vice-governor)', '州人大常委会主任杨光明主持，副州长吴德全到会听取询问。', '副州长', null, false, null],
    ['听取了询问', '会议期间，副市长吴德全听取了询问。', '副市长', null, false, null],
    ['列席会议并接受询问', '市水务局局长吴德全列席会议并接受询问。', '市水务局局长', '市水务局', false, null],
    ['到会听取委员询问: an official never asks in narration', '副州长吴德全到会听取委员询问。', '副州长', null, false, null],
    ['参加询问 (a member attending)', '市人大常委会委员吴德全参加询问。', '市人大常委会委员', '市人大常委会', true, null],
    ['开展询问 (a body holding it)', '市人大常委会委员吴德全等围绕供水工作开展询问。', '市人大常委会委员', '市人大常委会', true, null],
    // Near-misses: a member asking, an official answering, someone outside the government asking.
    ['control: a member asking (询问 + object)', '市人大常委会委员吴德全询问市水务局，水从哪里来？', '市人大常委会委员', '市人大常委会', true, 'asker'],
    ['control: an official answering the inquiry', '市水务局局长吴德全回答询问时介绍，已建成水厂三座。', '市水务局局长', '市水务局', false, 'responder'],
    ['control: a union head asking', '市总工会主席吴德全询问市人社局，欠薪怎么追回？', '市总工会主席', '市总工会', false, 'asker'],
  ])('%s', (_name, text, title, organization, congress, role) => {
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, [official(text, title, organization, congress)]);
    expect(events[0]?.role ?? null).toBe(role);
  });
});

describe('[attribution] a stand-in answers: 由X代为回答, X代表<body>回答', () => {
  const intro = '2024年5月20日，市人大常委会召开联组会议，就全市住房保障工作开展专题询问。\n\n常委会委员汤佳丽问：“保障房分配怎么做到公平？”\n\n';
  it.each([
    ['市住房和城乡建设局局长因公出差，由市住房和城乡建设局副局长彭丽代为回答：今年将分配保障房1200套。', '彭丽'],
    ['局长因公出差，委托副局长彭丽代为回答。今年将分配保障房1200套。', '彭丽'],
    ['市住房和城乡建设局副局长钟文杰代表市政府回答，今年将分配保障房1200套。', '钟文杰'],
    ['市住房和城乡建设局副局长钟文杰代表县人民政府和县发展和改革局回答，今年将分配保障房1200套。', '钟文杰'],
  ])('%s', (answer, responder) => {
    const r = parse(intro + answer);
    expect(r.questions.map((q) => q.responders.map((p) => r.people.find((x) => x.id === p)?.name))).toEqual([[responder]]);
    expect(r.questions[0].text).toBe('保障房分配怎么做到公平？');
  });
  // Near-miss: 由 before an official who is only charged with a task answers nothing.
  it('由X负责落实 names no responder', () => {
    const r = parse(intro + '会议要求，由市住房和城乡建设局副局长彭丽负责落实。');
    expect(r.people.some((p) => p.name === '彭丽' && p.roles.includes('responder'))).toBe(false);
  });
});
