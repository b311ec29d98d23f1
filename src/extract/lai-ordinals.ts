/**
 * 一来 / 二来 / 三来: a spoken ordinal that lists measures after a measure head, and reasons after a cause.
 *
 * Example: "我们的办法,一来新建两座联村水厂,…;二来对老旧管网逐段更换,…;三来配足6台送水车" lists three
 * measures (the 一是 family: markers.ts), as "下一步打算:一来是扩建食堂,二来是增加餐位" does; but "断水原因主要有三个:
 * 一来是返乡人口集中,…二来是…" and "之所以滞后,一来是资金没到位,二来是…" give reasons, and "一来交通不便,二来人手
 * 不够" with no head before it is an argument: none of them holds a marker. The head is the last measure word
 * (办法, 措施, 做法, 打算 …) or cause word (原因, 因为, 由于 …) read back from the 一来 within its sentence, and it
 * introduces the list across a pause or 是: "这种做法一来增加了负担,二来…" judges the practice, it lists nothing.
 * With no head at all, the items say what they are: "下一步,一来强化工业源治理…;二来强化移动源管控…" and "我们一来
 * 开展耕地质量提升行动…;二来加强监测…" open each item with a measure verb (measure-verbs.ts, not done: no 了), so
 * they list measures. 一来 before 就/便 or in 一来二去 is the verb 来 ("专家一来就…"), no ordinal.
 * Offsets are UTF-16 code units into the normalized view, 0-based, end-exclusive.
 */
import type { Marker } from './markers.js';
import { measureVerbAt } from './measure-verbs.js';

/** A head word, read backwards from the 一来: group 1 a measure head, group 2 a cause. Reversed text, so the nearest comes first. */
const HEAD_REVERSED = new RegExp(`(${reversed('办法|措施|举措|做法|打算|考虑|安排|思路|对策|计划|方案|路子')})|(${reversed('原因|因为|由于|理由|之所以|缘故|问题')})`, 'u');
/** How far back in its sentence a head may stand. */
const REACH = 40;
/** Where a sentence ends: the head is read in the 一来's own sentence. */
const SENTENCE_END = /[。!?\n]/u;

function reversed(alternatives: string): string {
  return alternatives.split('|').map((w) => [...w].reverse().join('')).join('|');
}

/** True for a 一来 / 二来 / 一来是 marker of the 一是 family. */
function isLai(m: Marker): boolean {
  return m.family === 'shi' && /^[一二三四五六七八九十]+来/u.test(m.text);
}

/**
 * What the sentence before `at` says of the list: 'measures' when a measure word (办法, 打算 …) nearer than any
 * cause word introduces it, 'other' when a cause word is nearer or the measure word is the subject judged, null
 * when it names neither.
 */
function headBefore(view: string, at: number, from: number): 'measures' | 'other' | null {
  let start = Math.max(from, at - REACH);
  const before = view.slice(start, at);
  for (let k = before.length - 1; k >= 0; k--) if (SENTENCE_END.test(before[k])) { start += k + 1; break; }
  const back = [...view.slice(start, at)].reverse().join('');
  const m = HEAD_REVERSED.exec(back);
  if (m === null) return null;
  // The head introduces the list ("办法,一来…", "打算:一来是…", "措施是一来…"); as the subject right before it
  // ("这种做法一来增加了负担,二来…") it is judged, not listed.
  return m[1] !== undefined && INTRODUCES.test(back.slice(0, m.index)) ? 'measures' : 'other';
}

/** The item after a marker opens with a measure verb not marked done by 了 ("强化治理", not "加强了监管"). */
function opensMeasure(view: string, m: Marker): boolean {
  const n = measureVerbAt(view, m.contentStart);
  return n > 0 && view[m.contentStart + n] !== '了';
}

/** 一来 followed by 就/便 ("一来就抓住了重点") or in 一来二去: the verb 来, "once it comes". */
const COMES = /^(?:[就便]|二去)/u;

/** A pause or 是 between the head and the 一来: the head introduces what follows. */
const INTRODUCES = /[,:是]/u;

/**
 * The 一是 family's markers (in reading order) without the 一来 runs that list no measures: each run's first, 一来,
 * is read for its head (or, with none, for its item and the 二来 item's opening verbs), and the 二来 / 三来 after
 * it go with it.
 */
export function laiAfterMeasureHead(view: string, from: number, shi: Marker[]): Marker[] {
  if (!shi.some(isLai)) return shi;
  let keep = false;
  return shi.filter((m, i) => {
    if (!isLai(m)) return true;
    if (m.ordinal === 1) keep = !COMES.test(view.slice(m.span[1], m.span[1] + 2)) && listsMeasures(view, from, m, shi.slice(i + 1).find((o) => isLai(o) && o.ordinal === 2));
    return keep;
  });
}

function listsMeasures(view: string, from: number, first: Marker, second: Marker | undefined): boolean {
  const head = headBefore(view, first.span[0], from);
  if (head !== null) return head === 'measures';
  return second !== undefined && opensMeasure(view, first) && opensMeasure(view, second);
}
