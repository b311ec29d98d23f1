/**
 * The direction of a change figure: a verb of change written right before the figure says which way it went.
 *
 * Example: "同比下降8.6%" → down; "较上年下降了0.8个百分点", "减少了1.3万亩", "负增长1.2%" → down; "同比增长约15%",
 * "提高2.3个百分点", "比全省平均高出0.9个百分点" → up (a comparison with 比, `compared`). The value stays as written (8.6, not −8.6; a written minus, "-2.3%", stays −2.3): the
 * direction is a field of its own, so a reader and compare can tell 下降2.3个百分点 from 提高2.3个百分点.
 * A level reached is no change: "下降到5%", "减少至1万人以下", "增长率为8%", "降幅为3%" → null (a word stands between the verb
 * and the figure); so is a figure with no verb before it. "分别下降了2.1%、3.4%", "同比分别下降10.5%和14.8%": a figure
 * joined by 、 (or 和 after 分别) to a change goes the same way (`carryDirections`). 提升 after a verb of building is
 * "upgrade" (改造提升500万亩: what is upgraded, no change). 负增长 names no indicator: the caller reads the noun before it
 * (`verb` gives where the verb starts).
 * Offsets: UTF-16 code units into the view, 0-based, end-exclusive.
 */
import type { Quantity } from '../model/record.js';
import type { TextPair } from '../structure/types.js';
import { CHANGE_VERBS, verbDirection, type Direction } from '../model/change-verbs.js';

export type { Direction };

/**
 * A verb of change, then at most 了 and a word of about (约, 近 …, when the figure's span leaves it out), ending where
 * the figure starts. 负增长 before 增长 (the longer first).
 */
const CHANGE_BEFORE = new RegExp(`(${CHANGE_VERBS.join('|')})(?:了)?(?:大约|约|近|将近|超过|超|逾)?$`, 'u');
/**
 * A comparison with 比 earlier in the clause, then an adjective of more or less right before the figure: "比全省平均高出0.9个
 * 百分点" → up, "比先进地区低1个多百分点" → down, "比去年同期多出近十万人次" → up, "比上年少3起" → down. Without 比 the
 * adjective says no change (高1.2米 is a height); 比例, 比重, 占比, 对比 … are nouns, no comparison. Group 1: the adjective.
 */
const COMPARED_BEFORE = /(?<![占对相同环类好无])比(?![例重率值较如])[^,。;:!?\n比]{1,16}?(高出|低出|多出|少出|高|低|多|少)(?:了)?(?:大约|约|近|将近|超过|超|逾)?$/u;
const COMPARED_UP = /^[高多]/u;

/** 改造提升500万亩, 升级提升15个: 提升 after a verb of building is "upgrade", its figure counts what is upgraded. */
const UPGRADE = /(?:改造|升级|建设|打造)$/u;

/** The direction of the figure starting at `start` of the view, and where its verb starts; null when no verb of change stands right before it. */
export function directionAt(view: string, start: number): { direction: Direction; verb: number; negativeGrowth: boolean } | null {
  const m = CHANGE_BEFORE.exec(view.slice(Math.max(0, start - 8), start));
  if (!m) return compared(view, start);
  const verb = start - m[0].length;
  if (m[1] === '提升' && UPGRADE.test(view.slice(Math.max(0, verb - 2), verb))) return null;
  return { direction: verbDirection(m[1])!, verb, negativeGrowth: m[1] === '负增长' };
}

/** The direction of a comparison (比X高出N) ending at `start`, or null. */
function compared(view: string, start: number): { direction: Direction; verb: number; negativeGrowth: boolean } | null {
  const c = COMPARED_BEFORE.exec(view.slice(Math.max(0, start - 24), start));
  if (!c) return null;
  const verb = start - c[0].length + c[0].lastIndexOf(c[1]);
  return { direction: COMPARED_UP.test(c[1]) ? 'up' : 'down', verb, negativeGrowth: false };
}

/** Between two figures of one change: a list's 、 (下降了2.1%、3.4%), or 和/及/与 after 分别 (分别下降10.5%和14.8%). */
const JOINED = /^、$/u;
const JOINED_RESPECTIVELY = /^[和及与]$/u;
/** 分别 before the verb of the first figure (同比分别下降|10.5%): the figures after it are that change's, one each. */
const RESPECTIVELY = /分别[^,。;:!?\n]{0,20}$/u;

/**
 * A figure without a verb of its own that follows a change in a list (分别下降了2.1%、3.4%) goes the same way, in the same
 * kind (in place: `out` is in reading order).
 */
export function carryDirections(pair: TextPair, out: Quantity[]): void {
  for (let k = 1; k < out.length; k++) {
    const prev = out[k - 1];
    const q = out[k];
    if (q.direction !== null || prev.direction === null || q.kind !== prev.kind || q.rank || q.identifier) continue;
    const gap = pair.view.slice(prev.span[1], q.span[0]);
    const joined = JOINED.test(gap) || (JOINED_RESPECTIVELY.test(gap) && RESPECTIVELY.test(pair.view.slice(Math.max(0, prev.span[0] - 24), prev.span[0])));
    if (joined) out[k] = { ...q, direction: prev.direction };
  }
}
