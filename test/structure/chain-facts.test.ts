import { describe, expect, it } from 'vitest';
import { JOINERS, surnameOf } from '../../src/structure/chain-facts.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';
import { findMentions } from '../../src/structure/speakers.js';

const lex = lexicon();

describe('[chain-facts] the joiners of a chain and a surname as written', () => {
  it.each([['、', true], ['兼', true], [',', false], ['和', false]])('%s joins title links: %s', (ch, joins) => {
    expect(JOINERS.has(ch)).toBe(joins);
  });

  it.each([['歐陽明遠說', 0, '歐陽'], ['王某', 0, '王'], ['市长', 0, null]])('surname of %s as written', (text, pos, s) => {
    expect(surnameOf({ text, view: normalize(text) }, lex, pos)).toBe(s);
  });
});

describe('[chain-facts] a congress committee after a standing-committee title belongs to that standing committee', () => {
  const org = (text: string) => findMentions({ text, view: normalize(text) }, [0, text.length], [])[0]?.organization ?? null;
  it.each([
    ['市人大常委会委员、农业农村工委主任郭庆林：', '市人大常委会'],
    ['县人大常委会委员、农业农村工作委员会主任王晓琴问：', '县人大常委会'],
    ['县人大常委会委员、县人大环资工委主任韦明远问：', '县人大常委会'],
    ['市人大常委会委员、城建环资委主任委员谭志强问：', '市人大常委会'],
    // near-misses: a committee alone keeps its own name; a government's commission or another place's committee is no congress's
    ['县人大环资工委主任韦明远问：', '县人大环资工委'],
    ['市人大常委会委员、市农业农村委员会主任郭庆林：', '市农业农村委员会'],
    ['市人大常委会委员、县人大环资工委主任韦明远问：', '县人大环资工委'],
  ])('%s → %s', (text, expected) => {
    expect(org(text)).toBe(expected);
  });
});

describe('[chain-facts] a seat in another assembly after a congress seat: the congress seat gives the organization', () => {
  const org = (text: string) => findMentions({ text, view: normalize(text) }, [0, text.length], [])[0]?.organization ?? null;
  it.each([
    ['市人大代表、市政协委员万志勇：', '市人大'],
    ['市人大代表、市政协委员 万志勇：', '市人大'],
    ['县人大代表、县纪委委员包玉梅问：', '县人大'],
    ['市政协委员、市人大代表万志勇：', '市人大'],
    // near-misses: a job after the seat is where the deputy works; a seat elsewhere with no congress seat before it; an official's chain
    ['市人大代表、市工商联副主席万志勇：', '市工商联'],
    ['市人大代表、城东小学家长委员会主任万志勇：', '城东小学家长委员会'],
    ['市政协委员万志勇：', '市政协'],
    ['市政府副市长、市政协委员万志勇：', '市政协'],
  ])('%s → %s', (text, expected) => {
    expect(org(text)).toBe(expected);
  });
});

describe('[chain-facts] 兼 joins posts as 、 does: one person, one organization, whichever joiner is written', () => {
  const org = (text: string) => findMentions({ text, view: normalize(text) }, [0, text.length], [])[0]?.organization ?? null;
  it.each([
    // a post with no organization of its own, then one with: the last post with an organization answers
    ['副市长兼市公安局局长王海涛回答', '市公安局'],
    ['副市长、市公安局局长王海涛回答', '市公安局'],
    ['县委常委、副县长兼县公安局局长蒲志强回答', '县公安局'],
    ['县委常委、副县长、县公安局局长蒲志强回答', '县公安局'],
    ['区委副书记兼区政法委书记王某回答', '区政法委'],
    ['区委副书记、区政法委书记王某回答', '区政法委'],
    ['市政府副秘书长兼市政府办公室主任王某回答', '市政府办公室'],
    ['市政府副秘书长、市政府办公室主任王某回答', '市政府办公室'],
    // near-misses: two bodies each named whole from its place keep the first (principal) post, with 兼 as with 、;
    // a later post with no organization leaves the earlier one's; 兼职 joins nothing
    ['市教育局局长兼市体育局局长邓文彬回答', '市教育局'],
    ['市教育局局长、市体育局局长邓文彬回答', '市教育局'],
    ['市政府副市长兼市公安局局长王海涛回答', '市政府'],
    ['市政府副市长、市公安局局长王海涛回答', '市政府'],
    ['县委常委兼副县长王某回答', '县委'],
    ['县委常委、副县长王某回答', '县委'],
    ['市人大常委会委员（兼职）潘若愚到会', '市人大常委会'],
  ])('%s → %s', (text, expected) => {
    expect(org(text)).toBe(expected);
  });
});

// s85 #4: after a congress seat, an occupation plied in a place (城关镇养殖户, 某村种粮大户) names no unit: the seat's body
describe('[chain-facts] a deputy\'s occupation after its place answers for no body: the seat does', () => {
  const org = (text: string) => findMentions({ text, view: normalize(text) }, [0, text.length], [])[0]?.organization ?? null;
  it.each([
    ['县人大代表、城关镇养殖户庞某某：', '县人大'],
    ['县人大代表、青石村种粮大户王某某：', '县人大'],
    ['市人大代表、桐华街道居民孟某某：', '市人大'],
    ['省人大代表、曲河县种粮大户 樊某某：', '省人大'],
    ['县人大代表、茶农甘某某：', '县人大'],
    // near-misses: a workplace named, a post in the place's own body, no seat before the occupation
    ['县人大代表、青石村党支部书记王某某：', '青石村党支部'],
    ['县人大代表、东坪镇农民专业合作社理事长刘某某：', '东坪镇农民专业合作社'],
    ['东乡区种粮大户聂某某问：', '东乡区'],
  ])('%s → %s', (text, expected) => {
    expect(org(text)).toBe(expected);
  });
});
