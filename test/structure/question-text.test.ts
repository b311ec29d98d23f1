import { describe, expect, it } from 'vitest';
import { questionText, labelOf, isTopicPhrase, openingHeader } from '../../src/structure/question-text.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import type { Section } from '../../src/structure/sections.js';
import { normalize } from '../../src/source/normalize.js';

function opened(text: string, kind: SpeechEvent['kind'], start: number, wordsStart: number | null): [Section, SpeechEvent] {
  const e: SpeechEvent = { mention: null, role: 'asker', start, anchor: start, wordsStart, kind, followUp: false };
  return [{ span: [0, text.length], header: null, opener: e, followUpOf: null }, e];
}

describe('[question-text] the asker\'s words without a header', () => {
  it.each<[string, string, SpeechEvent['kind'], (t: string) => [number, number | null], string]>([
    ['after a label', '王海委员问:请问李局长,背街小巷如何整治?', 'label', (t) => [0, t.indexOf(':') + 1], '请问李局长,背街小巷如何整治?'],
    ['after a label, the quotation that is all the words', '委员赵海燕追问:“区域评估成果如何让企业共享?”', 'label', (t) => [0, t.indexOf(':') + 1], '区域评估成果如何让企业共享?'],
    ['after a label, words that go on after a quotation', '王海委员问:“最后一公里”怎么打通?', 'label', (t) => [0, t.indexOf(':') + 1], '“最后一公里”怎么打通?'],
    ['after a label, the quotation before the narration goes on', '委员赵海燕追问:“区域评估成果如何共享?”对此,', 'label', (t) => [0, t.indexOf(':') + 1], '区域评估成果如何共享?'],
    ['quoted after the verb and its addressee', '委员陈晓梅询问市自然资源局:“审批时间如何压缩?”', 'reported', () => [0, null], '审批时间如何压缩?'],
    ['a quote-first question', '“资金从哪里来?”市人大常委会委员赵云追问。', 'quote-first', () => [0, 1], '资金从哪里来?'],
    // A quote that does not ask, then the words that do: the member's words, all of them, from the first quotation on.
    ['a quote that does not ask', '“城市更新不能只见房不见人。”委员陈某某说,她询问市政府如何保护街区?', 'quote-first', () => [0, 1], '“城市更新不能只见房不见人。”委员陈某某说,她询问市政府如何保护街区?'],
    ['a quote that does not ask, then a quotation that does', '“教师编制不足是瓶颈。”委员张某接着发问,“请问市人社局,编制如何倾斜?”市人社局局长某回答。', 'quote-first', () => [0, 1], '“教师编制不足是瓶颈。”委员张某接着发问,“请问市人社局,编制如何倾斜?”'],
    ['quoted after 发问:', '委员章某某首先发问:“游客为何留不住?”', 'reported', () => [0, null], '游客为何留不住?'],
    ['reported speech', '州人大常委会委员段某某就营商环境进行提问。', 'reported', () => [0, null], '州人大常委会委员段某某就营商环境进行提问。'],
    // A live feed's stamp opens the turn (the entry's time), never the question.
    ['reported speech after a stamp', '【10:02】州人大常委会委员段某某就营商环境进行提问。', 'reported', () => [0, null], '州人大常委会委员段某某就营商环境进行提问。'],
    // A final parenthesis naming the speaker by role is a speaker tag, not words asked.
    ['a trailing (询问人:…) tag', '问:审计查出的问题还有多少没有整改到位?(询问人:市人大常委会委员甘某)', 'qa-label', (t) => [0, t.indexOf(':') + 1], '审计查出的问题还有多少没有整改到位?'],
    ['a trailing （提问人：…） tag in full width', '问：资金缺口怎么补？（提问人：县人大常委会委员、预算工委主任柏某）', 'qa-label', (t) => [0, t.indexOf('：') + 1], '资金缺口怎么补？'],
    ['a trailing （询问人 …） tag with a space', '问：学位够不够？（询问人 区人大代表杭某）', 'qa-label', (t) => [0, t.indexOf('：') + 1], '学位够不够？'],
    ['a parenthesis that is no tag stays', '问：资金缺口怎么补？（含中央资金）', 'qa-label', (t) => [0, t.indexOf('：') + 1], '资金缺口怎么补？（含中央资金）'],
    // An aside in brackets: the bracket closing it is the aside's; a bracket of the words' own, or none opening the label, stays.
    ['an aside in brackets: its closing bracket', '（委员插话：调蓄池的运维费用每年多少？）', 'label', (t) => [1, t.indexOf('：') + 1], '调蓄池的运维费用每年多少？'],
    ['an aside in brackets with a bracket of its own', '（委员插话：运维费用（含电费）每年多少？）', 'label', (t) => [1, t.indexOf('：') + 1], '运维费用（含电费）每年多少？'],
    ['an aside in brackets read from its bracket', '（委员插话：调蓄池的运维费用每年多少？）', 'qa-label', (t) => [0, t.indexOf('：') + 1], '调蓄池的运维费用每年多少？'],
    ['no bracket opening the label: a closing bracket stays', '委员插话：运维费用每年多少？）', 'label', (t) => [0, t.indexOf('：') + 1], '运维费用每年多少？）'],
    ['reported speech after a stamp in 时/分', '10时02分 州人大常委会委员段某某就营商环境进行提问。', 'reported', () => [0, null], '州人大常委会委员段某某就营商环境进行提问。'],
  ])('%s', (_name, text, kind, at, expected) => {
    const view = normalize(text);
    const [start, words] = at(text);
    const [sec, e] = opened(text, kind, start, words);
    const span = questionText(view, sec, [e], [[0, text.length]]);
    expect(text.slice(...span)).toBe(expected);
  });
});

