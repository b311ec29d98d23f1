import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { atClosingMoment, speaksAfter } from '../../src/structure/closers.js';

const HEAD = '某市人大常委会开展养老服务专题询问\n9月26日，市人大常委会举行联组会议，开展专题询问。市人大常委会主任邬某某主持会议。\n';
const ANSWERED = `${HEAD}市人大常委会委员甘某某问：养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张，我们将分三年补齐。\n`;

/** The closing's statements as [name, role, text]. */
function statements(text: string): [string | null, string, string][] {
  const closing = parse(text).session.closing;
  return (closing?.statements ?? []).map((s) => [s.speaker.name, s.role, s.text]);
}

describe('[closing-statements] who speaks in the closing', () => {
  it.each<[string, string, [string | null, string, string][]]>([
    ['the chair sums up in a report\'s words, 他强调 going on with it', '会议最后，市人大常委会主任邬某某作总结讲话。他强调，要抓好整改。', [['邬某某', 'chair', '会议最后，市人']]],
    ['the head\'s 表态 under their label, then the chair\'s label', '副市长 晏某某：我代表市政府表个态，市政府将逐条研究整改。\n\n邬某某：本次专题询问到此结束。', [['晏某某', 'government', '副市长 晏某某'], ['邬某某', 'chair', '邬某某：本次专题']]],
    ['表态 as the verb of saying (副旗长某表态，…)', '会议最后，副旗长乌云高娃表态，旗政府将列出清单，限期整改。', [['乌云高娃', 'government', '会议最后，副旗长']]],
    // s85 #1: a news report's lead-in 会上，before the head's narrated 表态 is the moment, as 会议最后，is
    ['会上，the head\'s 表态发言 told (…作表态发言，表示，…)', '会上，副县长刘某某作表态发言，表示，县政府将认真研究委员们提出的意见建议。', [['刘某某', 'government', '会上，副县长']]],
    ['在联组会议上，the head\'s 讲话 told', '在联组会议上，副市长桂某某讲话，表示市政府将逐条抓好整改落实。', [['桂某某', 'government', '在联组会议上，']]],
    ['a court\'s head speaking for the court', '询问结束后，市中级人民法院院长钟某某表示，市中院将认真研究委员们的意见。', [['钟某某', 'government', '询问结束后，市']]],
    ['the chair named in the moderator\'s label (主持人（…）：)', '主持人（市人大常委会副主任 邹某某）：询问到此结束。', [['邹某某', 'chair', '主持人（市人大']]],
    ['a head reported after answering (在回答询问后表示)', '副市长杨某某在回答询问后表示，市政府将坚决防止屡审屡犯。', [['杨某某', 'government', '副市长杨某某']]],
    ['a vote\'s line after the chair\'s words ends the chair\'s stretch', '邬某某：今天的询问到此结束。\n应到会组成人员35人，实到31人。测评结果为：满意28票，基本满意3票。', [['邬某某', 'chair', '邬某某：今天的']]],
    // t59 p11: the chair's label alone on its line (主持人 TITLE NAME：, or TITLE NAME：), the remark on the next: the label owns it
    ['the chair\'s label 主持人 TITLE NAME： alone on its line', '主持人 市人大常委会副主任 魏某某：\n专题询问到此结束。', [['魏某某', 'chair', '主持人 市人大常委会副主任 魏某某：\n专题询问到此结束。']]],
    ['the chair\'s label TITLE NAME： alone on its line', '市人大常委会副主任 魏某某：\n专题询问到此结束。', [['魏某某', 'chair', '市人大常委会副主任 魏某某：\n专题询问到此结束。']]],
    // near-miss: a label with its words on its own line still stops before a vote's line after them
    ['…a vote\'s line after the remark still ends it', '市人大常委会副主任 魏某某：\n专题询问到此结束。\n应到会组成人员35人，实到31人。测评结果为：满意28票。', [['魏某某', 'chair', '市人大常委会副主任 魏某某：\n专题询问到此结束。']]],
    ['(r2) the part\'s field before the head\'s label on its line (表态：副市长某：…)', '表态：副市长王某某：市政府将逐项抓好整改。\n\n总结：市人大常委会主任邬某某：询问到此结束。', [['王某某', 'government', '表态：副市长王某某：市政府将逐项抓好整改。'], ['邬某某', 'chair', '总结：市人大常委会主任邬某某：询问到此结束。']]],
    ['(r2) the part\'s tag before the head\'s label on its line (【表态】副市长某：…)', '【表态】副市长王某某：市政府将逐项抓好整改。\n\n【总结】市人大常委会主任邬某某：询问到此结束。', [['王某某', 'government', '【表态】副市长王某某：市政府将逐项抓好整改。'], ['邬某某', 'chair', '【总结】市人大常委会主任邬某某：询问到此结束。']]],
  ])('%s', (_, closing, want) => {
    // (Each text by its start: the whole text when it does not start so.)
    const got = statements(ANSWERED + closing).map(([n, r, t], k): [string | null, string, string] => [n, r, want[k] && t.startsWith(want[k][2]) ? want[k][2] : t]);
    expect(got).toEqual(want);
  });

  // t50 p09: the host's own label after the statement ("主持人：请…讲话。") is the chair's call, none of the head's words.
  it.each<[string, string, string]>([
    ['the host calls the next speaker (主持人：请…讲话。)', '主持人：专题询问到此结束。请市人民政府副市长梁某表态发言。\n梁某：市政府将认真研究委员代表提出的意见建议，抓好整改落实。\n主持人：请市人大常委会主任刘某某讲话。', '梁某：市政府将认真研究委员代表提出的意见建议，抓好整改落实。'],
    ['…the host thanking and closing (主持人：…到此结束。)', '副市长 梁某：我代表市政府表个态，市政府将逐条研究整改。\n\n主持人：谢谢梁副市长。本次专题询问到此结束。', '副市长 梁某：我代表市政府表个态，市政府将逐条研究整改。'],
    // near-misses: the host named inside the head's words, and the head's own paragraphs, stay his
    ['the host named in the statement (主持人刚才…) is no call', '副市长 梁某：主持人刚才讲得很好，市政府将逐条研究整改。', '副市长 梁某：主持人刚才讲得很好，市政府将逐条研究整改。'],
    ['a statement over two paragraphs stays whole', '副市长 梁某：各位委员提出的意见很中肯。\n\n市政府将逐条研究整改，年底前报告。', '副市长 梁某：各位委员提出的意见很中肯。\n\n市政府将逐条研究整改，年底前报告。'],
  ])('%s', (_, closing, want) => {
    const s = parse(ANSWERED + closing).session.closing!.statements!;
    expect(s.find((x) => x.speaker.name === '梁某')?.text).toBe(want);
  });

  it('the stretch ends before the vote', () => {
    const s = parse(`${ANSWERED}邬某某：今天的询问到此结束。\n应到会组成人员35人，实到31人。测评结果为：满意28票，基本满意3票。`).session.closing!.statements!;
    expect(s[0].text).toBe('邬某某：今天的询问到此结束。');
  });

  it.each<[string, string]>([
    ['narration naming no speaker', '询问结束后，与会人员对应询部门进行了满意度测评。'],
    ['the committee as a body, no person', '询问结束后，市人大常委会将梳理形成询问意见，交市人民政府研究处理。'],
  ])('no statement: %s', (_, closing) => {
    const c = parse(ANSWERED + closing).session.closing;
    expect(c).not.toBeNull();
    expect(c!.statements).toEqual([]);
  });

  // (An unnamed moderator is the chair the introduction names, "…主任邬某某主持会议" — brief s33 item 3, t61 p10/vK1; with
  // no chair named anywhere, the bare 主持人 names nobody.)
  it('no statement: an unnamed moderator, and no chair named in the introduction', () => {
    const text = '某市人大常委会开展养老服务专题询问\n9月26日，市人大常委会举行联组会议，开展专题询问。\n'
      + '市人大常委会委员甘某某问：养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张，我们将分三年补齐。\n主持人：专题询问到此结束。';
    const c = parse(text).session.closing;
    expect(c).not.toBeNull();
    expect(c!.statements).toEqual([]);
  });
  it('an unnamed moderator is the chair the introduction names', () => {
    expect(statements(`${ANSWERED}主持人：专题询问到此结束。`)).toEqual([['邬某某', 'chair', '主持人：专题询问到此结束。']]);
  });

  it('a head the chair calls on is named in the chair\'s words, no statement of his own there', () => {
    const got = statements(`${ANSWERED}邬某某：请晏某某副市长表个态。\n\n副市长晏某某：委员们提的问题都很实在，市政府照单全收。\n\n邬某某：专题询问到此结束。`);
    expect(got.map(([n, r]) => [n, r])).toEqual([['邬某某', 'chair'], ['晏某某', 'government'], ['邬某某', 'chair']]);
  });

  // The organization a bare head post names (副市长 → 市政府); a title with its own organization keeps it.
  it.each<[string, string, string | null]>([
    ['副市长', '会议最后，副市长晏某某表态说，市政府将逐项整改。', '市政府'],
    ['常务副区长', '会议最后，常务副区长晏某某表态说，区政府将逐项整改。', '区政府'],
    ['a titled government (市人民政府副市长)', '会议最后，市人民政府副市长晏某某表态说，市政府将逐项整改。', '市人民政府'],
    ['副主席 names no level', '会议最后，副主席晏某某表态说，政府将逐项整改。', null],
  ])('organization: %s', (_, closing, org) => {
    const s = parse(ANSWERED + closing).session.closing!.statements!;
    expect(s.find((x) => x.speaker.name === '晏某某')?.speaker.organization ?? null).toBe(org);
  });

  // A wrap-up paragraph after the last exchange (会后,…; a congress body's 负责人) is the closing, never a new question (t47 #5).
  it.each<[string, string]>([
    ['会后,… then a 工委负责人', '会后，市人大常委会将询问中发现的问题梳理形成审议意见。市人大常委会社会建设工委负责人表示，将继续跟踪监督。'],
    ['a 工委负责人 alone', '市人大常委会社会建设工委负责人表示，将继续跟踪监督，明年再听取专项报告。'],
  ])('wrap-up is the closing: %s', (_, closing) => {
    const r = parse(ANSWERED + closing);
    expect(r.questions).toHaveLength(1);
    expect(r.session.closing?.text).toBe(closing);
  });

  // The last question turned into a written answer, the chair ending the oral part with a list of questions for written
  // answers: the live exchanges stay the questions, the list and the head's word after it are the closing (t48 #1).
  it('a last question answered in writing, then the chair\'s list and the head', () => {
    const closing = '主持人邬某某：由于时间关系，现场询问到此结束。以下问题请相关部门在15个工作日内书面答复：\n1.委员陈某某：改造后的小区由谁来管理？（答复单位：市住房和城乡建设局）\n2.委员冯某某：停车难问题如何解决？（答复单位：市城市管理局）\n\n副市长晏某某表示，市政府将认真对待委员们提出的问题，逐项研究，抓好落实。';
    const text = `${ANSWERED}市人大常委会委员温某某问：请问市财政局，资金缺口有多大？\n\n（因时间关系，此问题转为书面答复）\n\n${closing}`;
    const r = parse(text);
    expect(r.questions).toHaveLength(2);
    expect(r.questions[1].responders).toEqual([]);
    expect(r.session.closing?.text).toBe(closing);
    expect(r.session.closing?.statements?.map((s) => [s.speaker.name, s.role])).toContainEqual(['晏某某', 'government']);
  });

  it('near-miss: a head called on to answer orally after the chair\'s call still answers', () => {
    const text = `${ANSWERED}市人大常委会委员温某某问：请问市政府，资金缺口有多大？\n主持人邬某某：请晏某某副市长回答。\n副市长晏某某：缺口约2亿元，我们将分两年补齐。`;
    const r = parse(text);
    expect(r.questions[r.questions.length - 1].responders.length).toBe(1);
  });

  // t65 p08: NAME代表ORG表态 — 代表 is the verb "on behalf of" (on-behalf.ts), the speaker the one met with his title earlier.
  it.each<[string, string, [string | null, string, string[]][]]>([
    ['a bare name before 代表国务院表态', '询问结束前，钟启明代表国务院表态，将认真研究吸纳常委会组成人员的意见。', [['钟启明', 'government', ['国务院副总理']]]],
    ['…a two-character name', '询问结束前，钟明代表国务院表态，将认真研究吸纳常委会组成人员的意见。', [['钟明', 'government', ['国务院副总理']]]],
    ['…作表态发言', '会议最后，钟启明代表国务院作表态发言。他说，将认真研究。', [['钟启明', 'government', ['国务院副总理']]]],
  ])('%s', (_, closing, want) => {
    const name = want[0][0]!;
    const text = `2023年6月27日下午，十四届全国人大常委会第三次会议举行联组会议进行专题询问。国务院副总理${name}，国家卫生健康委主任雷某某到会应询。\n\n全国人大代表覃某某问：“农村托育服务怎么补短板？”\n\n雷某某回答说，将推进医育结合。\n\n${closing}`;
    const got = (parse(text).session.closing?.statements ?? []).map((s) => [s.speaker.name, s.role, s.speaker.titles]);
    expect(got).toEqual(want);
  });

  // t65 p06: co-chairs (A和B共同主持): either one's closing words are a chair's, the title without the 由 of 会议由.
  it.each<[string, string, [string, string, string[]]]>([
    ['the first co-chair', '巴某某', ['巴某某', 'chair', ['教科文卫委员会主任委员']]],
    ['the second co-chair', '高某某', ['高某某', 'chair', ['社会建设委员会主任委员']]],
  ])('%s sums up', (_, who, want) => {
    const text = `2021年7月14日，自治区人大常委会教育科学文化卫生委员会和社会建设委员会联合召开会议，开展专题询问。会议由教科文卫委员会主任委员巴某某和社会建设委员会主任委员高某某共同主持。\n\n教科文卫委员会委员乌某某问：职业院校专业设置和产业需求脱节怎么办？\n\n自治区教育厅副厅长苏某某回答：撤销了38个专业。\n\n询问结束后，${who}表示，两个委员会将把询问情况形成综合报告。`;
    const got = (parse(text).session.closing?.statements ?? []).map((s) => [s.speaker.name, s.role, s.speaker.titles]);
    expect(got).toEqual([want]);
  });

  it('near-miss: a deputy named with 代表 after the name still asks, no statement of the government', () => {
    const text = `${ANSWERED}市人大代表钟某某问：养老护理员缺口怎么补？\n市民政局局长程某某回答：将加大培训。\n`;
    const r = parse(text);
    const who = (id: string) => r.people.find((p) => p.id === id)!;
    expect(r.questions.at(-1)!.askers.map((id) => [who(id).name, who(id).titles])).toEqual([['钟某某', ['市人大代表']]]);
  });

  it('spans give back the text', () => {
    const text = `${ANSWERED}会议最后，副市长晏某某表态说，市政府将逐项整改。\n\n邬某某在总结时强调，要跟踪监督。`;
    for (const s of parse(text).session.closing!.statements!) expect(text.slice(...s.span)).toBe(s.text);
  });
});

