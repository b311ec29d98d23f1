import { describe, expect, it } from 'vitest';
import { definitionParts, markedCount } from '../../src/extract/formulation-definitions.js';
import { extractFormulations, formulationCountWarnings } from '../../src/extract/formulations.js';
import { normalize } from '../../src/source/normalize.js';
import { quoteMask } from '../../src/extract/quotes.js';

/** The parts read after the first occurrence of `term` in `text`, as strings (null when none). */
function parts(text: string, term: string, n: number | null): string[] | null {
  const view = normalize(text);
  const at = view.indexOf(term);
  const got = definitionParts(view, quoteMask(view), [at, at + term.length], n);
  return got && got.map(([s, e]) => text.slice(s, e));
}

describe('[formulation-definitions] the parts a formulation is spelled out into, as read', () => {
  it.each<[string, string, string, number | null, string[]]>([
    ['after 即, joined by 、', '我们推行“三个清单”，即风险清单、责任清单、整改清单、销号清单。', '三个清单', 3, ['风险清单', '责任清单', '整改清单', '销号清单']],
    ['after a colon, set off by ；', '我们推行“三个清单”：风险清单；责任清单；整改清单；销号清单。', '三个清单', 3, ['风险清单', '责任清单', '整改清单', '销号清单']],
    ['after 指的是', '“三个不到位”指的是思想认识不到位、责任落实不到位、工作措施不到位、监督检查不到位。', '三个不到位', 3, ['思想认识不到位', '责任落实不到位', '工作措施不到位', '监督检查不到位']],
    ['即 with no comma', '“三防”即防火、防虫、防盗伐，我们坚持防字当头。', '三防', 3, ['防火', '防虫', '防盗伐']],
    ['a head noun before 是指', '“五个一”工程是指确定一个主导产业、建立一个合作组织、培育一个致富带头人、建设一个帮扶车间、落实一个结对单位。', '五个一', 5, ['确定一个主导产业', '建立一个合作组织', '培育一个致富带头人', '建设一个帮扶车间', '落实一个结对单位']],
    ['the last two joined by 和, when that makes up the count', '“三同时”，即同时设计、同时施工和同时投产。', '三同时', 3, ['同时设计', '同时施工', '同时投产']],
    ['one-clause parts opening with the same word', '我们坚持“两个确保”：确保粮食安全，确保不发生规模性返贫。', '两个确保', 2, ['确保粮食安全', '确保不发生规模性返贫']],
    ['paired changes: each group\'s 、-items, the verb closing each left out', '目标是“三下降一提升”，即事故总量、较大事故、死亡人数下降，本质安全水平提升。', '三下降一提升', 4, ['事故总量', '较大事故', '死亡人数', '本质安全水平']],
    ['paired changes, short verbs', '推进“两降一升”，即能耗、排放下降，亩均效益提升。', '两降一升', 3, ['能耗', '排放', '亩均效益']],
    ['a series with no number', '实施“百千万工程”，即培育百个特色产业村、千家新型经营主体、万名高素质农民。', '百千万工程', null, ['培育百个特色产业村', '千家新型经营主体', '万名高素质农民']],
  ])('%s', (_label, text, term, n, expected) => {
    expect(parts(text, term, n)).toEqual(expected);
  });

  it.each<[string, string, string, number]>([
    ['a marked list is the answer’s', '抓好“三个重点”：一是抓运营；二是抓服务；三是抓队伍。', '三个重点', 3],
    ['no defining word', '我们坚持“四个不摘”，健全监测机制、帮扶机制。', '四个不摘', 4],
    ['paired changes whose groups do not match the term', '推进“两降一升”，即能耗下降，亩均效益提升。', '两降一升', 3],
    ['one clause only', '落实“两个维护”：坚决贯彻中央决策部署。', '两个维护', 2],
    ['clauses that do not open alike', '“两个确保”：确保资金安全，工程质量要过硬。', '两个确保', 2],
  ])('none: %s', (_label, text, term, n) => {
    expect(parts(text, term, n)).toBeNull();
  });
});

describe('[formulation-definitions] a marked list counted in the closing', () => {
  it.each<[string, string, string, number]>([
    ['three after a comma', '突出“两个重点”，一是突出项目建设，二是突出改革攻坚，三是突出民生保障。', '两个重点', 3],
    ['two after a colon', '抓好“两个重点”：一是抓项目，二是抓改革。', '两个重点', 2],
    ['no list', '突出“两个重点”，推动工作。', '两个重点', 0],
  ])('%s', (_label, text, term, n) => {
    const view = normalize(text);
    const at = view.indexOf(term);
    expect(markedCount(view, quoteMask(view), [at, at + term.length], view.length)).toBe(n);
  });
});

describe('[formulations] parts and the count check', () => {
  const run = (text: string, closing = false) => {
    const pair = { text, view: normalize(text) };
    return { found: extractFormulations(pair, [0, text.length]), warnings: formulationCountWarnings(pair, [0, text.length], closing) };
  };

  it('keeps the parts of a mismatched definition and warns', () => {
    const { found, warnings } = run('关于“三个不”，即不知道、不落实、不重视、不作为。');
    expect(found.map((f) => [f.text, f.number, f.parts?.map((p) => p.text)])).toEqual([['三个不', 3, ['不知道', '不落实', '不重视', '不作为']]]);
    expect(warnings.map((w) => [w.code, w.message])).toEqual([['stated-count-mismatch', '“三个不” announces 3 items but the list has 4']]);
  });

  it('the parts of the first mention that spells them out; no warning when they match', () => {
    const text = '我们落实“四个不摘”。关于“四个不摘”，即摘帽不摘责任、摘帽不摘政策、摘帽不摘帮扶、摘帽不摘监管。';
    const { found, warnings } = run(text);
    expect(found).toHaveLength(1);
    expect(found[0].span[0]).toBe(text.indexOf('四个不摘'));
    expect(found[0].parts?.map((p) => text.slice(p.span[0], p.span[1]))).toEqual(['摘帽不摘责任', '摘帽不摘政策', '摘帽不摘帮扶', '摘帽不摘监管']);
    expect(warnings).toEqual([]);
  });

  it('no parts field when none are spelled out', () => {
    expect(run('以“六个聚焦”推动工作。').found[0]).toEqual({ text: '六个聚焦', number: 6, span: [2, 6] });
  });

  it('a marked list after a formulation is counted in the closing only', () => {
    const text = '突出“两个重点”，一是突出项目建设，二是突出改革攻坚，三是突出民生保障。';
    expect(run(text).warnings).toEqual([]);
    expect(run(text, true).warnings.map((w) => w.message)).toEqual(['“两个重点” announces 2 items but the list has 3']);
    expect(run('突出“两个重点”，一是突出项目建设，二是突出改革攻坚。', true).warnings).toEqual([]);
  });
});

describe('[formulation-definitions] a colon after two terms of one clause', () => {
  it('the parts are no one term’s (以“六个聚焦”推动“双提升”:…)', () => {
    expect(parts('以“六个聚焦”推动“双提升”:聚焦本质安全,推进建设;聚焦法治建设,落实评估;聚焦为民服务,优化服务。', '双提升', 2)).toBeNull();
  });
  it('after 即 the term before is defined all the same', () => {
    expect(parts('以“六个聚焦”推动“双提升”,即提升安全感、提升满意度。', '双提升', 2)).toEqual(['提升安全感', '提升满意度']);
  });
});