describe('[question-text] labels', () => {
  it.each([
    ['问:如何保障?', 'qa-label', '问'],
    ['追问:何时补齐?', 'qa-label', '追问'],
    ['14:32 问:资金够吗?', 'qa-label', '问'],
    ['【询问】某委员:如何整治?', 'label', '询问'],
    ['王海委员问:如何?', 'label', null],
    ['■问:市人大常委会委员 叶某某', 'qa-label', '问'],
    ['**追问(市人大代表 宁某):** 谁承担?', 'qa-label', '追问'],
    // A document's paragraph number opening the opener's line is the label as written.
    ['2.1  常委会委员柴文松问：何时完工？', 'label', '2.1'],
    ['2.2.1  追问（孔令然）：资金够吗？', 'qa-label', '2.2.1'],
    ['３．２　孔令然追问：资金够吗？', 'label', '３．２'],
    ['3. 孔令然追问：资金够吗？', 'label', '3.'],
    ['2.5亿元从哪里来？孔令然问。', 'label', null],
  ] as const)('%s → %s', (text, kind, label) => {
    const e: SpeechEvent = { mention: null, role: 'asker', start: 0, anchor: 0, wordsStart: null, kind, followUp: false };
    expect(labelOf(text, e)).toBe(label);
  });
});

describe('[question-text] a header alone on its line', () => {
  it('takes the next line when it asks', () => {
    const text = '问题一\n校园食品安全如何保障？\n市人大常委会委员王海就此提问。';
    const view = normalize(text);
    const line = { index: 0, span: [0, 3] as [number, number], content: [0, 3] as [number, number] };
    const header = { family: '问题', number: 1, label: '问题一', labelSpan: [0, 3] as [number, number], line, rest: [3, 3] as [number, number], questionLike: false };
    const sec: Section = { span: [0, text.length], header, opener: null, followUpOf: null };
    expect(text.slice(...questionText(view, sec, [], []))).toBe('校园食品安全如何保障？');
  });
});

describe('[question-text] a header line that goes on with the narration', () => {
  it('stops before the first speaker', () => {
    const text = '一、关于食品安全问题。市人大常委会委员王某询问如何监管。';
    const view = normalize(text);
    const line = { index: 0, span: [0, text.length] as [number, number], content: [0, text.length] as [number, number] };
    const header = { family: '、', number: 1, label: '一', labelSpan: [0, 1] as [number, number], line, rest: [2, text.length] as [number, number], questionLike: true };
    const at = text.indexOf('市人大');
    const e: SpeechEvent = { mention: null, role: 'asker', start: at, anchor: at, wordsStart: null, kind: 'reported', followUp: false };
    expect(text.slice(...questionText(view, { span: [0, text.length], header, opener: null, followUpOf: null }, [e], [[at, text.length]]))).toBe('关于食品安全问题。');
  });
});

