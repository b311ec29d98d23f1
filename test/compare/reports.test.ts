/**
 * Reports of work done, read from the responders' turns: completion said, no commitment, no list item.
 */
import { describe, expect, it } from 'vitest';
import { oneAnswerSession } from '../helpers/one-answer.js';
import { reports } from '../../src/compare/reports.js';

const session = (answer: string) => oneAnswerSession(answer);

describe('[compare/reports] sentences reporting work done', () => {
  it.each<[string, string, string[]]>([
    ['a promise said done', '去年承诺的城东、城西两个片区管网改造已全部完工。下一步，我们将推进雨污分流。', ['去年承诺的城东、城西两个片区管网改造已全部完工']],
    ['a verb with 了', '十二个街道全部设立了“办不成事”反映窗口。', ['十二个街道全部设立了“办不成事”反映窗口']],
    ['取消 reported', '2024年已全面取消灵活就业人员在就业地参保的户籍限制，全年新增参保6200人。', ['2024年已全面取消灵活就业人员在就业地参保的户籍限制，全年新增参保6200人']],
    // Near-misses: a commitment, a target missed, a state with no completion word, 已将 moving an object.
    ['a commitment is a promise', '下一步将完成城东片区管网改造。', []],
    ['a state', '全县雨污分流率为86%。', []],
  ])('%s', (_, answer, expected) => {
    const r = session(answer);
    const got = reports(r);
    expect(got.map((x) => x.text)).toEqual(expected);
  });
  it.each<[string, string, [string, string][]]>([
    ['done', '去年承诺的15个保护区划定已于2024年9月全部完成。', [['去年承诺的15个保护区划定已于2024年9月全部完成', 'done']]],
    ['落地', '加梯审批“一窗受理、并联审批”已于2024年12月落地。', [['加梯审批“一窗受理、并联审批”已于2024年12月落地', 'done']]],
    // 正在推进的是X is never done, though the part goes on with 已有.
    ['in progress', '正在推进的是县级统管机制，目前已有4个县市区实现统一运营管护。', [['正在推进的是县级统管机制，目前已有4个县市区实现统一运营管护', 'in-progress']]],
    ['推进中', '老旧管网改造推进中，已完成总量的六成。', [['老旧管网改造推进中，已完成总量的六成', 'in-progress']]],
    ['尚未完成', '尚未完成的是季节性缺水整治，目前季节性缺水人口为1.4万人。', [['尚未完成的是季节性缺水整治，目前季节性缺水人口为1.4万人', 'unmet']]],
    ['a target not met', '目前雨污分流率为86%，没有达到去年提出的90%。', [['目前雨污分流率为86%，没有达到去年提出的90%', 'unmet']]],
    // A gap left to a target is not yet done; a target passed is done.
    ['a gap to the target', '目前分类投放准确率为71%，距离三年内85%以上的目标还有差距。', [['目前分类投放准确率为71%，距离三年内85%以上的目标还有差距', 'unmet']]],
    ['a gap of a count', '累计完成加装电梯1126部，距离1500部的目标还有374部。', [['累计完成加装电梯1126部，距离1500部的目标还有374部', 'unmet']]],
    ['a target passed', '去年全县脱贫人口务工就业3.35万人，超过3.2万人的目标。', [['去年全县脱贫人口务工就业3.35万人，超过3.2万人的目标', 'done']]],
    // A completion rate says how far the promised amount is done.
    ['a completion rate under 100%', '新建社区养老服务中心36个，完成率90%。', [['新建社区养老服务中心36个，完成率90%', 'in-progress']]],
    ['a completion rate of 100%', '新建社区养老服务中心40个，完成率100%。', [['新建社区养老服务中心40个，完成率100%', 'done']]],
    // Near-misses: 已将 (no completion), a bare 没有 with no status verb, a commitment, a rate of another kind.
    ['已将 moves an object', '我们已将城区管网移交水务公司运营。', []],
    ['没有 without a status', '全县没有发生内涝灾害。', []],
    ['a commitment to finish', '下一步将完成城东片区管网改造。', []],
    ['a rate that is no completion rate', '全县雨污分流率为86%。', []],
    // (超过 with no target is a figure, no status; a distance with no target is none)
    ['超过 with no target', '全县日均客流超过3万人次。', []],
    ['a distance, no target', '站点距离居民区还有500米。', []],
  ])('the status a report part says: %s', (_, answer, expected) => {
    expect(reports(session(answer)).map((x) => [x.text, x.status])).toEqual(expected);
  });
  it('the span slices to the report in the turn', () => {
    const r = session('去年承诺的城东、城西两个片区管网改造已全部完工。');
    const [x] = reports(r);
    const turn = r.questions[0].turns.find((t) => t.role === 'responder')!;
    expect(turn.text.slice(x.span[0] - turn.span[0], x.span[1] - turn.span[0])).toBe(x.text);
    expect(x.question).toBe(1);
  });
});
