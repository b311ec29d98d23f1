import { describe, expect, it } from 'vitest';
import { bodyMatches, BODY } from '../../src/structure/session-body.js';
import { session } from '../helpers/session.js';

describe('[session-body] bodies that hold inquiries without a standing committee; 专题询问会', () => {
  it.each<[string, string | null, string | null]>([
    ['近日，青溪镇人大主席团召开专题询问会，就全镇农村饮水安全工作开展专题询问。', '青溪镇人大主席团', '专题询问会'],
    ['5月8日，石岭乡人大主席团对乡村道路养护工作开展专题询问。', '石岭乡人大主席团', null],
    ['近日，白河镇第十八届人民代表大会主席团就全镇垃圾治理开展专题询问。', '白河镇第十八届人民代表大会主席团', null],
    ['近日，白河镇人大就全镇垃圾治理开展专题询问。', '白河镇人大', null],
    ['近日，东湖街道人大工委就辖区老旧小区改造开展专题询问。', '东湖街道人大工委', null],
    ['近日，和田地区人大工委召开全体会议，就全地区农村饮水安全开展专题询问。', '和田地区人大工委', '全体会议'],
    ['近日，阿拉善盟人大工委就全盟草原保护开展专题询问。', '阿拉善盟人大工委', null],
    ['近日，东湖街道人大工作委员会就辖区老旧小区改造开展专题询问。', '东湖街道人大工作委员会', null],
    ['6月3日，南屏市人大常委会举行专题询问会，就全市农村饮水安全开展专题询问。', '南屏市人大常委会', '专题询问会'],
    // A township's deputies, or its congress's chairman, are no body.
    ['近日，12名白河镇人大代表参加专题询问。', null, null],
    ['近日，白河镇人大主席罗某主持专题询问。', null, null],
    ['近日，县人大常委会第九次会议举行联组会议，邀请青溪镇人大主席团成员列席。', '县人大常委会', '联组会议'],
    ['近日，县人大常委会第九次会议举行联组会议，东湖街道人大工委主任列席。', '县人大常委会', '联组会议'],
  ])('%s', (intro, body, format) => {
    expect(session(intro)).toMatchObject({ body, format });
  });
  // A title of place + body + topic + 专题询问, with or without 关于, whatever the place name's length; not the body's people.
  it.each<[string, string | null]>([
    ['那曲岭地区人大工委草原生态保护和基层医疗专题询问实录', '那曲岭地区人大工委'],
    ['岗嘉地区人大工委关于草原生态保护和基层医疗专题询问实录', '岗嘉地区人大工委'],
    ['岗嘉地区人大工委草原生态保护专题询问', '岗嘉地区人大工委'],
    ['龙山街道人大工作委员会老旧小区改造专题询问会', '龙山街道人大工作委员会'],
    ['东湖街道人大工委主任列席专题询问', null],
    ['东湖街道人大工委委员参加专题询问', null],
    ['白河镇人大代表专题询问侧记', null],
  ])('title %s', (headline, body) => {
    expect(session('近日举行。', headline).body).toBe(body);
  });
  it('reads the presidium in a headline, and its topic', () => {
    expect(session('近日举行。', '青溪镇人大主席团关于农村饮水安全工作的专题询问')).toMatchObject({ body: '青溪镇人大主席团', topic: '农村饮水安全工作' });
  });
});

