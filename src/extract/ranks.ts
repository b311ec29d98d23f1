/**
 * Ranks: a position in a league table, "在全省11个设区市中排名第5位" → 第5位 (value 5, unit 位), marked rank: true by the caller.
 *
 * A rank is no amount, so it is a quantity of kind `other` (the contract's kinds have no rank; other
 * already holds figures that are not amounts, such as the hotline 12345) with unit 位 or 名 as written
 * (位 when none is: "排名第5,", "位居全省第一。"). It is read only after a verb of ranking, with at most the
 * frame of the league between (排名第5位, 居全省第3位, 位列全国35个大中城市第8名, 跃居全省第一, 排名全市首位):
 * "第5次会议", "列入第一批", "第一书记" are ordinals, never ranks, and so is "位居全省第一方阵" (a tier): without
 * 位/名 the rank ends its phrase. 首位 is 1. A top group with its size (进入全省前三, 排名前10名) is a bound:
 * value 3 with qualifier 前 (as 3岁以下 is value 3 with 以下), a bottom group (排名后3位的市州, 居全省后五名) is one with
 * qualifier 后, and a top group without one (居全国前列, 名列前茅) gives no figure; 落后3位 "behind by three" and 此后3年 "in
 * the three years after" are no groups. "把安全排在首位" is a priority, no league (把 in the clause). The indicator is the subject
 * ranked: the noun phrase before the verb in its clause ("全市经济增速居全省第3位" → 经济增速; "营商环境连续三年
 * 位列全省第二" → 营商环境, the adverbs of time left out), or, when the clause opens with the frame
 * ("…低0.6个百分点,在全省11个设区市中排名第5位"), the subject of the clause before (增速).
 * Offsets are UTF-16 code units into the view, 0-based, end-exclusive.
 */
import { readNumeral } from './numerals.js';
import { SCOPE_WORDS } from './indicator-words.js';

export interface Rank {
  /** 第 … 位/名 (unit included when written). */
  span: [number, number];
  numeral: [number, number];
  value: number;
  unit: '位' | '名';
  /** 前 for a top group (前三: value 3 is a bound), 后 for a bottom one (后3位), else null. */
  qualifier: '前' | '后' | null;
  /** The subject ranked, [start, end) of the view, or null. */
  subject: [number, number] | null;
}

/** A verb of ranking and the frame of the league after it (全省, 全国35个大中城市, 全省11个设区市中), up to 第 (not 安排, 编排). */
const RANK_VERB = /(?:排名|排行|排位|排在|(?<![安编彩并撤])排|位居|位列|名列|跃居|稳居|跻身|进入|保持|居(?![民住家所]))[^,。;:!?\n第]{0,14}$/u;
/**
 * A rank without 位/名 ends its phrase: punctuation, the end, 的 (排名第一的是…), a space, or a verb of moving from it
 * (由全省第十上升到第三); not a digit or a percent (前5%).
 */
const BARE_END = /^(?:$|的|[^\p{sc=Han}\d.%‰]|(?:上升|提升|跃升|攀升|下降|下滑|回落|前移|后移|前进|后退|提高|降低|升至|降至|升到|降到))/u;
/** A verb of moving to a place in the league, with the scope again at most: 由第8位|上升至|第3位, 从第十二|跃升到全省|第四. */
const MOVE = /(?:上升|提升|跃升|攀升|下降|下滑|回落|前移|后移|前进|后退|提高|降低|升|降)(?:至|到)(?:全国|全省|全市|全区|全县|全州)?$/u;
/** A disposal (把安全排在首位, 将民生摆在第一位): a priority, not a place in a league. */
const DISPOSAL = /把|将[^,。;:!?\n]{0,10}(?:排|摆|放)在/u;
/** Clause punctuation: the subject of a rank stays inside its clause. */
const CLAUSE = /[,。;:!?\n]/;
/** Where the frame of the league starts in the clause: 在全省11个设区市中, 在全国. */
const FRAME_START = /[在于]/u;
/**
 * Scope and time words before a subject, and a preposition opening it (对考核排名后3位的市州, 按综合排名): not part of it
 * (对外贸易, 对口支援 are nouns of their own).
 */
const SCOPE = new RegExp(`^(?:对于|对(?![外口象话接标应])|按照|按|根据)?(?:${SCOPE_WORDS}(?:的)?)*`, 'u');
/** Adverbs of time and scope between a subject and its verb of ranking (营商环境|连续三年|位列, 增速|全省|排名): not part of it. */
const SUBJECT_TAIL = new RegExp(`(?:${SCOPE_WORDS}|连续(?:\\d+|[一二两三四五六七八九十]+)年|连续|多年|一直|始终|持续|继续|再次|首次|仍然|仍|均|都|也|已经|已)+$`, 'u');
/** Where the subject of a clause of figures ends: its predicate (增速比…, 增加值达到…, 收入为…, 同比增长…). */
const PREDICATE = /(?:比|较|为|是|达到|达|同比|环比|增长|下降|提高|降低|占|实现|完成|居|排名|排|位居|位列|在)/u;

/**
 * Before 后 these make a word of time, order or falling behind, no bottom group: 落后, 滞后, 之后, 以后, 然后, 此后, 随后, 今后,
 * 往后, 而后, 其后, 最后, 先后, 前后, 会后, 年后, 日后.
 */
