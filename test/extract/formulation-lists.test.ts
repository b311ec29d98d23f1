import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { quoteMask } from '../../src/extract/quotes.js';
import { findFormulationLists } from '../../src/extract/formulation-lists.js';

/** Each list found in `text`: [count, the formulation as written, whether it names one, the parts as written]. */
function lists(text: string): [number, string, boolean, string[]][] {
  const view = normalize(text);
  return findFormulationLists(view, 0, view.length, quoteMask(view)).map((l) => {
    for (const i of l.items) expect(i.marker).toBeNull();
    return [l.count, text.slice(l.span[0], l.span[1]), l.formulation, l.items.map((i) => text.slice(i.start, i.end))];
  });
}

describe('[formulation-lists] N个X: parts that each repeat X, whatever X is', () => {
  it.each<[string, string, [number, string, boolean, string[]]]>([
    ['each part ends with X', '全镇要做到四个达标:水质达标、水量达标、水压达标、服务达标。', [4, '四个达标', true, ['水质达标', '水量达标', '水压达标', '服务达标']]],
    ['each part begins with X', '下一步推行两个统一:统一配送、统一结算。', [2, '两个统一', true, ['统一配送', '统一结算']]],
    ['full-width colon, the clause going on after the parts', '我们坚持三个不缺位：监管不缺位、服务不缺位、保障不缺位，逐月通报。', [3, '三个不缺位', true, ['监管不缺位', '服务不缺位', '保障不缺位']]],
    ['the whole term quoted, then 的要求', '我们按照“三个到户”的要求:政策到户、资金到户、服务到户,逐户建档。', [3, '三个到户', true, ['政策到户', '资金到户', '服务到户']]],
    ['the whole term quoted, then a head noun', '今年实施“三个一批”行动:培育一批、引进一批、提升一批。', [3, '三个一批', true, ['培育一批', '引进一批', '提升一批']]],
    ['unquoted, then 的 and a noun', '区里落实两个清零的目标:欠费清零、积案清零。', [2, '两个清零', true, ['欠费清零', '积案清零']]],
    ['X alone quoted', '今后要做到两个“确保”:确保资金安全、确保工程质量。', [2, '两个“确保”', true, ['确保资金安全', '确保工程质量']]],
    ['，即 after the count', '要落实三个不缺位,即监管不缺位、服务不缺位、保障不缺位。', [3, '三个不缺位', true, ['监管不缺位', '服务不缺位', '保障不缺位']]],
    ['，分别是 after the count', '我们推行了三个同步,分别是同步规划、同步建设、同步验收。', [3, '三个同步', true, ['同步规划', '同步建设', '同步验收']]],
    ['the last two joined by 和', '做到三个同步:同步规划、同步建设和同步验收。', [3, '三个同步', true, ['同步规划', '同步建设', '同步验收']]],
    ['the last two joined by 及, each ending with X', '实现三个公开:标准公开、流程公开及结果公开。', [3, '三个公开', true, ['标准公开', '流程公开', '结果公开']]],
    ['Arabic count', '落实3个到位:人员到位、经费到位、措施到位。', [3, '3个到位', true, ['人员到位', '经费到位', '措施到位']]],
    ['no classifier', '推行五统一:统一规划、统一标准、统一采购、统一配送、统一监管。', [5, '五统一', true, ['统一规划', '统一标准', '统一采购', '统一配送', '统一监管']]],
    ['Traditional script', '做到三個達標：水質達標、水量達標、水壓達標。', [3, '三個達標', true, ['水質達標', '水量達標', '水壓達標']]],
    ['a part holding a numeral in a word', '实现两个全覆盖:两癌筛查全覆盖、新生儿筛查全覆盖。', [2, '两个全覆盖', true, ['两癌筛查全覆盖', '新生儿筛查全覆盖']]],
    ['a figure as X, the whole term quoted', '实现“三个100%”,即排查率100%、整改率100%、销号率100%。', [3, '三个100%', true, ['排查率100%', '整改率100%', '销号率100%']]],
    ['a figure as X, unquoted, with a colon', '做到两个95%:签约率95%、随访率95%。', [2, '两个95%', true, ['签约率95%', '随访率95%']]],
    ['a generic noun of measures: a list, no formulation', '今年推出两项举措:助企举措、惠民举措。', [2, '两项举措', false, ['助企举措', '惠民举措']]],
  ])('%s', (_label, text, expected) => {
    expect(lists(text)).toEqual([expected]);
  });

  it.each([
    ['fewer parts than the count', '做到三个全覆盖:村组全覆盖、学校全覆盖。'],
    ['a figure without 个 (a year and a colon)', '2025年:覆盖率2025年、达标率2025年。'],
    ['more parts than the count', '做到两个全覆盖:村组全覆盖、学校全覆盖、医院全覆盖。'],
    ['a part that does not repeat X', '做到三个统一:标准一致、收费统一、管理统一。'],
    ['parts mixing both directions', '实现两个统一:统一标准、管理统一。'],
    ['parts that are X alone', '做到三个统一:统一、统一、统一。'],
    ['places: 社区', '覆盖三个社区:东湖社区、西湖社区、南湖社区。'],
    ['places: 乡镇', '帮扶两个乡镇:东岭乡镇、西岭乡镇。'],
    ['bodies: 部门', '协调两个部门:发改部门、财政部门。'],
    ['problems', '主要存在三个问题:资金问题、人员问题、管理问题。'],
    ['a count whose term goes on to name problems', '主要存在三个方面的问题:资金方面、人员方面、管理方面。'],
    ['numbered parts: batches in order', '分三个批次:第一批次、第二批次、第三批次。'],
    ['numbered parts: lines', '今年开通两条线路:1号线路、2号线路。'],
    ['no separator: the parts in the next sentence', '做到三个全覆盖。村组全覆盖、学校全覆盖、医院全覆盖。'],
    ['one is no set', '做到一个统一:统一标准。'],
    ['a one-character part', '做到两个统一:统一、统一标准。'],
    ['the numeral inside a longer quotation', '提出“做好三个统一”口号:统一标准、统一收费、统一管理。'],
    ['an ordinal, not a count', '第三个统一:统一标准、统一收费、统一管理。'],
  ])('no list: %s', (_label, text) => {
    expect(lists(text)).toEqual([]);
  });

  it.each<[string, string, [number, string, boolean, string[]]]>([
    ['parts ending with X on the next line', '今后要做到四个“到位”：\n人员到位、经费到位、设备到位、制度到位。', [4, '四个“到位”', true, ['人员到位', '经费到位', '设备到位', '制度到位']]],
    ['unquoted, parts on the next line after trailing spaces', '做到两个统一: \n  统一标准、统一收费。', [2, '两个统一', true, ['统一标准', '统一收费']]],
    ['，即 ending the line', '要落实三个不缺位,即\n监管不缺位、服务不缺位、保障不缺位。', [3, '三个不缺位', true, ['监管不缺位', '服务不缺位', '保障不缺位']]],
    ['CRLF', '做到两个“同步”：\r\n同步规划、同步验收。', [2, '两个“同步”', true, ['同步规划', '同步验收']]],
  ])('the announcement ends its line: %s', (_label, text, expected) => {
    expect(lists(text)).toEqual([expected]);
  });

  it.each<[string, string, [number, string, boolean, string[]]]>([
    ['parts marked 一是…二是…', '下一步做到两个“确保”：一是确保资金安全；二是确保工程质量。', [2, '两个“确保”', true, []]],
    ['parts after a blank line', '要做到三个“全覆盖”：\n\n村组全覆盖、学校全覆盖、医院全覆盖。', [3, '三个“全覆盖”', true, []]],
    ['fewer parts than the count', '做到三个“全覆盖”：村组全覆盖、学校全覆盖。', [3, '三个“全覆盖”', true, []]],
    ['nothing after the colon', '要做到三个“全覆盖”：', [3, '三个“全覆盖”', true, []]],
    [';-parts of a condition and a rule, one of them without X (限期清偿)', '三个“一律”：凡是承诺的事项，一律兑现；凡是拖欠的款项，限期清偿；凡是失信的行为，一律问责。', [3, '三个“一律”', true, []]],
  ])('a quoted X is a formulation whatever follows the colon: %s', (_label, text, expected) => {
    expect(lists(text)).toEqual([expected]);
  });

  it.each([
    ['unquoted X: a count of places, parts on the next line', '覆盖三个社区：\n东湖社区、西湖社区、南湖社区。'],
    ['unquoted X, parts after a blank line', '做到两个统一:\n\n统一标准、统一收费。'],
    ['unquoted X, parts of another form', '做到两个统一：一是标准，二是收费。'],
    ['a quoted generic noun', '采取两项“举措”：一是…'],
  ])('no formulation: %s', (_label, text) => {
    expect(lists(text)).toEqual([]);
  });

  it.each<[string, string, [number, string, boolean, string[]]]>([
    ['parts set off by ;, each opening with X, detail after a comma', '围绕“三个提速”:提速审批,压缩时限;提速验收,并联办理;提速兑现,直达企业。', [3, '三个提速', true, ['提速审批,压缩时限', '提速验收,并联办理', '提速兑现,直达企业']]],
    ['unquoted, parts set off by ;', '落实两个一批:一批马上办;一批限期办。', [2, '两个一批', true, ['一批马上办', '一批限期办']]],
    ['the head 一, parts joined by 、 opening with 一 and a classifier', '推行“三个一”:一套标准管全程、一张网络管到底、一支队伍抓落实。', [3, '三个一', true, ['一套标准管全程', '一张网络管到底', '一支队伍抓落实']]],
    ['the head 一 unquoted, parts set off by ;', '推行三个一:一套标准管全程;一张网络管到底;一支队伍抓落实。', [3, '三个一', true, ['一套标准管全程', '一张网络管到底', '一支队伍抓落实']]],
    ['marked parts each holding X confirm it (the marked list is the enumeration’s)', '县里突出三个联动:一是联动执法,形成合力;二是联动监测;三是联动问责。', [3, '三个联动', true, []]],
    ['marked parts each ending with X', '推进两个融合:第一,产城融合;第二,城乡融合。', [2, '两个融合', true, []]],
  ])('parts as clauses: %s', (_label, text, expected) => {
    expect(lists(text)).toEqual([expected]);
  });

  it.each([
    ['; parts without the head', '围绕三个提速:审批更快;验收更顺;兑现更准。'],
    ['marked parts without the head', '县里突出三个联动:一是执法;二是监测;三是问责。'],
    ['marked parts of sites', '建好三个基地:一是种植基地;二是加工基地;三是冷链基地。'],
    ['marked parts of places', '覆盖两个社区:一是东湖社区;二是西湖社区。'],
    ['the head 一 without a classifier in the parts', '推行三个一:一律公开、一律上网、一律备案。'],
    ['marked instances of an institution', '建立了三项机制:一是会商机制;二是督办机制;三是问责机制。'],
    ['marked parts after a count in digits', '做到3个融合:一是产城融合;二是城乡融合;三是区域融合。'],
  ])('no formulation from clauses: %s', (_label, text) => {
    expect(lists(text)).toEqual([]);
  });

  it('finds a list after a numeral it first read wrongly, and reads each list once', () => {
    expect(lists('十年来做到三个统一:统一标准、统一收费、统一管理;还推行两个确保:确保安全、确保质量。').map((l) => l[1])).toEqual(['三个统一', '两个确保']);
  });

  it('reads only numerals before `to`, and parts ending by it', () => {
    const text = '甲说完。做到三个统一:统一标准、统一收费、统一管理。';
    const view = normalize(text);
    expect(findFormulationLists(view, 0, text.indexOf('三'), quoteMask(view))).toEqual([]);
    expect(findFormulationLists(view, 0, text.indexOf('统一管理'), quoteMask(view))).toEqual([]);
    expect(findFormulationLists(view, 0, text.length, quoteMask(view))).toHaveLength(1);
  });
});

