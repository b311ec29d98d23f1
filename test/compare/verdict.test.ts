import { describe, expect, it } from 'vitest';
import { reportVerdict, saidLate, verdictRegion } from '../../src/compare/verdict.js';

describe('[compare/verdict] a report\'s own verdict beside its figure', () => {
  it.each<[string, string, boolean, 'met' | 'missed' | null]>([
    ['没有达到…目标', '，没有达到六成的目标', false, 'missed'],
    ['还差N个', '，比去年增加5个，还差3个没有完成', false, 'missed'],
    ['未能按期', '，未能按期实现全覆盖', false, 'missed'],
    ['差…未达到目标', '，差1.8个百分点未达到目标', false, 'missed'],
    ['距…目标还有差距', '，距离三年内85%以上的目标还有差距', false, 'missed'],
    ['超过…目标 (a floor)', '，超过3.2万人的目标', false, 'met'],
    ['超出目标 (a ceiling: over it is a miss)', '，超出目标3天', true, 'missed'],
    ['好于…目标', '，好于52微克/立方米的目标', true, 'met'],
    ['低于…目标 (a ceiling)', '，低于20天的目标', true, 'met'],
    ['全部投入运行', '点位全部投入运行', false, 'met'],
    ['提前完成', '，提前完成全年任务', false, 'met'],
    ['没有实现翻番目标', '左右，没有实现翻番目标', false, 'missed'],
    ['未实现…目标', '，未实现年初确定的目标', false, 'missed'],
    ['未能实现 alone', '，未能实现全覆盖', false, 'missed'],
    // Near-misses: no verdict, a standard not reached (no target), a plan.
    ['a plain report', '，同比增长12%', false, null],
    ['未达到 a standard, no target', '，其中未达到排放标准的企业已全部关停', false, null],
    ['未达到排放标准 alone', '，其中未达到排放标准的12家', false, null],
    ['力争达到…目标 is a plan', '，力争达到70%的目标', false, null],
    ['未能实现的 is a relative clause', '，其中未能实现的项目已调整', false, null],
    ['实现…目标 is met or a plan, no miss', '，实现翻番目标', false, null],
  ])('%s', (_, region, ceiling, want) => {
    expect(reportVerdict(region, ceiling)).toBe(want);
  });
});

describe('[compare/verdict] where a verdict may stand', () => {
  it.each<[string, string, number[], string]>([
    ['the clauses after the figure', '，没有达到六成的目标，今年我们继续推广', [], '，没有达到六成的目标，今年我们继续推广'],
    ['up to a new intention', '，今年继续推广，力争年底应用率达到70%', [], '，今年继续推广'],
    ['up to another indicator\'s figure', '，电子营业执照应用率为57%，没有达到六成的目标', [11], ''],
    ['the figure\'s own clause, before another indicator\'s', '点位全部投入运行，全市监测率为95%，没有达到目标', [15], '点位全部投入运行'],
  ])('%s', (_, following, foreign, want) => {
    expect(verdictRegion(following, foreign)).toBe(want);
  });
});

describe('[compare/verdict] work done late', () => {
  it.each([
    ['去年底前建成遥感监测点位9个，其余3个因选址调整推迟到今年6月建成，目前', true],
    ['导则因征求意见延期，已于去年10月正式出台', true],
    ['目前12个点位全部投入运行', false],
  ])('%s → %s', (sentence, want) => {
    expect(saidLate(sentence)).toBe(want);
  });
});