describe('[session-body] a body joining others is the organiser, named before 联合/会同/与…联合 (t41 #10)', () => {
  it.each<[string, string | null]>([
    ['2022年11月15日，清溪镇人大主席团联合黄坭乡、石坝乡人大主席团开展专题询问。', '清溪镇人大主席团'],
    ['2022年11月15日，清溪镇人大主席团联合黄坭乡人大主席团、石坝乡人大主席团，在镇政府会议室举行专题询问会。', '清溪镇人大主席团'],
    ['近日，南屏市人大常委会会同市政协召开专题询问会。', '南屏市人大常委会'],
    ['近日，白河镇人大与青石镇人大联合举行专题询问。', '白河镇人大'],
    // near-misses: a body met with, not joined (no act after it); the joined body's own meeting named first
    ['近日，白河镇人大主席团与县住建局座谈。', null],
    ['近日，南屏市人大常委会第九次会议举行联组会议，联合调研组作报告。', '南屏市人大常委会'],
  ])('%s', (intro, body) => {
    expect(session(intro).body).toBe(body);
  });
  it('reads the organiser in the headline too', () => {
    expect(session('近日举行。', '清溪镇人大主席团联合黄坭乡、石坝乡人大主席团开展“农村人居环境整治”专题询问').body).toBe('清溪镇人大主席团');
  });
});

describe('[session-body] a body named by its level and term abbreviates the one named by its place', () => {
  it.each<[string, string, string, string | null]>([
    ['会议：省十四届人大常委会第十二次会议', '临川省人大常委会审计查出问题整改情况专题询问摘要', '临川省人大常委会', '第十二次会议'],
    ['2024年11月26日，省十四届人大常委会第十二次会议举行专题询问。', '临川省人大常委会审计查出问题整改情况专题询问摘要', '临川省人大常委会', '第十二次会议'],
    ['2024年11月26日，省十四届人大常委会第十二次会议举行专题询问。', '临川省十四届人大常委会审计查出问题整改情况专题询问摘要', '临川省十四届人大常委会', '第十二次会议'],
    ['6月5日，市第十七届人大常委会第九次会议举行联组会议。', '南屏市人大常委会专题询问实录', '南屏市人大常委会', '第九次会议'],
    // Another level is another body: the abbreviation stays.
    ['6月5日，县十八届人大常委会第九次会议举行联组会议。', '南屏市人大常委会专题询问实录', '县十八届人大常委会', '第九次会议'],
    ['6月5日，区十届人大常委会第九次会议举行联组会议。', '广西壮族自治区人大常委会调研组列席', '区十届人大常委会', '第九次会议'],
    // Only the headline's place: a sentence's "…书面报告县人大常委会" names none.
    ['6月5日，县十八届人大常委会第九次会议举行联组会议。会议要求3个月内将整改情况书面报告县人大常委会。', '县人大常委会专题询问实录', '县十八届人大常委会', '第九次会议'],
    // 关于 before a body is no part of its place.
    ['根据市十六届人大常委会第十八次会议的安排，现将答复情况报告如下。', '关于市人大常委会专题询问问题答复情况的报告', '市十六届人大常委会', '第十八次会议'],
    // No place named anywhere: the abbreviation is the body.
    ['2024年11月26日，省十四届人大常委会第十二次会议举行专题询问。', '省人大常委会专题询问摘要', '省十四届人大常委会', '第十二次会议'],
  ])('%s | %s', (intro, title, body, meeting) => {
    expect(session(intro, title)).toMatchObject({ body, meeting });
  });
});

describe('[session-body] body matches near their words equal a full scan', () => {
  const pieces = ['曲靖市', '六届', '第十八届', '人大常委会', '人民代表大会', '常务委员会', '青石镇', '乡', '全国', '近日,', '。', ' ', '12', '名', '𠀀', '\ud840', '省', '自治区', '主任会议', '召开', 'abc', '2025年', '一二三四五六七八九十', '委员', '人大', '人大主席团', '人大工委', '主席团', '街道', '镇', '就', '代表', '人大工作委员会', '，'];
  it('on generated introductions', () => {
    let seed = 11;
    const rand = (k: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % k; };
    for (let round = 0; round < 3000; round++) {
      const s = Array.from({ length: rand(30) }, () => pieces[rand(pieces.length)]).join('');
      const full = [...s.matchAll(BODY)].map((m) => [m.index, m[0]]);
      expect(bodyMatches(s).map((m) => [m.index, m[0]])).toEqual(full);
    }
  });
});
