import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

const build = (text: string) => buildStructure({ text, view: normalize(text) });

describe('[header-new-questions] a member\'s new question to another office under a header is a question of its own', () => {
  const TITLE = '西河区人大常委会关于农村供水工作情况的专题询问\n\n';
  const FIRST = '委员邵红梅：请问区水利局，农村自来水普及率是多少？\n区水利局局长葛志远：目前普及率为96%。\n\n';
  // Each row: the header, the member's next words; the member asks 区卫健局 a question of its own, answered by 苏丽.
  it.each<[string, string, string]>([
    ['好，谢谢 first', '问题一　农村供水', '好，谢谢。我还有一个问题，问区卫健局：水质检测多久做一次？'],
    ['no thanks', '问题一　农村供水', '我还有一个问题，问区卫健局：水质检测多久做一次？'],
    ['a colon header', '问题一：农村供水', '好，谢谢。我还有一个问题，问区卫健局：水质检测多久做一次？'],
    ['另外一个问题, 请问', '问题二　农村供水', '谢谢葛局长。另外一个问题，请问区卫健局，水质检测多久做一次？'],
    ['再问一个不同的问题', '问题一　农村供水', '好的。我再问一个不同的问题，想问区卫健局：水质检测多久做一次？'],
  ])('%s', (_name, header, words) => {
    const s = build(`${TITLE}${header}\n\n${FIRST}委员邵红梅：${words}\n区卫健局局长苏丽：每季度一次。\n`);
    const who = (id: string) => s.people.find((p) => p.id === id)?.name;
    expect(s.questions.map((q) => [q.responders.map(who), q.followUpOf])).toEqual([[['葛志远'], null], [['苏丽'], null]]);
    expect(s.questions[1].text).toContain('水质检测多久做一次？');
  });

  // Each row: the member's next words, which stay in the header's question (no new office, or no announcement).
  it.each<[string, string]>([
    ['announced, the same office', '我还有一个问题，问区水利局：管网漏损率是多少？'],
    ['a new office, no announcement', '区卫健局也说说，水质检测怎么样？'],
  ])('%s: one question', (_name, words) => {
    const s = build(`${TITLE}问题一　农村供水\n\n${FIRST}委员邵红梅：${words}\n区卫健局局长苏丽：每季度一次。\n`);
    expect(s.questions).toHaveLength(1);
  });

  it('a 追问 after the new question follows it up', () => {
    const s = build(`${TITLE}问题一　农村供水\n\n${FIRST}委员邵红梅：好，谢谢。我还有一个问题，问区卫健局：水质检测多久做一次？\n区卫健局局长苏丽：每季度一次。\n委员邵红梅（追问）：检测结果向群众公开吗？\n区卫健局局长苏丽：每季度公开。\n`);
    expect(s.questions.map((q) => q.followUpOf)).toEqual([null, null, 2]);
  });
});

describe('[header-new-questions] another member asking under a topic\'s heading asks a question of their own', () => {
  const TITLE = '江川省人大常委会审计查出问题整改情况专题询问摘要\n\n';
  const nameOf = (s: ReturnType<typeof build>) => (id: string) => s.people.find((p) => p.id === id)?.name;
  // Each row: a topic's heading and two members' exchanges under it, in one layout; each exchange is a question.
  it.each<[string, string, string]>([
    ['问/答 with trailing speaker tags', '一、关于国有资产管理',
      '问：闲置资产还有多少没有盘活？（询问人：省人大常委会委员邬立群）\n答：还有12处正在处置。（应询人：省国资委主任鲁振海）\n\n问：企业负债率过高怎么化解？（询问人：省人大常委会委员钱海燕）\n答：分类施策，压降3个百分点。（应询人：省国资委主任鲁振海）'],
    ['name labels, a bracketed ordinal heading', '（一）关于国有资产管理',
      '省人大常委会委员邬立群：闲置资产还有多少没有盘活？\n省国资委主任鲁振海：还有12处正在处置。\n\n省人大常委会委员钱海燕：企业负债率过高怎么化解？\n省国资委主任鲁振海：分类施策，压降3个百分点。'],
  ])('%s', (_name, heading, exchanges) => {
    const s = build(`${TITLE}${heading}\n\n${exchanges}\n\n二、关于财政资金\n\n省人大常委会委员孙长河：专项资金沉淀如何解决？\n省财政厅厅长甘晓岚：收回沉淀资金2.3亿元。\n`);
    const who = nameOf(s);
    expect(s.questions.map((q) => [q.askers.map(who), q.responders.map(who), q.followUpOf])).toEqual([
      [['邬立群'], ['鲁振海'], null], [['钱海燕'], ['鲁振海'], null], [['孙长河'], ['甘晓岚'], null],
    ]);
  });

  it.each<[string, string, string]>([
    ['a header naming itself a question: the other member presses it', '问题一：国有资产管理',
      '省人大常委会委员邬立群：闲置资产还有多少没有盘活？\n省国资委主任鲁振海：还有12处正在处置。\n\n省人大常委会委员钱海燕：处置收入上缴了吗？\n省国资委主任鲁振海：全部上缴。'],
  ])('%s: one question', (_name, heading, exchanges) => {
    const s = build(`${TITLE}${heading}\n\n${exchanges}\n`);
    expect(s.questions).toHaveLength(1);
    expect(s.questions[0].askers.map(nameOf(s))).toEqual(['邬立群', '钱海燕']);
  });
});

