/** Trailing back matter: notes, attachments, lists of other posts after the meeting's last words. */
import { describe, expect, it } from 'vitest';
import { findBackMatter, footnoteMarkAt, isEncounter, type MatterLine } from '../../src/structure/back-matter.js';
import { frameKind } from '../../src/structure/frame.js';
import { normalize } from '../../src/source/normalize.js';

/** Content lines of `text` as the reader sees them; `spoken`: the lines (by text) on which a turn starts. */
function lines(text: string, spoken: string[] = [], labelled: string[] = [], asks: string[] = []): MatterLine[] {
  return normalize(text).split('\n').map((l) => l.trim()).filter(Boolean)
    .map((l) => ({ text: l, frame: frameKind(l) !== null, spoken: spoken.some((s) => l.startsWith(s)), labelled: labelled.some((s) => l.startsWith(normalize(s))), asks: asks.some((s) => l.startsWith(normalize(s))) }));
}

const BODY = [
  '2024年5月9日，某县人大常委会开展专题询问，县人大常委会主任牛志远主持。',
  '县人大常委会委员欧阳珊询问县卫生健康局：乡镇卫生院“空心化”[1]，请问怎么办？',
  '县卫生健康局局长申屠明回答：今年招聘医生４２名。',
  '牛志远在总结讲话中要求，县政府三个月内书面报告整改情况。',
];
const SPOKEN = ['县人大常委会委员欧阳珊', '县卫生健康局局长申屠明'];

describe('[back-matter] found after the closing', () => {
  it.each<[string, string[], string, string]>([
    ['a notes block', ['注释：', '[1] 据县卫健局２０２３年统计，全县１２个卫生院中有５个缺全科医生。'], '注释：', 'notes'],
    ['a note line', ['注：文中数据截至２０２４年４月底。'], '注：', 'notes'],
    ['a footnote cited in the text', ['[1] 据县卫健局２０２３年统计。'], '[1]', 'notes'],
    ['notes numbered in a notes block', ['注释', '1. 据县卫健局统计。', '2. 数据来源：县统计局。'], '注释', 'notes'],
    ['an attachment with a tab table', ['附件：专题询问应询人员名单', '序号\t姓名\t职务', '１\t申屠明\t县卫生健康局局长'], '附件：', 'annex'],
    ['an attachment with names and spaces', ['附件：应询人员名单', '申屠明  县卫生健康局局长'], '附件：', 'annex'],
    ['an attachment on one line', ['附件：专题询问方案（略）'], '附件：', 'annex'],
    ['a numbered attached table', ['附表1 满意度测评结果', '县卫生健康局\t满意\t28票'], '附表1', 'annex'],
    ['notes, then an attachment', ['注：数据截至４月底。', '附件：应询人员名单', '申屠明  局长'], '注：', 'notes'],
    ['a list of other posts, a QR caption and credits', ['往期回顾', '▶ 某县人大常委会召开第十次会议', '▶ 一图读懂：2025年民生实事', '📷 长按识别二维码 关注我们', '编辑：甘露  审核：黎明  监制：韦东'], '往期回顾', 'related'],
    ['a reading list without bullets', ['推荐阅读 👇', '代表联络站｜听民声 解民忧', '一图读懂：2025年民生实事'], '推荐阅读', 'related'],
    ['a bulletin\'s distribution block', ['报：市委常委会各位同志', '送：常委会组成人员，各专门委员会', '发：各县区人大常委会'], '报：', 'distribution'],
    ['a distribution block after an editor\'s note and a rule', ['（秘书处综合科　整理）', '────────────', '抄送：市委办公室、市政府办公室'], '抄送：', 'distribution'],
    ['recipients going on over lines, then the print note', ['分送：各专门委员会、办事机构', '各县区人大常委会', '共印120份'], '分送：', 'distribution'],
    ['a 主送 line spaced out', ['主送：市人民政府　市监察委员会', '抄报：省人大常委会办公厅'], '主送：', 'distribution'],
    ['notes, then a distribution block', ['注：数据截至４月底。', '送：常委会组成人员'], '注：', 'notes'],
  ])('%s', (_name, tail, first, kind) => {
    const all = lines([...BODY, ...tail].join('\n'), SPOKEN);
    const found = findBackMatter(all);
    expect(found).not.toBeNull();
    expect(all[found!.start].text.startsWith(normalize(first))).toBe(true);
    expect(found!.kind).toBe(kind);
  });
});

