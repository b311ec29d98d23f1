/**
 * Verbs of change and the way each goes, for the parser (a figure's direction, extract/change-direction.ts) and for
 * compare (a rate's 降幅 or 增幅, compare/figure-context.ts): one lexicon.
 *
 * Example: "同比下降8.6%" — 下降 goes down; "提高2.3个百分点" — 提高 goes up; 负增长 is growth below zero: down.
 */

export type Direction = 'up' | 'down';

const DOWN = ['负增长', '下降', '减少', '降低', '回落', '下滑', '下跌', '缩减', '减小'] as const;
const UP = ['增长', '增加', '提高', '上升', '提升', '上涨', '增多'] as const;

/** Every verb of change, the longer first where one holds another (负增长 before 增长). */
export const CHANGE_VERBS: readonly string[] = [...DOWN, ...UP];

const DOWN_SET: ReadonlySet<string> = new Set(DOWN);
const UP_SET: ReadonlySet<string> = new Set(UP);

/** The way a verb of change goes: 下降 → down, 提高 → up; null for a word that is none of them. */
export function verbDirection(verb: string): Direction | null {
  return DOWN_SET.has(verb) ? 'down' : UP_SET.has(verb) ? 'up' : null;
}
