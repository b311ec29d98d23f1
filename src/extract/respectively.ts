/**
 * 分别 ("respectively"): a 、-list of nouns and the list of figures after 分别 pair in order.
 *
 * Example: "营业收入、利润总额分别为4120亿元、218亿元" → 4120亿元 measures 营业收入, 218亿元 利润总额;
 * "茶叶、中药材和食用菌分别种植5.2万亩、2.8万亩、1.1万亩" pairs three and three; a head after the last
 * bare noun is all of theirs ("茶叶、中药材、食用菌基地面积分别为…" → 茶叶基地面积 …). A later 分别 of the
 * same sentence whose own subject is only a comparison ("…,同比分别增长6.7%、-3.1%") pairs with the
 * list before it. A subject that is no list ("全市收入分别为2.1亿元、3.4亿元和5.6亿元") is shared: every
 * figure gets the indicator of the first (the others have no noun of their own). Counts that do not match leave the indicators as found.
 * Offsets are UTF-16 code units, 0-based, end-exclusive; indicators are sliced from the text (a noun, then the shared head).
 */
import type { Quantity } from '../model/record.js';
import type { TextPair } from '../structure/types.js';
import { COMPARISON, SCOPE_WORDS } from './indicator-words.js';
import { greatest } from '../model/append.js';

/** Where a subject stretch starts: clause punctuation and line breaks (the view folds ASCII , : ; ? ( )). */
const SUBJECT_STOP = /[,。;:!?()“”\n]/;
/** Between 分别 and its first figure: a verb of being, reaching or change (为, 达到, 增长, 占比为), nothing of a clause. */
const TO_FIRST = /^[^,。;:!?\n\d]{0,6}$/u;
/** Between two figures of the list: 、 和 及 与 以及. */
const BETWEEN_FIGURES = /^\s*(?:、|和|及|与|以及)\s*$/u;
/** A subject that only compares (同比, 较上年同期): it shares the list named before in the sentence. */
const COMPARISON_ONLY = new RegExp(`^\\s*${COMPARISON}?\\s*$`, 'u');
/** Comparison words closing the last noun ("利润总额同比分别增长"): not part of the noun. */
const TRAILING_COMPARISON = new RegExp(`${COMPARISON}$`, 'u');
/** A numeral in the subject stretch: no list of nouns (一是, 三个县). */
const DIGIT = /[\d零〇两三四五六七八九十百千万亿]/u;
/**
 * The last 和/及/与 of the last item, when one more noun is needed ("营业收入和利润总额"). A noun ends on no conjunction: of
 * two written together the first joins and the second opens the next noun (胜诉率和|和解率), and 及 after 以 is 以及.
 */
const LAST_AND = /^(.+)(?<![和及与])(?:和|(?<!以)及|与|以及)(.+)$/u;

/** Scope and time words opening a sentence's subject, and a preposition before the nouns (我们在A县、B县分别…). */
const SCOPE_LEAD = new RegExp(`^(?:(?:${SCOPE_WORDS}|我们)(?:的)?)*(?:在|对|向|从|针对|对于)?`, 'u');

/** The nouns of one subject list, as [start, end) of the text. */
type Nouns = Array<[number, number]>;

/**
 * Sets the indicators of the figures after each 分别 of `range` in `quantities` (in reading
 * order, as read by extractQuantities). Linear in the range: one indexOf walk over 分别.
 */
export function distributeRespectively(pair: TextPair, range: [number, number], quantities: Quantity[]): void {
  const { view, text } = pair;
  let previous: { nouns: Nouns; sentenceStart: number } | null = null;
  // (Searched for in the range only: an indexOf running on to the next 分别 of the whole view, for every
  // section, made a compilation of megabytes quadratic.)
  const words = view.slice(range[0], range[1] + 1); // (+1: a 分别 whose 分 is the range's last character counts)
  for (let found = words.indexOf('分别'); found >= 0; found = words.indexOf('分别', found + 2)) {
    const at = range[0] + found;
    const figures = figuresAfter(view, quantities, at + 2);
    if (figures.length < 2) continue;
    let from = at;
    while (from > range[0] && !SUBJECT_STOP.test(view[from - 1])) from--;
    let sentenceStart = from;
    while (sentenceStart > range[0] && !/[。;!?\n]/.test(view[sentenceStart - 1])) sentenceStart--;
    // "…218亿元、同比分别增长": after the figures of the list before, the subject is only a comparison.
    const lastFigure = quantities.filter((q) => q.span[1] <= at && q.span[0] >= from).pop();
    const stretch = view.slice(lastFigure ? lastFigure.span[1] : from, at).replace(/^、/u, '');
    let nouns: Nouns | null = null;
    if (previous && previous.sentenceStart === sentenceStart && COMPARISON_ONLY.test(stretch)) nouns = previous.nouns;
    else if (!lastFigure && !DIGIT.test(stretch)) nouns = subjectList(view, from, at, figures.length);
    // "发生事故23起,死亡19人,同比分别下降14.8%和20.8%": no noun before 分别, only a comparison; the figures of the clauses
    // before in the sentence, one to a clause, are what each change is of (14.8% is the change of 23起's subject).
    if (!nouns?.length && !lastFigure && COMPARISON_ONLY.test(stretch)) {
      const earlier = clauseFigures(view, quantities, sentenceStart, from, figures.length);
      if (earlier) figures.forEach((q, k) => { if (earlier[k].indicator !== null) q.indicator = earlier[k].indicator; });
      if (earlier) continue;
    }
    if (nouns && nouns.length === figures.length) {
      // "茶叶、中药材、食用菌基地面积": the head after the last noun is every noun's (茶叶基地面积).
      const head = sharedHead(view, nouns);
      const own = (k: number) => text.slice(nouns![k][0], k < nouns!.length - 1 || !head ? nouns![k][1] : head[0]);
      figures.forEach((q, k) => { q.indicator = head ? own(k) + text.slice(head[0], head[1]) : own(k); });
      previous = { nouns, sentenceStart };
    } else if (!nouns || nouns.length === 1) {
      // One subject for all the figures: the first figure's indicator is theirs (the others stand after 、 with no noun).
      const shared = figures[0].indicator;
      if (shared !== null) for (const q of figures) q.indicator = shared;
    }
  }
}

