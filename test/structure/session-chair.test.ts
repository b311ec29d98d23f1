import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';
import type { Structure } from '../../src/structure/types.js';

function build(text: string): Structure {
  return buildStructure({ text, view: normalize(text) });
}

// One exchange under every introduction: a member asks, an official answers.
const EXCHANGE = '邬春燕委员：请问市水务局，老旧管网改造何时完成？\n市水务局局长甘立新：今年底前完成。\n';

describe('[session-chair] who presides, named with the title', () => {
  // Each row: the lines before the exchange, the lines after it, and the chair read: [name, title, text] or null.
  it.each<[string, string, string, [string, string, string] | null]>([
    ['主持会议 in the lede',
      '近日，临川市人大常委会第十次会议举行联组会议，开展专题询问。市人大常委会副主任孟庆林主持会议。\n', '',
      ['孟庆林', '市人大常委会副主任', '市人大常委会副主任孟庆林']],
    ['会议由…主持',
      '6月5日，江宁县人大常委会对河道治理工作开展专题询问。会议由县人大常委会主任邓国强主持。\n', '',
      ['邓国强', '县人大常委会主任', '县人大常委会主任邓国强']],
    ['会议由 + a named province: 由 is no part of the post',
      '近日，江西省人大常委会开展专题询问。会议由江西省人大常委会副主任邬建华主持。\n', '',
      ['邬建华', '江西省人大常委会副主任', '江西省人大常委会副主任邬建华']],
    ['联组会议由 + an autonomous prefecture',
      '近日，凉山彝族自治州人大常委会举行联组会议。联组会议由自治州人大常委会主任沙马拉且主持。\n', '',
      ['沙马拉且', '自治州人大常委会主任', '自治州人大常委会主任沙马拉且']],
    // The moderator's label with the title first in its bracket, a surname that is also a word (和) (t72 p06).
    ['主持人（TITLE NAME）：, the name 和丽娟',
      '云岭州人大常委会专题询问发言摘要\n\n主持人（州人大常委会副主任 和丽娟）：根据会议安排，现在进行专题询问。\n\n', '',
      ['和丽娟', '州人大常委会副主任', '州人大常委会副主任 和丽娟']],
    ['a 主持人 field, a Mongolian name after the title (哈斯巴根)',
      '临川旗人大常委会专题询问实录\n\n主持人：旗人大常委会主任　乌日根巴雅\n\n', '',
      ['乌日根巴雅', '旗人大常委会主任', '旗人大常委会主任　乌日根巴雅']],
    ['a 主持人 field, the name before its title in brackets',
      '临川旗人大常委会专题询问实录\n\n主持人：斯琴图雅（旗人大常委会主任）\n\n', '',
      ['斯琴图雅', '旗人大常委会主任', '斯琴图雅（旗人大常委会主任）']],
    ['a national vice-chair presiding and speaking (主持联组会议并讲话)',
      '十四届全国人大常委会第五次会议举行联组会议，进行专题询问。全国人大常委会副委员长沈怀远主持联组会议并讲话。\n', '',
      ['沈怀远', '全国人大常委会副委员长', '全国人大常委会副委员长沈怀远']],
    ['a 主持人 label with the title in brackets, opening and closing',
      '临川市人大常委会专题询问实录\n\n主持人（市人大常委会主任 龚文博）：现在开始专题询问。请委员提问。\n', '主持人：询问到此结束。\n',
      ['龚文博', '市人大常委会主任', '市人大常委会主任 龚文博']],
    ['a 主持人 field, then the bare-name label of the chair',
      '临川市人大常委会专题询问实录\n\n时间：2025年3月6日\n主持人：市人大常委会副主任 覃晓东\n\n覃晓东：现在开始询问。\n', '覃晓东：询问到此结束。\n',
      ['覃晓东', '市人大常委会副主任', '市人大常委会副主任 覃晓东']],
    ['a minutes\' 主持 field with its colon',
      '临川市人大常委会专题询问纪要\n\n时间：2025年3月6日\n主持：市人大常委会副主任 覃晓东\n\n', '',
      ['覃晓东', '市人大常委会副主任', '市人大常委会副主任 覃晓东']],
    ['a leader of the congress whose titled label opens without asking',
      '临川市人大常委会专题询问实录\n\n市人大常委会副主任戚明山：专题询问现在开始。请委员们提问。\n', '戚明山：询问到此结束。\n',
      ['戚明山', '市人大常委会副主任', '市人大常委会副主任戚明山']],
    ['presided over by a title with no name: no chair',
      '近日，临川市人大常委会开展专题询问。会议由市人大常委会副主任主持。\n', '',
      null],
    ['a 主持人 field with a title and no name: no chair',
      '临川市人大常委会专题询问实录\n\n主持人：市人大常委会副主任\n\n', '',
      null],
    ['an unnamed 主持人: no chair',
      '临川市人大常委会专题询问实录\n\n主持人：现在开始专题询问。\n', '主持人：询问到此结束。\n',
      null],
    ['a vice-mayor presiding over a government meeting is no chair of the inquiry',
      '近日，临川市人大常委会开展专题询问。副市长杭立民到会应询，他此前主持召开了专题会议。\n', '',
      null],
    // Before anyone asks, "<title> X主持" names the chair whatever the title (t50 p06, p13): a bare 副主任 after the
    // attendance list, a delegation's 团长 (first or second in the chain).
    ['a bare 副主任 presiding after the attendance list',
      '近日，渝北区人大常委会举行专题询问会。区人大常委会主任陈永红、副主任何建平等出席会议，副主任黄晓东主持。\n', '',
      ['黄晓东', '副主任', '副主任黄晓东']],
    ['a delegation\'s 团长 presiding, another post after it',
      '1月14日下午，出席湖北省十四届人大一次会议的宜昌代表团举行全体会议，并就长江大保护开展专题询问。代表团团长、宜昌市委书记王立主持会议。\n', '',
      ['王立', '代表团团长、宜昌市委书记', '代表团团长、宜昌市委书记王立']],
    ['a delegation\'s 团长 after a deputy\'s post',
      '1月14日下午，宜昌代表团举行全体会议，并就长江大保护开展专题询问。省人大代表、代表团团长王立主持会议。\n', '',
      ['王立', '省人大代表、代表团团长', '省人大代表、代表团团长王立']],
    ['a party secretary presiding over the meeting before anyone asks',
      '近日，青石镇人大主席团举行专题询问会。镇党委书记龙海波主持会议。\n', '',
      ['龙海波', '镇党委书记', '镇党委书记龙海波']],
    ['an official presiding over other work (主持召开, 主持制定) is no chair',
      '近日，临川市人大常委会开展专题询问。副市长杭立民主持制定了实施方案。\n', '',
      null],
    ['an official said to preside after the questions began is no chair',
      '近日，临川市人大常委会开展专题询问。\n' + EXCHANGE + '市水务局局长甘立新说，去年副市长杭立民主持会议研究了改造方案。\n', '',
      null],
    // The chair is whoever 主持: a higher-ranking leader attending to speak is no chair (t55 p13).
    ['a national 委员长 attending to speak, a 副委员长 presiding',
      '十三届全国人大常委会第三十六次会议举行联组会议，进行专题询问。全国人大常委会委员长陶书恒出席会议并讲话。全国人大常委会副委员长曹文明主持联组会议。\n', '',
      ['曹文明', '全国人大常委会副委员长', '全国人大常委会副委员长曹文明']],
    ['a city 主任 attending to speak, named after the presiding 副主任',
      '近日，临川市人大常委会开展专题询问。市人大常委会副主任孟庆林主持会议，市人大常委会主任戚明山出席并讲话。\n', '',
      ['孟庆林', '市人大常委会副主任', '市人大常委会副主任孟庆林']],
    ['attending to speak, nobody presiding: still the chair',
      '十三届全国人大常委会第三十六次会议举行联组会议，进行专题询问。全国人大常委会委员长陶书恒出席会议并讲话。\n', '',
      ['陶书恒', '全国人大常委会委员长', '全国人大常委会委员长陶书恒']],
    ['a member attending, no one presiding',
      '近日，临川市人大常委会开展专题询问。市人大常委会副主任孟庆林出席会议。\n', '',
      null],
    // t65 p06: two committees' chairs presiding together (A和B共同主持): the first is the session's chair, 由 no part of the title.
    ['two committees\' chairs presiding together: the first, no 由 in the title',
      '近日，自治区人大常委会教育科学文化卫生委员会和社会建设委员会联合开展专题询问。会议由教科文卫委员会主任委员巴特尔和社会建设委员会主任委员高秀兰共同主持。\n', '',
      ['巴特尔', '教科文卫委员会主任委员', '教科文卫委员会主任委员巴特尔']],
    ['…joined by 、, 分别主持',
      '近日，临川市人大常委会开展专题询问。市人大常委会副主任孟庆林、戚明山分别主持会议。\n', '',
      ['孟庆林', '市人大常委会副主任', '市人大常委会副主任孟庆林']],
    // near-miss: a member named with another, neither presiding
    ['two members attending, no one presiding',
      '近日，临川市人大常委会开展专题询问。市人大常委会副主任孟庆林和市人大常委会副主任戚明山出席会议。\n', '',
      null],
  ])('%s', (_name, before, after, want) => {
    const text = before + EXCHANGE + after;
    const s = build(text);
    const chair = s.chair;
    if (want === null) { expect(chair).toBeNull(); return; }
    expect(chair).not.toBeNull();
    expect([chair!.name, chair!.titles[0], chair!.text]).toEqual(want);
    expect(text.slice(chair!.span[0], chair!.span[1])).toBe(chair!.text);
    // The chair is no asker nor responder of the record.
    expect(s.people.map((p) => p.name)).not.toContain(want[0]);
  });

  it.each<[string, string, string]>([
    // [intro of a Markdown 纪要, title, chair text: the span slices the source, so a mark between title and name stays inside]
    ['会议由常委会副主任**龙启明**主持。', '常委会副主任', '常委会副主任**龙启明'],
    ['会议由常委会**副主任**龙启明主持。', '常委会副主任', '常委会**副主任**龙启明'],
    ['会议由**常委会副主任龙启明**主持。', '常委会副主任', '常委会副主任龙启明'],
  ])('Markdown: %s → title %s, text %s', (intro, title, chairText) => {
    const text = `# 临川市人大常委会专题询问纪要\n\n> 近日，临川市人大常委会开展专题询问。${intro}\n\n**市人大常委会委员 邬春燕**：请问市水务局，老旧管网改造何时完成？\n\n**市水务局局长 甘立新**：今年底前完成。\n`;
    const chair = build(text).chair!;
    expect([chair.name, chair.titles, chair.text]).toEqual(['龙启明', [title], chairText]);
    expect(text.slice(chair.span[0], chair.span[1])).toBe(chair.text);
    expect(chair.text).not.toMatch(/^[*_]|[*_]$/u);
  });

  it('takes the organization from the head of the title', () => {
    const s = build('近日，临川市人大常委会开展专题询问。市人大常委会副主任孟庆林主持会议。\n' + EXCHANGE);
    expect(s.chair?.organization).toBe('市人大常委会');
  });

  it.each<[string, string, string]>([
    // A bare congress leadership title takes the session's body (t55 p04, p09; t54 p08).
    ['十四届全国人大常委会第七次会议举行联组会议，进行专题询问。赵乐平委员长出席。李鸿章副委员长主持联组会议。', '李鸿章', '全国人大常委会'],
    ['十四届全国人大常委会第十次会议举行联组会议，进行专题询问。赵乐平委员长主持联组会议。', '赵乐平', '全国人大常委会'],
    ['临川市第十七届人大常委会第二十次会议举行联组会议，开展专题询问。常委会副主任严海青主持。', '严海青', '市人大常委会'],
  ])('a bare leadership title takes the session body: %s', (intro, name, org) => {
    const s = build(intro + '\n' + EXCHANGE);
    expect([s.chair?.name, s.chair?.organization]).toEqual([name, org]);
  });

  it('a bare 副主任 after the attendance list holds the post in the organization it named', () => {
    const s = build('近日，渝北区人大常委会举行专题询问会。区人大常委会主任陈永红、副主任何建平等出席会议，副主任黄晓东主持。\n' + EXCHANGE);
    expect(s.chair?.organization).toBe('区人大常委会');
  });

  it('names the post once: a short form of a full title is no second title (t50 p07)', () => {
    const s = build('近日，浦东新区人大常委会举行全体会议，开展专题询问。区人大常委会副主任沈佳音主持询问。区人大常委会主任顾国平，副主任沈佳音、陆建华出席会议。\n' + EXCHANGE);
    expect(s.chair?.titles).toEqual(['区人大常委会副主任']);
  });

  it('a chair who also puts a question stays an asker and is still the chair', () => {
    const text = '临川市人大常委会专题询问实录\n\n主持人：市人大常委会副主任 覃晓东\n\n覃晓东：现在开始询问。\n' + EXCHANGE
      + '覃晓东：我也问一个问题，请问市财政局，改造资金缺口有多大？\n市财政局局长邹文华：缺口约两亿元。\n覃晓东：询问到此结束。\n';
    const s = build(text);
    expect(s.chair?.name).toBe('覃晓东');
    expect(s.people.find((p) => p.name === '覃晓东')?.roles).toContain('asker');
  });

  it('named as presiding beats a leader who only opened the exchanges', () => {
    const text = '近日，临川市人大常委会开展专题询问。市人大常委会秘书长岑立民主持会议。\n市人大常委会副主任戚明山：专题询问现在开始。\n' + EXCHANGE;
    expect(build(text).chair?.name).toBe('岑立民');
  });
});

