/**
 * The congress standing committee holding the meeting, found in the introduction or the headline.
 *
 * Example: "近日,曲靖市六届人大常委会第二十九次会议举行联组会议" gives 曲靖市六届人大常委会: named by its place
 * and term and followed by its meeting, it beats a body named by its level only ("地点:区人大常委会第一会议室").
 * Spans are [start, end), UTF-16 offsets into the view.
 */
import type { Span } from '../model/span.js';
import { NUM } from './session-date.js';
import { joinWraps, viewSpan } from './session-wraps.js';
import { POSTS } from '../model/posts.js';

// What a body named short (白沙镇人大) or a presidium does next, or where its clause ends…
// …or, in a title (place + body + topic + 专题询问), the topic itself running on to 专题询问 in the same clause: "那曲岭地区人大工委
// 草原生态保护和基层医疗专题询问实录" — but not a post or the body's people after it ("街道人大工委主任在专题询问中…",
// "镇人大代表专题询问…": the body's post names a person, not the body).
const TOPIC_TO_INQUIRY = `(?!${POSTS.label}|成员|办公室|机关|干部|工作人员)[^,。;:!?\\s“”]{2,40}?专题询问`;
// A body joining others names the organiser first: "清溪镇人大主席团联合黄坭乡、石坝乡人大主席团开展…", "…会同…", "…与…联合举行…".
const JOINS = `联合|会同|与[^,。;:\\s]{2,40}?(?:联合|共同)`;
const ACTS = `就|对|围绕|聚焦|针对|召开|举行|组织|开展|关于|专题询问|于|在|第|${JOINS}|[,。;:\\s]|$|${TOPIC_TO_INQUIRY}`;
/** A congress standing committee's name, with its place and term when written: 曲靖市六届人大常委会, 十四届全国人大常委会. */
export const BODY = new RegExp(
  `(?:\\p{sc=Han}{0,12}?(?:省|市|自治区|自治州|州|地区|盟|区|县|旗))?(?:第?${NUM}届)?(?:全国)?(?:人大常委会|人民代表大会常务委员会)` +
  // A township's congress has no standing committee: 青石镇第十八届人民代表大会, its presidium between sessions
  // (勐泉镇人大主席团, 白沙镇第十八届人民代表大会主席团), or the congress named short when it acts (白沙镇人大就…, not
  // 白沙镇人大代表 nor the post 白沙镇人大主席).
  // (The presidium and the working committee too only when they act: "邀请青石镇人大主席团成员列席" names no body.)
  `|\\p{sc=Han}{1,12}?(?:乡|镇)(?:(?:第?${NUM}届)?人民代表大会(?!常务)(?:主席团(?=${ACTS}))?|人大(?:主席团)?(?=${ACTS}))` +
  // A sub-district, a prefecture or a league has a working committee of the congress above it: 龙山街道人大工委,
  // 喀什地区人大工委, 锡林郭勒盟人大工委.
  `|\\p{sc=Han}{1,12}?人大(?:工委|工作委员会)(?=${ACTS})`, 'gu');
/** Words a body match may have swallowed in front of the place name: cut after the last of them. */
// (…and the organiser's join: "…主席团联合黄坭乡人大主席团" starts at 黄坭乡.)
const LEADING = /^(?:[日号名位])?(?:.*(?:近日|日前|今天|今日|昨天|昨日|上午|下午|晚上|会议由|在|由|据|召开|举行|关于|联合|会同))?/u;

/** The congress standing committee holding the meeting: preferably the one followed by its meeting. */
export function findBody(view: string, regions: Span[], headline: Span | null = null): Span | null {
  let best: { span: Span; score: number; body: string } | null = null;
  const named: { span: Span; score: number; body: string }[] = [];
  for (const r of regions) {
    // (Read as if a hard wrap inside a word were joined: "省十四届人大常⏎委会第十八次会议".)
    const region = joinWraps(view, r);
    const slice = region.joined;
    for (const m of bodyMatches(slice)) {
      const lead = LEADING.exec(m[0])?.[0].length ?? 0;
      const span = viewSpan(region, m.index + lead, m.index + m[0].length);
      // Better: named with its place or term, and followed by its meeting. A body named in full
      // (渝北新区人大常委会, in the headline) beats one named by its level only (区人大常委会, in
      // "地点:区人大常委会第一会议室" or "市人大常委会第三十次会议").
      MEETS.lastIndex = m.index + m[0].length;
      const body = slice.slice(m.index + lead, m.index + m[0].length);
      const found = { span, body, score: (namedInFull(body) ? 3 : 0) + (MEETS.test(slice) ? 2 : 0) };
      if (r === headline) named.push(found);
      if (!best || found.score > best.score) best = found;
    }
  }
  // "省十四届人大常委会第十二次会议" under the headline's "江川省人大常委会…": a body named by its level and term
  // abbreviates the one the headline names by its place at that level; the place is kept (the meeting is read on
  // its own). Only the headline's: a sentence's "…书面报告县人大常委会" holds no place name.
  const level = best && ABBREVIATED.exec(best.body)?.[1];
  if (level) {
    const full = named.filter((c) => {
      const place = placeOf(c.body);
      // (A district, 区, is no autonomous region, 自治区.)
      return place.endsWith(level) && !LEVEL_ONLY.test(place) && !(level === '区' && place.endsWith('自治区'));
    });
    if (full.length) return full.reduce((a, b) => (b.score > a.score ? b : a)).span;
  }
  return best?.span ?? null;
}