describe('[closing-statements] a speaker alone on the line of a part tag, field or heading, the words on the next line (n1)', () => {
  it.each<[string, string, [string | null, string, string][]]>([
    ['part tags (【表态】 / 【总结】) before title and name', '【表态】副市长　晏某某\n市政府将把养老服务作为民生实事，逐项抓好整改。\n\n【总结】市人大常委会主任　邬某某\n希望市政府以这次询问为契机，把整改落到实处。',
      [['晏某某', 'government', '【表态】副市长　晏某某\n市政府将把养老服务作为民生实事，逐项抓好整改。'], ['邬某某', 'chair', '【总结】市人大常委会主任　邬某某\n希望市政府以这次询问为契机，把整改落到实处。']]],
    ['a heading, then title and name alone on the next line', '## 表态发言\n副市长 晏某某\n市政府将逐项抓好整改。', [['晏某某', 'government', '副市长 晏某某\n市政府将逐项抓好整改。']]],
    ['a heading naming the speaker in brackets', '表态发言（副市长 晏某某）\n\n市政府将逐项抓好整改。', [['晏某某', 'government', '表态发言（副市长 晏某某）\n\n市政府将逐项抓好整改。']]],
    ['a field (表态：) before title and name', '表态：副市长 晏某某\n市政府将逐项抓好整改。', [['晏某某', 'government', '表态：副市长 晏某某\n市政府将逐项抓好整改。']]],
    ['a heading, then the label: the next part\'s heading ends the stretch', '## 表态发言\n副市长 晏某某：市政府将逐项抓好整改。\n\n## 总结讲话\n邬某某：询问到此结束。',
      [['晏某某', 'government', '副市长 晏某某：市政府将逐项抓好整改。'], ['邬某某', 'chair', '邬某某：询问到此结束。']]],
    // must not: no tag or heading naming the part, or no words after the name
    ['a tag of the scene (【现场】), not of a part', '【现场】副市长　晏某某\n到会听取意见。', []],
    ['the tag and the name, no words after them', '询问结束后，与会人员进行了满意度测评。\n【表态】副市长　晏某某', []],
    ['a tag and a name with more words on the line', '【表态】副市长　晏某某到会听取意见\n市政府将逐项抓好整改。', []],
  ])('%s', (_, closing, want) => {
    expect(statements(ANSWERED + closing)).toEqual(want);
  });
});

