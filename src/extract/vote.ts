/**
 * The satisfaction vote (满意度测评) a closing reports: who was due, who was present, the votes
 * 满意 / 基本满意 / 不满意 and the rate the text states.
 *
 * Example: "会议最后，对市人民政府审议意见研究处理情况进行了满意度测评。应到会组成人员35人，实到31人。
 * 测评结果为：满意18票，基本满意11票，不满意2票，满意和基本满意票数合计占实到人数的93.5%。" →
 * { expected 35, present 31, satisfied 18, basicallySatisfied 11, unsatisfied 2, rate 93.5 }, its span
 * from 满意度测评 to 93.5%. A figure the text does not give is null; without any figure there is no vote.
 * Matching runs on the normalized view (widths folded: ３１人 reads as 31人); spans are [start, end),
 * 0-based UTF-16 offsets into `pair.text`.
 */
import type { Vote } from '../model/record.js';
import type { Span } from '../model/span.js';
import type { TextPair } from '../structure/types.js';
import { parseNumeral } from './numerals.js';

const NUM = '[0-9零〇○一二两三四五六七八九十百]+';
/** Who is counted: 组成人员, 委员, 人员, maybe 会议的 / 常委会 before it. */
const MEMBERS = '(?:会)?(?:会议)?(?:的)?(?:常委会)?(?:组成人员|委员|人员|代表)?(?:共|为|有)?\\s*';
const HEADS = '\\s*(?:人|名|位)';
/** 应到会组成人员35人, 应到委员三十五名. */
const EXPECTED = new RegExp(`应到${MEMBERS}(${NUM})${HEADS}`, 'u');
/** 实到31人, 实到会委员31名, 出席会议的组成人员31人. */
const PRESENT = new RegExp(`(?:实到|出席)${MEMBERS}(${NUM})${HEADS}`, 'u');
/** The votes: the bare 满意 must not be the end of 基本满意 or 不满意. */
const VOTE_TAIL = `(?:票)?(?:的)?(?:票数)?(?:为|有|是)?\\s*(${NUM})\\s*(?:票|张)`;
const SATISFIED = new RegExp(`(?<![基本不较])满意${VOTE_TAIL}`, 'u');
const BASIC = new RegExp(`基本满意${VOTE_TAIL}`, 'u');
const UNSATISFIED = new RegExp(`不满意${VOTE_TAIL}`, 'u');
/** The stated rate: 满意率为95.6%, 满意度测评结果为96%, (满意和基本满意票数合计)占实到人数的93.5%. */
const RATE = /(?:满意率|满意度(?:测评)?(?:的)?(?:结果)?|占[^,。;\d]{0,12}?)(?:为|达到|达|是|:)?\s*(\d+(?:\.\d+)?)\s*%/u;
/** The words naming the vote, which open its text when they stand before its figures. */
const NAMED = /满意度测评|测评/u;

/** The vote reported in `range` of the text, or null when no figure of one is given. */
export function readVote(pair: TextPair, range: Span): Vote | null {
  const { view, text } = pair;
  const scope = view.slice(range[0], range[1]);
  if (!/满意/u.test(scope)) return null;
  let first = Infinity;
  let last = -1;
  const figure = (re: RegExp): number | null => {
    const m = re.exec(scope);
    if (!m) return null;
    first = Math.min(first, m.index);
    last = Math.max(last, m.index + m[0].length);
    return re === RATE ? Number(m[1]) : parseNumeral(m[1]);
  };
  const expected = figure(EXPECTED);
  const present = figure(PRESENT);
  const satisfied = figure(SATISFIED);
  const basicallySatisfied = figure(BASIC);
  const unsatisfied = figure(UNSATISFIED);
  // Counts of heads alone are no vote: a vote has votes or a rate.
  if (satisfied === null && basicallySatisfied === null && unsatisfied === null && !RATE.test(scope)) return null;
  const rate = figure(RATE);
  const named = NAMED.exec(scope);
  if (named && named.index < first) first = named.index;
  const span: Span = [range[0] + first, range[0] + last];
  return { expected, present, satisfied, basicallySatisfied, unsatisfied, rate, text: text.slice(span[0], span[1]), span };
}
