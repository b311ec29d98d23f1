import { describe, expect, it } from 'vitest';
import { hostAsks, hostLabelMentions } from '../../src/structure/host-questions.js';
import { normalize } from '../../src/source/normalize.js';
import { nameOf, structureOf } from '../helpers/structure.js';

/** Each question as "asker → responders | addressees". */
const questionsOf = (text: string) => {
  const s = structureOf(text);
  return s.questions.map((q) => `${q.askers.map((id) => nameOf(s, id)).join(',')} → ${q.responders.map((id) => nameOf(s, id)).join(',')} | ${q.addressees.join(',')}`);
};

describe('[host-questions] the words of a host\'s line that put a question', () => {
  it.each([
    ['有网友留言问，城西公园的公厕什么时候能改造？请区园林局回答。', true],
    ['请问县水务局，汛期前河道清淤能不能完成？', true],
    ['老旧小区的电梯加装补贴什么时候到位？请市住房和城乡建设局回答。', true],
    ['网民“山城阿杰”问：夜市占道经营谁来管？请区市场监管局作答。', true],
    ['群众反映，乡村公路养护不到位，下一步怎么办？请县交通运输局回应。', true],
    // no question: a hand-over, a call for questions, a question without anyone it is put to
    ['下面请市民代表提问。', false],
    ['请市城市管理局回答。', false],
    ['哪位委员先提问？', false],
    ['大家还有什么问题？', false],
    ['这个问题大家都很关心，是不是？', false],
    ['请问各位委员还有问题吗？', false],
    ['哪位代表还有问题？请市财政局准备回答。', false],
    // a request for a statement on a subject of the host's own asks; one on the question just asked hands over
    ['请市政府领导就养老服务整体工作表个态。', true],
    ['请分管副县长就全县河道治理工作谈谈下一步打算。', true],
    ['请副市长就这个问题表个态。', false],
    ['请刘局长就刚才委员提出的问题回应一下。', false],
    ['请副市长表态。', false],
    // calling the official who is to answer, surname (or name) and post first, then the question
    // the host saying the question is their own first (我也问一个问题 / 我插一句), then putting it
    ['我也问一个问题。龙副州长，州政府有没有量化目标？', true],
    ['我作为主持人也问一个问题。卓文同志，考核是不是只看签约额？', true],
    ['我插一句，向局长，罚了以后有没有回头看？', true],
    // …not one announcing a question without putting any, nor a call for questions after it
    ['我也问一个问题。', false],
    ['我问一下，哪位委员还有问题？', false],
    ['冯局长，停车位的经费从哪里出？', true],
    ['冯卫东局长，停车位什么时候建成？', true],
    ['韩副区长，您好，这笔钱能不能今年到位？', true],
    // …by any office's post: a banner's and a league's heads, a ministry's department, a section, a working group, a
    // company's chair, an organization's chair, a customs house, a uniformed unit
    ['巴特尔旗长，牧区饮水工程什么时候完工？', true],
    ['乌力吉盟长，草原生态补奖什么时候发放？', true],
    ['严署长，进口查验时间能不能再压缩？', true],
    ['韦司长，这个标准什么时候出台？', true],
    ['李科长，这笔钱从哪里出？', true],
    ['闵组长，整改方案什么时候报上来？', true],
    ['庞主席，工会对农民工有什么帮扶？', true],
    ['卢董事长，供水价格会不会上涨？', true],
    ['邹关长，通关时间能不能再缩短？', true],
    ['何副支队长，消防站什么时候建成？', true],
    ['詹常务副镇长，集镇污水管网什么时候建成？', true],
    // …or calling the official and pointing at what was just answered
    ['冯局长刚才讲到停车位，我顺着问一下，经费从哪里出？', true],
    ['冯局长您刚才说年底建成，资金到位了吗？', true],
    ['冯局长刚才讲得很清楚，大家还有什么问题？', false], // a call for questions
    ['冯局长刚才讲到停车位。', false], // no question
    // (a member of the congress is no official to answer)
    ['曹委员，您还有什么问题？', false],
    ['冯局长，请你接着说。', false], // no question
    ['刚才冯局长讲到停车位，大家还有什么问题？', false], // a call for questions, the official only named
  ])('%s → %s', (words, expected) => {
    const view = normalize('主持人：' + words);
    expect(hostAsks(view, 4)).toBe(expected);
  });
});

