// The date (src/structure/session-date.ts), read through readSession as the pipeline reads it.
import { describe, expect, it } from 'vitest';
import { readSession } from '../../src/structure/session.js';
import { normalize } from '../../src/source/normalize.js';
import { session } from '../helpers/session.js';
import { parse } from '../../src/pipeline.js';
import { datedHeadline } from '../../src/structure/dated-headline.js';
import type { Warning } from '../../src/model/diagnostics.js';


describe('[session-date] dates in figures, a dateline, the year of an issue date', () => {
  it.each<[string, string | null, string | null]>([
    ['2022.9.1,区人大常委会举行联组会议,就养老服务开展专题询问。', null, '2022-09-01'],
    ['2022-09-01 区人大常委会举行联组会议,就养老服务开展专题询问。', null, '2022-09-01'],
    ['2022/9/1,区人大常委会举行联组会议。', null, '2022-09-01'],
    // a figure, a version, an impossible month: no date
    ['全区养老床位增长2022.9个,区人大常委会开展专题询问。', null, null],
    ['区人大常委会对2022.13.1版规划开展专题询问。', null, null],
    // a year-less lede date takes the year of the issue (or page) date, which comes after the meeting
    ['9月1日,区人大常委会举行联组会议。', '2022-09-03', '2022-09-01'],
    ['12月28日,区人大常委会举行联组会议。', '2023-01-05', '2022-12-28'],
  ])('%s (frame %s)', (intro, frame, date) => {
    expect(session(intro, null, frame).date).toBe(date);
  });
  it('reads the date written before the headline when the lede gives no year', () => {
    const text = '2022.9.1 区人大常委会开展专题询问\n9月1日上午,区人大常委会举行联组会议。';
    const pair = { text, view: normalize(text) };
    const s = readSession(pair, { title: [9, 21], intro: [22, text.length], frameDate: null, dateline: [0, 8] });
    expect(s.title).toBe('区人大常委会开展专题询问');
    expect(s.date).toBe('2022-09-01');
  });

  // A full date written before the headline, over a lede saying only 近日/日前: the meeting's date. Not one after the
  // headline (which may be the page's), nor one without a year, nor when the lede dates the meeting itself.
  it.each<[string, string, string | null]>([
    ['2023年9月14日 省人大财经委开展专题询问', '省人大财政经济委员会近日召开全体会议,就政府债务管理开展专题询问。', '2023-09-14'],
    ['2023.9.14 镇人大主席团开展专题询问', '日前,镇人大主席团召开专题询问会。', '2023-09-14'],
    ['省人大财经委开展专题询问 2023年9月14日', '省人大财政经济委员会近日召开全体会议,就政府债务管理开展专题询问。', null],
    ['9月14日 省人大财经委开展专题询问', '省人大财政经济委员会近日召开全体会议,就政府债务管理开展专题询问。', null],
    ['2023年9月14日 省人大财经委开展专题询问', '9月12日,省人大财政经济委员会召开全体会议,就政府债务管理开展专题询问。', '2023-09-12'],
  ])('%s / %s → %s', (headline, lede, date) => {
    const text = `${headline}\n${lede}`;
    const dated = datedHeadline(normalize(headline))!;
    const pair = { text, view: normalize(text) };
    const s = readSession(pair, { title: dated.title, intro: [headline.length + 1, text.length], frameDate: null, dateline: dated.date });
    expect(s.date).toBe(date);
  });
});