describe('[question-text] reported asking whose words follow the verb', () => {
  it.each<[string, string, string, string]>([
    ['after 追问,', '陶某某委员接着追问,已建成的设施运行负荷率偏低怎么办?', '陶某某委员', '已建成的设施运行负荷率偏低怎么办?'],
    ['after the addressee and a colon, up to the last question mark', '委员朱某追问人民银行某分行:小微企业贷款利率到底降了多少?该行', '委员朱某', '小微企业贷款利率到底降了多少?'],
    ['after whom it asks and a comma', '委员唐某某追问马厅长,处罚之后如何防止问题反弹?他回答,将建立黑名单。', '委员唐某某', '处罚之后如何防止问题反弹?'],
    ['no question mark: the whole sentence stays', '委员段某某追问,营商环境还要再优化。', '委员段某某', '委员段某某追问,营商环境还要再优化。'],
    // A speech frame (pronoun + verb of saying) between the reported asking and the words.
    ['after the asking, a pronoun and 说', '区人大常委会委员韦丽萍首先提问。她说，近年来背街小巷路灯损坏多，请问区城管局何时修复？', '区人大常委会委员韦丽萍', '近年来背街小巷路灯损坏多，请问区城管局何时修复？'],
    ['after the asking, a pronoun and 指出, no question mark', '委员覃海洋就河道保洁问题提问。他指出，部分河段垃圾长期无人清理。', '委员覃海洋', '部分河段垃圾长期无人清理。'],
    ['a pronoun and 还表示 after a colon', '委员覃海洋接着发言。他还表示：河道保洁经费怎么保障？', '委员覃海洋', '河道保洁经费怎么保障？'],
    ['after 提问, and a pronoun', '委员覃海洋提问，他说，河道保洁经费怎么保障？', '委员覃海洋', '河道保洁经费怎么保障？'],
    // …or a pronoun and a verb of asking (她问:, 他追问:), as 问道: reads
    ['after 关注…问题, a pronoun and 问', '委员吴某关注惠企政策兑现问题。她问：区政府如何推动政策直达快享？', '委员吴某', '区政府如何推动政策直达快享？'],
    ['after 提出询问, a pronoun and 问', '委员谭某就垃圾混装问题提出询问。他问：分好的垃圾被混装，如何破解？', '委员谭某', '分好的垃圾被混装，如何破解？'],
    ['a pronoun and 问, then one quotation: inside its marks', '委员黎某关注地方特色食品的标准问题。他问：“企业无标可依，请问省卫健委有什么打算？”', '委员黎某', '企业无标可依，请问省卫健委有什么打算？'],
    ['a pronoun and 又追问', '委员谭某就垃圾混装问题提出询问。他又追问：何时能解决？', '委员谭某', '何时能解决？'],
    // near-miss: 他问题 is no frame (no comma or colon after 问)
    ['他问题… is no frame', '委员谭某就垃圾问题提出询问。他问题提得很准。', '委员谭某', '委员谭某就垃圾问题提出询问。他问题提得很准。'],
    ['the next sentence is not framed: the whole turn stays', '委员覃海洋就河道保洁问题提问。部分河段垃圾长期无人清理。', '委员覃海洋', '委员覃海洋就河道保洁问题提问。部分河段垃圾长期无人清理。'],
    // A quotation straight after the verb is what was said only as a sentence or the whole object; a quoted term stays in the narration.
    ['a quoted term inside the reported question (询问“…”治理情况)', '委员祁某询问“僵尸车”清理情况。', '委员祁某', '委员祁某询问“僵尸车”清理情况。'],
    ['a quoted term, then the question mark', '委员祁某询问“僵尸车”问题如何清理？', '委员祁某', '委员祁某询问“僵尸车”问题如何清理？'],
    ['a quoted question straight after the verb', '委员祁某追问“僵尸车什么时候能清走？”', '委员祁某', '僵尸车什么时候能清走？'],
    ['a quotation that is the whole object', '委员祁某问“僵尸车谁来管”。', '委员祁某', '僵尸车谁来管'],
    ['after a colon, a quotation', '委员祁某追问：“僵尸车谁来管？”', '委员祁某', '僵尸车谁来管？'],
    // What the asking is about (就…, 围绕…, 针对…), or an adverb of manner, between the name and the verb: the words
    // still follow the colon.
    ['就… and the addressee before the colon', '县人大常委会委员覃海洋就河道保洁问题询问县水利局：请问保洁经费怎么保障？', '县人大常委会委员覃海洋', '请问保洁经费怎么保障？'],
    ['随后就… before 提问:', '县人大常委会委员覃海洋随后就河道保洁问题提问：保洁经费怎么保障？', '县人大常委会委员覃海洋', '保洁经费怎么保障？'],
    ['围绕… before 提问,', '委员祁某围绕停车难提问，老旧小区的车位缺口怎么补？', '委员祁某', '老旧小区的车位缺口怎么补？'],
    ['联合提问,', '委员祁某联合提问，老旧小区的车位缺口怎么补？', '委员祁某', '老旧小区的车位缺口怎么补？'],
    ['就… with no question mark: the whole sentence stays', '委员祁某就停车难询问区住建局：车位缺口还很大。', '委员祁某', '委员祁某就停车难询问区住建局：车位缺口还很大。'],
    // Where or by what means the asker speaks (在主会场, 在分会场, 通过视频), between the name and the verb: the words
    // follow the colon, as after a bare 问:.
    ['在主会场 before 问:', '区人大常委会委员周某燕在主会场问：医养结合机构床位利用率不高，卫健委怎么看？', '区人大常委会委员周某燕', '医养结合机构床位利用率不高，卫健委怎么看？'],
    ['在分会场 before 追问:', '区人大代表罗某芬在分会场追问：谁来监督补贴用得好不好？', '区人大代表罗某芬', '谁来监督补贴用得好不好？'],
    ['通过视频 before 追问:', '区人大代表罗某芬通过视频追问：谁来监督补贴用得好不好？', '区人大代表罗某芬', '谁来监督补贴用得好不好？'],
    ['通过…平台 before 提出:', '县人大代表蒲某岚通过代表履职平台提出：茶叶加工厂缺少冷链设施，县里有没有扶持政策？请县农业农村局回答。', '县人大代表蒲某岚', '茶叶加工厂缺少冷链设施，县里有没有扶持政策？'],
    ['在主会场 then 接着问:', '委员周某燕在主会场接着问：床位利用率为何不高？', '委员周某燕', '床位利用率为何不高？'],
    ['以视频连线方式 before 提问:', '区人大代表罗某芬以视频连线方式提问：补贴谁来监督？', '区人大代表罗某芬', '补贴谁来监督？'],
    // near-misses: a place with no verb of asking after it, and words with no question mark, stay whole
    ['在主会场 but no verb: the whole sentence stays', '委员周某燕在主会场发言时认为床位利用率不高？', '委员周某燕', '委员周某燕在主会场发言时认为床位利用率不高？'],
    ['在主会场问: with no question mark: the whole sentence stays', '委员周某燕在主会场问：床位利用率还不高。', '委员周某燕', '委员周某燕在主会场问：床位利用率还不高。'],
    // 提出, what the member raises: the words after it, question mark or not (the description is the turn's).
    ['提出, with no question mark: the words after it', '市人大代表、某科技公司工会主席殷某提出，园区职工孩子没人带，希望市教育局推动幼儿园开设托班。', '殷某', '园区职工孩子没人带，希望市教育局推动幼儿园开设托班。'],
    ['提出, then a request to answer', '市人大代表贾某提出，一些医院推诿重症患者，他请市医疗保障局谈谈如何防范。', '贾某', '一些医院推诿重症患者，他请市医疗保障局谈谈如何防范。'],
    // 问道/追问 then words that ask with no question mark: the member's words, as after 提出 (not the reporting clause).
    ['问道, words that ask, no question mark', '常委会委员万某刚问道，城市更新中保护与开发的矛盾如何平衡，请市自然资源和规划局回答。', '万某刚', '城市更新中保护与开发的矛盾如何平衡，请市自然资源和规划局回答。'],
    ['追问: words that ask, no question mark', '委员万某刚追问：资金缺口有多少，什么时候补齐。', '万某刚', '资金缺口有多少，什么时候补齐。'],
    // near-misses: words after 询问 that ask nothing, or that open on another verb of asking, are a report of asking, whole.
    ['进行提问，询问…如何…: whole', '委员万某刚就惠企政策兑现问题进行提问，询问州政府如何解决企业申报材料多的问题。', '万某刚', '委员万某刚就惠企政策兑现问题进行提问，询问州政府如何解决企业申报材料多的问题。'],
    ['询问了…, words that ask nothing: whole', '委员万某刚询问了有关情况，表示将持续关注。', '万某刚', '委员万某刚询问了有关情况，表示将持续关注。'],
    // near-miss: 提出了问题 with no comma and words is no frame of words.
    ['提出询问。 stays whole', '委员殷某就托育问题提出询问。', '委员殷某', '委员殷某就托育问题提出询问。'],
    // 关注的是X。他说:“Q” — X is the topic, the question the quotation (t69 p01/p03); a statement, then 她问道:“Q”, the same.
    ['关注的是 a topic, then 他说:“…?”', '委员白某关注的是乡村文物的看护问题。他说：“村里没人管，请问县文旅局如何保障？”', '委员白某', '村里没人管，请问县文旅局如何保障？'],
    ['关注的是 a topic, then 她说, unquoted', '委员钟某关注的是农产品质量安全。她说，一些农户不了解安全间隔期，有什么办法？', '委员钟某', '一些农户不了解安全间隔期，有什么办法？'],
    ['说, a statement, then 她问道:“…?”', '委员吴某说，老城区农贸市场脏乱差，群众意见很大。她问道：“改造有没有计划？资金从哪里来？”', '委员吴某', '改造有没有计划？资金从哪里来？'],
    // …also when the reporter's narration follows in the asker's turn (the quotation asks)
    ['她问道:“…?” then narration', '委员吴某说，农贸市场脏乱差。她问道：“资金从哪里来？”\n\n对于吴某委员的提问，', '委员吴某', '资金从哪里来？'],
    // a leading NAME说, is the frame, not the words: a statement with no question mark after 说/表示/指出
    ['说, words with no question mark', '县人大代表、县古城公司职工郭某说，这几年古城游客量增长很快，“空心化”问题值得警惕。', '郭某', '这几年古城游客量增长很快，“空心化”问题值得警惕。'],
    ['表示, words with no question mark', '委员郭某表示，古城“空心化”问题值得警惕。', '委员郭某', '古城“空心化”问题值得警惕。'],
    // near-misses: the question before the frame stays the question; words going on after the quotation keep their marks
    ['a question, then 他说 with no question: the question', '委员白某问，看护经费如何保障？他说，村里没人管。', '委员白某', '看护经费如何保障？'],
    ['a quotation the words go on after', '委员白某关注的是看护问题。他说：“村里没人管。”他还问，经费从哪里来？', '委员白某', '“村里没人管。”他还问，经费从哪里来？'],
  ])('%s', (_name, text, who, expected) => {
    const view = normalize(text);
    const at = text.indexOf(who);
    const e: SpeechEvent = {
      mention: { span: [at, at + who.length], form: 'name-title', name: who, nameSpan: [at, at + who.length], title: null, titleSpan: null, organization: null, congress: true },
      role: 'asker', start: at, anchor: at, wordsStart: null, kind: 'reported', followUp: false,
    };
    const span = questionText(view, { span: [0, text.length], header: null, opener: e, followUpOf: null }, [e], [[0, text.length]]);
    expect(text.slice(...span)).toBe(expected);
  });
});

