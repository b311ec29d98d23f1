/**
 * A title chain that names nobody, read as an office-only mention: "市公安局相关负责人表示", "一位委员问"
 * (a new person, indefinite), "这位负责人说" (the one named before, anaphoric). Posts that are counted
 * ("4名市人大常委会组成人员先后提问"), coordinated or spoken to name no speaker.
 * Offsets are UTF-16 into the text, [start, end).
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import type { SpeakerMention } from './mentions.js';
import type { Lexicon } from './lexicon.js';
import { endScore, followerNode } from './name-context.js';
import { TAG } from './term-index.js';
import type { Link } from './chain-facts.js';
import { roleLabelAt } from './role-labels.js';
import { isLeader } from './chair.js';

/** Quantifiers that make an office-only speaker out of a bare post: 一位委员, 有委员, 一位来自基层的委员. */
const QUANTIFIER = /(?:(?:另一位|另一名|一位|一名|有位|有的|多位|多名|某位)(?:[^,。;:?!、\s]{1,12}的)?|有)$/u;
/** "…代表在询问中提到,": the post speaks in the inquiry. */
const IN_THE_INQUIRY = /^在(?:询问|提问|发言)(?:中|时)(?:提到|说|表示|指出|提出)/u;
/**
 * What may stand between a post named without a person (负责人, 负责同志) and its verb of speaking:
 * "…负责人在回答时表示" (the office speaks in its answer: the answering noun, maybe an object such
 * as 询问 or 委员提问, then 时/中), "…负责人对此表示", "…负责人针对这一问题回应", "…负责人现场回应",
 * "…负责人随即表示", "…负责人逐一作答". Up to three of them, each maybe followed by a comma; the verb
 * itself is read from the lexicon after them.
 */
const ADVERBIAL = String.raw`(?:在(?:回答|答复|回应|作答|应询|接受询问)[^,。;:?!、\s]{0,8}?(?:时|中|的时候)|(?:对|就|针对)(?:这一|这个|此|该|上述)?(?:问题|提问|询问|追问)|针对委员们?的?(?:提问|关切|询问)|对此|就此|现场|当场|随即|当即|随后|接着|同时|进一步|一一|逐一|也|还|则|又)`;
const BEFORE_SPEECH = new RegExp(`^(?:${ADVERBIAL},?){1,3}`, 'u');
/** A count before a post: many people, not one speaker (4名, 十二位). */
const COUNTED = /(?:\d+|[两二三四五六七八九十百几多]+)\s*(?:名|位|个)$/u;

/** Demonstratives that point back to a speaker already named: 这位负责人, 该局长. */
const DEMONSTRATIVE = /(?:这位|那位|这名|该|此位|上述)$/u;

/**
 * Office only (no name): 市公安局相关负责人表示, 有关负责人介绍, 一位委员问 (a new person), 这位负责人
 * 表示 (the one named before). Posts that are counted (4名…组成人员), coordinated (…和市人大代表)
 * or spoken to (向…相关部门负责人提问) name no speaker.
 */
export function readOffice(pair: TextPair, lex: Lexicon, chain: Link[], from: number, to: number, plain: boolean, office: boolean,
  mention: (start: number, end: number, form: SpeakerMention['form'], name: Span | null, title: Span) => SpeakerMention): SpeakerMention[] {
  const { view } = pair;
  const first = chain[0];
  const last = chain[chain.length - 1];
  const bare = chain.length === 1 && first.start === first.hits[0].start;
  // (Only after a post named without a person, 负责人: "市政府副市长对此回应" is a title whose name is missing.)
  const answering = office ? BEFORE_SPEECH.exec(view.slice(last.end, Math.min(to, last.end + 30))) : null;
  const said = answering ? followerNode(lex, view, last.end + answering[0].length, to) : null;
  const speaks = answering && said !== null && (said.flags & TAG.speech) !== 0 ? said : followerNode(lex, view, last.end, to);
  const speech = speaks !== null && (speaks.flags & TAG.speech) !== 0;
  const colon = view[last.end] === ':';
  const spoken = (speech || colon) && (!bare || office);
  // "委员:⏎我想问…", "局长:谢谢委员的提问。…", "市人大常委会委员(视频连线):…": a post opening a line's label with no
  // name names its speaker by the post (role-labels.ts). A bare post, or a member's (one of many members), is that
  // person within the exchange only (numbered with the text's exchanges: unnamed-exchanges.ts).
  const post = last.hits[last.hits.length - 1];
  const label = (bare ? plain && !spoken : !chain.some((l) => l.hits.some((h) => (h.flags & TAG.weak) !== 0)))
    ? roleLabelAt(lex, view, first.start, last.end, view.slice(post.start, post.end), to) : null;
  if (label) {
    const m = mention(first.start, label.end, 'office-only', null, [first.start, last.end]);
    if (bare || (m.congress && !isLeader(m.title ?? ''))) m.exchange = 0;
    return [m];
  }
  if (!plain && !spoken) return []; // neither quantified nor pointed can name anyone: no need to read before the post
  const before = view.slice(Math.max(from, first.start - 16), first.start);
  const quantified = plain ? QUANTIFIER.exec(before) : null;
  const pointed = plain ? DEMONSTRATIVE.exec(before) : null;
  const title: Span = [first.start, last.end];
  // 4名市人大常委会组成人员先后提问 (a count: many people), 向…相关部门负责人提问 (spoken to).
  const clause = view.slice(Math.max(from, first.start - 40), first.start).split(/[,。;:?!\n]/u).pop() ?? '';
  const lead = view.slice(Math.max(from, first.start - 6), first.start);
  if (COUNTED.test(lead) || /[和与及]$/u.test(lead) || /向/u.test(clause)) return []; // …组成人员和市人大代表提出问题
  if (quantified && (endScore(lex, view, last.end, to) >= 2 || IN_THE_INQUIRY.test(view.slice(last.end, last.end + 12)))) {
    const m = mention(first.start - quantified[0].length, last.end, 'office-only', null, title);
    m.reference = 'indefinite';
    return [m];
  }
  if (pointed && (speaks || colon)) {
    const m = mention(first.start - pointed[0].length, last.end, 'office-only', null, title);
    m.reference = 'anaphoric';
    return [m];
  }
  if (spoken) return [mention(first.start, last.end, 'office-only', null, title)];
  return [];
}