describe('[formulation-lists] parts ending with the head of a site or facility name the things counted', () => {
  it.each([
    ['sites: 基地', '今年建成三个基地:育苗基地、养殖基地、仓储基地。'],
    ['facilities: 中心', '建成两个中心:调度中心、检测中心,运行平稳。'],
    ['waters: 水库', '全乡有两个水库:青石水库、白沙水库。'],
    ['parks: 园区', '规划两个园区:物流园区、电商园区。'],
    ['the last two joined by 和', '新建三个场馆:游泳场馆、篮球场馆和羽毛球场馆。'],
  ])('no list: %s', (_label, text) => {
    expect(lists(text)).toEqual([]);
  });

  it.each<[string, string, [number, string, boolean, string[]]]>([
    ['an abstract policy head', '健全三个机制:会商机制、督办机制、问责机制。', [3, '三个机制', true, ['会商机制', '督办机制', '问责机制']]],
    ['a state', '做到两个到位:宣传到位、保障到位。', [2, '两个到位', true, ['宣传到位', '保障到位']]],
    ['a site head quoted', '打造“三个基地”:育苗基地、养殖基地、仓储基地。', [3, '三个基地', true, ['育苗基地', '养殖基地', '仓储基地']]],
    ['parts beginning with X', '建设两个中心:中心城区提质、中心镇扩容。', [2, '两个中心', true, ['中心城区提质', '中心镇扩容']]],
  ])('still a list: %s', (_label, text, expected) => {
    expect(lists(text)).toEqual([expected]);
  });
});


