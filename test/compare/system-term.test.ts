/** A quoted holder in a report (“所长”) names the system a promise names X制 / X机制 / X模式. */
import { describe, expect, it } from 'vitest';
import { systemNamed } from '../../src/compare/system-term.js';

describe('[compare/system-term] a quoted holder names its system', () => {
  it.each<[string, string, string, string]>([
    ['X制 quoted in A', '全市1280名“所长”已全部到位', '明确管护责任，年底前全面推行“所长制”', '所长制'],
    ['X制 unquoted in A', '全省4.3万名“田长”已全部到位', '2023年6月底前全面落实田长制', '田长制'],
    ['X机制', '全区320名“网格员”已全部配齐', '健全“网格员”机制，实现村居全覆盖', '网格员机制'],
    ['X模式, straight quotes', '"店小二"服务已在全市推开', '推广"店小二"模式', '店小二模式'],
  ])('%s', (_, report, promise, system) => {
    expect(systemNamed(report, promise)).toBe(system);
  });
  it.each<[string, string, string]>([
    // Near-misses: the holder unquoted in the report, the term alone or with another suffix in A, another holder,
    // the quote outside the thing the report names, one character quoted.
    ['unquoted holder', '全市1280名所长已全部到位', '年底前全面推行“所长制”'],
    ['the term alone in A', '全市1280名“所长”已全部到位', '年底前为每个站点配齐所长'],
    ['another suffix', '全市1280名“所长”已全部到位', '开展“所长”轮训'],
    ['another holder', '全市1280名“所长”已全部到位', '全面推行“河长制”'],
    ['the quote after the status word', '管护人员已全部到位，群众称为“所长”', '全面推行“所长制”'],
    ['one character quoted', '全市“长”字号岗位已全部到位', '推行“长制”'],
  ])('%s: none', (_, report, promise) => {
    expect(systemNamed(report, promise)).toBeNull();
  });
});