describe('[back-matter] not back matter', () => {
  it.each<[string, string[], string[]]>([
    ['a closing after a note under a table', ['县卫生健康局局长申屠明回答：指标\t2023年\t2024年', '医生\t40\t42', '注：数据截至４月底。', '牛志远在总结讲话中要求，抓好整改。'], SPOKEN],
    ['a footnote mark no text cites', ['[3] 加强全科医生培养。'], SPOKEN],
    ['an attachment holding the transcript', ['附件：专题询问实录', '县人大常委会委员黎明询问：…？', '县卫生健康局局长申屠明回答：…。'], [...SPOKEN, '县人大常委会委员黎明']],
    ['a related list followed by prose', ['相关新闻', '某县人大常委会召开主任会议。会议听取了县政府关于民生实事项目进展情况的汇报，并就下一步工作作出了部署安排，要求抓好落实。'], SPOKEN],
    ['an attachment word inside a sentence', ['附件中的数据显示，全县卫生院１２个。'], SPOKEN],
    ['nothing after the closing', [], SPOKEN],
    ['a sending verb inside a sentence', ['报：经主任会议研究，县政府应于三个月内书面报告整改情况。'], SPOKEN],
    ['a distribution line with the exchanges going on after it', ['送：常委会组成人员', '县人大常委会委员黎明询问：还有多少缺口？', '县卫生健康局局长申屠明回答：还缺８名。'], [...SPOKEN, '县人大常委会委员黎明']],
  ])('%s', (_name, tail, spoken) => {
    expect(findBackMatter(lines([...BODY, ...tail].join('\n'), spoken))).toBeNull();
  });
});

describe('[back-matter] the reporter\'s notes after the exchanges', () => {
  // Each row: the tail after the closing, the lines of it on which reported speech starts, those on which a labelled turn starts, and whether it is back matter.
  it.each<[string, string[], string[], string[], boolean]>([
    ['记者手记 quoting an official and a villager', ['记者手记', '申屠明说：“明年还要新建2座卫生院。”一位旁听的村民问：“我们村什么时候有医生？”'], ['申屠明说'], [], true],
    ['【采访手记】 with its own headline', ['【采访手记】', '从“看得上病”到“看得好病”', '一个多小时的询问，问得直接，答得坦诚。'], [], [], true],
    ['记者观察: with a title', ['记者观察：让每个村都有好医生', '询问结束后，记者走访了三个村卫生室。'], [], [], true],
    ['编后', ['编后', '专题询问不是“一问了之”。'], [], [], true],
    ['a labelled turn after the heading: the exchanges go on', ['记者手记', '问（黎明）：乡村医生待遇怎么保障？'], ['问（黎明）'], ['问（黎明）'], false],
    ['the word in a sentence is no heading', ['记者手记里写道，询问很坦诚。'], [], [], false],
    // the heading leading the notes' first paragraph (f23d)
    ['【记者观察】 leading a long paragraph', ['【记者观察】询问会上，委员们问得直接，部门答得坦诚。会后，副县长某某表态说，县政府将逐项研究，限期整改，确保群众看得上病、看得好病。'], [], [], true],
    ['记者手记： leading a long paragraph', ['记者手记：询问会上，委员们问得直接，部门答得坦诚。农村医疗关系千家万户，期待整改落到实处，让群众看得上病、看得好病。'], [], [], true],
    ['…then a labelled turn: the exchanges go on', ['【记者观察】询问会上，委员们问得直接。', '问（黎明）：乡村医生待遇怎么保障？'], ['问（黎明）'], ['问（黎明）'], false],
    // no heading: the time frame puts the paragraph after the session, and it reports an encounter there
    ['会后, the reporter interviewing the official', ['会后，记者采访了县卫生健康局局长申屠明。申屠明说：“明年还要新建2座卫生院。”一位旁听的村民问：“我们村什么时候有医生？”申屠明当场答复：“明年6月底前。”'], ['申屠明说'], [], true],
    ['会议结束后, villagers asking the official', ['会议结束后，几位旁听的村民围住了申屠明。有村民问：“村卫生室什么时候有医生？”申屠明说：“年底前。”'], [], [], true],
    ['散会后, a named villager stopping the official', ['散会后，村民代表卢秋生拦住申屠明问：“村卫生室什么时候有医生？”'], ['村民代表卢秋生'], [], true],
    ['采访中, then a second paragraph', ['采访中，申屠明坦言：“留住人才是最难的。”', '他表示，将提高村医补助。'], ['申屠明坦言'], [], true],
    // the meeting's own closing, told after the exchanges, is no encounter
    ['询问结束后, the chair summing up', ['询问结束后，牛志远作总结讲话。他说：“希望县政府抓好整改。”'], [], [], false],
    ['会议结束后, a vote', ['会议结束后，常委会组成人员对县卫生健康局的答复进行了满意度测评。'], [], [], false],
    ['会后, then a labelled turn: the exchanges go on', ['会后，记者采访了申屠明。', '问（黎明）：乡村医生待遇怎么保障？'], ['问（黎明）'], ['问（黎明）'], false],
  ])('%s', (_name, tail, spoken, labelled, found) => {
    const all = lines([...BODY, ...tail].join('\n'), [...SPOKEN, ...spoken], labelled);
    const at = findBackMatter(all);
    expect(at !== null && at.kind === 'reporter').toBe(found);
    if (found) expect(all[at!.start].text).toBe(normalize(tail[0]));
  });
});