describe('[formulation-lists] parts named BEFORE a formulation are no list', () => {
  // "打好蓝天、碧水、净土三大保卫战" names the campaign's members in passing: a list of measures 蓝天/碧水/净土 would stand
  // beside the real list of the answer (and beside the 蓝天保卫战方面… paragraphs that report on each), so it is none.
  it.each([
    ['members of N大X', '全力打好蓝天、碧水、净土三大保卫战,成效明显。'],
    ['each part beginning with X, then 的 and the quoted term', '坚决落实摘帽不摘责任、不摘政策、不摘帮扶、不摘监管的“四个不摘”要求。'],
    ['members of a quoted term', '推进决策、执行、管理、服务、结果“五公开”。'],
  ])('%s', (_label, text) => {
    expect(lists(text)).toEqual([]);
  });
});

describe('[formulation-lists] emphasis marks of a Markdown 纪要 around the term and its parts', () => {
  it.each<[string, string, [number, string, boolean, string[]]]>([
    ['the term in bold before the colon', '# 纪要\n**委员 蒲晴**：全镇要做到**四个达标**：水质达标、水量达标、水压达标、服务达标。',
      [4, '四个达标', true, ['水质达标', '水量达标', '水压达标', '服务达标']]],
    ['a part in bold', '# 纪要\n**委员 蒲晴**：下一步推行两个统一：**统一配送**、统一结算。', [2, '两个统一', true, ['统一配送', '统一结算']]],
  ])('%s', (_name, text, expected) => {
    expect(lists(text)).toEqual([expected]);
  });
});

