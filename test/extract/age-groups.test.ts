// src/extract/age-groups.ts: an age bound naming a group of people is part of the noun, no figure.
import { describe, expect, it } from 'vitest';
import { namesAgeGroup, perBaseOfGroup } from '../../src/extract/age-groups.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] }).map((q) => q.text);
}

describe('[age-groups] namesAgeGroup', () => {
  it.each<[string, string, boolean]>([
    ['及以上老年人', '岁', true],
    ['以上老年人口', '周岁', true],
    ['以下儿童', '岁', true],
    ['婴幼儿照护', '岁', true],
    ['以上农村老年人', '岁', true],
    ['以上', '岁', false],
    ['的老人', '岁', false], // 的: an age as a property
    ['老年人', '年', false], // no age unit
  ])('%s after %s → %s', (after, unit, want) => {
    expect(namesAgeGroup(`65${unit}${after}`, unit, 2 + unit.length)).toBe(want);
  });
});

describe('[age-groups] a range of ages before a noun qualifies it', () => {
  it.each<[string, boolean, boolean]>([
    ['托班', true, true], // 2至3岁托班
    ['托班', false, false], // one age: left to the readings after
    ['之间', true, false], // 在2至3岁之间: an age measured
    ['的孩子', true, false], // 的: a property
    ['时入托', true, false], // a time
  ])('%s (ranged %s) → %s', (after, ranged, want) => {
    expect(namesAgeGroup(`3岁${after}`, '岁', 2, ranged)).toBe(want);
  });
});

describe('[age-groups] through the quantity scan', () => {
  it.each<[string, string[]]>([
    ['65岁及以上老年人健康管理率为72%', ['72%']],
    ['60周岁以上老年人口约11.3万人', ['约11.3万人']],
    ['0-3岁婴幼儿照护服务', []],
    ['60岁至69岁老年人300人', ['300人']],
    ['14岁以下儿童', []],
  ])('%s → %o', (input, want) => {
    expect(quantities(input)).toEqual(want);
  });

  it.each<[string, string[]]>([
    ['人均预期寿命78.5岁', ['78.5岁']],
    ['退休年龄为60岁', ['60岁']],
    ['平均年龄45岁的队伍', ['45岁']],
    ['四十岁出头', ['四十岁出头']],
  ])('an age measured: %s → %o', (input, want) => {
    expect(quantities(input)).toEqual(want);
  });
});

describe('[age-groups] perBaseOfGroup: a held rate opening on an age group', () => {
  const at = (text: string, phrase: string) => {
    const start = text.indexOf(phrase);
    const r = perBaseOfGroup(text, [start, start + phrase.length]);
    return r && text.slice(r[0], r[1]) + text.slice(r[2], start + phrase.length);
  };
  it.each<[string, string, string | null]>([
    ['每千人口拥有3岁以下婴幼儿托位数', '3岁以下婴幼儿托位数', '每千人口托位数'],
    ['每万名老年人有60岁以上老年人床位数', '60岁以上老年人床位数', '每万名老年人床位数'],
    ['全市3岁以下婴幼儿托位数', '3岁以下婴幼儿托位数', null], // no base of a rate
    ['每千人口拥有3岁以下婴幼儿', '3岁以下婴幼儿', null], // the group is what is counted
    ['每千人口拥有托位数', '托位数', null], // no age group
  ])('%s → %s', (text, phrase, want) => {
    expect(at(text, phrase)).toBe(want);
  });
});