describe('[closing-statements] a speaker named after the words, in brackets closing the paragraph (n1)', () => {
  it.each<[string, string, [string | null, string, string][]]>([
    ['the chair\'s title and name in brackets after the words', '今天的专题询问到此结束。希望市政府抓紧整改落实。（市人大常委会主任　邬某某）',
      [['邬某某', 'chair', '今天的专题询问到此结束。希望市政府抓紧整改落实。（市人大常委会主任　邬某某）']]],
    ['a vote\'s line, then the chair\'s words named after them', '询问结束后，与会人员进行了满意度测评。\n\n询问到此结束。（市人大常委会主任　邬某某）',
      [['邬某某', 'chair', '询问到此结束。（市人大常委会主任　邬某某）']]],
    // must not: brackets that name no speaker
    ['a year in brackets', '询问结束后，与会人员进行了满意度测评。（2025年）', []],
    ['a reporter\'s byline', '询问结束后，与会人员进行了满意度测评。（记者　米某某）', []],
  ])('%s', (_, closing, want) => {
    expect(statements(ANSWERED + closing)).toEqual(want);
  });

  it('in a layout that names every speaker after the words, the brackets alone on the line below the chair\'s', () => {
    const text = `${HEAD}请问市民政局，养老床位缺口有多大？\n（市人大常委会委员　甘某某）\n\n缺口约3000张，我们将分三年补齐。\n（市民政局局长　程某某）\n\n今天的专题询问到此结束。\n（市人大常委会主任　邬某某）`;
    expect(statements(text)).toEqual([['邬某某', 'chair', '今天的专题询问到此结束。\n（市人大常委会主任　邬某某）']]);
  });

  // A dash line under the words names their speaker as brackets do (its mention closes the attribution), blank lines between
  // at most (a 问答摘登, t72 p16).
  it.each<[string, string]>([['no blank lines', '\n'], ['blank lines between all paragraphs', '\n\n']])('a digest naming every speaker on a dash line under the words: %s', (_, nl) => {
    const text = [`${HEAD}“养老床位缺口有多大？”`, '——市人大常委会委员　甘某某', '“缺口约3000张，我们将分三年补齐。”', '——市民政局局长　程某某',
      '今天的专题询问到此结束。希望市政府抓紧整改落实。', '——市人大常委会主任　邬某某'].join(nl);
    expect(statements(text)).toEqual([['邬某某', 'chair', `今天的专题询问到此结束。希望市政府抓紧整改落实。${nl}——市人大常委会主任　邬某某`]]);
  });

  it('spans give back the text', () => {
    const text = `${ANSWERED}【表态】副市长　晏某某\n市政府将逐项抓好整改。\n\n询问到此结束。（市人大常委会主任　邬某某）`;
    const s = parse(text).session.closing!.statements!;
    expect(s).toHaveLength(2);
    for (const x of s) expect(text.slice(...x.span)).toBe(x.text);
  });
});

