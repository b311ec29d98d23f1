import { describe, expect, it } from 'vitest';
import { guessRole } from '../../src/structure/label-role.js';
import { findMentions } from '../../src/structure/speakers.js';
import { findSpeechEvents } from '../../src/structure/attribution.js';
import { normalize } from '../../src/source/normalize.js';

const pairOf = (text: string) => ({ text, view: normalize(text) });

/** The role guessed for the label opening `text` (its words after the first colon). */
const roleOf = (text: string) => {
  const pair = pairOf(text);
  const m = findMentions(pair)[0];
  return guessRole(pair.view, m, pair.view.indexOf(':') + 1, pair.view.length);
};

describe('[label-role] a titled speaker outside the congress under a label with no verb', () => {
  it.each<[string, 'asker' | 'responder']>([
    // a post of a mass organization, a firm, a village: the words decide
    ['市总工会主席巴图:外来务工人员权益保障问题反映较多。请问市人社局,如何解决欠薪问题?', 'asker'],
    ['区妇联主席 钟晓岚:家暴庇护场所太少。想问一下区民政局有没有建设计划?', 'asker'],
    ['某科技公司董事长严海峰:企业反映融资难,我想问,县财政局的贴息政策什么时候兑现?', 'asker'],
    ['石门村党支部书记覃光明:村里的饮水工程修了两年还没通水,到底卡在哪里?', 'asker'],
    ['市总工会主席巴图:我们今年共帮助职工追回工资300万元。', 'responder'],
    // a question put to a department is an asker's, whatever the title
    ['县发展改革局局长 贺永年:人才公寓建设滞后。请问县住建局,明年能否交付?', 'asker'],
    // a post the government answers for: a question back to the member is no question of the inquiry
    ['县税务局局长 武海涛:关于您问的退税,请问您是指哪一类?', 'responder'],
    ['县税务局局长 武海涛:为什么退税慢?主要是审核环节多。', 'responder'],
    ['副县长 米拉:这个问题怎么看?我们认为要分步推进。', 'responder'],
    ['县人民法院院长 卜国庆:执行难的原因有三个。', 'responder'],
    // a customs house is an organ of the state; 海关, 管委会 and 集团 are offices a question is put to
    ['南沙海关关长 雷振东:为什么通关慢?主要是查验环节多。', 'responder'],
    ['县发展改革局局长 贺永年:跨境物流成本高。请问南沙海关,查验时间能否压缩?', 'asker'],
    ['县发展改革局局长 贺永年:园区厂房空置。请问临港经开区管委会,如何盘活?', 'asker'],
    ['县发展改革局局长 贺永年:供水管网老化。请问澜投集团,何时改造?', 'asker'],
    // a bare post of the state (a department's division or section, a customs house, a station, a uniformed unit):
    // a question back to the member is no question of the inquiry
    ['处长 邝文博:您说的是哪一段?', 'responder'],
    ['科长 曲丽娜:您问的是哪一年的数据?', 'responder'],
    ['司长 温庆和:您是说哪一类企业?', 'responder'],
    ['关长 雷振东:您问的是哪个口岸?', 'responder'],
    ['所长 阎立新:您说的是哪个小区?', 'responder'],
    ['站长 卓一帆:您问的是哪条河?', 'responder'],
    ['大队长 晏国栋:您说的是哪个路口?', 'responder'],
    // (a division of an office, named: 草原处)
    ['草原处处长 邝文博:您说的是哪一片草场?', 'responder'],
    // …but a bare 队长 or 组长 leads any team (a volunteer rescue team, a research group): the words decide
    ['队长 祁明远:山区救援装备不足,县应急局能否配备?', 'asker'],
    ['组长 乔文静:调研中发现养老床位空置,原因是什么?', 'asker'],
  ])('%s → %s', (text, role) => {
    expect(roleOf(text)).toBe(role);
  });
});