describe('[header-new-questions] after a 追问 under a question header, another member\'s plain question is their own', () => {
  const TITLE = '临川市人大常委会专题询问社会保障工作\n\n';
  const HEAD = '问题三：医保基金运行风险\n\n常委会组成人员韦春梅：医保基金收支是否平衡？\n\n市医疗保障局局长廖国华：当期结余3.4亿元。\n\n'
    + '常委会组成人员周海燕追问：异地就医直接结算比例是多少？\n\n市医疗保障局局长廖国华：直接结算率为68.5%。\n\n';
  const nameOf = (s: ReturnType<typeof build>) => (id: string) => s.people.find((p) => p.id === id)?.name;
  // Each row: the next exchange after the 追问's answer, which opens a question of its own.
  it.each<[string, string, string, string]>([
    ['a plain label', '常委会组成人员蔡文杰：灵活就业人员参保有没有新办法？\n\n市人力资源和社会保障局局长魏长林：参保人数达到12.7万人。', '蔡文杰', '魏长林'],
    ['name first, title in brackets', '蔡文杰（常委会组成人员）：灵活就业人员参保有没有新办法？\n\n魏长林（市人力资源和社会保障局局长）：参保人数达到12.7万人。', '蔡文杰', '魏长林'],
    ['the same office answering', '常委会组成人员蔡文杰：医保目录外用药怎么管？\n\n市医疗保障局局长廖国华：实行清单管理。', '蔡文杰', '廖国华'],
  ])('%s', (_name, next, asker, responder) => {
    const s = build(`${TITLE}${HEAD}${next}\n`);
    const who = nameOf(s);
    expect(s.questions.map((q) => [q.askers.map(who), q.responders.map(who), q.followUpOf])).toEqual([
      [['韦春梅'], ['廖国华'], null], [['周海燕'], ['廖国华'], 1], [[asker], [responder], null],
    ]);
  });

  // Each row: the next words, which stay in the 追问's question.
  it.each<[string, string, string[]]>([
    ['the 追问\'s own member asking on', '常委会组成人员周海燕：年底能到80%吗？\n\n市医疗保障局局长廖国华：力争达到。', ['周海燕']],
    ['another member\'s thanks only', '常委会组成人员蔡文杰：好，谢谢。', ['周海燕']],
    ['another member\'s remark, asking nothing', '常委会组成人员蔡文杰：这个比例还不够高。', ['周海燕', '蔡文杰']],
  ])('%s', (_name, next, askers) => {
    const s = build(`${TITLE}${HEAD}${next}\n`);
    expect(s.questions).toHaveLength(2);
    expect(s.questions[1].askers.map(nameOf(s))).toEqual(askers);
  });

  it('another member\'s 追问 follows up the header\'s question, as before', () => {
    const s = build(`${TITLE}${HEAD}常委会组成人员蔡文杰追问：门诊结算呢？\n\n市医疗保障局局长廖国华：门诊定点机构1024家。\n`);
    expect(s.questions.map((q) => [q.askers.map(nameOf(s)), q.followUpOf])).toEqual([[['韦春梅'], null], [['周海燕'], 1], [['蔡文杰'], 1]]);
  });

  it('without a 追问, another member pressing the header\'s question stays in it, as before', () => {
    const s = build(`${TITLE}问题三：医保基金运行风险\n\n常委会组成人员韦春梅：医保基金收支是否平衡？\n\n市医疗保障局局长廖国华：当期结余3.4亿元。\n\n常委会组成人员蔡文杰：灵活就业人员参保有没有新办法？\n\n市人力资源和社会保障局局长魏长林：参保人数达到12.7万人。\n`);
    expect(s.questions).toHaveLength(1);
  });
});