const INTRO = '区人大常委会专题询问\n\n区人大常委会主任钱嘉树主持联组会议。\n\n';
const FIRST = '区人大常委会委员邓可欣：背街小巷路灯不亮的问题如何解决？请问区城市管理局。\n\n区城市管理局局长冯卫东：今年将改造路灯860盏。\n\n';
const ANSWER = '\n\n冯卫东：我们将在年底前增设200个停车位。';

describe('[host-questions] a host\'s question opens a question of its own', () => {
  it.each([
    // relayed from the public, put to an office, plain with 请…回答: the chair the introduction names asks
    ['主持人：有网友留言问，菜市场周边停车难，能不能增加停车位？请区城市管理局回答。', ['邓可欣 → 冯卫东 | 区城市管理局', '钱嘉树 → 冯卫东 | 区城市管理局']],
    ['主持人：请问区城市管理局，菜市场周边能不能增加停车位？', ['邓可欣 → 冯卫东 | 区城市管理局', '钱嘉树 → 冯卫东 | 区城市管理局']],
    ['主持人：菜市场周边停车难，能不能增加停车位？请区城市管理局回答。', ['邓可欣 → 冯卫东 | 区城市管理局', '钱嘉树 → 冯卫东 | 区城市管理局']],
    // the person the label names
    ['主持人（钱嘉树）：有网友留言问，菜市场周边能不能增加停车位？请区城市管理局回答。', ['邓可欣 → 冯卫东 | 区城市管理局', '钱嘉树 → 冯卫东 | 区城市管理局']],
    // the host calling the official who answered: the named chair asks on
    ['主持人（钱嘉树）：冯局长，停车位的经费从哪里出？', ['邓可欣 → 冯卫东 | 区城市管理局', '钱嘉树 → 冯卫东 | ']],
  ])('%s', (host, expected) => {
    expect(questionsOf(INTRO + FIRST + host + ANSWER)).toEqual(expected);
  });

  it.each([
    // the label alone on its line, the words on the next (a relayed question; a statement asked for on a subject)
    ['主持人：\n有基层立法联系点转来一个问题：菜市场周边能不能增加停车位？请区城市管理局回答。', ['邓可欣 → 冯卫东 | 区城市管理局', '钱嘉树 → 冯卫东 | 区城市管理局']],
    ['主持人：请区政府领导就背街小巷整治工作表个态。', ['邓可欣 → 冯卫东 | 区城市管理局', '钱嘉树 → 冯卫东 | 区政府']],
    ['钱嘉树：\n请区政府领导就背街小巷整治工作表个态。', ['邓可欣 → 冯卫东 | 区城市管理局', '钱嘉树 → 冯卫东 | 区政府']],
  ])('%j opens a question of its own', (host, expected) => {
    expect(questionsOf(INTRO + FIRST + host + ANSWER)).toEqual(expected);
  });

  it('with nobody named as presiding, the host asks, named by the office only', () => {
    const s = structureOf('区人大常委会专题询问\n\n' + FIRST + '主持人：请问区城市管理局，菜市场周边能不能增加停车位？' + ANSWER);
    expect(s.questions).toHaveLength(2);
    const host = s.people.find((p) => p.id === s.questions[1].askers[0]);
    expect([host?.name, host?.titles]).toEqual([null, ['主持人']]);
    expect(s.questions[1].turns.map((t) => t.role)).toEqual(['asker', 'responder']);
  });

  it.each([
    // a hand-over: the host's line stays narration, the next asker opens the question
    '主持人（钱嘉树）：下面请市民代表提问。\n\n市民代表邵雨桐：菜市场周边能不能增加停车位？请问区城市管理局。',
    // a hand-over after a member's question: the member asked
    '区人大常委会委员程志远：菜市场周边能不能增加停车位？\n\n主持人：请区城市管理局回答。',
  ])('a hand-over asks nothing: %s', (middle) => {
    const s = structureOf(INTRO + FIRST + middle + ANSWER);
    expect(s.questions).toHaveLength(2);
    const second = s.questions[1];
    expect(second.askers.map((id) => nameOf(s, id))).not.toContain('钱嘉树');
    // (the host's line a narration turn: of the question before, or of the one it calls for)
    expect(s.questions.flatMap((q) => q.turns).find((t) => t.text.startsWith('主持人'))?.role).toBe('narration');
  });

  it('a host\'s question nobody answers (the next speaker asks) stays the host\'s narration', () => {
    const s = structureOf(INTRO + FIRST + '主持人：刚才这个问题，还有没有委员要补充？请大家踊跃提问？\n\n区人大常委会委员程志远：菜市场周边能不能增加停车位？请问区城市管理局。' + ANSWER);
    expect(s.questions.map((q) => q.askers.map((id) => nameOf(s, id)).join())).toEqual(['邓可欣', '程志远']);
  });
});

