/**
 * The pairing score of two figures: how alike their indicators are, once their kinds, units, stances, periods and flows
 * allow them to meet at all.
 *
 * Example: "矛盾纠纷化解率" / "今年以来全市矛盾纠纷化解率" (one holds the other: 0.5–1, closer lengths higher; the shorter must
 * have four characters, so 积案 does not reach into every 积案 phrase); "资金" / "维修养护资金" (a generic head: only inside
 * aligned questions and for the same use, 用于管网维修 ≠ 用于应急送水); "新增60个" / "达到300个" (an increment and a level: 0);
 * "每人补贴3000元" / "共发放补贴86万元" (per head and a total: 0); 今年安排0.65亿元 meets 每年…N元 (元/年). A target against a
 * report of one body scores above any two states: the target is judged by the state reported, not by the next target.
 */
import { nameKey } from './fold.js';
import type { Figure } from './figure-reading.js';

/** Shortest indicator (in code points) that may match inside a longer one. */
export const MIN_CONTAINED = 4;

/** Longest indicator (in code points) that is a generic head (资金, 案件, 村): it matches only within aligned questions. */
const GENERIC_MAX = 2;

/**
 * The unit a figure is compared in: a sum of money over one year (今年安排0.65亿元, period 'year') is per year (元/年); an
 * amount per head (今年起…一次性补贴3500元) stays per head.
 */
const yearly = (f: Figure): string => (f.kind === 'money' && f.period === 'year' && f.flow !== 'per-unit' && f.unit === '元' ? '元/年' : f.unit ?? '');

/**
 * 1 for the same indicator, 0.5–1 when one holds the other (closer lengths score higher), else 0; a
 * little less when one is a target and the other not (targets pair with targets first).
 */
export function matchScore(a: Figure, b: Figure, sameTopic: (a: Figure, b: Figure) => boolean | null, progressive: boolean, fresh = false): number {
  // 今年/年内 + a sum of money is one year's amount: 元 read as 元/年, so it meets 每年…N (元/年).
  if (a.kind !== b.kind || nameKey(yearly(a)) !== nameKey(yearly(b))) return 0;
  // Last session's figure quoted back is no figure of this one; a base (312个村, 由原来的45个) meets only a base.
  if (a.stance === 'cited' || b.stance === 'cited' || (a.stance === 'base') !== (b.stance === 'base')) return 0;
  if (a.period && b.period && a.period !== b.period) return 0;
  // A rate of change meets only the same rate: a contained name (每千人口托位数 in 每千人口托位数同比增幅) is no likeness here.
  if (a.rate !== b.rate) return 0;
  // What a report says is left (剩余18部已调整为…) is the part not done: no state of the target (150部), no level of anything.
  if ((a.remainder && a.stance !== 'target') || (b.remainder && b.stance !== 'target')) return 0;
  // Two targets of two deadlines (1万人以下 by 2024年底, 5000人以下 by 2026年6月底) are two targets, no change of one.
  if (a.stance === 'target' && b.stance === 'target' && a.deadline && b.deadline && a.deadline !== b.deadline) return 0;
  // An increment and a level are two indicators (新增60个 / 达到300个); an increment beside an unmarked figure pairs last.
  if (a.flow && b.flow && a.flow !== b.flow && !fresh) return 0;
  // An amount per head (一次性补贴3000元) is no measure of a total (共发放补贴86万元), marked or not.
  if ((a.flow === 'per-unit') !== (b.flow === 'per-unit')) return 0;
  // A part of what is new (11 of 23 new) meets only another count of the new, never a part of the whole (148 of 216).
  if ((a.ofNew && !b.ofNew && b.flow !== 'increment') || (b.ofNew && !a.ofNew && a.flow !== 'increment')) return 0;
  const flowPenalty = (a.flow === 'increment') !== (b.flow === 'increment') ? 0.005 : 0;
  const ka = nameKey(a.key);
  const kb = nameKey(b.key);
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  const shortLength = [...short].length;
  const generic = shortLength <= GENERIC_MAX;
  // (A short name meets a longer one ending in it, 应用率 / 电子营业执照应用率, only inside aligned questions.)
  const topic = shortLength < MIN_CONTAINED ? sameTopic(a, b) : true;
  if (generic && (topic === false || !samePurpose(a.purpose, b.purpose))) return 0;
  let score: number;
  if (ka === kb) score = 1;
  else if (shortLength >= MIN_CONTAINED ? long.includes(short) : topic === true && long.endsWith(short)) score = 0.5 + 0.49 * (short.length / long.length);
  // (A head noun with a modifier dropped, 无物业老旧小区 / 无物业小区, a little below a name held whole.)
  else if (shortLength >= MIN_CONTAINED && modifierDropped(short, long) && sameTopic(a, b) !== false) score = 0.49 + 0.49 * (short.length / long.length);
  else return 0;
  // A target set against what the later session reports comes first, whatever the names' likeness: the target is judged by
  // the state reported (目标 六成以上 → 现状 电子营业执照应用率为57%), not by the next target (力争年底应用率达到70%).
  const progress = (a.stance === 'target') !== (b.stance === 'target');
  // (A report superseded by a later state in its sentence, 9个 before 目前12个, comes after that state.)
  const superseded = progress && (a.stance === 'target' ? b : a).superseded ? 0.6 : 0;
  return (!progress ? score : progressive ? score + 1 - superseded : score - 0.01) - flowPenalty;
}

/** A scope before a name: 全市, 全县, 本区, 我省, 全国 — where, not what. */
const SCOPE = /^(?:[全本我][省市州县区镇乡]|全国|城区|辖区)$/u;

/** Fewest characters of the head noun, and of the words before the dropped modifier, two names must share (小区; 无物业). */
const MIN_SHARED_PART = 2;

/**
 * The shorter name is the longer with one modifier dropped before its head noun: 无物业老旧小区 / 无物业小区 (老旧 dropped),
 * 公共停车泊位 / 公共泊位 — the same words before it (two characters or more) and the same head after it (two or more).
 * Not a name that shares only its head (老旧小区 / 无物业小区: nothing before the head in common), nor one character before
 * it (新能源公交车 / 新公交车), nor a scope alone before it (全市养老机构床位 / 全市床位: 全市 names where, the dropped
 * 养老机构 what). Read only inside aligned questions (compareFigures).
 */
export function modifierDropped(short: string, long: string): boolean {
  const s = [...short];
  const l = [...long];
  if (s.length >= l.length) return false;
  for (let k = MIN_SHARED_PART; k <= s.length - MIN_SHARED_PART; k++) {
    if (SCOPE.test(s.slice(0, k).join(''))) continue;
    if (l.slice(0, k).join('') === s.slice(0, k).join('') && l.slice(l.length - (s.length - k)).join('') === s.slice(k).join('')) return true;
  }
  return false;
}

/** Two purposes are the same use unless both are written and share no two characters in a row. */
function samePurpose(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const ka = nameKey(a);
  const kb = nameKey(b);
  for (let k = 0; k + 2 <= ka.length; k++) if (kb.includes(ka.slice(k, k + 2))) return true;
  return false;
}