describe('[closing-statements] a court\'s or procuratorate\'s head stating the institution\'s position after the last exchange (n1)', () => {
  it.each<[string, string, [string | null, string][]]>([
    ['a court president\'s 表态 committing the court', '市法院院长钟某某表态：市法院将认真研究委员们的意见，逐条整改。', [['钟某某', 'government']]],
    ['a chief procurator speaking for the procuratorate, then the chair', '市人民检察院检察长费某某：我代表市检察院表个态，我们将认真研究委员们的意见，抓好整改落实。\n\n邬某某：专题询问到此结束。', [['费某某', 'government'], ['邬某某', 'chair']]],
    // must not: an answer stays the last question's
    ['a court president answering with figures, no 表态', '市法院院长钟某某：今年共受理执行案件3000件，市法院将加快执行。', []],
    // its pledges close with it (t52 #1): the statement is the court's, with them
    ['a 表态 holding a list of pledges', '市法院院长钟某某表态：市法院将抓好三件事：一是加快执行；二是强化联动；三是公开进度。', [['钟某某', 'government']]],
  ])('%s', (_, closing, want) => {
    expect(statements(ANSWERED + closing).map(([n, r]) => [n, r])).toEqual(want);
  });
});

describe('[closers] atClosingMoment / speaksAfter', () => {
  it.each<[string, boolean]>([
    ['', true], ['会议最后,', true], ['询问结束后,', true], ['最后,', true],
    ['主持人:下面请', false], ['据了解,', false],
  ])('before %j → %s', (before, want) => expect(atClosingMoment(before)).toBe(want));

  it.each<[string, boolean]>([
    [':本次专题询问到此结束。', true], ['作总结讲话。', true], ['在表态发言中说,', true], ['表态,旗政府将…', true], ['强调,要抓好整改。', true],
    ['到会听取意见。', false], ['副市长到会应询', false], ['的问题', false],
  ])('after %j → %s', (after, want) => expect(speaksAfter(after)).toBe(want));
});