describe('[question-text] a follow-up marker is not the question', () => {
  it.each<[string, string]>([
    ['孙立新委员:追问一下,专项资金今年到位了多少?', '专项资金今年到位了多少?'],
    ['孙立新委员:我追问一下,专项资金今年到位了多少?', '专项资金今年到位了多少?'],
    ['孙立新委员:再追问一句:社区食堂怎么持续运营?', '社区食堂怎么持续运营?'],
    ['孙立新委员:我想追问一下,社区食堂怎么持续运营?', '社区食堂怎么持续运营?'],
    ['孙立新委员:我再问一下,社区食堂怎么持续运营?', '社区食堂怎么持续运营?'],
    ['孙立新委员:追问一下，社区食堂怎么持续运营？', '社区食堂怎么持续运营？'],
    // after thanks, or after 接着刚才的问题
    ['孙立新委员:谢谢邝局长刚才详细的介绍,再追问一句:社区食堂怎么持续运营?', '社区食堂怎么持续运营?'],
    ['孙立新委员:接着刚才的问题,我再问一下,社区食堂怎么持续运营?', '社区食堂怎么持续运营?'],
    ['孙立新委员:谢谢邝局长的回答,社区食堂怎么持续运营?', '谢谢邝局长的回答,社区食堂怎么持续运营?'], // thanks alone: no marker
    // Not a marker: the follow-up is what is asked about, or nothing follows the marker.
    ['孙立新委员:追问责任的机制如何建立?', '追问责任的机制如何建立?'],
    ['孙立新委员:追问一下。', '追问一下。'],
  ])('%s', (text, expected) => {
    const view = normalize(text);
    const [sec, e] = opened(text, 'label', 0, text.indexOf(':') + 1);
    expect(text.slice(...questionText(view, sec, [e], [[0, text.length]]))).toBe(expected);
  });
});