describe('[back-matter] a paragraph after the session by its time frame: only after the exchanges, and while no member asks', () => {
  const encounter = '会后，记者采访了县卫生健康局局长申屠明。申屠明说：“明年还要新建2座卫生院。”';
  it('a feature opening on the scene after the meeting is no back matter', () => {
    const all = lines([encounter, ...BODY].join('\n'), [...SPOKEN, '申屠明说'], [], ['县人大常委会委员欧阳珊']);
    expect(findBackMatter(all)).toBeNull();
  });
  it('an interview during a break, then a member asking again, is no back matter', () => {
    const tail = ['会议间隙，记者采访了县人大常委会委员黎明。他说，乡村医生是关键。', '县人大常委会委员黎明询问：村医补助什么时候提高？'];
    const all = lines([...BODY, ...tail].join('\n'), [...SPOKEN, '县人大常委会委员黎明询问'], [], ['县人大常委会委员欧阳珊', '县人大常委会委员黎明询问']);
    expect(findBackMatter(all)).toBeNull();
  });
  it('the same interview as the last paragraph is back matter', () => {
    const all = lines([...BODY, '会议间隙，记者采访了县人大常委会委员黎明。他说，乡村医生是关键。'].join('\n'), SPOKEN, [], ['县人大常委会委员欧阳珊']);
    expect(findBackMatter(all)).toEqual({ start: BODY.length, kind: 'reporter' });
  });
});

