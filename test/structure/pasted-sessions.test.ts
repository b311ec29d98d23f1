import { describe, expect, it } from 'vitest';
import { isReportHeadline, isSessionTitle, pastedSessionHeads, reportMarkLength } from '../../src/structure/pasted-sessions.js';
import { splitLines } from '../../src/structure/blocks.js';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

describe('[pasted-sessions] a line shaped like a session title', () => {
  it.each<[string, boolean]>([
    ['柳岸区人大常委会就社区养老工作开展专题询问', true],
    ['青禾县人大常委会关于农村饮水安全工作的专题询问实录', true],
    ['北陵市第九届人大常委会对城市停车治理开展专题询问', true],
    ['常委会就义务教育均衡发展开展专题询问纪实', true],
    // A sentence that mentions an inquiry goes on after a comma, or closes with a stop.
    ['区人大常委会就社区养老工作开展专题询问，委员们踊跃发言', false],
    ['会上，区人大常委会就社区养老工作开展专题询问。', false],
    ['柳岸区人大常委会就社区养老工作开展专题询问。', false],
    // A label and speech are no title.
    ['区人大常委会委员 柏晓红：区里就社区养老开展专题询问有何打算？', false],
    ['问题二：社区养老服务站运营困难怎么办', false],
  ])('%s → %s', (line, expected) => {
    expect(isSessionTitle(normalize(line))).toBe(expected);
  });
});

describe('[pasted-sessions] the heads of the sessions after the first', () => {
  const text = [
    '柳岸区人大常委会就社区养老工作开展专题询问', '（2022年5月12日）', '区人大常委会委员 柏晓红：床位够吗？',
    '区民政局局长 欧阳建：够。我们将做好两件事：一是扩容；二是',
    '柳岸区人大常委会就城市停车治理开展专题询问', '（2023年4月7日）', '区人大常委会委员 柏晓红：车位够吗？',
    '北陵市人大常委会关于河道保洁工作的专题询问', '区人大常委会委员 沙文辉：保洁如何？',
  ].join('\n');
  const view = normalize(text);
  const body = splitLines(view).filter((l) => l.content[1] > l.content[0]);
  const heads = pastedSessionHeads(view, body, body[2].content[0]);

  it('each title after the questions began, with its bare date line when there is one', () => {
    expect(heads.map((h) => h.map((l) => text.slice(l.content[0], l.content[1])))).toEqual([
      ['柳岸区人大常委会就城市停车治理开展专题询问', '（2023年4月7日）'],
      ['北陵市人大常委会关于河道保洁工作的专题询问'],
    ]);
  });

  it('the first title, before the questions, is no pasted session', () => {
    expect(pastedSessionHeads(view, body, 0).length).toBe(3);
    expect(pastedSessionHeads(view, body, body[2].content[0]).some((h) => h[0] === body[0])).toBe(false);
  });
});

describe('[pasted-sessions] through the layout reader', () => {
  const first = [
    '柳岸区人大常委会就社区养老工作开展专题询问', '（2022年5月12日）', '主持人（区人大常委会主任 鲁正阳）：现在开始询问。',
    '区人大常委会委员 柏晓红：问题一：社区养老服务站运营困难，区里有何扶持？请区民政局回答。',
    '区民政局局长 欧阳建：谢谢柏委员。我们将做好三件事：一是按服务人次补贴；二是奖励优秀站点；三是',
  ];
  const second = [
    '柳岸区人大常委会就城市停车治理开展专题询问', '（2023年4月7日）', '主持人（区人大常委会副主任 戚敏）：现在开始询问。',
    '区人大常委会委员 沙文辉：问题一：老城区停车难怎么解决？请区城管局回答。',
    '区城管局局长 诸葛平：谢谢沙委员。今年新增泊位1200个。', '主持人（区人大常委会副主任 戚敏）：询问到此结束。',
  ];
  const read = (lines: string[]) => { const text = lines.join('\n'); return { text, s: buildStructure({ text, view: normalize(text) }) }; };

  it('the second title is no list text and no turn of the question before; one warning at it', () => {
    const { text, s } = read([...first, ...second]);
    expect(s.questions).toHaveLength(2);
    const answer = s.questions[0].turns.find((t) => t.role === 'responder')!;
    expect(answer.text.trimEnd().endsWith('三是')).toBe(true);
    const w = s.warnings.filter((x) => x.code === 'multiple-sessions');
    expect(w.map((x) => text.slice(x.span![0], x.span![1]))).toEqual(['柳岸区人大常委会就城市停车治理开展专题询问']);
    // The session is the first's: its date, its chair; the closing at the file's end is the second's, not taken.
    expect(s.session.date).toBe('2022-05-12');
    expect(s.chair?.name).toBe('鲁正阳');
    expect(s.closing).toBeNull();
    // …and the second's closing, the chair ending it, is named as kept nowhere.
    const later = s.warnings.filter((x) => x.code === 'later-session-closing');
    expect(later.map((x) => text.slice(x.span![0], x.span![1]))).toEqual(['主持人（区人大常委会副主任 戚敏）：询问到此结束。']);
  });

  it('a title after the last question (a related article\'s headline) is no second session', () => {
    const { s } = read([...first.slice(0, 4), '区民政局局长 欧阳建：谢谢柏委员。我们将做好两件事：一是补贴；二是奖励。', '主持人（区人大常委会主任 鲁正阳）：询问到此结束。', '青禾县人大常委会就河道保洁工作开展专题询问']);
    expect(s.warnings.filter((x) => x.code === 'multiple-sessions')).toEqual([]);
  });

  it('one transcript alone: no warning, its closing read', () => {
    const { s } = read(second);
    expect(s.warnings.filter((x) => x.code === 'multiple-sessions')).toEqual([]);
    expect(s.closing).not.toBeNull();
  });
});