describe('[closing-statements] (r2) a part field in Markdown bold copied into plain text', () => {
  const BOLD = '2025年5月20日，某市人大常委会对养老服务工作开展专题询问。\n\n**询问一**\n市人大常委会委员张某某：养老床位缺口多大？\n市民政局局长李某某：缺口约3000张，我们将分三年补齐。\n\n';

  it('**表态**：/**总结**： open the closing, each naming its speaker; the header keeps its marks, no text dropped', () => {
    const r = parse(`${BOLD}**表态**：副市长王某某：市政府将逐项抓好整改，确保年底前完成。\n\n**总结**：市人大常委会主任赵某某：询问到此结束。`);
    const q = r.questions[r.questions.length - 1];
    expect(q.turns[0].text).toBe('**询问一**\n');
    expect(q.turns[q.turns.length - 1].text).toBe('市民政局局长李某某：缺口约3000张，我们将分三年补齐。');
    const st = r.session.closing!.statements!;
    expect(st.map((s) => [s.speaker.name, s.role, s.text])).toEqual([
      ['王某某', 'government', '**表态**：副市长王某某：市政府将逐项抓好整改，确保年底前完成。'],
      ['赵某某', 'chair', '**总结**：市人大常委会主任赵某某：询问到此结束。'],
    ]);
    expect(q.sectionSpan[1]).toBeLessThanOrEqual(r.session.closing!.span[0]);
    expect(r.source.length - r.session.closing!.span[1]).toBeLessThanOrEqual(1);
  });

  it('a bold phrase inside an answer\'s speech, and 表态 inside a sentence, stay the answer\'s', () => {
    const r = parse(`${BOLD}市民政局局长李某某：我们**表态**：将**逐项抓好整改**，确保年底前完成。`);
    const q = r.questions[r.questions.length - 1];
    expect(q.turns[q.turns.length - 1].text).toContain('我们**表态**：将**逐项抓好整改**，确保年底前完成。');
    expect(r.session.closing?.statements ?? []).toEqual([]);
  });
});

