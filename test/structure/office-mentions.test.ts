import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

describe('[office-mentions] speakers named by their office alone', () => {
  // Each row: the exchange, and the people of the record as [name, titles].
  it.each<[string, string, Array<[string | null, string[]]>]>([
    ['一位委员 and a bureau\'s 相关负责人', '一位委员问道：电梯加装为什么这么慢？市住建局相关负责人表示，今年将新增200部。', [[null, ['委员']], [null, ['市住建局相关负责人']]]],
    ['a named member and a bureau\'s 相关负责人', '市人大常委会委员韦志刚问道：电梯加装为什么这么慢？市住建局相关负责人回答，今年将新增200部。', [['韦志刚', ['市人大常委会委员']], [null, ['市住建局相关负责人']]]],
  ])('%s', (_name, exchange, people) => {
    const text = `近日，某市人大常委会开展专题询问。\n${exchange}`;
    const s = buildStructure({ text, view: normalize(text) });
    expect(s.people.map((p) => [p.name, p.titles])).toEqual(people);
  });
});