describe('[question-text] a news subhead of two parts', () => {
  it('names the theme: the question is what the asker says under it', async () => {
    const { parse } = await import('../../src/pipeline.js');
    const text = '某省人大常委会对生态环境保护工作开展专题询问。\n一、大气治理：“蓝天”如何更持久\n“PM2.5浓度为何不降反升？”省人大常委会委员邵某某开门见山。\n省生态环境厅厅长钱某某回答说，主要受气象条件影响。\n'
      + '二、城乡治污：短板怎么补\n“还有多少个建制镇没有污水处理设施？”省人大常委会委员陶某某提问。\n省住房城乡建设厅副厅长贺某某回答，尚有87个。\n';
    expect(parse(text).questions.map((q) => [q.label, q.text])).toEqual([['一', 'PM2.5浓度为何不降反升？'], ['二', '还有多少个建制镇没有污水处理设施？']]);
  });
});

describe('[question-text] a header line that holds the question and the answer', () => {
  it('the question ends where the answer starts on that line', async () => {
    const { parse } = await import('../../src/pipeline.js');
    const text = '某省人大常委会对农村供水工作开展专题询问。\n(一)关于运行管护的问题。常委会委员乔某某询问:省水利厅如何建立长效管护机制?省水利厅厅长覃某某回答:将推进城乡供水一体化。\n(二)关于水质的问题。常委会委员祝某某询问:水质如何保障?省卫生健康委副主任戚某某回答:将加大抽检频次。\n';
    expect(parse(text).questions.map((q) => q.text)).toEqual(['省水利厅如何建立长效管护机制?', '水质如何保障?']);
  });
});