describe('[session-date] a month and day without a year', () => {
  /** The date read and the warnings given for `intro` under `title`, with the page frame's date `frame`. */
  function dated(intro: string, title: string | null, frame: string | null) {
    const text = (title ? title + '\n' : '') + intro;
    const pair = { text, view: normalize(text) };
    const warnings: Warning[] = [];
    const start = title ? title.length + 1 : 0;
    const s = readSession(pair, { title: title ? [0, title.length] : null, intro: [start, text.length], frameDate: frame ? { iso: frame, span: [0, 0] } : null }, warnings);
    return { date: s.date, warned: warnings.filter((w) => w.code === 'date-without-year').map((w) => text.slice(w.span![0], w.span![1])) };
  }

  // Each row: the introduction, the headline, the page frame's date, the date read, the month-day warned about (or null).
  it.each<[string, string, string | null, string | null, string | null, string | null]>([
    ['a news agency dateline, no year anywhere', '新华社南宁5月12日电 自治区人大常委会12日下午举行联组会议，开展专题询问。', null, null, null, '5月12日'],
    ['a lede date, no year anywhere', '7月3日，临川县人大常委会对农村饮水安全工作开展专题询问。', null, null, null, '7月3日'],
    ['the headline names the year', '11月28日，临川市人大常委会举行联组会议，开展专题询问。', '2023年临川市人大常委会专题询问综述', null, '2023-11-28', null],
    ['the headline names two years: which one is unknown', '11月28日，临川市人大常委会举行联组会议，开展专题询问。', '2022年、2023年两次专题询问回顾', null, null, '11月28日'],
    ['a year in the introduction says nothing of the meeting', '11月28日，临川市人大常委会就2019年以来的河道治理工作开展专题询问。', null, null, null, '11月28日'],
    ['a reporting year in the headline is no year of the meeting', '11月28日，临川市人大常委会开展专题询问。', '关于2023年度环境状况的专题询问', null, null, '11月28日'],
    ['the page frame gives the year', '7月3日，临川县人大常委会开展专题询问。', null, '2024-07-05', '2024-07-03', null],
    ['a full date: nothing to warn about', '2024年7月3日，临川县人大常委会开展专题询问。', null, null, '2024-07-03', null],
    ['no month and day: nothing to warn about', '近日，临川县人大常委会开展专题询问。', null, null, null, null],
  ])('%s', (_name, intro, title, frame, date, warned) => {
    const got = dated(intro, title, frame);
    expect(got.date).toBe(date);
    expect(got.warned).toEqual(warned === null ? [] : [warned]);
  });
});

describe('[session-date] dates in Chinese numerals: the zeros of a year, 廿 and 卅 days', () => {
  it.each<[string, string | null]>([
    ['二〇二三年五月十六日上午，乡人大主席团举行专题询问会。', '2023-05-16'],
    ['二○二三年五月十六日上午，乡人大主席团举行专题询问会。', '2023-05-16'], // ○ U+25CB, as typed documents write it
    ['二Ｏ二三年五月十六日上午，乡人大主席团举行专题询问会。', '2023-05-16'],
    ['二O二三年五月十六日上午，乡人大主席团举行专题询问会。', '2023-05-16'],
    ['二0二三年五月十六日上午，乡人大主席团举行专题询问会。', '2023-05-16'],
    ['二零二三年五月十六日上午，乡人大主席团举行专题询问会。', '2023-05-16'],
    ['二○一○年九月三日，县人大常委会开展专题询问。', '2010-09-03'],
    ['二○二三年五月廿六日上午，乡人大主席团举行专题询问会。', '2023-05-26'],
    ['二○二三年五月廿日上午，乡人大主席团举行专题询问会。', '2023-05-20'],
    ['二○二三年十月卅一日上午，乡人大主席团举行专题询问会。', '2023-10-31'],
    ['二○二三年十二月，乡人大主席团举行专题询问会。', '2023-12'],
    // letters and zeros alone are no year
    ['OOOO年五月十六日，乡人大主席团举行专题询问会。', null],
  ])('%s', (intro, date) => {
    expect(session(intro).date).toBe(date);
  });
  it('a year-less 廿 day takes the issue\'s year', () => {
    expect(session('十一月廿六日，县人大常委会举行联组会议。', null, '2024-11-28').date).toBe('2024-11-26');
  });
  it('a Chinese-numeral year read warns of no missing year', () => {
    const warnings: Warning[] = [];
    const text = '二○二三年五月十六日，乡人大主席团举行专题询问会。';
    readSession({ text, view: normalize(text) }, { title: null, intro: [0, text.length], frameDate: null }, warnings);
    expect(warnings.map((w) => w.code)).not.toContain('date-without-year');
  });
});

describe('[session-date] a page\'s time stamp under the headline dates the page, the body\'s meeting sentence the meeting (t43 p5a)', () => {
  const body = '\n\n8月29日，云州市第六届人大常委会第十二次会议召开联组会议，对全市就业工作开展专题询问。\n\n市人大常委会委员柳芳菲提问：高校毕业生留不住，市里有什么硬招？\n\n市人力资源和社会保障局局长蒋立新回答说，今年将开发见习岗位3000个。\n';
  it.each<[string, string]>([
    ['2023-08-30 17:45　云州日报', '2023-08-29'],
    ['2024.01.03 09:12 云州发布', '2023-08-29'], // the year before the page's: August comes before a January page
  ])('%s', (stamp, date) => {
    const r = parse(`云州市人大常委会专题询问稳就业工作\n${stamp}${body}`);
    expect(r.session.date).toBe(date);
  });
});