const NOT_BOTTOM = /[落滞之以然此随今往而其最先前会年日]/u;

/** The rank whose 第, 首 (首位), 前 (前三) or 后 (后3位) is at `at` of the view, or null. */
export function readRank(view: string, at: number): Rank | null {
  const c = view[at];
  let numeral: [number, number];
  let value: number;
  let written: '位' | '名' | null;
  if (c === '首') {
    if (view[at + 1] !== '位') return null;
    numeral = [at, at + 1];
    value = 1;
    written = '位';
  } else if (c === '第' || c === '前' || (c === '后' && !NOT_BOTTOM.test(view[at - 1] ?? ''))) {
    const n = readNumeral(view, at + 1);
    if (!n || n.range || !Number.isInteger(n.value) || n.value < (c === '第' ? 1 : 2)) return null;
    written = view[n.end] === '位' || view[n.end] === '名' ? view[n.end] as '位' | '名' : null;
    // Without its unit a rank ends its phrase (排名第5,  位居全省第一。): 第5次, 第一批, 第一方阵, 前三季度 are no ranks.
    if (!written && !BARE_END.test(view.slice(n.end, n.end + 2))) return null;
    numeral = [n.start, n.end];
    value = n.value;
  } else {
    return null;
  }
  // 倒数第一 counts from the bottom: no place in the order the table is read, and never rank 1.
  if (view.startsWith('倒数', at - 2)) return null;
  const verb = RANK_VERB.exec(view.slice(Math.max(0, at - 16), at));
  const qualifier = c === '前' || c === '后' ? c : null;
  const end = numeral[1] + (written ? 1 : 0);
  if (!verb) {
    // 位居全省第一、全国第五: a rank joined by 、 to a rank after a verb shares its verb and subject; 排名由第8位上升至
    // 第3位: the place moved to shares them with the place moved from.
    const first = coordinated(view, at) ?? movedFrom(view, at);
    return first && { span: [at, end], numeral, value, unit: written ?? '位', qualifier, subject: first.subject };
  }
  const verbStart = at - verb[0].length;
  let from = verbStart;
  while (from > 0 && !CLAUSE.test(view[from - 1])) from--;
  if (DISPOSAL.test(view.slice(from, at))) return null;
  return { span: [at, end], numeral, value, unit: written ?? '位', qualifier, subject: subjectOf(view, verbStart) };
}

/** The rank moved from, before the verb of moving that ends right before `at` (排名由第8位上升至|第3位), or null. */
function movedFrom(view: string, at: number): Rank | null {
  const move = MOVE.exec(view.slice(Math.max(0, at - 6), at));
  if (!move) return null;
  const moveStart = at - move[0].length;
  for (let k = moveStart - 2; k >= Math.max(0, moveStart - 8) && !CLAUSE.test(view[k]); k--) {
    if (view[k] !== '第') continue;
    const from = readRank(view, k);
    if (from && from.span[1] === moveStart) return from;
  }
  return null;
}

/** Where a rank may open before 、 (第, 首, 前), and the frame of the second league after it (全国, 全市同类城市). */
const JOINED = /([第首前][^,。;:!?\n、第首前]{1,4})、([^,。;:!?\n、第首前\d]{0,8})$/u;

/** The rank ending right before the 、 that the frame before `at` follows (第一、全国|第五), or null. */
function coordinated(view: string, at: number): Rank | null {
  const m = JOINED.exec(view.slice(Math.max(0, at - 14), at));
  if (!m) return null;
  const start = at - m[0].length;
  const first = readRank(view, start);
  return first && first.span[1] === start + m[1].length ? first : null;
}

/** The subject ranked by the verb at `verbStart`: in its own clause, else at the start of the clause before. */
function subjectOf(view: string, verbStart: number): [number, number] | null {
  let from = verbStart;
  while (from > 0 && !CLAUSE.test(view[from - 1])) from--;
  // "增速在全省11个设区市中排名": the frame of the league (在…中) follows the subject.
  const frame = FRAME_START.exec(view.slice(from, verbStart));
  const own = trimmed(view, from, frame ? from + frame.index : verbStart);
  if (own) return own;
  if (from === 0 || view[from - 1] !== ',') return null;
  let prev = from - 1;
  while (prev > 0 && !CLAUSE.test(view[prev - 1])) prev--;
  const predicate = PREDICATE.exec(view.slice(prev, from - 1));
  return predicate ? trimmed(view, prev, prev + predicate.index) : null;
}

/** [from, to) without scope words before it and adverbs after it; null when nothing of a noun (Han, 1–14 characters) is left. */
function trimmed(view: string, from: number, to: number): [number, number] | null {
  const tail = SUBJECT_TAIL.exec(view.slice(from, to));
  if (tail) to -= tail[0].length;
  // 下一步我们力争把治理率|提高到40%，排名进入全省前五: the object after 把 is what is ranked, not the words before it.
  const disposed = view.lastIndexOf('把', to - 1);
  if (disposed >= from) from = disposed + 1;
  const scope = SCOPE.exec(view.slice(from, to));
  const start = from + (scope ? scope[0].length : 0);
  return to - start >= 1 && to - start <= 14 && /^[\u4e00-\u9fff]+$/u.test(view.slice(start, to)) ? [start, to] : null;
}