describe('[question-text] a quotation after any verb and a colon', () => {
  it('is the question when it asks', async () => {
    const { buildStructure } = await import('../../src/structure/build.js');
    const text = '区人大常委会开展专题询问。\n区人大代表、金桥社区党委书记邵某某关心电梯安全：“加装的电梯谁来管？出了问题找谁？”区市场监管局局长袁某回答：“我们将落实维保责任。”';
    const { questions } = buildStructure({ text, view: normalize(text) });
    expect(questions.map((q) => q.text)).toEqual(['加装的电梯谁来管？出了问题找谁？']);
  });
});

describe('[question-text] a header that only names a topic', () => {
  it.each<[string, boolean]>([
    ['学校食堂监管', true],
    ['关于农药残留的问题。', true],
    ['老旧小区加装电梯', true],
    ['学校食堂监管如何加强？', false],
    ['农药残留超标问题怎么解决', false],
    ['是否建立了长效机制', false],
    ['部分地区农村饮水工程管护不到位，群众反映强烈', false],
    ['', false],
  ])('%s → %s', (words, topic) => {
    expect(isTopicPhrase(normalize(words))).toBe(topic);
  });

  // The question as written is what the asker says under a topic header; a header that asks is the question.
  it.each<[string, string[], string[]]>([
    ['询问一：topic, then a label line', [
      '询问一：学校食堂监管',
      '县人大常委会委员 符某：请问县市场监管局，学校食堂怎么管？',
      '县市场监管局局长 甘某：推行陪餐制度。',
      '询问二：农贸市场改造',
      '县人大常委会委员 鄢某：请问县商务局，改造资金从哪里来？',
      '县商务局局长 岑某：争取上级资金。',
    ], ['请问县市场监管局，学校食堂怎么管？', '请问县商务局，改造资金从哪里来？']],
    ['【询问1】topic', [
      '【询问1】学校食堂监管',
      '县人大常委会委员 符某：请问县市场监管局，学校食堂怎么管？',
      '县市场监管局局长 甘某：推行陪餐制度。',
      '【询问2】农贸市场改造',
      '县人大常委会委员 鄢某：请问县商务局，改造资金从哪里来？',
      '县商务局局长 岑某：争取上级资金。',
    ], ['请问县市场监管局，学校食堂怎么管？', '请问县商务局，改造资金从哪里来？']],
    ['minutes: 一、关于…问题 and 委员询问:/答复:, the member named again before the words', [
      '一、关于停车泊位建设问题',
      '委员询问:骆某委员提出,城区停车位缺口较大。请问市住建局,今年新增多少泊位?',
      '答复:市住建局局长鲁某答复,今年新增泊位3000个。',
      '二、关于智慧停车问题',
      '委员询问:冼某委员询问,停车收费能否统一到一个平台?',
      '答复:市城管局局长聂某答复,年底前接入统一平台。',
    ], ['城区停车位缺口较大。请问市住建局,今年新增多少泊位?', '停车收费能否统一到一个平台?']],
    ['a header that asks stays the question', [
      '询问一：学校食堂监管如何加强？',
      '县人大常委会委员 符某：我补充一点，农村学校更突出。',
      '县市场监管局局长 甘某：推行陪餐制度。',
      '询问二：农贸市场改造资金从哪里来？',
      '县人大常委会委员 鄢某：请县商务局回答。',
      '县商务局局长 岑某：争取上级资金。',
    ], ['学校食堂监管如何加强？', '农贸市场改造资金从哪里来？']],
    ['问题一：a topic after the asker\'s label, the question on the next line; 问题二：before a label', [
      '县人大常委会委员符某：问题一：学校食堂监管。',
      '去年抽检不合格率偏高。请问县市场监管局如何加强监管？',
      '县市场监管局局长甘某：推行陪餐制度。',
      '问题二：县人大代表鄢某：请问县商务局，改造资金从哪里来？',
      '县商务局局长岑某：争取上级资金。',
    ], ['去年抽检不合格率偏高。请问县市场监管局如何加强监管？', '请问县商务局，改造资金从哪里来？']],
    // (t69 #4) a report on the inquiry: its （N）关于…问题 headings group the members' reported questions (X提出，…？)
    ['a report: （一）关于…问题 over X提出，…？', [
      '（一）关于住房公积金制度扩面问题',
      '常委会委员刘某提出，非公企业职工缴存率低。请问市住房公积金管理中心，如何推动扩面？',
      '市住房公积金管理中心主任曾某答复：将开展数据比对。',
      '（二）关于住房公积金资金安全问题',
      '常委会委员谢某提出，请问我市如何防范资金风险？',
      '市住房公积金管理中心副主任贺某答复：逾期率低于全国平均。',
    ], ['非公企业职工缴存率低。请问市住房公积金管理中心，如何推动扩面？', '请问我市如何防范资金风险？']],
    // near-miss: an asker only reported, or reported words that ask nothing, leave the heading as the question
    ['a report: reported askers asking nothing outright keep the headings', [
      '（一）关于住房公积金制度扩面问题',
      '常委会委员刘某就扩面问题进行了询问。',
      '市住房公积金管理中心主任曾某答复：将开展数据比对。',
      '（二）关于住房公积金资金安全问题',
      '常委会委员谢某提出，资金风险不容忽视。',
      '市住房公积金管理中心副主任贺某答复：逾期率低于全国平均。',
    ], ['关于住房公积金制度扩面问题', '关于住房公积金资金安全问题']],
  ])('%s', async (_name, lines, expected) => {
    const { buildStructure } = await import('../../src/structure/build.js');
    const text = ['县人大常委会专题询问实录', '2024年5月9日，县人大常委会举行专题询问。', ...lines].join('\n');
    expect(buildStructure({ text, view: normalize(text) }).questions.map((q) => q.text)).toEqual(expected);
  });
});

