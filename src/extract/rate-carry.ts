/**
 * The figure a rate changes to keeps its denominator: "补贴标准由每人每月80元提高到100元" → 100元 in 元/人/月, as 80元
 * is; "从每亩200元增至300元" → 元/亩; "由每吨2.5元调整为3元" → 元/吨. The second figure
 * is written in the rate's base unit only (元), after a verb of change (提高到, 增至, 调整为, 下调了), right after the first.
 * So is the other bound of a rate joined to it: "每人每月不低于400元、最高1000元" → 1000元 in 元/人/月, as 400元 (a floor and a
 * ceiling, each with its qualifier: two figures, not one range, so that neither bound word is lost).
 * A change compared with the rate before is in its unit too: "个人缴费标准为每人每年380元,比上年提高30元" → 30元 in 元/人/年
 * (the increase of the same rate), and so is the next step of a plan that raises it again: "第一步,2026年提高到每亩每年
 * 650元;第二步,2028年再提高到800元" → 800元 in 元/亩/年 (a year between the two is the step's time, no figure of the rate).
 * A list after 分别 is of one measure: "月人均补差分别达到412元和286元" → 286元 in 元/人/月, as 412元.
 * A 、-list under one 每 frame carries the rate only over parallel sorts of a thing ("每公里每年县道1万元、乡道0.5万元": 县道
 * and 乡道 are kinds of road), never over labels that name an action ("每天收费5元、罚款200元": a fine is no daily charge).
 * Offsets: UTF-16 code units, 0-based, end-exclusive ([start, end)).
 */
import type { Quantity } from '../model/record.js';
import type { Segmenter, Token } from '../segment/segmenter.js';
import type { TextPair } from '../structure/types.js';

/** A verb of change to (or by) a new level, alone between the two figures. */
const CHANGE_TO = /^(?:提高|提升|增加|增长|上调|调高|调增|调整|下调|调低|调减|降低|下降|减少|增|升|降|减)(?:到|至|为|了)$/u;

/** A comparison with a base, then a verb of change by an amount, alone between the two: ",比上年提高", ",较去年增加了". */
const COMPARED_BY = /^,(?:比|较)[^\d,。;:!?\n]{0,8}?(?:提高|提升|增加|增长|上升|上调|调高|下降|降低|减少|下调|调低|多|少)了?$/u;
/**
 * The next step of a plan that changes the rate again: a new clause (after ; or ,), maybe its step marker (第二步, 下一步,
 * 然后), maybe its time (a year, written as Y here), then (再/又/进一步) a verb of change to a level; one of the marker,
 * the year or 再/又 must be there (",提高到100元" alone may change another thing).
 */
const NEXT_STEP = /^[;,](?=[^;,]*(?:步|然后|随后|此后|之后|Y|再|又))(?:第[一二三四五六七八九十\d]{1,2}步|下一步|然后|随后|此后|之后)?,?(?:Y(?:底|前|起|年底)?,?)?(?:再|又|进一步|逐步)?(?:提高|提升|增加|上调|调高|调整|下调|调低|降低|下降|减少|增|升|降|减)(?:到|至|为)$/u;

/**
 * 分别 in the clause before the first figure, and the next figure joined by 、 和 及 与 alone ("分别达到412元和286元",
 * "分别为每人每月580元、420元"): the list's figures measure one thing each, in the unit written once on the first (the
 * others are its base unit only). Not a figure with a label of its own ("分别为每人每月580元和一次性补助2000元").
 */
const RESPECTIVELY = /分别/u;
const LIST_JOIN = /^(?:、|和|及|与|以及)$/u;

/** A bound word that opens the second figure of a floor-and-ceiling pair. */
const BOUNDS = new Set(['最高', '最低', '最多', '最少', '不低于', '不高于', '不超过', '不少于', '不多于', '至少', '至多']);
/** What joins the two bounds: 、 or a comma, alone. */
const JOINED = /^[、,]$/u;

/**
 * The next item of a 、-list of labelled amounts: 、 and the item's label, a short noun ("、乡道", "、村道"), alone between
 * the two figures. Not a label that takes the figure out of the rate: a total or a one-off (累计, 合计, 共, 一次性, 全年).
 */
const NEXT_ITEM = /^、(?!.*(?:累计|合计|总计|共|总|一次性|全年|全部|人均|户均))[\u4e00-\u9fff]{1,6}$/u;
/**
 * The level a plan sets for the rate at the end of a quoted period, in the next clause: ",“十四五”末要达到" (每千人口…托位数
 * 为2.57个,“十四五”末要达到4.5个 → 个/千人 for both): the period's name, its end, a modal, a verb of reaching, nothing else.
 */
const PERIOD_TARGET = /^,“[^“”,。;:!?\n]{1,8}”(?:末|底|初|期间|时期)?(?:要|将|力争|预计)?(?:达到|提高到|提升到|增加到|增至|提高至)$/u;

/**
 * The level a plan sets for the rate by a year, in the next clause (the year written as Y here): ",到Y达到" (每千人口拥有…
 * 托位数3.1个,到2025年底达到4.5个 → 个/千人 for both): maybe the word of target (我们的目标是), 到 or 在, the year, a modal,
 * a verb of reaching, nothing else.
 */
const YEAR_TARGET = /^,(?:我们的|[今明]年的)?(?:目标是)?(?:到|至|在)?Y(?:底|末|前)?,?(?:要|将|力争|预计|争取)?(?:达到|提高到|提升到|增加到|增至|提高至)$/u;

