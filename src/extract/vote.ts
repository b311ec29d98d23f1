/**
 * The satisfaction vote (满意度测评) a closing reports: who was due, who was present, the votes
 * 满意 / 基本满意 / 不满意 and the rate the text states.
 *
 * Example: "会议最后，对市人民政府审议意见研究处理情况进行了满意度测评。应到会组成人员35人，实到31人。
 * 测评结果为：满意18票，基本满意11票，不满意2票，满意和基本满意票数合计占实到人数的93.5%。" →
 * { expected 35, present 31, satisfied 18, basicallySatisfied 11, unsatisfied 2, rate 93.5 }, its span
 * from 满意度测评 to 93.5%. A figure the text does not give is null; without any figure there is no vote.
 * A result given per organization ("对市市场监管局的回答，满意26票，基本满意5票；对市公安局的回答，满意28票…")
 * is a list (`byOrganization`), each with its organization, and no department's figures stand as the session's;
 * so are results given as lists or a table ("市城市管理局、市生态环境局的满意率分别为83.3%和100%", vote-lists.ts).
 * Matching runs on the normalized view (widths folded: ３１人 reads as 31人); spans are [start, end),
 * 0-based UTF-16 offsets into `pair.text`.
 */
import type { OrganizationVote, Vote } from '../model/record.js';
import type { Span } from '../model/span.js';
import type { TextPair } from '../structure/types.js';
import { parseNumeral } from './numerals.js';
import { listedResults, ORGANIZATION_END, tableResults } from './vote-lists.js';
import { rateMayBeVote, saysVoted } from './vote-evidence.js';

const NUM = '[0-9零〇○一二两三四五六七八九十百]+';
/** Who is counted: 组成人员, 委员, 人员, maybe 会议的 / 常委会 before it. */
const MEMBERS = '(?:会)?(?:会议)?(?:的)?(?:常委会)?(?:组成人员|委员|人员|代表)?(?:共|为|有)?\\s*';
const HEADS = '\\s*(?:人|名|位)';
/**
 * What the heads were due at or took part in, named after the verb: 测评, 投票, 表决 (应参加测评36人, 实际参加投票33人);
 * 会/会议 are read by MEMBERS.
 */
const ACT = '(?:测评|投票|表决)?';
/** 应到会组成人员35人, 应到委员三十五名, 应出席会议组成人员35人, 应参加测评36人. */
const EXPECTED = new RegExp(`应(?:到|出席|参加)${ACT}${MEMBERS}(${NUM})${HEADS}`, 'u');
/**
 * 实到31人, 实到会委员31名, 出席会议的组成人员31人, 实际到会31人, 实际参加测评33人, 实参加投票33人. Not the 出席 of 应出席
 * (the heads due), and not a bare 参加 ("参加测评的有…" says no more than who voted).
 */
const PRESENT = new RegExp(`(?:实到|实际(?:到会|到|出席|参加)|实(?:出席|参加)|(?<!应)出席)${ACT}${MEMBERS}(${NUM})${HEADS}`, 'u');
/** The votes: the bare 满意 must not be the end of 基本满意 or 不满意. */
const VOTE_TAIL = `(?:票)?(?:的)?(?:票数)?(?:为|有|是)?\\s*(${NUM})\\s*(?:票|张)`;
const SATISFIED = new RegExp(`(?<![基本不较])满意${VOTE_TAIL}`, 'u');
const BASIC = new RegExp(`基本满意${VOTE_TAIL}`, 'u');
const UNSATISFIED = new RegExp(`不满意${VOTE_TAIL}`, 'u');
/**
 * The stated rate: 满意率为95.6%, 满意度测评结果为96%, (满意和基本满意票数合计)占实到人数的93.5%; a note in brackets may stand
 * between the rate's name and its value (满意率（含基本满意）为91.3%, 满意率(满意加基本满意)达95%).
 */
const RATE = /(?:满意率|满意度(?:测评)?(?:的)?(?:结果)?|占[^,。;\d]{0,12}?)(?:\s*[(（][^()（）\n\d]{1,12}[)）])?(?:为|达到|达|是|:)?\s*(\d+(?:\.\d+)?)\s*%/u;
/** RATE for reading every rate of a scope in turn (voteRate). */
const RATES = new RegExp(RATE.source, 'gu');
/**
 * A result given for one organization: 对 (or the start of a clause), the organization (a name ending in an
 * institution word), at most a few words (的回答, 的应询情况, 的测评结果为) and a comma or colon, right before
 * 满意/基本满意/不满意: "对市公安局的回答，满意28票", "对市公安局的满意率为88.3%", "；市教育局满意22票". Not "对市人民政府审议意见研究处理情况进行了满意度测评" (no figure follows), not
 * "对各应询部门…" (a set, not one of them).
 */
const FOR_ORGANIZATION = new RegExp(`(?:对|(?<=(?:^|[。;,:])\\s*)(?:其中)?)\\s*((?![各全])(?:(?![对的])\\p{sc=Han}){1,16}?${ORGANIZATION_END})(?![门分位])[^,。;:对\\d满]{0,10}?[,:]?\\s*(?=(?:基本|比较|不)?满意)`, 'gu');
/** The words naming the vote, which open its text when they stand before its figures. */
const NAMED = /满意度测评|测评/u;

