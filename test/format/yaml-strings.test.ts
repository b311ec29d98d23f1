import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { STEP, stringScalar } from '../../src/format/yaml-strings.js';

/** The package's rendering of `{ k: value }` (as toYaml's oracle sets it up), less the key. */
const packageValue = (value: string) => new YAML.Document({ k: value }).toString({ lineWidth: 0, indentSeq: true }).replace(/^k: /, '').replace(/\n$/, '');

describe('[yaml-strings] a string as the yaml package prints it', () => {
  it.each([
    ['市公安局局长', '市公安局局长'],
    ['12', '"12"'],
    ['true', '"true"'],
    ['~', '"~"'],
    ['1e3', '"1e3"'],
    ['a: b', '"a: b"'],
    ['#注', '"#注"'],
    ['- 一是', '"- 一是"'],
    ['他说"好"', '他说"好"'],
    ['"好"与\'坏\'', '"\\"好\\"与\'坏\'"'],
    ['第一,加强统筹。\n第二,压实责任。', '|-\n  第一,加强统筹。\n  第二,压实责任。'],
    ['末尾有空行\n\n', '|+\n  末尾有空行\n'],
    ['控制\u0007字符', '"控制\\a字符"'],
    ['', '""'],
  ])('%j → %s, as the package prints it', (value, printed) => {
    expect(stringScalar(value, false, STEP)).toBe(printed);
    expect(stringScalar(value, false, STEP)).toBe(packageValue(value));
  });

  it.each(['市公安局局长', 'span', '12', 'a: b', '两行\n的键'])('the key %j as the package prints it', (key) => {
    const printed = new YAML.Document({ [key]: 1 }).toString({ lineWidth: 0 }).replace(/: 1\n$/, '');
    expect(stringScalar(key, true, STEP)).toBe(printed);
  });

  // Beyond the package: what YAML 1.1 readers (PyYAML) refuse in a plain or block scalar, or read as another type.
  it.each([
    ['加强监管\t制表', '"加强监管\\t制表"'],
    ['询问人\t询问内容\n王某\t如何治理', '"询问人\\t询问内容\\n王某\\t如何治理"'],
    ['一是加强监管。\u2028二是严格执法。', '"一是加强监管。\\L二是严格执法。"'],
    ['第一段\u2029第二段\n第三段', '"第一段\\P第二段\\n第三段"'],
    ['坏\ufffe字', '"坏\\ufffe字"'],
    ['删除\x7f符', '"删除\\x7f符"'],
    ['下一行\x85', '"下一行\\N"'],
    ['2023-08-29', '"2023-08-29"'],
    ['2024-11-05 14:30:00', '"2024-11-05 14:30:00"'],
    ['9:30', '"9:30"'],
    ['yes', '"yes"'],
    ['Off', '"Off"'],
    ['1_000', '"1_000"'],
    ['0b101', '"0b101"'],
    ['<<', '"<<"'],
    ['=', '"="'],
    [' \n', '"\\ \\n"'],
    ['2023年8月29日', '2023年8月29日'],
    ['9:30开会', '9:30开会'],
    ['2023-8-29', '2023-8-29'],
  ])('%j → %s, which PyYAML reads back', (value, printed) => {
    expect(stringScalar(value, false, STEP)).toBe(printed);
  });
});
