import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/structure/speakers.js';
import { normalize } from '../../src/source/normalize.js';

/** Each named person's organization, read from `text`. */
const orgs = (text: string) =>
  Object.fromEntries(findMentions({ text, view: normalize(text) }, [0, text.length]).filter((m) => m.name).map((m) => [m.name, m.organization]));

describe('[text-levels] an office named without its level takes the one level of the text (t65 p06)', () => {
  it.each([
    // a single post, no 、-list: the level every other office of the text names
    ['自治区教育厅副厅长苏日娜回答了问题。人力资源和社会保障厅副厅长额尔敦回答了追问。', '额尔敦', '自治区人力资源和社会保障厅'],
    ['自治区教育厅副厅长苏日娜回答。财政厅副厅长王丽萍补充。', '王丽萍', '自治区财政厅'],
    ['省财政厅厅长冉某回答。随后，发展改革委副主任周某补充回答。', '周某', '省发展改革委'],
    ['县教育局局长王某回答。住房和城乡建设局局长赵某作了补充。', '赵某', '县住房和城乡建设局'],
  ])('%s → %s of %s', (text, name, org) => {
    expect(orgs(text)[name]).toBe(org);
  });
  it.each([
    // two levels in the text: no guess
    ['市教育局局长王某回答。县教育局局长李某补充。财政局局长赵某也作了回答。', '赵某', '财政局'],
    // a 厅 belongs to a province: a city's session adds no 市 to it
    ['市教育局局长王某回答。财政厅副厅长赵某补充。', '赵某', '财政厅'],
    // a congress's committee, no government's office
    ['省人大常委会副主任王某主持。财经委主任委员黄立群作了发言。', '黄立群', '财经委'],
    // a ministry's agency
    ['市交通运输局局长王某回答。交通运输部长江航务管理局副局长冯某补充。', '冯某', '交通运输部长江航务管理局'],
  ])('near-miss: %s keeps %s of %s', (text, name, org) => {
    expect(orgs(text)[name]).toBe(org);
  });
});
