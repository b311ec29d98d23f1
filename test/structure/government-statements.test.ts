import { describe, expect, it } from 'vitest';
import { asksGovernment, speaksForGovernment } from '../../src/structure/government-statements.js';
import { normalize } from '../../src/source/normalize.js';

describe('[government-statements] speaking for the government in its statement of position', () => {
  it.each<[string, string, boolean]>([
    ['label, 我代表区政府表态', '：我代表区政府表态，两个月内报告整改情况。', true],
    ['label, 代表市人民政府作表态发言', '：下面我代表市人民政府作表态发言。', true],
    ['label, a lead first (受县长委托)', '：受县长委托，我代表县政府表个态。', true],
    ['label, to the members between (向各位委员表态)', '：我代表州政府向各位委员表态。', true],
    ['label, the government and its departments (及各有关部门)', '：我代表区政府及各有关部门表态。', true],
    ['a bracketed post before the colon', '（区政府党组成员）：我代表区政府表一下态。', true],
    ['report, no colon (代表自治县人民政府作表态发言)', '代表自治县人民政府作表态发言，表示将逐项整改。', true],
    ['a bureau for itself', '：我代表市民政局表态。', false],
    ['the general office', '：我代表市政府办公室表态。', false],
    ['speaking for the government, no 表态', '：我代表区政府感谢各位委员。', false],
    ['表态 in a later sentence', '：我代表区政府感谢各位委员。下面表个态。', false],
    // (f23j) a prefecture's 行署 and the State Council govern too; their bureaus speak for themselves
    ['label, 我代表行署表态', '：我代表行署表个态。', true],
    ['label, 代表国务院作表态发言', '：我代表国务院作表态发言。', true],
    ['a 行署 bureau for itself', '：我代表行署水利局表态。', false],
    ['the State Council\'s general office', '：我代表国务院办公厅表态。', false],
  ])('%s', (_name, after, expected) => {
    expect(speaksForGovernment(normalize(after))).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['主持人:请区政府表态。', true],
    ['下面请市人民政府作表态发言。', true],
    ['最后,请县政府领导表个态。', true],
    ['请旗政府主要负责同志表态。', true],
    ['请市民政局表个态。', false],
    ['请问市政府办表态了吗', false],
  ])('asksGovernment: %s', (line, expected) => {
    expect(asksGovernment(line)).toBe(expected);
  });
});