describe('[back-matter] written answers appended after the meeting', () => {
  // Each row: the tail after the closing, the lines of it on which a turn starts (an office's label, a member's),
  // the line the back matter starts on, and the line the written answers start on.
  it.each<[string, string[], string[], string, string]>([
    ['附: heading, numbered answers under offices\' labels', ['附：书面答复', '一、关于卓文清委员所提“村医待遇”问题的答复', '县卫生健康局：', '今年村医补助提高到每月800元。'], ['县卫生健康局：'], '附：书面答复', '附：书面答复'],
    ['会后书面答复 alone', ['会后书面答复', '县医保局答复：今年报销比例提高5个百分点。'], ['县医保局答复：'], '会后书面答复', '会后书面答复'],
    ['an office\'s written answer, its summary marked', ['附：县消防救援大队书面答复（摘要）', '关于燃气火灾防控：今年接报警情23起。'], [], '附：县消防救援大队', '附：县消防救援大队'],
    ['the office in brackets after the heading', ['附件2 书面答复（县自然资源局）', '关于耕地保护问题：', '一、补充耕地860亩；'], [], '附件2', '附件2'],
    ['a bracketed heading with the answer after it', ['【县自然资源局书面答复】一、补充耕地860亩；二、立案12件。'], ['【县自然资源局书面答复】'], '【县自然资源局', '【县自然资源局'],
    ['附件1 over 书面答复', ['附件1', '书面答复', '县卫生健康局：', '今年村医补助提高到每月800元。'], ['县卫生健康局：'], '附件1', '附件1'],
    ['附件 over an answer naming the member', ['附件', '一、关于卓文清委员所提问题的答复', '县卫生健康局：今年村医补助提高。'], ['县卫生健康局：'], '附件', '附件'],
    ['an answer\'s heading alone naming the member', ['关于代表卓文清提出的问题的书面答复', '县卫生健康局：今年村医补助提高。'], ['县卫生健康局：'], '关于代表卓文清', '关于代表卓文清'],
    ['a member\'s question written out before the answer', ['附：书面答复', '卓文清委员：请问县卫生健康局，村医待遇怎么提高？', '县卫生健康局：今年村医补助提高。'], ['卓文清委员：', '县卫生健康局：'], '附：书面答复', '附：书面答复'],
    ['an attachment, then written answers', ['附件1：应询人员名单', '申屠明  县卫生健康局局长', '附件2：书面答复', '县医保局：今年报销比例提高。'], ['县医保局：'], '附件1：', '附件2：'],
  ])('%s', (_name, tail, spoken, first, written) => {
    const all = lines([...BODY, ...tail].join('\n'), [...SPOKEN, ...spoken.map((s) => normalize(s))]);
    const found = findBackMatter(all);
    expect(found).not.toBeNull();
    expect(all[found!.start].text.startsWith(normalize(first))).toBe(true);
    expect(found!.written).toBeDefined();
    expect(all[found!.written!].text.startsWith(normalize(written))).toBe(true);
  });

  // The recorder's notice that written answers follow opens them, as narration, right over their heading or the first
  // member's numbered question (t65); not over prose, not a request, not after nothing.
  const NOTICE = '因时间关系，部分委员的询问问题会后由有关部门书面答复。现将书面答复内容附后。';
  it.each<[string, string[], string | null]>([
    ['the notice over 附: 书面答复', [NOTICE, '附：书面答复', '一、常委会委员卓文清：村医待遇怎么提高？', '县卫生健康局书面答复：今年村医补助提高。'], NOTICE],
    ['the notice over the first numbered question', [NOTICE, '一、常委会委员卓文清：村医待遇怎么提高？', '县卫生健康局书面答复：今年村医补助提高。'], NOTICE],
    ['a notice ending in 如下:', ['部分委员的问题，有关部门的书面答复如下：', '1.卓文清委员：村医待遇怎么提高？', '县卫生健康局：今年村医补助提高。'], '部分委员的问题'],
    ['会后书面答复: alone over 问: labels', ['会后书面答复：', '常委会委员卓文清问：村医待遇怎么提高？', '县卫生健康局（书面答复）：今年村医补助提高。'], '会后书面答复'],
    ['the notice over prose', [NOTICE, '会后，各部门认真研究了委员们的意见。'], null],
    ['the notice with nothing after it', [NOTICE], null],
    ['a request for written answers over a numbered question', ['请有关部门会后书面答复。', '一、常委会委员卓文清：村医待遇怎么提高？'], null],
    ['the notice over a numbered list naming no member', [NOTICE, '一、加强村医培训；', '二、提高村医补助。'], null],
  ])('%s', (_name, tail, first) => {
    const all = lines([...BODY, ...tail].join('\n'), SPOKEN);
    const found = findBackMatter(all);
    if (first === null) return expect(found?.written).toBeUndefined();
    expect(found?.written).toBe(BODY.length);
    expect(found!.start).toBe(BODY.length);
    expect(all[found!.start].text.startsWith(normalize(first))).toBe(true);
  });

  it('a notice a speaker says in a turn of his own opens nothing', () => {
    const all = lines([...BODY, `县人大常委会委员欧阳珊：${NOTICE}`, '一、常委会委员卓文清：村医待遇怎么提高？'].join('\n'), SPOKEN);
    expect(findBackMatter(all)?.written).toBeUndefined();
  });

  it('a written heading after a report whose questions gave way to the appendix\'s labels (no turn before it, a member asking)', () => {
    const all = lines([...BODY, '县医保局书面答复', '问（委员龙小禾）：报销比例提高了多少？'].join('\n'), ['问（委员龙小禾）']);
    expect(findBackMatter(all)).toBeNull(); // (a heading before the first turn: a table of contents)
    all[1].reported = true; // "县人大常委会委员欧阳珊询问县卫生健康局：…，请问怎么办？"
    expect(findBackMatter(all)?.written).toBe(BODY.length);
  });

  // An attachment with no title over a labelled turn: the questions answered after the meeting.
  it.each<[string, string[], boolean]>([
    ['附件 alone over a member\'s label', ['附件', '委员龙小禾：村医够不够？', '县卫生健康局副局长詹一舟：今年招聘村医26名。'], true],
    ['附: alone over a 问(…): label', ['附：', '问（委员龙小禾）：村医够不够？', '答（县卫生健康局副局长詹一舟）：今年招聘村医26名。'], true],
    ['附件2 alone, page frame between', ['附件2', '- 3 -', '委员龙小禾：村医够不够？'], true],
    ['an attachment titled otherwise (a transcript attached)', ['附件：询问实录', '委员龙小禾：村医够不够？', '县卫生健康局副局长詹一舟：今年招聘村医26名。'], false],
    ['附件 alone over prose, then a label', ['附件', '询问实录', '委员龙小禾：村医够不够？'], false],
  ])('labelled turns under a bare attachment heading: %s', (_name, tail, written) => {
    const labels = ['委员龙小禾', '县卫生健康局副局长詹一舟', '问（委员龙小禾）', '答（县卫生健康局副局长詹一舟）'];
    const all = lines([...BODY, ...tail].join('\n'), [...SPOKEN, ...labels.map((s) => normalize(s))], labels);
    const found = findBackMatter(all);
    expect(found?.written !== undefined).toBe(written);
    if (written) expect(all[found!.written!].text).toBe(normalize(tail[0]));
  });

  // A bare "关于…的书面答复" (no office before 关于, no 附件) over a labelled turn: the title of the written answers, as
  // "ORG关于…的书面答复" is; over prose, or before the exchanges, it opens nothing.
  it.each<[string, string[], boolean]>([
    ['over a member\'s label', ['关于专题询问未当场答复问题的书面答复', '委员龙小禾：村医够不够？', '县卫生健康局副局长詹一舟：今年招聘村医26名。'], true],
    ['over a 问(…): label', ['关于部分委员询问问题的书面回复', '问（委员龙小禾）：村医够不够？', '答（县卫生健康局副局长詹一舟）：今年招聘村医26名。'], true],
    ['bracketed, page frame between', ['【关于会后书面答复事项的书面答复】', '- 3 -', '委员龙小禾：村医够不够？'], true],
    ['over prose', ['关于专题询问未当场答复问题的书面答复', '会后，相关部门认真研究了委员们的意见。'], false],
    ['a sentence, not a title', ['县政府关于此事将作出书面答复。', '委员龙小禾：村医够不够？'], false],
  ])('a bare 关于…的书面答复 line: %s', (_name, tail, written) => {
    const labels = ['委员龙小禾', '县卫生健康局副局长詹一舟', '问（委员龙小禾）', '答（县卫生健康局副局长詹一舟）'];
    const all = lines([...BODY, ...tail].join('\n'), [...SPOKEN, ...labels.map((s) => normalize(s))], labels);
    const found = findBackMatter(all);
    expect(found?.written !== undefined).toBe(written);
    if (written) expect(all[found!.written!].text).toBe(normalize(tail[0]));
  });

  it('a bare 关于…的书面答复 line before the first turn opens nothing (a table of contents)', () => {
    const labels = ['委员龙小禾'];
    const all = lines(['关于专题询问未当场答复问题的书面答复', '委员龙小禾：村医够不够？', ...BODY].join('\n'), [...SPOKEN, ...labels], labels);
    expect(findBackMatter(all)?.written).toBeUndefined();
  });

  it.each<[string, string[], string[]]>([
    ['the closing asking for written answers', ['请有关部门在15日内书面答复。'], SPOKEN],
    ['written answers promised in a sentence with no stop', ['未能当场回答的问题请有关部门书面答复'], SPOKEN],
    ['a heading before the first turn (a table of contents)', [], []],
    ['an answer\'s heading naming no member', ['一、关于村医待遇问题的答复'], SPOKEN],
  ])('none: %s', (_name, tail, spoken) => {
    const text = tail.length ? [...BODY, ...tail] : ['书面答复', ...BODY];
    const all = lines(text.join('\n'), spoken.length ? spoken : ['县人大常委会委员欧阳珊']);
    const found = findBackMatter(all);
    expect(found?.written).toBeUndefined();
  });
});