describe('[host-questions] the host as a person where a bare 主持人 label asks', () => {
  const mentionsOf = (text: string) => hostLabelMentions({ text, view: normalize(text) }, [0, text.length], []).map((m) => [text.slice(m.span[0], m.span[1]), m.name, m.title]);
  it.each([
    ['主持人：请问县水务局，汛期前河道清淤能不能完成？', [['主持人', null, '主持人']]],
    ['委员甲：…\n会议主持人：有网友留言问，公厕什么时候改造？请区园林局回答。', [['会议主持人', null, '会议主持人']]],
    ['14:32 主持人：请问县水务局，清淤能不能完成？', [['主持人', null, '主持人']]],
    // no question, or a named host (read as that person): none
    ['主持人：下面请市民代表提问。', []],
    ['主持人（钱嘉树）：请问县水务局，清淤能不能完成？', []],
    ['主持人：县人大常委会主任钱嘉树', []],
  ])('%s → %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('[host-questions] the host cutting in: 主持人插话:', () => {
  it('asks a follow-up of the exchange under way', () => {
    const s = structureOf(INTRO + FIRST + '主持人插话：冯局长，停车位的经费从哪里出？' + ANSWER);
    expect(s.questions.map((q) => [q.askers.map((id) => nameOf(s, id)), q.followUpOf])).toEqual([[['邓可欣'], null], [['钱嘉树'], 1]]);
  });
});

describe('[host-questions] a bare 主持人 label saying the question is the chair\'s own', () => {
  const HEAD = '白河州人大常委会开展专题询问。州人大常委会副主任杨正清主持会议。\n主持人：请麻建军委员提问。\n麻建军委员：请问州文化和旅游局，过夜游客怎么增加？\n州文化和旅游局局长石秀芝：发展民宿集群。\n';
  it.each([
    ['我也问一个问题', '主持人：我也问一个问题。龙副州长，州政府有没有量化目标？\n州人民政府副州长龙明华：到2025年提高到15%以上。\n', ['麻建军 → 石秀芝 | 州文化和旅游局', '杨正清 → 龙明华 | 州政府']],
    ['我插一句', '主持人：我插一句，石局长，民宿有多少家？\n石秀芝：120家。\n', ['麻建军 → 石秀芝 | 州文化和旅游局', '杨正清 → 石秀芝 | ']],
    // Near-miss: the chair handing over the floor asks nothing.
    ['a hand-over', '主持人：下面请龙秀英委员提问。\n龙秀英委员：请问州文化和旅游局，培训怎么加强？\n石秀芝：今年培训3200人次。\n', ['麻建军 → 石秀芝 | 州文化和旅游局', '龙秀英 → 石秀芝 | 州文化和旅游局']],
  ])('%s', (_name, body, expected) => {
    expect(questionsOf(HEAD + body)).toEqual(expected);
  });
});
