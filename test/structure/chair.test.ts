import { describe, expect, it } from 'vitest';
import { asksQuestion, callsChair, chairAddresses, findChairs, isLeader } from '../../src/structure/chair.js';
import { findMentions } from '../../src/structure/speakers.js';
import { findSpeechEvents } from '../../src/structure/attribution.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';

/** A mention of `name` (with `title` written right before it, if any) at its n-th occurrence in `text`. */
function named(text: string, name: string, title: string | null, nth = 0): SpeakerMention {
  const whole = (title ?? '') + name;
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(whole, at + 1);
  const nameAt = at + whole.length - name.length;
  const congress = title !== null && /人大|委员|代表/u.test(title);
  return { span: [at, at + whole.length], form: title ? 'title-name' : 'bare-name', name, nameSpan: [nameAt, nameAt + name.length], title, titleSpan: title ? [at, nameAt] : null, organization: null, congress };
}

/** Every mention of the people of `cast` (name → title at the first mention; bare afterwards), in order. */
function mentionsOf(text: string, cast: Record<string, string | null>): SpeakerMention[] {
  const out: SpeakerMention[] = [];
  for (const [name, title] of Object.entries(cast)) {
    const first = title ? named(text, name, title) : null;
    if (first && first.span[0] >= 0) out.push(first);
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (first && at >= first.span[0] && at < first.span[1]) continue;
      out.push({ span: [at, at + name.length], form: 'bare-name', name, nameSpan: [at, at + name.length], title: null, titleSpan: null, organization: null, congress: false });
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** The roles of the label turns, in order, each with its speaker (null: narration). */
function labelTurns(text: string, cast: Record<string, string | null>): Array<[string, string | null]> {
  const view = normalize(text);
  return findSpeechEvents(view, 0, view.length, mentionsOf(text, cast)).filter((e) => e.kind === 'label').map((e) => [e.role, e.mention?.name ?? null]);
}

describe('[chair] who presides', () => {
  // Each row: the introduction, the title written before 孟庆林 there, and whether 孟庆林 is read as the chair.
  it.each<[string, string, string | null, boolean]>([
    ['named as presiding (主持会议)', '市人大常委会副主任孟庆林主持会议。', '市人大常委会副主任', true],
    ['named as presiding (会议由…主持)', '会议由市人大常委会副主任孟庆林主持。', '市人大常委会副主任', true],
    ['named as presiding (主持联组会议并讲话)', '市人大常委会主任孟庆林主持联组会议并讲话。', '市人大常委会主任', true],
    ['named as presiding (同志主持)', '市人大常委会副主任孟庆林同志主持。', '市人大常委会副主任', true],
    ['a 主持人 field', '主持人：市人大常委会副主任孟庆林', '市人大常委会副主任', true],
    ['a minutes\' 主持 field', '主持：市人大常委会副主任 孟庆林', '市人大常委会副主任 ', true],
    ['attending and presiding (出席并主持会议)', '市人大常委会主任孟庆林出席并主持会议。', '市人大常委会主任', true],
    ['a 主持人 field after a live feed\'s stamp', '【09:00】主持人：市人大常委会副主任孟庆林', '市人大常委会副主任', true],
    ['only attending', '市人大常委会副主任孟庆林出席会议。', '市人大常委会副主任', false],
    ['attending to speak (出席会议并讲话)', '市人大常委会主任孟庆林出席会议并讲话。', '市人大常委会主任', true],
    ['named for the closing speech (作总结讲话)', '市人大常委会主任孟庆林作总结讲话。', '市人大常委会主任', true],
    ['an official presiding over a government meeting', '市政府副市长孟庆林主持召开专题会议。', '市政府副市长', false],
    ['a 主持人 field naming him without a title', '主持人：孟庆林', null, true],
    ['the moderator\'s role in brackets (孟庆林（主持人）)', '孟庆林（主持人）：同志们，今天开展专题询问。', null, true],
    ['named without a title presiding over a government meeting', '孟庆林主持召开专题会议。', null, false],
    // A 主持人 field names the chair by name alone too: a field of the record, never an official's words.
    ['a 会议主持人 field after the date field', '时间：2022年6月8日\n会议主持人：孟庆林', null, true],
    // The 主持人 label with the chair's words to the person named after it: a question put to them, no field.
    ['the chair\'s label offering him a 追问 (还有没有…？)', '主持人：孟庆林委员还有没有追问？', null, false],
    ['the chair\'s label asking him 吗', '主持人：孟庆林代表，您对答复满意吗', null, false],
    ['the chair\'s label asking him 是否', '主持人：孟庆林委员是否还要追问', null, false],
    ['a 主持人 field with his post in brackets after the name', '主持人：孟庆林（市人大常委会副主任）', null, true],
    ['a 主持人 field followed by another field on its line', '主持人：孟庆林  记录人：王晓东', null, true],
  ])('%s', (_name, intro, title, chair) => {
    const text = `${intro}\n孟庆林：下面开始询问。`;
    const view = normalize(text);
    const mentions = mentionsOf(text, { 孟庆林: title });
    expect(findChairs(view, mentions, [], new Map()).has('孟庆林')).toBe(chair);
  });

  it('a leader of the congress whose label opens the exchanges without asking', () => {
    const text = '市人大常委会副主任孟庆林：专题询问现在开始。\n市人大常委会委员钟晓岚：学位缺口有多大？\n市教育局局长房立新：约三千个。\n孟庆林：询问到此结束。';
    expect(labelTurns(text, { 孟庆林: '市人大常委会副主任', 钟晓岚: '市人大常委会委员', 房立新: '市教育局局长' })).toEqual([
      ['narration', null], ['asker', '钟晓岚'], ['responder', '房立新'], ['narration', null],
    ]);
  });

  // Never introduced nor titled: the bare-name labels of one who opens, hands over the floor and closes, asking nothing.
  it.each<[string, string, Array<[string, string | null]>]>([
    ['opens, hands over, closes: the chair', '孟庆林：同志们，今天开展专题询问。先请钟晓岚委员提问。\n市人大常委会委员钟晓岚：学位缺口有多大？\n市教育局局长房立新：约三千个。\n孟庆林：今天的询问很有成效。',
      [['narration', null], ['asker', '钟晓岚'], ['responder', '房立新'], ['narration', null]]],
    ['…but one who asks is no chair', '孟庆林：同志们，先请钟晓岚委员提问。\n市人大常委会委员钟晓岚：学位缺口有多大？\n市教育局局长房立新：约三千个。\n孟庆林：缺口什么时候能补上？',
      [['narration', null], ['asker', '钟晓岚'], ['responder', '房立新'], ['asker', '孟庆林']]], // (the call alone is the moderator's)
    ['an official handing over to a colleague, never opening nor calling a member, is no chair', '市人大常委会委员钟晓岚：学位缺口有多大？\n房立新：约三千个。我请财政局的同志补充回答。\n孟庆林：资金已落实。\n房立新：今年还将新建两所学校。',
      [['asker', '钟晓岚'], ['responder', '房立新'], ['responder', '孟庆林'], ['responder', '房立新']]],
  ])('an untitled moderator: %s', (_name, text, turns) => {
    expect(labelTurns(text, { 孟庆林: null, 钟晓岚: '市人大常委会委员', 房立新: '市教育局局长' })).toEqual(turns);
  });

  // A question asked over two turns, with a 追问 the chair offers by name later: the asker keeps both turns.
  it('a 主持人 label offering a member a 追问 by name leaves her an asker of two turns', () => {
    const text = '主持人：首先请市人大常委会委员钟晓岚提问。\n钟晓岚：我先说一个情况。社区养老中心建好后长期闲置。\n钟晓岚：请问市民政局，闲置设施怎么盘活？\n市民政局局长房立新：引入专业机构运营。\n主持人：钟晓岚委员还有没有追问？\n钟晓岚：有。你们怎么核实？\n房立新：引入第三方评估。';
    expect(labelTurns(text, { 钟晓岚: '市人大常委会委员', 房立新: '市民政局局长' })).toEqual([
      ['narration', null], ['asker', '钟晓岚'], ['asker', '钟晓岚'], ['responder', '房立新'], ['narration', null], ['asker', '钟晓岚'], ['responder', '房立新'],
    ]);
  });

  it('the chair\'s label saying 问 asks', () => {
    const text = '市人大常委会副主任孟庆林主持会议。\n孟庆林问：学位缺口有多大。\n市教育局局长房立新：约三千个。';
    expect(labelTurns(text, { 孟庆林: '市人大常委会副主任', 房立新: '市教育局局长' })).toEqual([['asker', '孟庆林'], ['responder', '房立新']]);
  });

  it('a leader who speaks only after the first exchange, never asking, is the chair', () => {
    const text = '镇人大代表钟晓岚：污水管网今年能不能接上？\n镇长房立新：今年完成。\n镇人大主席孟庆林：钟代表，还有没有要追问的？\n钟晓岚：有。谁来维护？\n房立新：每村一名管护员。\n孟庆林：询问到此结束。';
    expect(labelTurns(text, { 孟庆林: '镇人大主席', 钟晓岚: '镇人大代表', 房立新: '镇长' })).toEqual([
      ['asker', '钟晓岚'], ['responder', '房立新'], ['narration', null], ['asker', '钟晓岚'], ['responder', '房立新'], ['narration', null],
    ]);
  });

  it('a leader who opens by asking is an asker, and no chair', () => {
    const text = '市人大常委会副主任孟庆林：请问市教育局，学位缺口有多大？\n市教育局局长房立新：约三千个。\n孟庆林：缺口什么时候能补上？';
    expect(labelTurns(text, { 孟庆林: '市人大常委会副主任', 房立新: '市教育局局长' })).toEqual([
      ['asker', '孟庆林'], ['responder', '房立新'], ['asker', '孟庆林'],
    ]);
  });
});

describe('[chair] isLeader: the presiding titles of every level', () => {
  it.each<[string, boolean]>([
    ['市人大常委会主任', true],
    ['县人大常委会副主任', true],
    ['镇人大主席', true],
    ['乡人大副主席', true],
    ['镇人大主席团主席', true],
    ['街道人大工委主任', true],
    ['区人大常委会主任会议成员', true],
    ['县人大常委会委员', false],
    ['县人大常委会委员、镇人大主席', false],
    ['县政协主席', false],
    ['县总工会主席', false],
    ['县人大财政经济委员会主任委员', false],
    ['镇人大代表', false],
  ])('%s → %s', (title, leader) => {
    expect(isLeader(title)).toBe(leader);
  });
});

describe('[chair] a leader of a township or county congress never introduced as presiding', () => {
  // Labels ending their line (the words on the next), no sentence naming the chair: the leader's title alone makes
  // him the chair, whose procedural lines are narration; a question he puts to an office is still a question.
  const turns = (title: string): Array<[string, string | null]> => {
    const text = `${title}孟庆林：\n各位代表，下面开始专题询问。\n镇人大代表钟晓岚：\n污水管网今年能不能接上？\n镇长房立新：\n今年完成。\n`
      + '孟庆林：\n钟代表，还有没有要追问的？\n钟晓岚：\n有。谁来维护？\n房立新：\n每村一名管护员。\n'
      + '孟庆林：\n请问镇财政所，配套资金什么时候到位？\n镇财政所所长韦建平：\n下个月。\n孟庆林：\n今天的专题询问到此结束。';
    return labelTurns(text, { 孟庆林: title, 钟晓岚: '镇人大代表', 房立新: '镇长', 韦建平: '镇财政所所长' });
  };
  it.each<[string]>([['镇人大主席'], ['乡人大副主席'], ['县人大常委会主任'], ['镇人大主席团主席']])('%s', (title) => {
    expect(turns(title)).toEqual([
      ['narration', null], ['asker', '钟晓岚'], ['responder', '房立新'],
      ['narration', null], ['asker', '钟晓岚'], ['responder', '房立新'],
      ['asker', '孟庆林'], ['responder', '韦建平'], ['narration', null],
    ]);
  });
});

describe('[chair] the chair\'s labelled turns', () => {
  const intro = '市人大常委会副主任孟庆林主持会议。\n';
  const cast = { 孟庆林: '市人大常委会副主任', 钟晓岚: '市人大常委会委员', 房立新: '市教育局局长' };
  // Each row: the chair's line after one exchange, and the role it is read with.
  it.each<[string, string, string]>([
    ['opening the inquiry', '孟庆林：下面开始询问。请委员们提问。', 'narration'],
    ['closing the inquiry', '孟庆林：询问结束。请市政府认真研究处理委员们的意见。', 'narration'],
    ['closing (到此结束)', '孟庆林：今天的专题询问到此结束。', 'narration'],
    ['asking the members for questions', '孟庆林：还有哪位委员要提问？', 'narration'],
    ['asking the members who else asks, then calling one', '孟庆林：好。还有哪位委员要问？请钟晓岚委员。', 'narration'],
    ['thanking and handing over', '孟庆林：感谢房局长的回答。下面请其他委员继续提问。', 'narration'],
    ['putting a question to an office (请问)', '孟庆林：请问市教育局，缺口什么时候能补上？', 'asker'],
    ['putting a question to an official (question mark)', '孟庆林：房局长，缺口什么时候能补上？', 'asker'],
  ])('%s → %s', (_name, line, role) => {
    const text = `${intro}钟晓岚：学位缺口有多大？\n房立新：约三千个。\n${line}`;
    const turns = labelTurns(text.replace('钟晓岚：', '市人大常委会委员钟晓岚：').replace('房立新：', '市教育局局长房立新：'), cast);
    expect(turns[turns.length - 1][0]).toBe(role);
  });

  it('a titled label of the chair (name + title) is read the same way', () => {
    const text = `${intro}孟庆林副主任：下面开始询问。\n市人大常委会委员钟晓岚：学位缺口有多大？\n市教育局局长房立新：约三千个。\n孟庆林副主任：询问结束。`;
    const view = normalize(text);
    const mentions = mentionsOf(text, cast).map((m) => (view.slice(m.span[1], m.span[1] + 3) === '副主任' ? { ...m, span: [m.span[0], m.span[1] + 3] as [number, number], form: 'name-title' as const, title: '副主任' } : m));
    const roles = findSpeechEvents(view, 0, view.length, mentions).filter((e) => e.kind === 'label').map((e) => [e.role, e.mention?.name ?? null]);
    expect(roles).toEqual([['narration', null], ['asker', '钟晓岚'], ['responder', '房立新'], ['narration', null]]);
  });
});

describe('[chair] asksQuestion', () => {
  it.each<[string, boolean]>([
    ['下面开始询问。请委员们提问。', false],
    ['还有哪位委员要提问?', false],
    ['委员们还有问题吗?', false],
    ['大家还有什么问题?', false],
    ['请问市教育局,缺口多大。', true],
    ['第三个问题请市工业和信息化局回答。还有多少家没有完成?', true],
    ['请问省交通运输厅,委员提的问题怎么解决?', true],
    ['询问结束。', false],
    ['我想了解一下学位缺口的情况。', true],
    ['我也问一个。厨余垃圾处理厂为什么推迟投运。', true],
    // The chair offering a 追问, to whoever just asked or to anyone.
    ['司马代表,还有没有要追问的?', false],
    ['好的,谢谢房局长。周委员还要追问吗?', false],
    ['还有没有追问?', false],
    ['是否还有问题?', false],
    ['资金还有没有缺口?', true],
    // "要问/想问" put to the members is a call too; a member or an official who is asked something is no call.
    ['好。还有哪位委员要问?请陆某委员。', false],
    ['代表们还有谁想问?', false],
    ['蒙局长,委员要问的是资金什么时候到位?', true],
    ['还要问责吗?', true],
  ])('%s → %s', (words, asks) => {
    const view = normalize(`某:${words}`);
    expect(asksQuestion(view, 2)).toBe(asks);
  });
});

describe('[chair] people named in the chair\'s words', () => {
  const cast = { 孟庆林: '市人大常委会副主任', 钟晓岚: '市人大常委会委员', 房立新: '市教育局局长' };
  it('a member named with a verb of asking is called: the call gives way to the member\'s own label', () => {
    const text = '市人大常委会副主任孟庆林主持会议。\n孟庆林：下面钟晓岚委员要提问。\n市人大常委会委员钟晓岚：学位缺口有多大？\n市教育局局长房立新：约三千个。';
    const view = normalize(text);
    const mentions = mentionsOf(text, cast).map((m) => (text.slice(m.span[1], m.span[1] + 2) === '委员' && !m.title ? { ...m, span: [m.span[0], m.span[1] + 2] as [number, number], form: 'name-title' as const, title: '委员', congress: true } : m));
    const events = findSpeechEvents(view, 0, view.length, mentions).filter((e) => e.role !== 'narration');
    expect(events.map((e) => [e.role, e.mention?.name, text.slice(e.anchor, e.anchor + 4)])).toEqual([['asker', '钟晓岚', '钟晓岚委'], ['responder', '房立新', '市教育局']]);
  });

  it('a group named without a name (列席的市人大代表) is spoken to: nobody asks there', () => {
    const text = '市人大常委会副主任孟庆林主持会议。\n孟庆林：下面请列席的市人大代表提问。\n市人大代表钟晓岚：学位缺口有多大？\n市教育局局长房立新：约三千个。';
    const view = normalize(text);
    const group = text.indexOf('市人大代表提问');
    const mentions = [...mentionsOf(text, { ...cast, 钟晓岚: '市人大代表' }), { span: [group, group + 5] as [number, number], form: 'office-only' as const, name: null, nameSpan: null, title: '市人大代表', titleSpan: [group, group + 5] as [number, number], organization: null, congress: true }]
      .sort((a, b) => a.span[0] - b.span[0]);
    const events = findSpeechEvents(view, 0, view.length, mentions).filter((e) => e.role !== 'narration');
    expect(events.map((e) => [e.role, e.mention?.name ?? null])).toEqual([['asker', '钟晓岚'], ['responder', '房立新']]);
  });
});

describe('[chair] the chair called by surname and post', () => {
  /** The label turns of `text` read with its own mentions: role and the label as written. */
  function labels(text: string): Array<[string, string]> {
    const view = normalize(text);
    const ms = findMentions({ text, view });
    return findSpeechEvents(view, 0, view.length, ms).filter((e) => e.kind === 'label').map((e) => [e.role, text.slice(e.start, text.indexOf('：', e.start))]);
  }
  const exchange = (chair: string) => `${chair}：现在开始询问。请钱志刚委员提问。\n\n钱委员：请问省交通运输厅，农村公路怎么养？\n\n孔厅长：今年安排资金5亿元。\n\n${chair}：下面请鲁海涛副厅长补充。\n\n鲁副厅长：资金已下达。`;
  const roster = '到会应询的有：省交通运输厅厅长孔德明；省财政厅副厅长鲁海涛。\n\n';
  // Each row: the introduction, the chair's label, and the role of the chair's second label (handing over mid-exchange).
  it.each<[string, string, string, string]>([
    ['a compound surname and the chair\'s post', '省人大常委会副主任欧阳立华主持会议。\n\n', '欧阳副主任', 'narration'],
    ['a one-character surname', '省人大常委会副主任冯立军主持会议。\n\n', '冯副主任', 'narration'],
    ['the post without 副: maybe an official of that surname, left as it reads', '省人大常委会副主任冯立军主持会议。\n\n', '冯主任', 'responder'],
    ['another 副主任 of the same surname named: no telling whom', '省人大常委会副主任冯立军主持会议。\n\n到会应询的有：省发展改革委副主任冯建平。\n\n', '冯副主任', 'responder'],
  ])('%s', (_name, intro, chair, role) => {
    const turns = labels(intro + roster + exchange(chair));
    expect(turns.filter((t) => t[1] === chair).map((t) => t[0])).toEqual(['narration', role]);
    expect(turns.filter((t) => t[1] !== chair).map((t) => t[0])).toEqual(['asker', 'responder', 'responder']);
  });

  it('the chair called so still asks when the words ask', () => {
    const turns = labels(`省人大常委会副主任冯立军主持会议。\n\n${roster}钱委员：请问省交通运输厅，农村公路怎么养？\n\n孔厅长：今年安排资金5亿元。\n\n冯副主任：孔厅长，养护队伍够不够？\n\n孔厅长：够。`);
    expect(turns.map((t) => t[0])).toEqual(['asker', 'responder', 'asker', 'responder']);
  });
});

describe('[chair] chairAddresses and callsChair', () => {
  const m = (name: string | null, surname: string, office: string, organization: string | null = null, congress = false): SpeakerMention => ({
    span: [0, 1], form: name ? 'title-name' : 'surname-title', name, nameSpan: null, title: office, titleSpan: null, organization, congress, office, surname,
  });
  it.each<[string, SpeakerMention[], string[], string[]]>([
    ['the chair\'s post as held', [m('欧阳立华', '欧阳', '副主任', '省人大常委会', true)], ['欧阳立华'], ['欧阳副主任']],
    ['nobody chairs', [m('欧阳立华', '欧阳', '副主任', '省人大常委会', true)], [], []],
    ['another named with the same surname and post', [m('冯立军', '冯', '副主任', '省人大常委会', true), m('冯建平', '冯', '副主任', '省发展改革委')], ['冯立军'], []],
    ['another with the same surname and another post', [m('冯立军', '冯', '副主任', '省人大常委会', true), m('冯建平', '冯', '局长', '省水利局')], ['冯立军'], ['冯副主任']],
  ])('%s', (_name, mentions, chairs, forms) => {
    expect([...chairAddresses(mentions, new Set(chairs))].sort()).toEqual([...forms].sort());
  });
  it.each<[string, SpeakerMention, boolean]>([
    ['surname and post', m(null, '欧阳', '副主任'), true],
    ['a bureau\'s 副主任 of that surname', m(null, '欧阳', '副主任', '省发展改革委'), false],
    ['a named mention', m('欧阳立华', '欧阳', '副主任'), false],
    ['another surname', m(null, '冯', '副主任'), false],
  ])('callsChair: %s', (_name, mention, expected) => {
    expect(callsChair(mention, new Set(['欧阳副主任', '欧阳主任']))).toBe(expected);
  });
});