/** A body named by its level and term only: 省十四届人大常委会, 市第十七届人大常委会 (the level captured). */
const ABBREVIATED = new RegExp(`^(省|市|县|区|州|自治区|自治州|地区|盟|旗)第?${NUM}届(?:人大常委会|人民代表大会常务委员会)$`, 'u');
const TERM = new RegExp(`第?${NUM}届$`, 'u');
/** The place a body is named by, before its term: 江川省 (江川省人大常委会, 江川省十四届人大常委会). */
function placeOf(body: string): string {
  return body.replace(BODY_WORD, '').replace(TERM, '');
}

/** The words that end a body's name, and the level words that alone name no place (区人大常委会). */
const BODY_WORD = /(?:人大常委会|人民代表大会常务委员会|人民代表大会(?:主席团)?|人大(?:主席团|工委|工作委员会)?)$/u;
const LEVEL_ONLY = /^(?:省|市|县|区|州|自治区|自治州|地区|盟|旗|乡|镇|街道)?$/u;

/** True when a body is named by its place (渝北新区, 某市) or its term (市十七届, 十四届全国), not by its level alone. */
function namedInFull(body: string): boolean {
  const place = body.replace(BODY_WORD, '');
  return !LEVEL_ONLY.test(place);
}

/**
 * After the body: its meeting or what it holds ("第二十九次会议", "举行", "召开"…). Joining others, the organiser holds
 * the meeting too (JOINS): "清溪镇人大主席团联合黄坭乡、石坝乡人大主席团开展…" names 清溪镇人大主席团, not the last of the
 * bodies joined, right before 开展.
 */
const MEETS = new RegExp(`\\s*(?:第${NUM}次|举行|召开|组织|开展|党组|主任会议|${JOINS})`, 'uy');

/**
 * Every BODY match of `slice`, as `slice.matchAll(BODY)` gives them, tried only near the words
 * every match holds (人大, of 人大常委会 / 人大主席团 / 人大工委, and 人民代表大会): a match runs from its start to such a word over
 * Han characters and digits only, so it starts within the run of such characters before the
 * first of those words not yet passed. (Scanning the whole introduction with the lazy place
 * prefix at every offset cost more than the rest of the session reading.)
 */
export function bodyMatches(slice: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (;;) {
    const a = slice.indexOf('人大', from);
    const b = slice.indexOf('人民代表大会', from);
    const word = a < 0 ? b : b < 0 ? a : Math.min(a, b);
    if (word < 0) return out;
    let start = word;
    while (start > from && !breaksRun(slice.charCodeAt(start - 1))) start--;
    let found: RegExpExecArray | null = null;
    for (let p = start; p <= word && !found; p++) {
      if (p > 0 && (slice.charCodeAt(p) & 0xfc00) === 0xdc00 && (slice.charCodeAt(p - 1) & 0xfc00) === 0xd800) continue; // inside a surrogate pair
      BODY_AT.lastIndex = p;
      found = BODY_AT.exec(slice);
    }
    if (found) {
      out.push(found);
      from = found.index + found[0].length;
    } else from = word + 1;
  }
}
const BODY_AT = new RegExp(BODY.source, 'uy');

/** A character no BODY match holds before its 人大常委会: ASCII other than a digit, or CJK punctuation. */
function breaksRun(c: number): boolean {
  if (c < 0x80) return c < 0x30 || c > 0x39;
  return RUN_BREAKS.has(c);
}
const RUN_BREAKS = new Set([...'\uff0c\u3002\u3001\uff1b\uff1a\uff1f\uff01\uff08\uff09“”‘’《》【】…—·\u3000'].map((ch) => ch.charCodeAt(0)));