describe('[closing-statements] a State Council member, a concurrent chain, a leader attending to speak (t55 p05, p06, p11, p13)', () => {
  const NATIONAL = (attend: string) => `十四届全国人大常委会第十次会议6月26日下午举行联组会议，进行专题询问。${attend}\n`
    + '全国人大常委会委员邓某某问：如何打击电信诈骗？\n公安部副部长许某某回答说，我们将持续开展专项行动。\n';
  /** The closing's statements as [name, role, organization]. */
  function speakers(text: string): [string | null, string, string | null][] {
    return (parse(text).session.closing?.statements ?? []).map((s) => [s.speaker.name, s.role, s.speaker.organization]);
  }
  it.each<[string, string, string, [string | null, string, string | null][]]>([
    ['a bare 国务委员', '国务委员王某某到会听取意见。全国人大常委会副委员长肖某某主持联组会议。', '王某某在讲话中表示，国务院及有关部门将认真研究采纳大家的意见。', [['王某某', 'government', '国务院']]],
    ['国务委员、公安部部长: the State Council post decides', '国务委员、公安部部长王某某到会听取意见。全国人大常委会副委员长肖某某主持联组会议。', '王某某在讲话中说，国务院将认真研究委员们的意见。', [['王某某', 'government', '国务院']]],
    // (A 国务委员 is a head who closes, his 表示 after the last answer no second answer to it.)
    ['国务委员、公安部部长 saying 表示 after the last answer', '国务委员、公安部部长王某某到会听取意见。全国人大常委会副委员长肖某某主持联组会议。', '王某某表示，国务院有关部门将认真研究吸纳审议意见。', [['王某某', 'government', '国务院']]],
    ['a 委员长 attending to speak is no chair: his post decides', '全国人大常委会委员长栗某某出席会议并讲话。全国人大常委会副委员长曹某某主持联组会议。', '栗某某在讲话中指出，要坚持人民至上。', [['栗某某', 'other', '全国人大常委会']]],
    // near-miss: the chair who 主持 still closes as the chair
    ['the presiding 副委员长 closes as the chair', '全国人大常委会副委员长曹某某主持联组会议。', '曹某某在讲话中指出，要抓好整改落实。', [['曹某某', 'chair', '全国人大常委会']]],
  ])('%s', (_, attend, closing, want) => {
    expect(speakers(NATIONAL(attend) + '\n' + closing + '\n')).toEqual(want);
  });

  it('副省长、省公安厅厅长 closes for the province\'s government', () => {
    const text = '河南省十三届人大常委会第二十次会议举行联组会议，开展专题询问。副省长、省公安厅厅长舒某到会应询。省人大常委会副主任马某主持。\n'
      + '省人大常委会委员闫某某问：如何推进平安建设？\n省司法厅厅长黄某回答说，我们将加强基层治理。\n\n舒某最后表示，省政府将认真研究落实委员们的意见。\n';
    expect(speakers(text)).toEqual([['舒某', 'government', '省政府']]);
  });
});

