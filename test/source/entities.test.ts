import { describe, expect, it } from 'vitest';
import { entityCuts, findEntities, putEntities } from '../../src/source/entities.js';
import { joinWraps } from '../../src/source/joined.js';

/** The text as read: references cut to their characters' length and replaced. */
function read(text: string): string {
  const entities = findEntities(text);
  const cuts = entityCuts(entities);
  return putEntities(joinWraps(text, cuts).joined, entities, cuts);
}

describe('[entities] character references left in a plain-text file', () => {
  it.each<[string, string]>([
    ['委员柏晓红：&ldquo;床位够吗？&rdquo;', '委员柏晓红：“床位够吗？”'],
    ['推行&lsquo;一站式&rsquo;服务&hellip;', '推行‘一站式’服务…'],
    ['&#8220;河长制&#8221;落实', '“河长制”落实'],
    ['&#x201C;河长制&#x201d;落实', '“河长制”落实'],
    ['R&amp;D投入', 'R&D投入'],
    ['温度&lt;5&deg;C', '温度<5°C'],
    ['&#128512;笑', '\u{1F600}笑'],
  ])('%s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each<[string, string]>([
    ['a reference to a space: the view reads it', '问题一&nbsp;&nbsp;委员柏晓红：'],
    ['&#12288; too', '&#12288;县人大常委会'],
    ['an unknown name', '&foo;和&bar'],
    ['no ";" after a new name', '&ldquo积水点'],
    ['a bare ampersand', '甲&乙'],
    ['an invalid code point', '&#0;'],
  ])('left as written: %s', (_name, text) => {
    expect(findEntities(text)).toEqual([]);
  });

  it('spans are of the text as written; cuts keep each character\'s length', () => {
    const text = '甲&ldquo;乙&#128512;';
    const found = findEntities(text);
    expect(found.map((e) => text.slice(e.span[0], e.span[1]))).toEqual(['&ldquo;', '&#128512;']);
    expect(entityCuts(found)).toEqual([[2, 8], [11, 18]]);
  });

  it('with other cuts around (a hard wrap before, between and after)', () => {
    const text = '甲\n乙&ldquo;丙\n丁&rdquo;戊\n己';
    const entities = findEntities(text);
    const wraps: [number, number][] = [[1, 2], [11, 12], [21, 22]];
    const cuts = [...wraps, ...entityCuts(entities)].sort((a, b) => a[0] - b[0]);
    expect(putEntities(joinWraps(text, cuts).joined, entities, cuts)).toBe('甲乙“丙丁”戊己');
  });
});