describe('[question-text] a header line holding its fields', () => {
  it.each<[string, string]>([
    ['a topic, then both fields in brackets', '问题一：供水保障（询问人：委员 蒲某；应询人：局长 庞某）\n问：北部山区何时通水？\n答：年底前。'],
    ['the fields alone after the label', '问题一 询问人：委员 蒲某；应询人：局长 庞某\n问：北部山区何时通水？\n答：年底前。'],
  ])('the question is the asker\'s words, not the fields: %s', (_name, text) => {
    const view = normalize(text);
    const eol = text.indexOf('\n');
    const rest = text.search(/供水|询问人/u);
    const line = { index: 0, span: [0, eol] as [number, number], content: [0, eol] as [number, number] };
    const header = { family: '问题', number: 1, label: '问题一', labelSpan: [0, 3] as [number, number], line, rest: [rest, eol] as [number, number], questionLike: false };
    const ask = text.indexOf('问：');
    const answer = text.indexOf('答：');
    // The 问: label's turn was announced by the field on the header line: its anchor is there.
    const e: SpeechEvent = { mention: null, role: 'asker', start: ask, anchor: text.indexOf('询问人'), wordsStart: ask + 2, kind: 'qa-label', followUp: false };
    const sec: Section = { span: [0, text.length], header, opener: e, followUpOf: null };
    expect(text.slice(...questionText(view, sec, [e], [[ask, answer]]))).toBe('北部山区何时通水？');
  });
});

describe('[question-text] a header opening the asker\'s words labels the question', () => {
  it.each<[string, string, string]>([
    ['区人大常委会委员 邝立：问题一：全区有多少养老床位？', '问题一', '全区有多少养老床位？'],
    ['委员邝立:问题(二):床位够不够?', '问题(二)', '床位够不够?'],
    ['委员邝立：询问三｜学位够不够？', '询问三', '学位够不够？'],
    ['委员邝立：第四问：学位够不够？', '第四问', '学位够不够？'],
    ['委员邝立：【问题五】学位够不够？', '问题五', '学位够不够？'],
    ['委员邝立：问题六　学位够不够？', '问题六', '学位够不够？'],
  ])('%s', (text, label, rest) => {
    const view = normalize(text);
    const words: [number, number] = [text.indexOf('：') >= 0 ? text.indexOf('：') + 1 : text.indexOf(':') + 1, text.length];
    const got = openingHeader(view, words);
    expect(got && [text.slice(got.label[0], got.label[1]), text.slice(got.rest[0], got.rest[1])]).toEqual([label, rest]);
  });

  it.each([
    ['a sentence about a problem', '委员邝立：问题一是资金不足，怎么办？'],
    ['no header', '委员邝立：学位够不够？'],
    ['a header and nothing after it', '委员邝立：问题一：'],
  ])('none: %s', (_name, text) => {
    const view = normalize(text);
    expect(openingHeader(view, [text.indexOf('：') + 1, text.length])).toBeNull();
  });
});