// t61 p09/p07/p01/p10, t58 p09/p11: live transcripts' closings.
describe('[closing-statements] a live transcript\'s closing', () => {
  const QA = '2024年5月10日，某市人大常委会举行联组会议，就河道治理工作开展专题询问。会议由市人大常委会副主任王立主持。\n\n'
    + '常委会委员陈国华：请问市水利局，清淤后怎么防止回淤？\n\n市水利局局长李明：一是加快工程进度；二是强化资金保障。\n\n'
    + '常委会委员刘芳：请问市财政局，资金够不够？\n\n市财政局局长张强：今年安排资金2亿元。\n\n';
  const closingOf = (tail: string) => {
    const r = parse(QA + tail);
    return { r, statements: (r.session.closing?.statements ?? []).map((s) => [s.speaker.name, s.role, s.text]) };
  };
  it.each<[string, string, (string | null)[][]]>([
    ['the chair ends and hands over: the one called closes, not the last question\'s responder', '主持人：询问结束。请市人民政府副市长刘静讲话。\n\n副市长刘静：市政府将认真研究吸纳意见建议，逐项抓好落实。',
      [['王立', 'chair', '主持人：询问结束。请市人民政府副市长刘静讲话。'], ['刘静', 'government', '副市长刘静：市政府将认真研究吸纳意见建议，逐项抓好落实。']]],
    ['a bare 主持人 is the chair the introduction names', '主持人：询问到此结束。希望市政府认真整改。', [['王立', 'chair', '主持人：询问到此结束。希望市政府认真整改。']]],
    ['the chair\'s tally under his own label goes on with his statement', '主持人王立：好，时间到了。询问到此结束。\n\n主持人王立：同志们，今天的专题询问，共有2位询问人提问，2个部门负责人作了回答。希望市政府认真整改。',
      [['王立', 'chair', '主持人王立：好，时间到了。询问到此结束。\n\n主持人王立：同志们，今天的专题询问，共有2位询问人提问，2个部门负责人作了回答。希望市政府认真整改。']]],
    ['【询问结束】, then the chair\'s 总结讲话 and the paragraph under its colon', '【询问结束】\n\n▶ 王立在总结讲话中指出：\n\n本次询问问题聚焦、回答务实。他要求，市政府要抓好问题整改。',
      [['王立', 'chair', '▶ 王立在总结讲话中指出：\n\n本次询问问题聚焦、回答务实。他要求，市政府要抓好问题整改。']]],
    ['表态 and a comma (no 说): a head\'s statement', '副市长冉建业表态，今年将确保全省电力供应不出现拉闸限电，能耗下降2.5%。',
      [['冉建业', 'government', '副市长冉建业表态，今年将确保全省电力供应不出现拉闸限电，能耗下降2.5%。']]],
  ])('%s', (_, tail, want) => {
    const { r, statements } = closingOf(tail);
    expect(statements).toEqual(want);
    const last = r.questions[r.questions.length - 1];
    expect(last.responders.map((id) => r.people.find((p) => p.id === id)?.name)).toEqual(['张强']);
  });

  it.each<[string, string]>([
    ['near-miss: the chair calls the next office to answer (请…回答): an answer, no closing', '主持人：请市人民政府副市长刘静回答。\n\n副市长刘静：市政府将统筹解决资金问题。'],
    ['near-miss: 表态 as a noun in an answer (作出表态的), no closing', '市财政局局长张强补充：对委员关心的问题，我们已经作出表态的，一定落实。'],
  ])('%s', (_, tail) => {
    expect(parse(QA + tail).session.closing).toBeNull();
  });
});