describe('[session-date] which date of the introduction is the meeting\'s: a field, the meeting sentence, a byline; never a cut-off (t41 f6)', () => {
  it.each<[string, string, string | null]>([
    // a 时间/日期 field first, over a later date of the narration (a group round the day before)
    ['a 时间 field over a group round\'s date', '时间：2020年10月29日上午9:00\n地点：市人大常委会第一会议室\n10月28日，常委会组成人员分为两个小组开展分组询问。', '2020-10-29'],
    ['a 日期 field', '日期:2021年3月2日\n3月1日，委员们开展视察。', '2021-03-02'],
    ['a 会议时间 field', '会议时间：2022年6月8日\n6月7日，常委会召开主任会议。', '2022-06-08'],
    // the meeting sentence over a byline's date, which gives its year
    ['the meeting sentence over the byline', '长阳县人大　2024-04-22\n4月19日上午，县第十届人大常委会第十八次会议对农村饮水安全工作开展专题询问。', '2024-04-19'],
    ['a January byline: the meeting the year before', '县人大　2024-01-03\n12月28日，县人大常委会举行联组会议，开展专题询问。', '2023-12-28'],
    // never a statistics cut-off or a target
    ['a cut-off is no meeting date', '县人大常委会开展专题询问。截至2025年11月底，全县备案托育机构58家。', null],
    ['a target is no meeting date', '县人大常委会开展专题询问，力争到2026年6月底建成。', null],
    ['a cut-off day is no meeting date', '截至2025年6月30日，全县共建成养老机构12家。县人大常委会开展专题询问。', null],
    // a cut-off gives a year-less meeting day its year: the meeting comes after the figures it hears
    ['the cut-off\'s year', '12月20日上午，州人大常委会举行联组会议。截至2025年11月底，全州备案托育机构58家。', '2025-12-20'],
    ['after a year-end cut-off: the next year', '3月5日，县人大常委会举行联组会议。截至2024年底，全县建成养老机构12家。', '2025-03-05'],
  ])('%s', (_name, intro, date) => {
    expect(session(intro).date).toBe(date);
  });
  it('a page line "时间：… 来源：…" is no field of the record', () => {
    expect(session('时间：2025-06-27　来源：县人大\n6月20日，县人大常委会举行联组会议。').date).toBe('2025-06-20');
  });
  it('a target year gives no year ("到2025年底" says nothing of the meeting)', () => {
    expect(session('11月28日，临川市人大常委会开展专题询问，力争到2025年底全面完成。').date).toBeNull();
  });
  it('a feature\'s lede opening on the first question dates the meeting (the cut-off in an answer gives the year)', () => {
    const r = parse('追问“一老一小”　直面民生关切\n——州人大常委会专题询问侧记\n\n本报记者　李思远\n\n“全州托育机构备案的有多少家？收费为什么这么高？”12月20日上午，在州第十四届人大常委会第二十次会议联组会议上，州人大常委会委员欧阳明亮的第一个问题就直指群众痛点。\n\n州卫生健康委主任何建国回答，截至2025年11月底，全州备案托育机构58家。\n');
    expect(r.session.date).toBe('2025-12-20');
  });
});

describe('[session-date] a news dateline gives the year, the lede\'s own day the meeting (t55 p13)', () => {
  it.each<[string, string | null]>([
    ['新华社北京2022年8月31日电　十三届全国人大常委会第三十六次会议8月30日下午举行联组会议，进行专题询问。', '2022-08-30'],
    ['新华社北京2022年8月31日电　十三届全国人大常委会第三十六次会议30日下午举行联组会议，进行专题询问。', '2022-08-30'],
    ['新华社北京2023年1月2日电　某省人大常委会12月30日下午举行联组会议，开展专题询问。', '2022-12-30'],
    ['本报讯2024年6月27日讯　省人大常委会26日上午举行联组会议，开展专题询问。', '2024-06-26'],
    // near-misses: no day of its own in the lede keeps the dateline's; a full date not closing a dateline stands as it is
    ['新华社北京2022年8月31日电　十三届全国人大常委会第三十六次会议举行联组会议，进行专题询问。', '2022-08-31'],
    ['2022年8月31日下午，十三届全国人大常委会第三十六次会议举行联组会议，截至8月30日共收到意见200条。', '2022-08-31'],
  ])('%s', (intro, date) => {
    expect(session(intro, null, null).date).toBe(date);
  });
});