describe('[session-chair] a chair named without a title', () => {
  const HEAD = '临川市人大常委会专题询问实录\n\n时间：2025年3月6日\n';
  const OPEN = '同志们，今天对市政府关于老旧管网改造情况的报告开展专题询问。先请邬春燕委员提问。\n';
  const CLOSE = '：今天的询问很有成效。下面我讲两点意见：一是抓好整改；二是加强监督。\n';
  // Each row: the text; the chair's name and the text of its span. Every row closes with the chair's speech.
  it.each<[string, string, string]>([
    ['a 主持人 field with the name alone', `${HEAD}主持人：龚文博\n\n龚文博：${OPEN}${EXCHANGE}龚文博：最后请黎志远副市长回答。\n副市长黎志远：感谢委员们的监督。市政府将加快改造。\n龚文博${CLOSE}`, '龚文博'],
    ['a 主持人 label with the name (主持人龚文博：)', `${HEAD}主持人龚文博：${OPEN}${EXCHANGE}龚文博：最后请黎志远副市长回答。\n副市长黎志远：感谢委员们的监督。市政府将加快改造。\n龚文博${CLOSE}`, '龚文博'],
    ['the role in brackets after the name (龚文博（主持人）：)', `${HEAD}龚文博（主持人）：${OPEN}${EXCHANGE}龚文博：最后请黎志远副市长回答。\n副市长黎志远：感谢委员们的监督。市政府将加快改造。\n龚文博${CLOSE}`, '龚文博'],
    ['never introduced: bare-name labels that open, hand over and close', `${HEAD}\n龚文博：${OPEN}${EXCHANGE}龚文博：最后请黎志远副市长回答。\n副市长黎志远：感谢委员们的监督。市政府将加快改造。\n龚文博${CLOSE}`, '龚文博'],
  ])('%s', (_name, text, chairText) => {
    const s = build(text);
    expect(s.chair).not.toBeNull();
    expect([s.chair!.name, s.chair!.titles, s.chair!.text]).toEqual(['龚文博', [], chairText]);
    expect(text.slice(s.chair!.span[0], s.chair!.span[1])).toBe(s.chair!.text);
    // His labels are narration: he is no person of the record, and his requirements close the inquiry.
    expect(s.people.map((p) => p.name)).toEqual(['邬春燕', '甘立新', '黎志远']);
    expect(s.closing && text.slice(s.closing[0], s.closing[1])).toBe(`龚文博${CLOSE.trimEnd()}`);
    // The vice-mayor called on to answer answers the last question, thanks and all.
    expect(s.questions).toHaveLength(1);
    expect(s.questions[0].turns.filter((t) => t.role === 'responder').map((t) => t.text.trim())).toEqual(['市水务局局长甘立新：今年底前完成。', '副市长黎志远：感谢委员们的监督。市政府将加快改造。']);
  });
});