describe('[label-role] a quotation after the label: its words end at the closing quote', () => {
  it.each<[string, 'asker' | 'responder']>([
    // someone else's question after the quotation is not the speaker's
    ['石门村党支部书记邬建邦:“村里的水厂明年建成。”一位旁听的村民问:“我们组什么时候通水?”', 'responder'],
    ['市总工会主席巴图:“今年追回欠薪300万元。”有职工当场追问:“还有多少没追回?”', 'responder'],
    // a question inside the quotation is the speaker's own
    ['石门村党支部书记邬建邦:“饮水工程为什么还没通水?”', 'asker'],
    // no quotation: the words run to the line's end as before
    ['石门村党支部书记邬建邦:村里的水厂明年建成。我们组什么时候通水?', 'asker'],
  ])('%s → %s', (text, role) => {
    expect(roleOf(text)).toBe(role);
  });
});

describe('[label-role] in a transcript: a name quoted before a question is not its asker', () => {
  it('冼某说:“…” then a villager\'s question: 冼某 answers, nobody asks', () => {
    const text = [
      '问(甘秀英):全县还有多少农村群众没有喝上自来水?',
      '答(邬建邦):还有约1.2万人靠分散供水。',
      '邬建邦说:“明年还要新建2座水厂。”一位旁听的村民问:“我们村什么时候通水?”',
    ].join('\n');
    const pair = pairOf(text);
    const events = findSpeechEvents(pair.view, 0, text.length, findMentions(pair));
    expect(events.filter((e) => e.role === 'asker').map((e) => e.mention?.name)).toEqual(['甘秀英']);
  });
});

describe('[label-role] in a transcript: the asker of a mass organization opens the next question', () => {
  it('a 总工会 chair asking after a context sentence is no responder of the question before', () => {
    const text = [
      '市人大常委会委员 乌兰:请问市水务局,供水保障率如何提升?',
      '市水务局局长 包海军:普及率达到92%。',
      '市总工会主席 巴图:外来务工人员权益保障问题反映较多。请问市人社局,如何解决欠薪问题?',
      '市人社局局长 孟和:今年追回欠薪1.2亿元。',
    ].join('\n');
    const pair = pairOf(text);
    const events = findSpeechEvents(pair.view, 0, text.length, findMentions(pair));
    expect(events.map((e) => [e.mention?.name, e.role])).toEqual([['乌兰', 'asker'], ['包海军', 'responder'], ['巴图', 'asker'], ['孟和', 'responder']]);
  });

  it('a label alone on its line, the words on the next, reads the same', () => {
    const text = '市总工会主席 巴图\n外来务工人员权益保障问题反映较多。请问市人社局,如何解决欠薪问题?\n市人社局局长 孟和\n今年追回欠薪1.2亿元。';
    const pair = pairOf(text);
    const events = findSpeechEvents(pair.view, 0, text.length, findMentions(pair));
    expect(events.map((e) => [e.mention?.name, e.role])).toEqual([['巴图', 'asker'], ['孟和', 'responder']]);
  });
});

describe('[label-role] another speaker\'s words in parentheses inside the turn are not the speaker\'s', () => {
  it.each<[string, 'asker' | 'responder']>([
    ['石门村党支部书记邬建邦:今年新建水厂2座(甘秀英委员插话:明年呢?),明年再建1座。', 'responder'],
    ['石门村党支部书记邬建邦:今年新建水厂2座(委员插话:够不够?),基本够用。', 'responder'],
    ['石门村党支部书记邬建邦:今年新建水厂2座(甘秀英委员追问:明年呢?),明年再建1座。', 'responder'],
    // the speaker's own question stays one
    ['石门村党支部书记邬建邦:今年新建水厂2座(甘秀英委员插话:明年呢?),我们组什么时候通水?', 'asker'],
    // a parenthesis of the speaker's own is read as before
    ['石门村党支部书记邬建邦:今年新建水厂(含净水站)几座?', 'asker'],
  ])('%s → %s', (text, role) => {
    expect(roleOf(text)).toBe(role);
  });
});
