/**
 * End to end on hand-written session pairs (test/fixtures/compare/README.md says what each
 * pair must show): transcripts → parse → compare, and the same through saved records.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { compare } from '../../src/compare/compare.js';
import { mirror } from '../../src/compare/mirror.js';
import { titleChanges } from '../../src/compare/people.js';
import { readRecord } from '../../src/records/read.js';
import { toJson } from '../../src/format/json.js';
import { toYaml } from '../../src/format/yaml.js';
import { sessionOrder } from '../../src/compare/order.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url));
const a = parse(read('test/fixtures/compare/xiling-2024.txt'), { name: 'xiling-2024.txt' });
const b = parse(read('test/fixtures/compare/xiling-2025.txt'), { name: 'xiling-2025.txt' });
const seed = parse(read('seeds/qujing-2025-safety-rule-of-law.txt'), { name: 'qujing-2025-safety-rule-of-law.txt' });
const ab = compare(a, b);

describe('[compare] Xiling 2024 against 2025', () => {
  it('organizations questioned in both, and once', () => {
    expect(ab.organizations.both.map((o) => o.key).sort()).toEqual(['市公安局', '市政府', '市法院'].sort());
    expect(ab.organizations.onlyA.map((o) => o.key)).toEqual(['市市场监管局']);
    expect(ab.organizations.onlyB.map((o) => o.key)).toEqual(['市城管局']);
  });

  it('people in both, and the deputy mayor whose title changed', () => {
    expect(ab.people.both.map((p) => p.name).sort()).toEqual(['柯文澜', '范志坚', '贺一鸣', '邵启航', '祁玉珍', '陶思远'].sort());
    expect(ab.people.both.filter((p) => p.titleChanged).map((p) => [p.name, p.person.a?.titles, p.person.b?.titles]))
      .toEqual([['陶思远', ['市政府副市长'], ['市政府常务副市长']]]);
  });

  it('questions on the same subject align; the others are listed', () => {
    const pairs = ab.topics.pairs.map((p) => [p.a.index, p.b.index]);
    expect(pairs).toEqual([[1, 2], [3, 1], [4, 4]]);
    expect(ab.topics.onlyA.map((q) => q.index)).toEqual([2]);
    expect(ab.topics.onlyB.map((q) => q.index)).toEqual([3]);
  });

  it('promises repeated, reworded, dropped and new', () => {
    const head = (t: string) => t.split(/[,,。]/)[0];
    const pairs = ab.promises.pairs.map((p) => [head(p.a.text), head(p.b.text), p.kind]);
    expect(pairs).toEqual(expect.arrayContaining([
      ['提升科学民主依法决策水平', '提升科学民主依法决策水平', 'repeated'],
      ['加大失信被执行人惩戒力度', '加大失信被执行人惩戒力度', 'repeated'],
      ['完善网络执行查控机制', '完善网络执行查控机制', 'repeated'],
      ['推进综治中心规范化建设', '持续推进综治中心规范化建设', 'similar'],
    ]));
    const dropped = ab.promises.onlyA.map((m) => head(m.text));
    expect(dropped).toEqual(expect.arrayContaining(['严厉打击电信网络诈骗犯罪', '健全校园食品安全监管机制', '开展校园食品安全专项整治行动']));
    const added = ab.promises.onlyB.map((m) => head(m.text));
    expect(added).toEqual(expect.arrayContaining(['完善行政执法监督平台', '深化数字赋能源头治理', '推行“首违不罚”清单']));
    // Each measure is in exactly one place.
    expect(ab.promises.pairs.length + ab.promises.onlyA.length).toBe(ab.sessions.counts.measures.a);
    expect(ab.promises.pairs.length + ab.promises.onlyB.length).toBe(ab.sessions.counts.measures.b);
  });

  it('figures that moved, and figures of one year only', () => {
    const moved = Object.fromEntries(ab.figures.pairs.map((p) => [`${p.a.text}→${p.b.text}`, p.change?.text]));
    expect(moved).toMatchObject({
      '96.50%→98.10%': '+1.6 个百分点',
      '120件→90件': '−30 件 (−25%)',
      '3200件→3680件': '+480 件 (+15%)',
      '5.6亿元→6.3亿元': '+0.7 亿元 (+12.5%)',
    });
    expect(ab.figures.onlyA.map((f) => f.text)).toContain('326家');
    expect(ab.figures.onlyB.map((f) => f.text)).toContain('12万平方米');
  });

  it('every span points into its own transcript', () => {
    const textA = read('test/fixtures/compare/xiling-2024.txt').toString('utf8');
    const textB = read('test/fixtures/compare/xiling-2025.txt').toString('utf8');
    for (const p of ab.promises.pairs) {
      expect(textA.slice(...p.a.span)).toBe(p.a.text);
      expect(textB.slice(...p.b.span)).toBe(p.b.text);
      if (p.clause) {
        expect(textA.slice(...p.clause.a.span)).toBe(p.clause.a.text);
        expect(textB.slice(...p.clause.b.span)).toBe(p.clause.b.text);
      }
    }
    for (const f of [...ab.figures.pairs.map((p) => p.a), ...ab.figures.onlyA]) expect(textA.slice(...f.span)).toBe(f.text);
    for (const f of [...ab.figures.pairs.map((p) => p.b), ...ab.figures.onlyB]) expect(textB.slice(...f.span)).toBe(f.text);
    for (const q of [...ab.topics.pairs.map((p) => p.b), ...ab.topics.onlyB]) expect(textB.slice(...q.span)).toBe(q.text);
  });
});

describe('[compare] Lanshan 2025 against 2023: offices abbreviated in the later session', () => {
  // The order a researcher types for "this year against the last": the short forms (县文旅局, 县人社局) in A.
  const later = parse(read('test/fixtures/compare/lanshan-2025.txt'), { name: 'lanshan-2025.txt' });
  const earlier = parse(read('test/fixtures/compare/lanshan-2023.txt'), { name: 'lanshan-2023.txt' });
  const c = compare(later, earlier);

  it('two abbreviation pairs and an office of one session only', () => {
    expect(c.organizations.both.map((o) => [o.key, o.name.a, o.name.b])).toEqual([
      ['县人力资源和社会保障局', '县人社局', '县人力资源和社会保障局'], ['县政府', '县政府', '县政府'], ['县文化和旅游局', '县文旅局', '县文化和旅游局'],
    ]);
    expect(c.organizations.onlyA.map((o) => o.key)).toEqual(['县应急管理局']);
    expect(compare(earlier, later)).toEqual(mirror(c));
  });

  it('officials followed across the spellings of their office, and a deputy county head named once without it', () => {
    const rows = c.people.both.filter((p) => p.person.a?.roles.includes('responder')).map((p) => [p.name, p.organization, p.titleChanged]);
    expect(rows).toEqual([['凌素云', '县政府', false], ['祁海峰', '县人力资源和社会保障局', false], ['黎晓川', '县文化和旅游局', true]]);
    expect(c.people.onlyB).toEqual([]);
  });

  it('the chair promoted counts among the title changes', () => {
    expect(c.people.chair).toMatchObject({ name: '诸葛明远', titles: { a: ['县人大常委会主任'], b: ['县人大常委会副主任'] }, titleChanged: true });
    expect(titleChanges(c.people)).toBe(2);
  });

  it('the closing\'s satisfaction rate is located in the closing', () => {
    const rate = c.figures.pairs.find((p) => p.indicator === '满意率')!;
    expect([rate.a.part, rate.b.part, rate.change?.text]).toEqual(['closing', 'closing', '−7 个百分点']);
  });

  it('neither spelling of a joined office is a distinctive term, nor a unit a shared one', () => {
    const listed = [...c.terms.a, ...c.terms.b].map((t) => t.term);
    for (const spelling of ['县文旅局', '县文化和旅游局', '县人社局', '县人力资源和社会保障局', '文旅局', '人社局']) expect(listed).not.toContain(spelling);
    const shared = [...c.topics.pairs, ...c.promises.pairs].flatMap((p) => p.terms.map((t) => t.term));
    expect(shared.filter((t) => ['万元', '万人次', '人次'].includes(t))).toEqual([]);
  });
});

describe('[compare] Weitang 2024 against 2025: one city, an office written with the city, an official moved', async () => {
  const { questionName } = await import('../../src/compare/refs.js');
  const earlier = parse(read('test/fixtures/compare/weitang-2024.txt'), { name: 'weitang-2024.txt' });
  const later = parse(read('test/fixtures/compare/weitang-2025.txt'), { name: 'weitang-2025.txt' });
  const c = compare(earlier, later);

  it('organizations: the city-named office and its abbreviation are one; 人社局 and 社保局 are two', () => {
    expect(c.organizations.both.map((o) => [o.name.a, o.name.b])).toEqual([
      ['苇塘市应急管理局', '市应急局'], ['市住房和城乡建设局', '市住建局'], ['市民政局', '市民政局'],
    ]);
    expect(c.organizations.onlyA.map((o) => o.key)).toEqual(['市人力资源和社会保障局']);
    expect(c.organizations.onlyB.map((o) => o.key)).toEqual(['市水务局', '市社保局']);
  });

  it('people: the official who moved from 应急管理局 to 水务局 is followed', () => {
    expect(c.people.both.filter((p) => p.officeChanged).map((p) => [p.name, p.organization, p.person.a?.titles, p.person.b?.titles, p.titleChanged]))
      .toEqual([['钟晓岚', null, ['苇塘市应急管理局局长'], ['市水务局局长'], true]]);
    expect(c.people.onlyA.map((p) => p.name)).toEqual(['殷怀瑾']);
  });

  it('a follow-up without a header is named by the question it follows', () => {
    expect(c.topics.onlyA.map(questionName)).toEqual(['问题二·追问']);
  });

  it('figures: targets by deadline and 将, level with level, per head apart from a total', () => {
    const rows = c.figures.pairs.map((p) => [p.indicator, p.a.text, p.b.text, p.progress?.text ?? p.change?.text ?? null]);
    expect(rows).toContainEqual(['管网', '150公里', '132公里', '目标 150公里, 完成 132公里 (88%, 未达标)']);
    expect(rows).toContainEqual(['老年助餐点', '300个', '210个', '目标 300个, 完成 210个 (70%, 未达标)']);
    expect(rows.filter((r) => r[1] === '3000元')).toEqual([]);
    expect(c.figures.onlyB.map((f) => f.text)).toContain('60个');
    expect(c.figures.twoBodies).toBe(false);
    expect(mirror(c)).toEqual(compare(later, earlier));
  });

  it('under two cities\' bodies: the same figures, no progress', () => {
    const elsewhere = { ...later, session: { ...later.session, body: '沅江市第九届人大常委会', title: '沅江市人大常委会专题询问' } };
    const two = compare(earlier, elsewhere);
    expect(two.figures.twoBodies).toBe(true);
    expect(two.figures.pairs.filter((p) => p.progress !== null)).toEqual([]);
    expect(two.people.both.filter((p) => p.officeChanged)).toEqual([]);
  });
});

describe('[compare] properties on parsed transcripts', () => {
  it.each([{ name: 'Xiling 2024', r: a }, { name: 'Xiling 2025', r: b }, { name: 'the seed', r: seed }])('compare($name, itself) reports everything shared and no change', ({ r }) => {
    const c = compare(r, r);
    expect([c.organizations.onlyA, c.organizations.onlyB, c.people.onlyA, c.people.onlyB]).toEqual([[], [], [], []]);
    expect([c.topics.onlyA, c.topics.onlyB, c.promises.onlyA, c.promises.onlyB, c.figures.onlyA, c.figures.onlyB]).toEqual([[], [], [], [], [], []]);
    expect(c.topics.pairs.every((p) => p.a.index === p.b.index)).toBe(true);
    expect(c.promises.pairs.every((p) => p.kind === 'repeated' && p.a.span[0] === p.b.span[0])).toBe(true);
    expect(c.figures.pairs.every((p) => p.change === null || p.change.text === '无变化')).toBe(true);
    expect(c.people.both.some((p) => p.titleChanged)).toBe(false);
    expect([c.terms.a, c.terms.b]).toEqual([[], []]);
  });

  it.each([
    { name: 'Xiling 2024 and 2025', x: a, y: b },
    { name: 'the seed and Xiling 2025', x: seed, y: b },
    { name: 'the seed and Xiling 2024', x: seed, y: a },
  ])('compare of $name mirrors compare the other way round', ({ x, y }) => {
    expect(compare(y, x)).toEqual(mirror(compare(x, y)));
  });

  it.each([['JSON', toJson], ['YAML', toYaml]])('comparing records saved as %s equals comparing the transcripts', (_, save) => {
    const reread = (r: typeof a) => {
      const result = readRecord(save(r));
      if (!result.ok) throw new Error(result.error);
      return result.record;
    };
    expect(compare(reread(seed), reread(b))).toEqual(compare(seed, b));
  });
});

describe('[compare] Qingshui 2024 against 2025: a figure\'s role from its own clause, a promise met reported done', () => {
  const earlier = parse(read('test/fixtures/compare/qingshui-2024.txt'), { name: 'qingshui-2024.txt' });
  const later = parse(read('test/fixtures/compare/qingshui-2025.txt'), { name: 'qingshui-2025.txt' });
  const c = compare(earlier, later);
  const rows = c.figures.pairs.map((p) => [p.indicator, p.a.text, p.b.text, p.progress?.text ?? p.change?.text ?? null]);

  it('figures: a target against a state is met or not, never a change; states pair with states', () => {
    // (the target is dated 到2025年底 and the later session is held in September 2025: short of it, not yet due)
    expect(rows).toContainEqual(['城区污水集中收集率', '70%', '64%', '目标 70%, 完成 64% (进行中)']);
    expect(rows).toContainEqual(['应急响应时间', '40分钟', '32分钟', '−8 分钟 (−20%)']);
    expect(rows).toContainEqual(['应急响应时间', '25分钟以内', '32分钟', '目标 25分钟以内, 完成 32分钟 (未达标)']);
    expect(rows).toContainEqual(['公共充电桩', '800个', '860个', '目标 800个, 完成 860个 (107.5%, 已达标)']);
    // 25 of 40 new ones are not 210 of 320: the things counted differ
    expect(rows.filter((r) => r[1] === '210处' || r[2] === '25处')).toEqual([]);
    expect(mirror(c)).toEqual(compare(later, earlier));
  });

  it('promises: the one met is reported done (the figures say 已达标), the one open restated with its own clause\'s deadline', () => {
    expect(c.promises.done.map((d) => [d.promise.text, d.status])).toContainEqual(['确保年底前全市公共充电桩达到800个', 'done']);
    expect(c.promises.pairs.filter((p) => p.a.text.includes('充电桩'))).toEqual([]);
    const restated = c.promises.pairs.find((p) => p.a.text.includes('污水管网'))?.restated;
    expect(restated?.deadline && [restated.deadline.a.text, restated.deadline.b.text]).toEqual(['2025年底', '2026年底']);
  });

  it('a legal period\'s end (过渡期将于…届满) is no promise, so none vanished', () => {
    expect([...c.promises.onlyA, ...c.promises.pairs.map((p) => p.a)].filter((m) => m.text.includes('届满'))).toEqual([]);
  });
});

describe('[compare] Yanbo 2024 against 2025: a follow-up that reports on each promise', () => {
  const earlier = parse(read('test/fixtures/compare/yanbo-2024.txt'), { name: 'yanbo-2024.txt' });
  const later = parse(read('test/fixtures/compare/yanbo-2025.txt'), { name: 'yanbo-2025.txt' });
  const c = compare(earlier, later);
  const status = (head: string) => c.promises.done.find((d) => d.promise.text.startsWith(head));

  it('partial progress, with the share from both figures or from 约七成', () => {
    expect(status('实施东溪')).toMatchObject({ status: 'partly-done', progress: { share: 0.7, from: { text: '8000户' }, to: { text: '5600户' } } });
    expect(status('开展已建治理设施')).toMatchObject({ status: 'partly-done', progress: { share: 0.7 } });
  });
  it('the rest\'s deadline against the promise\'s: 年内 of 2024 → 明年6月底前 of 2025', () => {
    expect(status('实施东溪')?.progress?.deadline).toMatchObject({ from: { text: '年内' }, to: { text: '明年6月底前' }, resolved: { from: '2024-12', to: '2026-06' } });
    expect(status('开展已建治理设施')?.progress?.deadline).toBeUndefined();
  });
  it('the items of a list of work done are reports: 已将…全部纳入 meets its promise, none is a new promise', () => {
    expect(status('建立运维台账')?.status).toBe('done');
    expect(c.promises.pairs).toEqual([]);
  });
  it('postponed, cancelled, a target changed: a status on the promise, neither dropped nor new', () => {
    expect(status('建设镇级粪污处理中心')).toMatchObject({ status: 'postponed', progress: { until: '2026年' } });
    expect(status('研究出台农村公厕保洁经费补助办法')?.status).toBe('cancelled');
    expect(status('开展村庄清洁行动')).toMatchObject({ status: 'changed', progress: { from: { text: '2000户以上' }, to: { text: '每年1500户以上' } } });
  });
  it('the plan promised in the 表态 is reported issued in the next 表态', () => {
    expect(status('认真研究委员们的意见建议')).toMatchObject({ status: 'done', report: { question: 0 } });
  });
  it('the holders quoted in prose (全市1280名“所长”已全部到位) report the system promised (推行“所长制”) done', () => {
    expect(status('明确管护责任')).toMatchObject({ status: 'done', report: { text: '全市1280名“所长”已全部到位' } });
  });
  it('the 下一步 after the list of work done is the new promise; no promise of A is dropped', () => {
    expect(c.promises.onlyB.map((m) => m.text)).toEqual(['引入第三方机构开展运维绩效评价，并试点推行设施运维保险']);
    expect(c.promises.onlyA.map((m) => m.text)).toEqual([]);
    expect(mirror(c)).toEqual(compare(later, earlier));
  });
});

describe('[compare] Chengzhou 2022 against the paper\'s 2024 digest: one body, linked offices, a stand-in (t73 f1, f2, f6, f11)', () => {
  const early = parse(read('test/fixtures/compare/chengzhou-2022.txt'), { name: 'chengzhou-2022.txt' });
  const digest = parse(read('test/fixtures/compare/chengzhou-2024-digest.txt'), { name: 'chengzhou-2024-digest.txt' });
  const c = compare(early, digest);
  it('the digest: every answer has its responder, no date from the editor\'s note', () => {
    expect(digest.session.date).toBeNull();
    expect(digest.questions.map((q) => q.responders.length)).toEqual([1, 1, 1]);
    expect(digest.warnings.map((w) => w.code)).not.toContain('question-without-responder');
  });
  it('one body\'s follow-up, the digest the later by its meeting', () => {
    expect(c.framing.kind).toBe('follow-up');
    expect(sessionOrder(early, digest)).toMatchObject({ later: 'b', evidence: [{ by: 'meetings', detail: '第15届 第6次 < 第19次' }, { by: 'follow-up' }] });
  });
  it('offices linked by what the digest says, their heads in both and no successors of themselves', () => {
    expect(c.organizations.both.map((o) => [o.key, o.link?.how ?? null]).sort()).toEqual([['市水务局', null], ['市生态环境局', 'duties'], ['市自然资源和规划局', 'duties']]);
    expect(c.people.both.filter((p) => p.person.a?.roles.includes('responder')).map((p) => [p.name, p.organization, p.officeChanged]).sort())
      .toEqual([['钱永年', '市生态环境局', false], ['闵振宇', '市自然资源和规划局', false]]);
    expect(c.people.successors.map((s) => [s.organization, s.post, s.name.a, s.name.b])).toEqual([['市水务局', '局长', '彭国华', '唐建军']]);
  });
  it('mirrors', () => {
    expect(compare(digest, early)).toEqual(mirror(compare(early, digest)));
  });
});
