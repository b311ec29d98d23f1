/**
 * 一来 / 二来 / 三来: a spoken ordinal that lists measures after a measure head, and reasons after a cause.
 *
 * Example: "我们的办法,一来新建两座联村水厂,…;二来对老旧管网逐段更换,…;三来配足6台送水车" lists three
 * measures (the 一是 family: markers.ts), as "下一步打算:一来是扩建食堂,二来是增加餐位" does; but "断水原因主要有三个:
 * 一来是返乡人口集中,…二来是…" and "之所以滞后,一来是资金没到位,二来是…" give reasons, and "一来交通不便,二来人手
 * 不够" with no head before it is an argument: none of them holds a marker. The head is the last measure word
 * (办法, 措施, 做法, 打算 …) or cause word (原因, 因为, 由于 …) read back from the 一来 within its sentence, and it
 * introduces the list across a pause or 是: "这种做法一来增加了负担,二来…" judges the practice, it lists nothing.
 * Offsets are UTF-16 code units into the normalized view, 0-based, end-exclusive.
 */
import type { Marker } from './markers.js';

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

/** True when the sentence before `at` names measures (办法, 打算 …) nearer than any cause (原因, 因为 …). */
function afterMeasureHead(view: string, at: number, from: number): boolean {
  let start = Math.max(from, at - REACH);
  const before = view.slice(start, at);
  for (let k = before.length - 1; k >= 0; k--) if (SENTENCE_END.test(before[k])) { start += k + 1; break; }
  const back = [...view.slice(start, at)].reverse().join('');
  const m = HEAD_REVERSED.exec(back);
  // The head introduces the list ("办法,一来…", "打算:一来是…", "措施是一来…"); as the subject right before it
  // ("这种做法一来增加了负担,二来…") it is judged, not listed.
  return m !== null && m[1] !== undefined && INTRODUCES.test(back.slice(0, m.index));
}

/** A pause or 是 between the head and the 一来: the head introduces what follows. */
const INTRODUCES = /[,:是]/u;

/**
 * The 一是 family's markers (in reading order) without the 一来 runs that follow no measure head: each run's
 * first, 一来, is read for its head, and the 二来 / 三来 after it go with it.
 */
export function laiAfterMeasureHead(view: string, from: number, shi: Marker[]): Marker[] {
  if (!shi.some(isLai)) return shi;
  let keep = false;
  return shi.filter((m) => {
    if (!isLai(m)) return true;
    if (m.ordinal === 1) keep = afterMeasureHead(view, m.span[0], from);
    return keep;
  });
}