describe('[question-text] a topic header, then the asker asking an office by name and a colon', () => {
  it('the question is what follows the colon, not the topic; a header that asks stays the question', async () => {
    const { parse } = await import('../../src/pipeline.js');
    const text = '某市人大常委会耕地保护专题询问\n\n2022年8月30日，市人大常委会召开专题询问会。\n\n询问一：黑土地保护\n委员张某某问：市农业农村局采取了哪些保护措施？\n市农业农村局局长孟某某回答说，实施保护性耕作。\n'
      + '询问二：高标准农田建设\n委员李某某问市水务局：配套水利设施“重建轻管”，如何解决？\n市水务局副局长陈某某说，将推行产权制度改革。\n'
      + '询问三：农田水利设施如何管护？\n委员王某某问市水务局。\n市水务局副局长陈某某说，明确管护主体。\n';
    expect(parse(text).questions.map((q) => [q.label, q.text, q.addressees])).toEqual([
      ['询问一', '市农业农村局采取了哪些保护措施？', ['市农业农村局']],
      ['询问二', '配套水利设施“重建轻管”，如何解决？', ['市水务局']],
      ['询问三', '农田水利设施如何管护？', ['市水务局']],
    ]);
  });
});

// t65 p04: reported words of the asker, then a quotation closing the same sentence that is a bare question: the question
// runs from the reported words to the quotation's closing mark (a span is one stretch).
describe('[question-text] reported words before a bare quoted question', () => {
  const HEAD = '某市人大常委会对停车难问题开展跟踪询问。市人大常委会副主任钱某某主持会议。\n';
  const ANSWER = '市自然资源和规划局副局长唐某某回答，新标准已施行。\n';
  it.each<[string, string, string]>([
    ['the reported half is kept', '市人大代表陆某某说，去年询问时市自然资源和规划局表示要修订配建标准，“现在修订完成了吗？”\n',
      '去年询问时市自然资源和规划局表示要修订配建标准，“现在修订完成了吗？”'],
    // near-misses: a quotation right after the frame, after a colon, or of more than one sentence is the question alone
    ['a quotation right after the frame', '市人大代表陆某某说，“配建标准修订完成了吗？”\n', '配建标准修订完成了吗？'],
    ['a quotation after the addressee and a colon', '市人大代表陆某某询问市自然资源和规划局：“配建标准修订完成了吗？”\n', '配建标准修订完成了吗？'],
    ['a quotation of two sentences', '市人大代表陆某某说，去年询问时市自然资源和规划局表示要修订配建标准，“标准关系到每个新小区。现在修订完成了吗？”\n',
      '标准关系到每个新小区。现在修订完成了吗？'],
  ])('%s', async (_, asked, want) => {
    const { parse } = await import('../../src/pipeline.js');
    const r = parse(HEAD + asked + ANSWER);
    expect(r.questions.map((q) => q.text)).toEqual([want]);
  });
});

describe('[question-text] a role tag under a speaker line, and a frame naming whom the member asks (t70 #7)', () => {
  it.each<[string, string, string]>([
    ['问： under the speaker line', '省人大常委会委员 王某\n问：我省是煤炭大省，瓦斯治理怎么推进？', '我省是煤炭大省，瓦斯治理怎么推进？'],
    ['追问： under the speaker line', '省人大常委会委员 王某\n追问：资金从哪里来？', '资金从哪里来？'],
    // near-misses: 问题 opening the words, a word ending in 问
    ['问题： stays', '省人大常委会委员 王某\n问题：瓦斯治理怎么推进？', '问题：瓦斯治理怎么推进？'],
    ['顾问 stays', '省人大常委会委员 王某\n顾问团的意见怎么采纳？', '顾问团的意见怎么采纳？'],
  ])('%s', (_label, text, expected) => {
    const view = normalize(text);
    const at = text.indexOf('\n') + 1;
    const [sec, e] = opened(text, 'label', 0, at);
    expect(text.slice(...questionText(view, sec, [e], [[0, text.length]]))).toBe(expected);
  });
  it.each<[string, string]>([
    ['市人大代表、某商贸城总经理詹某提问的是大型商业综合体的消防安全。他请问市商务局，对商场的消防安全管理有哪些要求？', '对商场的消防安全管理有哪些要求？'],
    ['市人大常委会委员吕某关注企业员工消防培训。他问市应急管理局，“一懂三会”培训在中小企业怎么落地？', '“一懂三会”培训在中小企业怎么落地？'],
    ['委员刘某首先提问。她问王局长，资金缺口怎么补？', '资金缺口怎么补？'],
    // near-miss: 问题 after the pronoun is no frame
    ['委员刘某首先提问。他问题意识很强，资金缺口怎么补？', '委员刘某首先提问。他问题意识很强，资金缺口怎么补？'],
  ])('%s', (text, expected) => {
    const view = normalize(text);
    const [sec, e] = opened(text, 'reported', 0, null);
    expect(text.slice(...questionText(view, sec, [e], [[0, text.length]]))).toBe(expected);
  });
});