describe('[formulation-lists] one-character heads (不, 零, 无) open each part; parts set off by ,', () => {
  it.each<[string, string, [number, string, boolean, string[]]]>([
    ['the quoted negation “四个不”', '坚持“四个不”：不漏报、不错报、不迟报、不空报。', [4, '四个不', true, ['不漏报', '不错报', '不迟报', '不空报']]],
    ['the negation unquoted', '预警发布做到四个不:不漏报、不错报、不迟报、不空报。', [4, '四个不', true, ['不漏报', '不错报', '不迟报', '不空报']]],
    ['零', '实现“三个零”：零投诉、零事故、零伤亡。', [3, '三个零', true, ['零投诉', '零事故', '零伤亡']]],
    ['无', '创建“三个无”村庄:无违建、无垃圾、无污水。', [3, '三个无', true, ['无违建', '无垃圾', '无污水']]],
    ['a two-character head quoted, parts ending with it (三个到位)', '实现“三个到位”：责任到位、措施到位、保障到位。', [3, '三个到位', true, ['责任到位', '措施到位', '保障到位']]],
    ['a set phrase with 一 as the head (四个一律)', '落实“四个一律”：一律停业、一律罚款、一律通报、一律追责。', [4, '四个一律', true, ['一律停业', '一律罚款', '一律通报', '一律追责']]],
    ['parts set off by , (两个确保)', '坚持“两个确保”：确保资金安全，确保工程质量。', [2, '两个确保', true, ['确保资金安全', '确保工程质量']]],
    ['parts set off by , the sentence going on', '做到三个到位:责任到位,措施到位,保障到位,按期完工。', [3, '三个到位', true, ['责任到位', '措施到位', '保障到位']]],
  ])('%s', (_label, text, expected) => {
    expect(lists(text)).toEqual([expected]);
  });

  it.each([
    ['a one-character head closing its parts', '做到两个好:服务好、管理好。'],
    ['another one-character head', '做到两个严:严管理、严考核。'],
    ['fewer parts than the count', '做到四个不:不漏报、不错报。'],
    ['parts set off by , one too many', '“两个确保”：确保资金安全，确保工程质量，确保按期完工。'],
    ['bodies set off by ,', '有两个部门:发改部门牵头,财政部门配合。'],
    ['places set off by ,', '覆盖两个社区:东湖社区,西湖社区。'],
  ])('no list: %s', (_label, text) => {
    expect(lists(text)).toEqual([]);
  });
});

