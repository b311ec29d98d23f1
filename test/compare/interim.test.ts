import { describe, expect, it } from 'vitest';
import { partYear, targetYear } from '../../src/compare/interim.js';

describe('[compare/interim] the year a report reads part of', () => {
  it.each<[string, string | null, number | null]>([
    ['今年1至10月，PM2.5平均浓度为', '2021-11-25', 2021],
    ['今年一至九月，全市', '2021-11-25', 2021],
    ['上半年，全市', '2024-08-01', 2024],
    ['前三季度，全市', '2024-11-01', 2024],
    ['今年以来，全市', '2024-08-01', 2024],
    ['2023年1至6月，全市', '2024-08-01', 2023],
    ['去年1至11月，全市', '2024-03-01', 2023],
    // A reading dated before the year's end: 截至今年N月(底), 截至目前, 到N月底 — part of the year, as 1至N月.
    ['截至今年9月底，城市社区养老服务设施覆盖率达到', '2025-11-04', 2025],
    ['截至今年10月，比例为', '2025-11-04', 2025],
    ['截至2025年10月，比例为', '2026-01-10', 2025],
    ['截至目前，全市已建成', '2024-08-01', 2024],
    ['到9月底，全市', '2024-10-01', 2024],
    // Near-misses: a whole year, the second half (it ends with the year), no date to read the year from.
    ['2020年全市PM2.5平均浓度为', '2021-11-25', null],
    ['截至12月底，全市', '2025-01-10', null],
    ['截至去年底，全市', '2025-03-01', null],
    ['截至2024年底，全市', '2025-03-01', null],
    ['2023年到9月底前', '2024-10-01', null],
    ['下半年，全市', '2024-12-20', null],
    ['今年1至10月，', null, null],
  ])('%s (%s) → %s', (words, session, want) => {
    expect(partYear(words, session)).toBe(want);
  });
});

describe('[compare/interim] the year a target is for', () => {
  it.each<[string, string | null, string | null, number | null]>([
    ['市政府将…，确保2021年PM2.5平均浓度降至', null, '2020-10-28', 2021],
    ['三是', '三年内', '2019-11-14', 2022],
    ['确保全年PM2.5平均浓度控制在', null, '2020-10-28', 2020],
    ['力争到2025年底', '2025年底', '2024-08-27', 2025],
    ['我们力争明年底达到', null, '2024-10-29', 2025],
    ['后年全市覆盖率达到', null, '2024-10-29', 2026],
    // Near-misses: a report's date is no target's year; nothing says the year.
    ['截至2020年底，', null, '2021-03-01', null],
    ['力争平均用时压缩至', null, '2021-03-01', null],
    ['我们力争明年底达到', null, null, null],
    ['明年起，全年覆盖率达到', null, '2024-10-29', 2024],
  ])('%s → %s', (words, deadline, session, want) => {
    expect(targetYear(words, deadline, session)).toBe(want);
  });
});