describe('[pasted-sessions] a report\'s headline on a page of several, over its dated lede', () => {
  const LEDE = '7月28日，县十九届人大常委会第十二次会议继续举行，对全县中小学校舍安全工作开展专题询问。';
  it.each<[string, string, string | undefined, boolean]>([
    ['the newspaper form under ■', '■ 县人大常委会专题询问全县中小学校舍安全工作', LEDE, true],
    ['the newspaper form, no mark', '县人大常委会专题询问全县中小学校舍安全工作', LEDE, true],
    ['the 就…开展 form under 二、', '二、市人大常委会就全市公共图书馆服务体系建设开展专题询问', '9月26日上午，梧川市第十七届人大常委会第十九次会议举行联组会议，就全市公共图书馆总分馆制建设情况开展专题询问。', true],
    ['a lede dated by a relative day', '（二）州人大常委会专题询问城乡供水工作', '昨天下午，州人大常委会组成人员对城乡供水一体化工作进行专题询问。', true],
    // near-misses: no dated lede telling of an inquiry held, or no headline
    ['a lede with no date', '■ 县人大常委会专题询问全县中小学校舍安全工作', '县十九届人大常委会第十二次会议继续举行，对全县中小学校舍安全工作开展专题询问。', false],
    ['a dated lede about something else', '■ 县人大常委会专题询问全县中小学校舍安全工作', '7月28日，县人大常委会召开主任会议，研究部署下半年工作。', false],
    ['nothing under it', '■ 县人大常委会专题询问全县中小学校舍安全工作', undefined, false],
    ['a question header 二、 with a sentence', '二、委员问：全县中小学校舍安全专题询问怎么整改？', LEDE, false],
    ['a headline naming no inquiry', '■ 县人大常委会视察全县中小学校舍安全工作', LEDE, false],
  ])('%s', (_name, line, lede, expected) => {
    expect(isReportHeadline(normalize(line), lede === undefined ? undefined : normalize(lede))).toBe(expected);
  });

  it('the mark before a headline: ■, 一、, (一); nothing else', () => {
    expect(reportMarkLength('■ 县人大常委会专题询问')).toBe(2);
    expect(reportMarkLength('二、市人大常委会就')).toBe(2);
    expect(reportMarkLength(normalize('（一）州人大常委会'))).toBe(3);
    expect(reportMarkLength('县人大常委会专题询问')).toBe(0);
  });
});

describe('[pasted-sessions] two news reports on one page', () => {
  const report = (mark: string, topic: string, day: string, who: string, head: string) => [
    `${mark}县人大常委会专题询问全县${topic}工作`,
    `${day}，嘉禾县第十九届人大常委会第十二次会议对全县${topic}工作开展专题询问。县人大常委会主任龚某某主持。`,
    `县人大常委会委员${who}问：${topic}还有哪些短板？县${topic}局局长${head}答：我们将补齐短板，年内完成整改。`,
  ];
  const page = (mark: string) => [
    ...report(mark, '农村客运', '2023年7月27日', '戚某某', '祝某某'), '副县长黄某某表态，县政府将把农村客运纳入乡村振兴考核。',
    ...report(mark, '校舍安全', '7月28日', '谷某某', '裴某某'), '副县长郝某某表态，县政府将全力消除隐患。',
  ];
  const read = (lines: string[]) => { const text = lines.join('\n'); return { text, s: buildStructure({ text, view: normalize(text) }) }; };

  it.each(['■ ', '', '一、'])('mark "%s": a second session, the first\'s facts and closing', (mark) => {
    const lines = page(mark);
    if (mark === '一、') lines[5] = lines[5].replace('一、', '二、');
    const { text, s } = read(lines);
    expect(s.warnings.filter((w) => w.code === 'multiple-sessions')).toHaveLength(1);
    expect(s.warnings.filter((w) => w.code === 'unclassified-text')).toEqual([]);
    expect(s.questions).toHaveLength(2);
    expect(s.session.date).toBe('2023-07-27');
    expect(text.slice(s.closing![0], s.closing![1])).toBe('副县长黄某某表态，县政府将把农村客运纳入乡村振兴考核。');
    expect(s.questions[0].turns.map((t) => t.role)).toEqual(['asker', 'responder']);
    if (mark === '■ ') expect(s.session.title).toBe('县人大常委会专题询问全县农村客运工作');
  });

  it.each(['■ ', '', '一、'])('mark "%s": the second session\'s 表态, in no question and no closing, is named in a warning', (mark) => {
    const lines = page(mark);
    if (mark === '一、') lines[5] = lines[5].replace('一、', '二、');
    const { text, s } = read(lines);
    const w = s.warnings.filter((x) => x.code === 'later-session-closing');
    expect(w).toHaveLength(1);
    expect(text.slice(w[0].span![0], w[0].span![1])).toBe('副县长郝某某表态，县政府将全力消除隐患。');
    expect(w[0].message).toContain('郝某某');
    expect(w[0].message).toContain('副县长');
  });

  it('near-misses: one report alone, or two with no 表态 after the second, warn no later closing', () => {
    const one = read(page('■ ').slice(0, 4)).s;
    expect(one.warnings.filter((x) => x.code === 'later-session-closing')).toEqual([]);
    expect(one.closing).not.toBeNull();
    const bare = read(page('■ ').slice(0, -1)).s;
    expect(bare.warnings.filter((x) => x.code === 'multiple-sessions')).toHaveLength(1);
    expect(bare.warnings.filter((x) => x.code === 'later-session-closing')).toEqual([]);
  });
});