describe('[session-date] a post\'s stamp run into the lede gives the year, the lede\'s own day the meeting (t64 p05)', () => {
  it.each<[string, string | null]>([
    ['原创 崇川人大 2023-11-16 18:30 发表于江苏 11月15日上午，崇川区人大常委会召开联组会议，开展专题询问。', '2023-11-15'],
    ['东湖区人大 2024-01-03 09:12 12月29日下午，区人大常委会举行联组会议，开展专题询问。', '2023-12-29'],
    // near-misses: a stamp with no day of the lede stays; a meeting's own date and clock time is the meeting's
    ['原创 崇川人大 2023-11-16 18:30 发表于江苏 近日，崇川区人大常委会召开联组会议，开展专题询问。', '2023-11-16'],
    ['2023年11月15日 14:30，崇川区人大常委会召开联组会议，开展专题询问。', '2023-11-15'],
    ['2023-11-15 14:30，崇川区人大常委会召开联组会议，16日上午继续开展专题询问。', '2023-11-15'],
    ['2023-11-15 14:30 崇川区人大常委会召开联组会议，16日上午继续开展专题询问。', '2023-11-15'],
  ])('%s', (intro, date) => {
    expect(session(intro, null, null).date).toBe(date);
  });
});

describe('[session-date] a bracketed source stamp before the lede is the posting date (t66 p05)', () => {
  it.each<[string, string | null]>([
    ['（绵阳人大 微信公众号 2023-07-21）7月20日，绵阳市八届人大常委会第十三次会议举行专题询问会。', '2023-07-20'],
    ['(县人大融媒 2024年1月3日)12月29日下午，县人大常委会举行联组会议，开展专题询问。', '2023-12-29'],
    ['（来源：区人大 2022.9.2） 9月1日，区人大常委会召开联组会议，开展专题询问。', '2022-09-01'],
    // near-misses: a bracket with no day after it, a date in a bracket that is the meeting's, a day not right after it
    ['（绵阳人大 微信公众号 2023-07-21）近日，绵阳市人大常委会举行专题询问会。', '2023-07-21'],
    ['市人大常委会第十三次会议（2023年7月20日）举行联组会议，开展专题询问。', '2023-07-20'],
    ['（绵阳人大 2023-07-21）绵阳市人大常委会举行专题询问会，截至6月30日共收到意见200条。', '2023-07-21'],
  ])('%s', (intro, date) => {
    expect(session(intro, null, null).date).toBe(date);
  });
});

describe('[session-date] a year stated later in the intro paragraph about the congress\'s work (t55 p11)', () => {
  it.each<[string, string | null]>([
    ['11月26日下午，省十四届人大常委会第二十五次会议举行联组会议，开展专题询问。这是2025年省人大常委会开展的第二场专题询问。', '2025-11-26'],
    ['6月5日，市人大常委会举行联组会议。这也是2024年市人大常委会组织的首次专题询问。', '2024-06-05'],
    // near-misses: a year of figures or plans, a span, a second paragraph, two different years
    ['11月26日下午，省人大常委会举行联组会议，开展专题询问。2024年全省新增市场主体120万户。', null],
    ['11月26日下午，省人大常委会举行联组会议，开展专题询问。2021—2025年省人大常委会开展专题询问12场。', null],
    ['11月26日下午，省人大常委会举行联组会议，开展专题询问。\n这是2025年省人大常委会开展的第二场专题询问。', null],
    ['11月26日下午，省人大常委会举行联组会议。这是2025年省人大常委会开展的第二场专题询问，2024年省人大常委会开展了三场专题询问。', null],
  ])('%s', (intro, date) => {
    expect(session(intro, null, null).date).toBe(date);
  });
});

describe('[session-date] the meeting\'s own day over an editor\'s note and over the page\'s date (t73 f11)', () => {
  it.each<[string, string, string | null]>([
    // the note's month is the earlier inquiry's; the follow-up says only 日前
    ['an editor\'s note on the earlier inquiry', '“学位够了吗？”——市人大常委会学前教育跟踪询问问答摘登\n\n编者按：2022年6月，市人大常委会对全市学前教育工作开展专题询问。日前，市第十六届人大常委会第二十一次会议对审议意见落实情况开展跟踪询问。现将问答摘登如下。\n\n“现在建成了多少？”\n——市人大常委会委员　房静怡\n\n“目前建成25所。”\n——市教育局局长　龚丽娟\n', null],
    // a feature's lede opening on the first question: its day over the source line's, which is the page's
    ['the lede\'s day over the source line', '“自来水为啥一到夏天就断？”——泸水县人大常委会专题询问侧记\n来源：泸水县融媒体中心　2021年6月18日\n\n“一到夏天就断流，什么时候能解决？”6月17日上午，在泸水县第十八届人大常委会第三十九次会议联组会议上，县人大常委会委员龚德林一开场就抛出尖锐问题。\n\n县水利局局长卢志强回应说，今年将新建供水工程4处。\n', '2021-06-17'],
  ])('%s', (_name, text, date) => {
    expect(parse(text).session.date).toBe(date);
  });
});
