/**
 * A status or target figure whose subject is left out continues the subject of the figure before it: "今年计划新建家庭病床
 * 500张,截至3月底已建成186张" → 186张 measures 家庭病床 (as 500张); "到2022年认定产教融合型企业100家,目前已认定37家" → 37家;
 * "建成区雨污分流比例为78%,力争2026年底达到85%" → 85% measures 雨污分流比例; "…运营比例超过80%,现在是多少?⏎局长答:目前是52%"
 * → 52% (the speaker's label is no subject).
 * Only when the figure has no indicator of its own, the figure before (years passed over: a time) has the same kind and
 * unit, it stands in the same sentence or the one before, nothing between them names a thing (only verbs, adverbs, times,
 * pronouns), and the figure's own clause says where the thing stands now or is to stand (已, 目前, 截至, 力争, 确保 …):
 * "新建城市公园12个、改造8个" carries nothing (改造 is another work), "完成除险加固21座,剩余17座" nothing either, nor
 * "建成停车场9个,新增泊位3600个,目前已建成5个" (two things counted in 个 before it: which one is meant is not written).
 * Offsets: UTF-16 code units, end-exclusive.
 */
import type { Quantity } from '../model/record.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { TextPair } from '../structure/types.js';
import { isNominal, isNumeric, isPunct } from './indicator-words.js';

/**
 * Words of a status reached (已, 目前, 截至) or a target set (力争, 确保, “十四五”末要达到, 到2025年底达到): the figure's clause
 * states where the thing stands.
 */
const STATUS_WORDS = '已|目前|现在|当前|截至|截止|力争|确保|争取|累计|要达到|将达到|(?<=^,?(?:我们的)?(?:目标是)?到(?:19|20)\\d\\d年[底末]?)达到';
/** The word of target before a year (我们的目标是|到2025年底达到): it names the plan, no thing measured. */
const TARGET_FRAME = /(?:我们的)?目标是(?=到(?:19|20)\d\d年)/gu;
const STATUS = new RegExp(STATUS_WORDS, 'u');

/** The same words as whole tokens. */
const STATUS_WORD = new RegExp(`^(?:${STATUS_WORDS})$`, 'u');

/** Where a sentence ends (a run of these is one end). */
const SENTENCE_END = /[。;!?\n]+/gu;

/** Where a clause ends. */
const CLAUSE_END = /[,。;:!?\n]/u;

/** A speaker's label opening the figure's line (区民政局局长严卫东答:): who speaks, no subject. */
const LABEL = /\n[^\n:,。]{2,30}:(?=[^\n]*$)/u;

/** Give each status or target figure with no indicator the indicator of the figure before it (in place; see the header). */
export function carryStatus(pair: TextPair, out: Quantity[], segmenter: Segmenter): void {
  const { view } = pair;
  for (let i = 1; i < out.length; i++) {
    const q = out[i];
    if (q.indicator !== null || q.rank || q.identifier || q.kind === 'year' || q.kind === 'other' || q.unit === null) continue;
    let p = i - 1;
    while (p >= 0 && out[p].kind === 'year') p--; // 力争2026年底达到85%: the year is the target's time
    if (p < 0) continue;
    const prev = out[p];
    if (prev.indicator === null || prev.rank || prev.kind !== q.kind || prev.unit !== q.unit || prev.span[1] > q.span[0]) continue;
    // 专项资金…比上年增长13.9%,目前已拨付到位63%: a change (a direction) measures no level; the status is another figure.
    if (prev.direction !== null || q.direction !== null) continue;
    // 计划建成公共停车场9个,新增泊位3600个,目前已建成5个: two things of the unit in the sentence before, either may be meant.
    if (rival(view, out, p)) continue;
    let from = prev.span[1];
    // 128个|老旧小区投放点|改造: the indicator written after the figure is its own, no other thing named.
    if (pair.text.startsWith(prev.indicator, from)) from += prev.indicator.length;
    const between = view.slice(from, q.span[0]).replace(LABEL, '\n');
    if ((between.match(SENTENCE_END) ?? []).length > 1) continue;
    let clause = between.length;
    while (clause > 0 && !CLAUSE_END.test(between[clause - 1])) clause--;
    if (!STATUS.test(between.slice(clause))) continue;
    const tokens = segmenter.tag(between.replace(TARGET_FRAME, ''));
    // (力争/nz: taggers call the word of target a noun; it names no thing)
    if (tokens.some((t) => !isPunct(t.text) && !isNumeric(t) && !STATUS_WORD.test(t.text) && isNominal(t))) continue;
    out[i] = { ...q, indicator: prev.indicator };
  }
}

/** A figure before `out[p]` in its sentence, of its kind and unit, that measures another thing. */
function rival(view: string, out: Quantity[], p: number): boolean {
  const prev = out[p];
  for (let r = p - 1; r >= 0; r--) {
    const o = out[r];
    if (o.span[1] > prev.span[0]) continue;
    if (/[。;!?\n]/u.test(view.slice(o.span[1], prev.span[0]))) return false;
    if (o.kind === prev.kind && o.unit === prev.unit && o.indicator !== prev.indicator) return true;
  }
  return false;
}