describe('[session-chair] the chair named by a field of the head alone', () => {
  // The field above the exchange; the exchanges name no chair. Each row: the field, the chair's name and span text.
  it.each<[string, string, string]>([
    ['主持人：和秀兰', '和秀兰', '和秀兰'],
    ['主持：和秀兰', '和秀兰', '和秀兰'],
    ['主持：段永昌', '段永昌', '段永昌'],
    ['主持人：普建华', '普建华', '普建华'],
    ['主 持 人：县人大常委会副主任　和秀兰', '和秀兰', '县人大常委会副主任　和秀兰'],
    ['主 持 人：县人大常委会副主任段永昌', '段永昌', '县人大常委会副主任段永昌'],
    ['主　持：县人大常委会副主任段永昌', '段永昌', '县人大常委会副主任段永昌'],
    ['主　　持　　人：段永昌', '段永昌', '段永昌'],
  ])('%s', (field, name, chairText) => {
    const text = `宁川县人大常委会专题询问\n\n时间：2024年11月26日\n${field}\n\n${EXCHANGE}`;
    const s = build(text);
    expect(s.chair?.name).toBe(name);
    expect(s.chair!.text).toBe(chairText);
    expect(text.slice(s.chair!.span[0], s.chair!.span[1])).toBe(chairText);
    expect(s.questions).toHaveLength(1);
  });

  it.each([
    ['主持人：和大家一起', '和'],
    ['主持：向大家问好', '向'],
  ])('no name in the field: %s', (field) => {
    const text = `宁川县人大常委会专题询问\n\n${field}\n\n${EXCHANGE}`;
    expect(build(text).chair).toBeNull();
  });
});

