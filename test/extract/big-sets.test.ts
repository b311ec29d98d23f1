import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { quoteMask } from '../../src/extract/quotes.js';
import { findBigSets, isCongressNumeral } from '../../src/extract/big-sets.js';

/** Each N大 set of `text`: [the set as written, N]. */
function sets(text: string): [string, number][] {
  const view = normalize(text);
  return findBigSets(view, 0, view.length, quoteMask(view)).map((s) => [text.slice(s.span[0], s.span[1]), s.count]);
}

describe('[big-sets] N大 + a plain noun that names a set', () => {
  it.each<[string, string, [string, number]]>([
    ['after a verb that launches a set, the noun going on', '下一步重点推进十大场景应用。', ['十大场景', 10]],
    ['after 打造', '全力打造五大中心', ['五大中心', 5]],
    ['after a verb and 了', '今年我们部署了六大板块任务,建设了三大高地', ['三大高地', 3]],
    ['after 构建', '加快构建四大格局,推动发展', ['四大格局', 4]],
    ['before its parts: a colon, no verb', '全市三大场景:智慧交通、智慧医疗、智慧教育。', ['三大场景', 3]],
    ['before its parts: ，即', '形成两大优势,即区位优势和成本优势', ['两大优势', 2]],
    ['full-width colon', '我市明确了八大赛道：低空经济、生物医药等', ['八大赛道', 8]],
    ['in digits after a verb', '重点推进10大场景应用', ['10大场景', 10]],
  ])('%s', (_label, text, expected) => {
    expect(sets(text)).toEqual([expected]);
  });

  it.each([
    ['no verb and no parts: a mention', '三大场景都在推进'],
    ['大 as an adjective before a container', '推进工作吃了三大碗饭'],
    ['a container after a verb', '推进三大步'],
    ['classes: a count (measured.ts)', '分为两大类'],
    ['sectors after a verb: a count', '培育三大产业集群'],
    ['一大早: no set numeral', '一大早就开始推进'],
    ['problems', '着力破解三大难题'],
    ['a generic list noun', '落实三大举措:一是…'],
    ['a party congress by its number', '全面落实十九大部署'],
    ['a party congress after 的', '深入贯彻党的二十大精神'],
    ['a party congress after a verb, any noun', '做好二十大安保工作'],
    ['a party congress in the teens', '全面落实十九大重要精神'],
    ['a count of projects', '实施十大场景项目'],
    ['an ordinal', '建设全省第三大城市'],
    ['inside a longer numeral', '推进一百三大场景'],
    ['digits before their parts: the stated count', '建设了6大场景:一是智慧交通'],
    ['digits without a verb', '6大场景全部落地'],
    ['quoted: the quotation reader’s', '推进“十大场景”'],
    ['a campaign head: formulations.ts reads it', '实施十大工程'],
  ])('no set: %s', (_label, text) => {
    expect(sets(text)).toEqual([]);
  });
});

describe('[big-sets] isCongressNumeral: 十五–二十九 number a party congress', () => {
  it.each<[string, boolean]>([
    ['十九', true], ['二十', true], ['十五', true], ['二十九', true], ['二十一', true],
    ['十', false], ['十四', false], ['三', false], ['三十', false], ['19', false],
  ])('%s → %s', (numeral, congress) => {
    expect(isCongressNumeral(numeral)).toBe(congress);
  });
});
