/**
 * Adjectives opening a noun phrase that are part of what is measured, not an evaluation to drop: a one-character
 * adjective glued to its noun (重|污染|天数, 老|城区), a type or a grade (紧密|型|县域医共体, 重大|危险源), an adjective
 * glued to a one-character noun (低效|林), one before a distinguishing word (一般|公共|预算收入).
 *
 * Example: "重污染天数减少到3天" → 重污染天数; "改造低效林10万亩" → 低效林 (林 alone is a bound morpheme); "全年发电量" →
 * 发电量 (全 before a time is the sentence's scope).
 */
import type { Token } from '../segment/segmenter.js';
import { AREA_LEVELS, isNominal } from './indicator-words.js';

/**
 * A one-character adjective right before a noun (no gap) qualifies it (重|污染|天数, 老|城区, 全|社会|用电量): the phrase keeps
 * it; but 全 before a time or an area is the whole of a scope (全|年发电量: the tagger's cut of 全年).
 */
export function qualifiesNoun(kept: Token[]): boolean {
  return kept[0].text.length === 1 && (kept[0].text !== '全' || !FULL_SCOPE.test(kept[1]?.text[0] ?? '')) && kept.length > 1 && kept[1].span[0] === kept[0].span[1] && isNominal(kept[1]);
}

/**
 * An adjective that classifies rather than praises: glued to 型 it makes a type (紧密|型|县域医共体, 节约|型), and the grades
 * of a danger or an accident (重大|危险源, 较大|事故) name a class counted apart; dropping either cuts the name in two.
 */
export function typeOrGrade(kept: Token[]): boolean {
  return kept.length > 1 && kept[1].span[0] === kept[0].span[1] && (kept[1].text[0] === '型' || (GRADE_ADJECTIVE.has(kept[0].text) && isNominal(kept[1])));
}
const GRADE_ADJECTIVE = new Set(['重大', '较大', '特大', '特别重大']);

/**
 * 低效/a|林/ng, 病/a|树: an adjective glued to a noun of one character makes one compound (低效林, a kind of forest); the
 * character alone is a bound morpheme, never the whole or the head of what is measured (林 of 改造低效林10万亩, 林|改造).
 */
export function boundHead(kept: Token[]): boolean {
  return kept.length >= 2 && kept[1].text.length === 1 && kept[1].span[0] === kept[0].span[1] && isNominal(kept[1]) && kept[0].text.length >= 2;
}

/** What 全 makes a scope or a time of (全|年, 全|市 cut by the tagger); before other nouns it opens a term (全社会, 全口径). */
const FULL_SCOPE = new RegExp(`^[年月日天周${AREA_LEVELS}]`, 'u');

/**
 * An adjective right before a distinguishing word (一般|公共/b|预算收入, 基本|公共/b|服务): a distinguishing word only ever
 * modifies a noun, so the adjective before it names the same class of thing with it, one fixed term (一般公共预算 is the
 * budget's legal name); it is no evaluation of the phrase to be dropped.
 */
export function opensTerm(kept: Token[]): boolean {
  return kept.length > 2 && kept[1].tag === 'b' && kept[1].span[0] === kept[0].span[1];
}

/**
 * 配套/a|资金, 专用/a|经费: an adjective of two characters glued to a bare noun of funds names the kind of fund (matching funds,
 * the money still missing in 配套资金还差600万元); only words of amount (大量, 巨额, 充足) evaluate it and are dropped.
 */
export function fundKind(kept: Token[]): boolean {
  return kept.length === 2 && kept[0].text.length === 2 && kept[1].span[0] === kept[0].span[1] && FUNDS.test(kept[1].text) && !AMOUNT_ADJECTIVE.has(kept[0].text);
}
const FUNDS = /^(?:资金|经费)$/u;
const AMOUNT_ADJECTIVE = new Set(['大量', '巨额', '充足', '足够', '必要', '有限', '大批', '少量', '较多', '较少']);