describe('[session-chair] a 主持人 label opening the inquiry: the chair is the name in the label, never its first words', () => {
  // Each row: the chair's opening line over the exchange, the chair's name (null: the label names nobody). The people
  // are the asker and the responder only: no person named by the chair's words (现在开始, 下面进行 …).
  it.each<[string, string | null]>([
    ['主持人（市人大常委会副主任 钟雅琴）：现在开始询问。', '钟雅琴'],
    ['主持人（市人大常委会副主任钟雅琴）：现在开始询问。', '钟雅琴'],
    ['主持人（县人大常委会主任　石磊）：现在开始询问。', '石磊'],
    ['主持人（区人大常委会副主任、区总工会主席 庞立群）：现在开始询问。', '庞立群'],
    ['主持人(钟雅琴)：现在开始询问。', '钟雅琴'],
    ['主持人（钟雅琴副主任）：现在开始询问。', '钟雅琴'],
    ['主持人钟雅琴：现在开始询问。', '钟雅琴'],
    ['主持人（市人大常委会副主任 王平）：现在开始询问，首先请邬春燕委员提问。', '王平'],
    ['主持人：现在开始询问。', null],
    ['主持人：现在开始。', null],
    ['主持人 现在开始询问。', null],
    ['主持：现在开始询问。', null],
    ['会议主持人：现在开始询问。', null],
    ['【主持人】现在开始询问。', null],
    ['主持人：现在开始询问，首先请邬春燕委员提问。', null],
    ['主持人：下面进行询问。', null],
    ['主持人：那么现在开始询问。', null],
    ['主持人：同志们，现在开始询问。', null],
    ['主持人：开始询问。', null],
  ])('%s', (line, name) => {
    const text = `临川市人大常委会老旧管网改造专题询问实录\n\n${line}\n\n${EXCHANGE}`;
    const s = build(text);
    expect(s.chair?.name ?? null).toBe(name);
    expect(s.people.map((p) => p.name)).toEqual(['邬春燕', '甘立新']);
    expect(s.questions).toHaveLength(1);
  });
});