interface Figures { satisfied: number | null; basicallySatisfied: number | null; unsatisfied: number | null; rate: number | null; first: number; last: number }

/**
 * The first rate in `scope` that may be a vote's: not one of a survey or a target ("第三方开展的调查显示,…满意率为88.6%",
 * "力争…满意率达到95%以上", vote-evidence.ts), which an official's words in the closing may give before the vote's own.
 */
function voteRate(scope: string): RegExpExecArray | null {
  RATES.lastIndex = 0;
  for (let m = RATES.exec(scope); m; m = RATES.exec(scope)) if (rateMayBeVote(scope, m.index)) return m;
  return null;
}

/** The votes and the rate stated in `scope`, with where the first starts and the last ends (Infinity, -1 without). */
function figuresOf(scope: string): Figures {
  let first = Infinity;
  let last = -1;
  const figure = (re: RegExp): number | null => {
    const m = re === RATE ? voteRate(scope) : re.exec(scope);
    if (!m) return null;
    first = Math.min(first, m.index);
    last = Math.max(last, m.index + m[0].length);
    return re === RATE ? Number(m[1]) : parseNumeral(m[1]);
  };
  const satisfied = figure(SATISFIED);
  const basicallySatisfied = figure(BASIC);
  const unsatisfied = figure(UNSATISFIED);
  const rate = figure(RATE);
  return { satisfied, basicallySatisfied, unsatisfied, rate, first, last };
}

/**
 * The results given per organization in `scope`: each runs from its 对 to the next one or the end of the
 * sentence. Only a list of two or more is one (a single 对X…满意 is the session's own vote, as written).
 */
function byOrganizationIn(pair: TextPair, scope: string, at: number): OrganizationVote[] {
  const marks: Array<{ index: number; org: string; orgAt: number }> = [];
  FOR_ORGANIZATION.lastIndex = 0;
  for (let m = FOR_ORGANIZATION.exec(scope); m; m = FOR_ORGANIZATION.exec(scope)) {
    marks.push({ index: m.index, org: m[1], orgAt: m.index + m[0].indexOf(m[1]) });
  }
  const out: OrganizationVote[] = [];
  for (let k = 0; k < marks.length; k++) {
    const stop = scope.indexOf('。', marks[k].index);
    const end = Math.min(k + 1 < marks.length ? marks[k + 1].index : scope.length, stop === -1 ? scope.length : stop);
    const f = figuresOf(scope.slice(marks[k].index, end));
    if (f.last < 0) continue;
    const span: Span = [at + marks[k].index, at + marks[k].index + f.last];
    const orgSpan: Span = [at + marks[k].orgAt, at + marks[k].orgAt + marks[k].org.length];
    out.push({
      organization: pair.text.slice(orgSpan[0], orgSpan[1]), organizationSpan: orgSpan,
      satisfied: f.satisfied, basicallySatisfied: f.basicallySatisfied, unsatisfied: f.unsatisfied, rate: f.rate,
      text: pair.text.slice(span[0], span[1]), span,
    });
  }
  if (out.length >= 2) return out;
  // Not clause by clause: two lists paired by 分别, "organization rate" items, or a table (vote-lists.ts).
  const listed = listedResults(pair, scope, at);
  return listed.length >= 2 ? listed : tableResults(pair, scope, at);
}

/** The vote reported in `range` of the text, or null when no figure of one is given. */
export function readVote(pair: TextPair, range: Span): Vote | null {
  const { view, text } = pair;
  let scope = view.slice(range[0], range[1]);
  if (!/满意/u.test(scope)) return null;
  const byOrganization = byOrganizationIn(pair, scope, range[0]);
  let first = Infinity;
  let last = -1;
  for (const o of byOrganization) {
    first = Math.min(first, o.span[0] - range[0]);
    last = Math.max(last, o.span[1] - range[0]);
    // The session's own figures are read around the organizations' (blanked, offsets kept).
    scope = scope.slice(0, o.span[0] - range[0]) + '\0'.repeat(o.span[1] - o.span[0]) + scope.slice(o.span[1] - range[0]);
  }
  const count = (re: RegExp): number | null => {
    const m = re.exec(scope);
    if (!m) return null;
    first = Math.min(first, m.index);
    last = Math.max(last, m.index + m[0].length);
    return parseNumeral(m[1]);
  };
  const expected = count(EXPECTED);
  const present = count(PRESENT);
  const own = figuresOf(scope);
  // Counts of heads alone are no vote: a vote has votes or a rate. A rate alone is one only where the text says the
  // members voted (测评, 投票, 基本满意…: vote-evidence.ts), not a figure an official quotes in his statement.
  if (own.last < 0 && byOrganization.length === 0) return null;
  if (byOrganization.length === 0 && own.satisfied === null && own.basicallySatisfied === null && own.unsatisfied === null && expected === null && present === null && !saysVoted(scope)) return null;
  if (own.last >= 0) {
    first = Math.min(first, own.first);
    last = Math.max(last, own.last);
  }
  const named = NAMED.exec(scope);
  if (named && named.index < first) first = named.index;
  const span: Span = [range[0] + first, range[0] + last];
  const { satisfied, basicallySatisfied, unsatisfied, rate } = own;
  return { expected, present, satisfied, basicallySatisfied, unsatisfied, rate, byOrganization, text: text.slice(span[0], span[1]), span };
}
