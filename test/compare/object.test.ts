/**
 * The thing a report of last session's promise names, and whether a promise holds it.
 */
import { describe, expect, it } from 'vitest';
import { namedIn, objectOf, quotedHeld } from '../../src/compare/object.js';

describe('[compare/object] the thing a report names', () => {
  it.each([
    ['去年承诺的15个保护区划定已于2024年9月全部完成', '保护区划定'],
    ['正在推进的是县级统管机制', '县级统管机制'],
    ['尚未完成的是季节性缺水整治，目前季节性缺水人口为1.4万人', '季节性缺水整治'],
    ['“一窗受理、并联审批”已于2024年12月落地', '一窗受理、并联审批'],
    ['23个重点河段视频监控已于2024年12月全部安装到位', '重点河段视频监控'],
    ['千吨万人供水工程12处已全部建成投用', '千吨万人供水工程'],
    // A figure stated first and judged by a later clause: what the figure is of.
    ['特困人员集中供养率为47%，较2023年下降了3个百分点，还没有达到50%的目标', '特困人员集中供养率'],
    ['新建社区养老服务中心36个，完成率90%', '新建社区养老服务中心'],
    ['去年全县脱贫人口务工就业3.35万人，超过3.2万人的目标', '去年全县脱贫人口务工就业'],
    // A subject with its cause, its status opening the next clause; a quoted name after a count keeps its own 一件.
    ['加装电梯规划审查技术导则因征求意见延期，已于去年10月正式出台', '加装电梯规划审查技术导则'],
    ['去年承诺的20个“一件事”已全部推出', '一件事'],
    // Near-misses: a clause opened by a time or intention, a clause with no status word, a count alone,
    // a figure no later clause judges.
    ['特困人员集中供养率为47%，较2023年下降了3个百分点', ''],
    ['2024年全区加装电梯186部，审批时限已压缩至15个工作日', ''],
    ['目前已有4个县市区实现统一运营管护', ''],
    ['确保明年底前全部完成', ''],
    ['单村供水工程改造完成163处', ''],
    ['12处已全部建成', ''],
    // (a first clause with a figure, or with no cause, is no subject of the next clause's status)
    ['全年完成加装电梯462部，已于去年底前全部验收', ''],
    ['征求意见稿形成后，已于去年10月报市政府', ''],
  ])('%s → %s', (report, name) => {
    expect(objectOf(report)).toBe(name);
  });
  it.each([
    ['a promise holding the name', '去年承诺的15个保护区划定已于2024年9月全部完成', '在2024年10月底前完成剩余15个保护区划定，同步清理保护区内畜禽养殖场', 1],
    ['the name in two runs, in order', '23个重点河段视频监控已于2024年12月全部安装到位', '2024年底前对全县23个重点河段实现视频监控', 1],
    ['most of the name', '尚未完成的是季节性缺水整治', '开展季节性缺水专项整治，力争2024年底前将季节性缺水人口减少到1万人以下', 1],
    // Near-misses: only the head shared (供水工程), runs out of order, too short a name.
    ['only the head', '千吨万人供水工程12处已全部建成投用', '实施小型工程规范化改造，全年改造单村供水工程150处', 0],
    ['runs out of order', '6个县级水质检测中心已全部建成', '其中水质检测经费600万元，并将检测中心运行经费纳入县级财政预算予以保障', 0],
    ['a short name', '赋码率已达到99.2%', '2024年底前全市在用气瓶赋码率达到100%', 0],
  ])('%s', (_, report, promise, share) => {
    expect(namedIn(report, promise)).toBe(share);
  });
  it.each([
    // Both quote the short name: held.
    ['quoted alike', '一件事', '去年承诺的20个“一件事”已全部推出', '推进“一件事一次办”，年内推出20个高频“一件事”集成服务套餐', 1],
    // Near-misses: the promise does not quote it, the report does not, a one-character name.
    ['the promise unquoted', '一件事', '去年承诺的20个“一件事”已全部推出', '年内推出20个高频一件事集成服务套餐', 0],
    ['the report unquoted', '一件事', '去年承诺的20个一件事已全部推出', '年内推出20个高频“一件事”集成服务套餐', 0],
    ['another quoted name', '一网通办', '“一网通办”已全面推开', '推进“一件事一次办”', 0],
  ])('a short quoted name: %s', (_, thing, report, promise, held) => {
    expect(quotedHeld(thing, report, promise)).toBe(held);
  });
});