/** Between a clause's figure and the next clause (or the 分别 clause): its punctuation only. */
const CLAUSE_GAP = /^[,、]$/u;

/**
 * The last `wanted` figures before `to` (the start of the 分别 clause) in the sentence from `from`, each closing its own
 * clause ("…事故23起,死亡19人,"), in reading order; null when the clauses before do not end so.
 */
function clauseFigures(view: string, quantities: Quantity[], from: number, to: number, wanted: number): Quantity[] | null {
  const inside = quantities.filter((q) => q.span[0] >= from && q.span[1] < to);
  if (inside.length < wanted) return null;
  const out = inside.slice(-wanted);
  let end = to;
  for (let k = out.length - 1; k >= 0; k--) {
    if (!CLAUSE_GAP.test(view.slice(out[k].span[1], end))) return null;
    // The clause start before this figure (none of the others in its clause).
    let start = out[k].span[0];
    while (start > from && !/[,、]/u.test(view[start - 1])) start--;
    if (k > 0 && out[k - 1].span[0] >= start) return null;
    end = start;
  }
  return out;
}

/** The figures of the list right after 分别 at `end`: the first within a few words, the rest joined by 、/和. */
function figuresAfter(view: string, quantities: Quantity[], end: number): Quantity[] {
  let k = 0;
  while (k < quantities.length && quantities[k].span[0] < end) k++;
  if (k === quantities.length || !TO_FIRST.test(view.slice(end, quantities[k].span[0]))) return [];
  const out = [quantities[k]];
  for (k++; k < quantities.length && BETWEEN_FIGURES.test(view.slice(out[out.length - 1].span[1], quantities[k].span[0])); k++) out.push(quantities[k]);
  return out;
}

/** What is measured (面积, 产量, 收入, 人数 …): the end of a head that names a figure (elided-subject.ts reads it too). */
export const MEASURED = '(?:面积|产量|产值|收入|支出|结余|赤字|人数|人口|户数|家数|个数|数量|规模|总量|总额|金额|投资额?|增速|增幅|比重|占比|长度|里程|容量|销售额|营业额|出栏量|存栏量|排放量|覆盖率|达标率|合格率|完成率|增长率)';
/** A shared head: what is measured, maybe after the activity or scope it is of (基地面积, 种植面积, 年均增速). */
const SHARED_HEAD = new RegExp(`^(?:基地|种植|播种|养殖|实际|新增|累计|年均|全年|建设|完成|生产|销售|参保|就业|在校|常住|受益|服务|发放)?${MEASURED}$`, 'u');
/** A noun that names its own figure (营业收入, 利润总额): no bare noun waiting for a head. */
const OWN_HEAD = new RegExp(`${MEASURED}$`, 'u');

/**
 * "茶叶、中药材、食用菌基地面积": the last item is a bare noun as long as the others at most, then a
 * head of three characters at least (基地面积, 出栏量) naming what is measured; the others are bare
 * nouns (none names its own figure). The head's [start, end) of the view, or null: when the split
 * is not visible the nouns are left as they are.
 */
function sharedHead(view: string, nouns: Nouns): [number, number] | null {
  const others = nouns.slice(0, -1);
  if (others.some(([s, e]) => OWN_HEAD.test(view.slice(s, e)))) return null;
  const longest = greatest(others.map(([s, e]) => e - s));
  const [s, e] = nouns[nouns.length - 1];
  // The longest bare noun that leaves a head (the shortest head): 食用菌 + 基地面积, not 食用 + 菌基地面积.
  // (A head of three characters at least: 非税收入 after 税收 is one noun, not 非税 + 收入.)
  for (let cut = s + Math.min(longest, e - s - 3); cut > s; cut--) {
    if (SHARED_HEAD.test(view.slice(cut, e))) return [cut, e];
  }
  return null;
}

/** The nouns of the subject [from, to): split at 、 (and at the last 和/及/与 when one more is needed to match `wanted`). */
function subjectList(view: string, from: number, to: number, wanted: number): Nouns {
  const nouns: Nouns = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && view[i] !== '、') continue;
    nouns.push([start, i]);
    start = i + 1;
  }
  const last = nouns[nouns.length - 1];
  const tail = TRAILING_COMPARISON.exec(view.slice(last[0], last[1]));
  if (tail) last[1] -= tail[0].length;
  if (nouns.length === wanted - 1) {
    const m = LAST_AND.exec(view.slice(last[0], last[1]));
    if (m) nouns.splice(nouns.length - 1, 1, [last[0], last[0] + m[1].length], [last[1] - m[2].length, last[1]]);
  }
  // The first noun may open with the scope of the sentence (全市营业收入, 今年我市规上企业): not part of the noun.
  const scope = SCOPE_LEAD.exec(view.slice(nouns[0][0], nouns[0][1]));
  if (scope && scope[0].length < nouns[0][1] - nouns[0][0]) nouns[0][0] += scope[0].length;
  return nouns.every(([s, e]) => e > s && e - s <= 16) ? nouns : [];
}