describe('[back-matter] an encounter after the session, told in one line (f23d)', () => {
  it.each<[string, boolean]>([
    ['会后，记者采访了县卫生健康局局长申屠明。', true],
    ['散会后，有村民问：“村卫生室什么时候有医生？”', true],
    // the meeting's own closing after it, or a head's 表态, is no encounter
    ['会后，副县长某某表态说，县政府将逐项研究。', false],
    ['会议结束后，常委会组成人员进行了满意度测评。', false],
    ['记者了解到，县里将新建2座卫生院。', false],
  ])('%s → %s', (line, expected) => {
    expect(isEncounter(normalize(line))).toBe(expected);
  });
});

describe('[back-matter] a page\'s footnotes: under a rule, or marked ① / ¹ as the text cites them (t44)', () => {
  const body = [
    '2023年10月19日，某县人大常委会开展专题询问①，县人大常委会主任牛志远主持。',
    '县人大常委会委员欧阳珊询问县卫生健康局：乡镇卫生院缺医生，请问怎么办？',
    '县卫生健康局局长申屠明回答：今年招聘医生４２名²，培训村医３００人³。',
    '副县长黎志远作表态发言。他说，县政府将抓好整改。',
  ];
  it.each<[string, string[], string]>([
    ['circled notes under a rule', ['______________', '① 本次专题询问通过县融媒体中心进行网络直播。', '② 数据来源：县卫健局统计。'], '______________'],
    ['a circled note cited in the text, no rule', ['① 本次专题询问通过县融媒体中心进行网络直播。'], '①'],
    ['superscript notes cited in the text', ['² 数据来源：县卫健局统计。', '³ 含线上培训。'], '²'],
  ])('%s', (_name, tail, first) => {
    const all = lines([...body, ...tail].join('\n'), SPOKEN);
    const found = findBackMatter(all);
    expect(found?.kind).toBe('notes');
    expect(all[found!.start].text.startsWith(first)).toBe(true);
  });

  it.each<[string, string[]]>([
    ['a list marked ① the text never cites', ['①加强全科医生培养；', '②完善村医待遇。']],
    ['a rule over prose, no notes', ['______________', '县卫生健康局局长申屠明回答：还缺８名。']],
  ])('%s: none', (_name, tail) => {
    expect(findBackMatter(lines([...BODY, ...tail].join('\n'), [...SPOKEN]))).toBeNull();
  });
});