describe('[header-new-questions] a committee\'s report on an inquiry: each member under a matter\'s heading asks a question of their own', () => {
  const TITLE = '关于农村供水工作专题询问情况的报告\n\n——2024年9月26日在西河市人大常委会第十二次会议上\n\n'
    + '8月28日，市人大常委会第十一次会议在审议市人民政府关于农村供水工作情况的报告时，召开联组会议开展了专题询问。\n\n二、询问的主要问题及答复情况\n\n';
  const nameOf = (s: ReturnType<typeof build>) => (id: string) => s.people.find((p) => p.id === id)?.name;
  const rows = (s: ReturnType<typeof build>) => s.questions.map((q) => [q.askers.map(nameOf(s)), q.responders.map(nameOf(s)), q.followUpOf]);
  // Each row: a matter's heading (its head noun 问题 last) over two members' reported questions, each answered.
  it.each<[string, string]>([
    ['（一）关于…问题, 提出 and 答复', '（一）关于农村供水工程管护问题'],
    ['一、…的问题', '一、农村供水工程管护的问题'],
    ['（一）关于…问题 with its full stop', '（一）关于农村供水工程管护的问题。'],
  ])('%s', (_name, heading) => {
    const s = build(`${TITLE}${heading}\n\n常委会委员、市工商联副主席邬立新提出，部分小型供水工程设施老化。请问市水利局，如何建立长效管护机制？\n\n市水利局局长葛志远答复：将推行县级统管，力争3年实现全覆盖。\n\n`
      + `常委会委员、市人大代表钱秋云提出，山区群众能否用上自来水？\n\n副市长邓立平回答：明年新建山区供水站12座。\n\n（二）关于农村供水水质问题\n\n常委会委员孙长河提出，水质检测能否做到全覆盖？\n\n市卫生健康委副主任甘晓岚答复：检测覆盖率保持100%。\n`);
    expect(rows(s)).toEqual([[['邬立新'], ['葛志远'], null], [['钱秋云'], ['邓立平'], null], [['孙长河'], ['甘晓岚'], null]]);
    // The question is the member's words after 提出，, never the heading.
    expect(s.questions.map((q) => q.text)).toEqual(['部分小型供水工程设施老化。请问市水利局，如何建立长效管护机制？', '山区群众能否用上自来水？', '水质检测能否做到全覆盖？']);
  });

  it('two members asking in turn under one heading before the answers: a batch, each answer to its question', () => {
    const s = build(`${TITLE}（二）关于水源保护与水费收缴问题\n\n常委会委员喻海涛和市人大代表苏和先后发问。\n\n喻海涛问，部分水源地周边仍有养殖场，如何清理？\n\n苏和问，农村水费收缴率不高，供水站运行靠什么维持？\n\n`
      + '市生态环境局副局长雷佳和市水利局局长阎立新分别作了回答。\n\n阎立新说，将推行计量水价。\n\n雷佳说，年底前全部完成清理。\n');
    expect(rows(s)).toEqual([[['喻海涛'], ['雷佳'], null], [['苏和'], ['阎立新'], null]]);
  });

  // near-misses: one label for two members (they ask together), a second member's words asking nothing (no ？).
  it.each<[string, string, string[]]>([
    ['one label for two members', '常委会委员喻海涛、市人大代表苏和：水源地周边的养殖场如何清理？\n\n', ['喻海涛', '苏和']],
    ['the second member asks nothing', '喻海涛问，部分水源地周边仍有养殖场，如何清理？\n\n苏和说，这个问题群众反映强烈。\n\n', ['喻海涛', '苏和']],
  ])('%s: one question', (_name, asks, askers) => {
    const s = build(`${TITLE}（二）关于水源保护问题\n\n常委会委员喻海涛和市人大代表苏和先后发言。\n\n${asks}市生态环境局副局长雷佳回答：年底前全部完成清理。\n`);
    expect(s.questions).toHaveLength(1);
    expect(s.questions[0].askers.map(nameOf(s))).toEqual(askers);
  });

  it('one member answered by two officials stays one question (near-miss)', () => {
    const s = build(`${TITLE}（一）关于农村供水工程管护问题\n\n常委会委员邬立新提出，如何建立长效管护机制？\n\n市水利局局长葛志远答复：将推行县级统管。\n\n市财政局副局长钱海燕补充说，市财政每年安排管护补助2500万元。\n`);
    expect(rows(s)).toEqual([[['邬立新'], ['葛志远', '钱海燕'], null]]);
  });

  it('a member\'s words restating the heading are the question\'s text (near-miss: not the heading)', () => {
    const s = build(`${TITLE}（一）关于农村供水工程管护问题\n\n常委会委员邬立新提出，关于农村供水工程管护问题，请问市水利局如何建立长效管护机制？\n\n市水利局局长葛志远答复：将推行县级统管。\n`);
    expect(s.questions).toHaveLength(1);
    expect(s.questions[0].text).toBe('关于农村供水工程管护问题，请问市水利局如何建立长效管护机制？');
  });

  it('the same member asking again after the answer (追问) follows it up (near-miss)', () => {
    const s = build(`${TITLE}（一）关于农村供水工程管护问题\n\n常委会委员邬立新提出，如何建立长效管护机制？\n\n市水利局局长葛志远答复：将推行县级统管。\n\n常委会委员邬立新追问：管护经费从哪里来？\n\n市水利局局长葛志远答复：省市县按比例分担。\n`);
    expect(rows(s)).toEqual([[['邬立新'], ['葛志远'], null], [['邬立新'], ['葛志远'], 1]]);
  });

  it('a header naming itself a question by its label (问题二：关于…的问题): another member pressing it stays in it, as before', () => {
    const s = build(`${TITLE}问题二：关于农村供水工程管护的问题\n\n常委会委员邬立新：如何建立长效管护机制？\n\n市水利局局长葛志远：将推行县级统管。\n\n常委会委员钱秋云：管护经费从哪里来？\n\n市水利局局长葛志远：省市县按比例分担。\n`);
    expect(s.questions).toHaveLength(1);
    expect(s.questions[0].askers.map(nameOf(s))).toEqual(['邬立新', '钱秋云']);
  });
});