/** The first item's label right before its figure, after the 每 frame: "每公里每年县道" (县道), "每年养护资金县道". */
const FIRST_LABEL = /每[^,。;:!?\n\d]*[\u4e00-\u9fff]$/u;

/** Give each figure that a rate changes to the rate's unit (in place: `out` is in reading order). */
export function carryRates(pair: TextPair, out: Quantity[], segmenter: Segmenter): void {
  let listed = false; // out[k - 1] is an item of a list under a 每 frame
  for (let k = 1; k < out.length; k++) {
    const from = out[k - 1];
    const to = out[k];
    const wasListed = listed;
    listed = false;
    if (from.unit === null || to.unit === null || from.kind !== to.kind || !from.unit.startsWith(`${to.unit}/`)) continue;
    const between = pair.view.slice(from.span[1], to.span[0]);
    const otherBound = JOINED.test(between) && to.qualifier !== null && BOUNDS.has(to.qualifier) && from.qualifier !== null && BOUNDS.has(from.qualifier);
    const compared = (COMPARED_BY.test(between) || NEXT_STEP.test(between) || PERIOD_TARGET.test(between)) && perWritten(pair.view, from.span[1]);
    // "按照每公里每年县道1万元、乡道0.5万元、村道0.3万元的标准": one 每 frame over a 、-list of labelled amounts, each of
    // them per 公里 per 年 — the first item's label standing between the frame and its figure, as every next item's does.
    // Only over labels naming sorts (县道、乡道; 一类、二类; 城区、农村): "每天收费5元、罚款200元" lists a charge and a fine,
    // actions of their own, and the fine is no daily amount.
    const item = NEXT_ITEM.test(between) && !namesAction(between.slice(1), segmenter)
      && (wasListed || (FIRST_LABEL.test(clauseBefore(pair.view, from.span[0])) && !namesAction(firstLabel(clauseBefore(pair.view, from.span[0]), segmenter), segmenter)));
    if (item) listed = true;
    // "月人均补差分别达到412元和286元": the figures of one 分别 list are of one measure, the first's unit written for all.
    const respective = LIST_JOIN.test(between) && RESPECTIVELY.test(clauseBefore(pair.view, from.span[0]));
    if (otherBound || CHANGE_TO.test(between) || compared || item || respective) out[k] = { ...to, unit: from.unit };
  }
  for (let k = 2; k < out.length; k++) {
    if (out[k - 1].kind !== 'year') continue;
    let f = k - 1;
    while (f >= 0 && out[f].kind === 'year') f--; // the years between: each step's time
    if (f < 0) continue;
    const from = out[f];
    const to = out[k];
    if (from.unit === null || to.unit === null || from.kind !== to.kind || !from.unit.startsWith(`${to.unit}/`)) continue;
    let between = '';
    let at = from.span[1];
    for (let y = f + 1; y < k; y++) { between += pair.view.slice(at, out[y].span[0]) + 'Y'; at = out[y].span[1]; }
    between += pair.view.slice(at, to.span[0]);
    if ((NEXT_STEP.test(between) || YEAR_TARGET.test(between)) && perWritten(pair.view, from.span[1])) out[k] = { ...to, unit: from.unit };
  }
}

/** A word of money at the head of a noun (生活费, 罚金, 货款): what is paid, a noun even when jieba tags it vn (生活费/vn, 运费/vn). */
const MONEY_HEAD = /[费金款]$/u;

/**
 * The label names an action, no sort of thing: a verb in it (补贴发放, 奖励/vn, 补助/v), or a verb and its object made one
 * word, a verb morpheme then the money paid (收费, 罚款: jieba tags the word n, its first character v or a bound morpheme zg,
 * where a sort of fee opens with a noun: 学费, 水费, 电费).
 */
function namesAction(label: string, segmenter: Segmenter): boolean {
  if (label === '') return false;
  const tokens = segmenter.tag(label).filter((t) => t.text.trim() !== '');
  if (tokens.some((t) => t.tag?.startsWith('v') && !MONEY_HEAD.test(t.text))) return true;
  if (label.length !== 2 || !MONEY_HEAD.test(label) || !segmenter.tagOf) return false;
  const first = segmenter.tagOf(label[0]);
  return first !== undefined && (first.startsWith('v') || first === 'zg');
}

/**
 * The first item's label: the word right before its figure, after the 每 frame ("每公里每年县道" → 县道, "每天收费" → 收费,
 * "每年养护资金县道" → 县道: what the frame pays for, 养护资金, is no item's label).
 */
function firstLabel(clause: string, segmenter: Segmenter): string {
  const tokens: Token[] = segmenter.tag(clause).filter((t) => t.text.trim() !== '');
  const last = tokens[tokens.length - 1];
  return !last || last.text.includes('每') || /^[rqm]$/u.test(last.tag ?? '') ? '' : last.text;
}

/** The text of the clause before `end`, back to its punctuation. */
function clauseBefore(view: string, end: number): string {
  let from = end;
  while (from > 0 && !/[,。;:!?\n]/u.test(view[from - 1])) from--;
  return view.slice(from, end);
}

/**
 * The rate before `end` is written with 每 in its own clause (每人每年380元): a denominator that belongs to that figure and
 * to what is compared with it. A clause prefix (户均补助3000元,比上年增加500元) averages over its clause alone.
 */
function perWritten(view: string, end: number): boolean {
  let from = end;
  while (from > 0 && !/[,。;:!?\n]/u.test(view[from - 1])) from--;
  return view.slice(from, end).includes('每');
}