describe('[formulation-lists] a quoted X opening the rule of each ;-part after its condition (三个“一律”)', () => {
  it.each<[string, string, [number, string, boolean, string[]]]>([
    ['凡是…,一律…', '我们主要有三个“一律”：凡是政府承诺的事项，一律兑现；凡是拖欠的款项，一律清偿；凡是失信的行为，一律问责。',
      [3, '三个“一律”', true, ['凡是政府承诺的事项，一律兑现', '凡是拖欠的款项，一律清偿', '凡是失信的行为，一律问责']]],
    ['对…,坚决…', '坚持两个“坚决”：对违法排污企业，坚决关停；对失职人员，坚决问责。',
      [2, '两个“坚决”', true, ['对违法排污企业，坚决关停', '对失职人员，坚决问责']]],
    // The whole term quoted marks it as coined as well as X quoted does: 对…的 is the condition, 一律 opens the rule.
    ['“三个一律”: the whole term quoted, 对…的,一律…', '我们将采取“三个一律”：对未经许可开展会议营销的，一律依法取缔；对虚假宣传疗效的，一律从重处罚；对涉嫌诈骗犯罪的，一律移送公安机关。',
      [3, '三个一律', true, ['对未经许可开展会议营销的，一律依法取缔', '对虚假宣传疗效的，一律从重处罚', '对涉嫌诈骗犯罪的，一律移送公安机关']]],
  ])('%s', (_label, text, expected) => {
    expect(lists(text)).toEqual([expected]);
  });

  it.each<[string, string]>([
    // Unquoted X: a later clause opening with it is no evidence (the coined word is not marked as one).
    ['unquoted 三个一律', '我们主要有三个一律：凡是政府承诺的事项，一律兑现；凡是拖欠的款项，一律清偿；凡是失信的行为，一律问责。'],
    ['unquoted 三个一律 after 对…的', '我们将采取三个一律：对未经许可开展会议营销的，一律依法取缔；对虚假宣传疗效的，一律从重处罚；对涉嫌诈骗犯罪的，一律移送公安机关。'],
    ['“三个一律” quoted whole, one part whose rule does not open with 一律', '我们将采取“三个一律”：对未经许可的，一律依法取缔；对虚假宣传的，从重处罚；对涉嫌诈骗的，一律移送公安机关。'],
    ['“三个一律” quoted whole, 一律 inside the rule, not opening it', '我们将采取“三个一律”：对未经许可的，都一律取缔；对虚假宣传的，都一律处罚；对涉嫌诈骗的，都一律移送。'],
  ])('none with parts: %s', (_label, text) => {
    expect(lists(text).filter((l) => l[3].length > 0)).toEqual([]);
  });
});