describe('[back-matter] footnoteMarkAt: a footnote\'s mark glued after a word or figure', () => {
  it.each<[string, number, number]>([
    ['保护区19个②;五是', 6, 1],
    ['年内培训3000人³;', 9, 1],
    ['转化率仅为12.6%[1]。', 10, 3],
    ['开展专题询问①。', 6, 1],
    ['措施如下:①加强监管', 5, 0],
    ['加强监管②完善制度', 4, 0],
    ['面积100m²', 7, 0],
  ])('%s at %d: %d', (view, pos, len) => {
    expect(footnoteMarkAt(view, pos)).toBe(len);
  });
});

describe('[back-matter] readers\' comments (t53)', () => {
  const COMMENTS = ['网友“清风徐来”：希望能早点解决我们小区的电梯问题。', '2025-05-23 11:20  回复  赞(26)', '临汐市民 老周：请问住建局管不管？', '2025-05-23 12:05  回复  赞(14)', '我要评论'];
  it.each<[string, string[], string]>([
    ['under their heading', ['网友评论（3）', ...COMMENTS], '网友评论'],
    ['with no heading: a handle over its stamp', COMMENTS, '网友“清风徐来”'],
  ])('%s end the article, whoever they quote', (_name, tail, first) => {
    const all = lines([...BODY, ...tail].join('\n'), [...SPOKEN, '网友“清风徐来”', '临汐市民 老周']);
    const found = findBackMatter(all);
    expect(found).not.toBeNull();
    expect(all[found!.start].text.startsWith(normalize(first))).toBe(true);
    expect(found!.kind).toBe('comments');
  });

  it.each<[string, string[]]>([
    ['a member asking about comments', ['县人大常委会委员黎明询问：网友评论很多，怎么回应？', '县卫生健康局局长申屠明回答：我们逐条回复。']],
    ['a figure with a date inside an answer', ['县卫生健康局局长申屠明回答：截至2024-05-08，共回复群众来信12件。']],
  ])('%s is none', (_name, tail) => {
    expect(findBackMatter(lines([...BODY, ...tail].join('\n'), [...SPOKEN, '县人大常委会委员黎明']))).toBeNull();
  });
});
