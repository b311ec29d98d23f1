/**
 * Who starts speaking where: speech events read from the grammar around each speaker mention.
 *
 * Examples (one event each):
 *   "市人大常委会委员、沾益区人大常委会主任韩寅燕十分关注,询问市检察院…"  asker (congress title + 询问)
 *   "市法院代理院长邓玲说,近年来…"                                   responder (mid-line attribution)
 *   "“执行案件执行完毕率低…的重点。”市法院执行局局长高红丽说。"        responder from the opening quote
 *   "王某某委员问:…" / "市某局局长李某:…" / "问:…" / "答:…"           labels
 *   "请王某某委员询问。" / "请市某局局长李某同志回答。"                moderator calls (the turn starts after the call)
 *   "王某某委员追问:…"                                               a follow-up asker
 * Not events: "请问李局长…" or "向市市场监管局局长余波询问" (addressees), names in narration without a
 * speech verb. Labels without a readable mention are read by labels.ts, and the events are then
 * resolved into exchanges by exchanges.ts. Matching runs on the view; offsets are [start, end)
 * UTF-16 offsets into the text.
 */
import type { SpeakerMention } from './mentions.js';
import { sentenceEnd, sentenceStart } from './blocks.js';
import { lineEnd, QUOTED_TAG_OPEN, SEQUENCE_ADVERBS, TAG_CLOSE, TAG_OPEN, TAG_WHO, type SpeechEvent, type SpeechRole } from './speech.js';
import { addLabelEvents } from './labels.js';
import { addTrailingAttributions } from './trailing-attribution.js';
import { addTableRowEvents } from './table-rows.js';
import { resolveExchanges } from './exchanges.js';
import { announcedLists, listOf } from './announced.js';
import { findChairs, isLeader, namedPresiding } from './chair.js';
import { STAMP, stampAbove, stampLength } from './stamps.js';
import { asksFollowUp } from './follow-up-cue.js';
import { guessRole } from './label-role.js';

export type { SpeechEvent, SpeechRole } from './speech.js';

/** Verbs of asking, longest first. */
export const ASK_VERBS = ['进行提问', '提出问题', '提出疑问', '再次提问', '接着问', '抛出', '抛向', '抛给', '接过话题', '连发', '询问', '提问', '发问', '追问', '质询', '请问', '问道', '关注', '关心', '(?<![询提发追主])问(?![题官卷政])'];
/** Verbs of answering and reporting speech. */
export const ANSWER_VERBS = ['回应', '回答', '答复', '作答', '应询', '答道', '表示', '介绍', '分析', '指出', '提出', '称', '坦言', '强调', '谈到', '说明', '解释', '表态', '回复', '认为', '透露', '补充(?=[,:说道表])', '说', '答'];

// A verb followed by 的 modifies a noun ("委员关心的问题", "局长介绍的情况"): nobody speaks; but
// "卢燕关注的是,…" says what she asks.
// After 的 it is a noun ("李局长的回答很具体", "委员的提问"): nobody speaks there either.
// "到会回答询问", "接受询问": the inquiry as a noun, answered by officials, not asked; so is
// "以此次专题询问为契机" in a chair's closing remark.
const ASK = new RegExp(`(?<!的|的[回提询发追答]|回答|接受|答复|应对|专题)(?:${ASK_VERBS.join('|')})(?!的(?!是))`, 'u');
const ANSWER = new RegExp(`(?<!的|的[回提询发追答])(?:${ANSWER_VERBS.join('|')})(?!的(?!是))`, 'u');
/** A label: the mention followed by an optional 同志/verb and a colon ("王某某委员问:", "李某:"), in Markdown maybe bold ("**李某:**"). */
const LABEL_AFTER = new RegExp(`^\\s*(?:同志)?\\s*(?:(?:${SEQUENCE_ADVERBS})(?=[追提询发问回答再]))?(再问|再追问|追问|提问|询问|发问|问|回答|答复|回应|答)?(?:道|说|一句|一下)?\\s*(?:\\((追问|再问|补充)\\))?\\s*(?:\\*\\*|__)?\\s*[::]\\s*(?:\\*\\*|__)?`, 'u');
/** A speaker in parentheses, then the label's verb: "(市人大常委会委员 谭某)问:", "(局长 麦某)答:". */
const PAREN_LABEL_AFTER = /^\s*\)\s*(追问|提问|询问|发问|问|回答|答复|回应|答)\s*[::]\s*/u;
/** Bracketed labels: "【委员 王某】", "[李某]". */
const BRACKET_AFTER = /^\s*[】\]]\s*/u;
/** A question header before the label on its line: "问题二:来自广东的全国人大代表某:请问…". */
const QUESTION_HEADER = String.raw`(?:问题|询问)\s*(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十\d]{1,3})\s*:\s*`;
const QUESTION_HEADER_AT = new RegExp(String.raw`^\s*${QUESTION_HEADER}`, 'u');
/** Before a label: a question header (问题二:), then nothing but a scene tag (【现场】) and a clock time (a live feed's stamp: stamps.ts), a bullet (■, Markdown "- "), brackets, a role tag naming the turn (【问】, 「答」 read “答”), or Markdown bold (**). */
const LEAD = new RegExp(String.raw`^\s*(?:${QUESTION_HEADER})?(?:[【\[](?!\s*${TAG_WHO}?(?:询问|提问|追问|应询|答复|回答|问|答)\s*[】\]])[^】\]\n]{1,4}[】\]]\s*)?(?:${STAMP})?\s*(?:[■●◆▲★☆□◇○•·▶►]|[>*+-](?=\s))?\s*(?:${TAG_OPEN}\s*${TAG_WHO}?(询问|提问|追问|应询|答复|回答|问|答)\s*${TAG_CLOSE})?[\s【\[(]*(?:\*\*|__)?$`, 'u');
/** A role tag in quotation marks (「问」 reads “问” in the view) or parentheses, alone before a mention on its line. */
const QUOTED_ROLE_TAG_BEFORE = new RegExp(String.raw`^\s*(?:${STAMP}\s*)?(?:[■●◆▲★☆□◇○•▶►]\s*)?${QUOTED_TAG_OPEN}\s*${TAG_WHO}?(?:询问|提问|追问|应询|答复|回答|问|答)\s*${TAG_CLOSE}\s*$`, 'u');
/** Before a mention: the person is spoken to (请问李局长, 向…局长余波询问), not speaking. */
const ADDRESSEE_BEFORE = /(?:请问|询问|问|向|请教|邀请|对|对于|关于|感谢|谢谢|[\d一二三四五六七八九十两]+\s*[位名个])\s*$/u;
/** Before an announced asker: "第一位询问的是", "接下来提问的是", "最后发问的是". */
const ANNOUNCED_ASKER = /(?:询问|提问|发问)的(?:是|为)\s*$/u;
/** A moderator's call: "请王某某委员询问", "请市某局局长李某同志回答". */
const CALL_BEFORE = /(?:请|由)(?:[^。,;:?!请\n]{1,40}?[、和及与])?\s*$/u;
/** After the called name: other called names ("、市医疗保障局副局长陶明"), then 同志 and the verb. */
const CALLED = '^(?:[、和及与][^。,;:?!\\n]{1,40}?)?\\s*(?:同志)?\\s*(?:委员|代表)?\\s*(?:分别)?(?:进行)?';
const CALL_ASK = new RegExp(CALLED + '(?:询问|提问|发问|追问|提出问题)', 'u');
const CALL_ANSWER = new RegExp(CALLED + '(?:回答|答复|作答|回应|介绍|说明)', 'u');
/** After the first of several officials named together: the others, then 分别/先后 or 作了 and a verb of answering. */
const JOINT_ANSWER = /^[、和及与][^。,;:?!\n]{1,40}?(?<!的)(?:(?:分别|先后|相继|依次|一一)(?:作了|作出了?|进行了?|作|予以)?|作了|作出了?|进行了|予以)(?:回答|答复|回应|作答|说明|解答)/u;
/**
 * Chairs opening or closing the meeting speak, but do not ask; nor does a leader taking a part
 * ("区人大常委会副主任某担任主问官,…": 担任 states a role, it reports no speech).
 */
const CHAIR = /^[^,。]{0,8}?(?:主持|讲话|总结|致辞|作总结|结束时|结束后|担任)/u;
/** …also when the sentence opens on the end of the inquiry: "询问结束后,覃某要求…", "会议最后,…". */
const CLOSING_BEFORE = /(?:询问|会议|问答)(?:结束|完毕)(?:后|时|前)?[,\s]*$|(?:会议最后|最后)[,\s]*$/u;
/** A leader going on to ask ("她询问市政府…"); not the inquiry as a noun ("以此次专题询问为契机"). */
const LEADER_ASKS_ON = /(?<!专题)询问|提问|发问|追问|请问|[?]/u;
/** A sentence opening with 他/她 and a verb of speaking (after the sentence naming the speaker). */
const PRONOUN_SPEAKS = new RegExp(`^[。!?;,\\s]*(?:他|她)(?:${SEQUENCE_ADVERBS}|随即|当即)?(?:表示|介绍|说|指出|坦言|回答|回应|强调|认为|答复|透露)`, 'u');
/** The one just asked answering in the next sentence: "他回答,…" (the pronoun starts the turn). */
const PRONOUN_ANSWERS = /^\s*((?:他|她)(?:随即|当即|马上)?(?:回答|回应|答复|答道|表示|介绍|说))/u;
/** A follow-up by the same asker; "接着问道" by another member is just the next question. */
const FOLLOW = /追问|再次提问|再问/u;
/** Verbs of speaking two characters or longer (连发, 表示, 询问): a name never opens with one. */
const SPEECH_VERB_START = new RegExp(`^(?:${[...ASK_VERBS, ...ANSWER_VERBS].filter((v) => /^\p{sc=Han}{2,}$/u.test(v)).join('|')})`, 'u');

/** The event's speaker asks in so many words: a label or a quotation, or a verb of asking in the sentence ("孙立平就…提出询问"). */
export function asksOutright(view: string, e: SpeechEvent): boolean {
  if (e.kind !== 'reported' || !e.mention) return e.kind !== 'moderator' && !e.guessed;
  const end = sentenceEnd(view, e.mention.span[1], view.length);
  return ASK.test(view.slice(e.mention.span[1], end)) || /[?]/u.test(view.slice(e.mention.span[1], end));
}

/** Every speech event of `[from, to)` in reading order. `mentions` are sorted by start. */
export function findSpeechEvents(view: string, from: number, to: number, mentions: SpeakerMention[]): SpeechEvent[] {
  return readSpeech(view, from, to, mentions).events;
}

/**
 * The speech events of `[from, to)` in reading order, and the names of whoever chairs (chair.ts's
 * `findChairs`, read once here where the exchanges are resolved with them: the session names its chair from them).
 */
export function readSpeech(view: string, from: number, to: number, mentions: SpeakerMention[]): { events: SpeechEvent[]; chairs: Set<string> } {
  const events: SpeechEvent[] = [];
  // A bare name (吴海鹰说) is a member of the congress when any mention of that name says so.
  const members = new Set(mentions.filter((m) => m.congress && m.name).map((m) => m.name));
  // …and a leader of the congress (热娜·吐尔逊指出, introduced as 州人大常委会副主任) is read as one.
  const leaders = new Map(mentions.filter((m) => m.name && m.title && isLeader(m.title)).map((m) => [m.name!, m.title!]));
  // …and so is whoever presides, whatever their title ("区人大常委会秘书长程某主持会议"): summing up, they ask nothing.
  const presiders = new Set(mentions.filter((m) => m.name && m.congress && namedPresiding(view, m)).map((m) => m.name!));
  const joint = jointLabels(view, from, to, mentions);
  events.push(...joint.values());
  const silent: SpeakerMention[] = []; // named members opening a sentence with no verb of speaking read
  mentions.forEach((m, k) => {
    if (m.span[0] < from || m.span[1] > to || joint.has(m)) return;
    let j = k + 1;
    while (j < mentions.length && mentions[j].span[0] < m.span[1]) j++;
    const next = j < mentions.length ? mentions[j].span[0] : to;
    const leader = !m.title && m.name ? leaders.get(m.name) : undefined;
    const previous = k > 0 ? mentions[k - 1].span[1] : -1;
    const e = eventOf(view, leader ? { ...m, congress: true, title: leader } : !m.congress && m.name && members.has(m.name) ? { ...m, congress: true } : m, to, next, previous, m.name !== null && presiders.has(m.name));
    if (e && leader) e.mention = m; // the event names the mention as found
    if (e) events.push(e);
    else if (m.congress && m.name && m.title && !leader && !presiders.has(m.name)) silent.push(m);
  });
  addLabelEvents(view, from, to, mentions, events);
  addTrailingAttributions(view, from, to, mentions, events);
  addTableRowEvents(view, from, to, mentions, events);
  for (const e of events) stampedStart(view, from, e);
  markLists(view, mentions, events);
  events.sort((a, b) => a.start - b.start);
  if (silent.length) addSilentAskers(view, from, silent, events);
  const chairs = findChairs(view, mentions, events, leaders);
  return { events: resolveExchanges(view, events, chairs), chairs };
}

/** Reported events whose mention is announced with others ("委员甲、乙、丙先后提问", "委员甲等5人提问"): their list, for the 问:/答: labels (exchanges.ts). */
function markLists(view: string, mentions: SpeakerMention[], events: SpeechEvent[]): void {
  if (!events.some((e) => e.kind === 'qa-label')) return; // only 问/答 layouts take speakers from announcements
  const lists = announcedLists(view, mentions).filter((l) => l.members.length > 1 || !l.complete);
  if (!lists.length) return;
  for (const e of events) {
    const l = e.kind === 'reported' && e.mention ? listOf(lists, e.mention) : null;
    if (l && l.role === e.role) e.list = l;
  }
}

/** A paragraph's sentence that opens on the member: nothing before it but white space since the line's start. */
const OPENS_LINE = /^\s*$/u;
/** A whole non-blank line between two offsets: another paragraph lies between them. */
const MIDDLE_LINE = /\n[^\n]*\S[^\n]*\n/u;

/**
 * The safety net of reported speech: a member named at the start of a paragraph with no verb
 * of speaking read ("委员毛丽君对农村污水治理进展不满意。省生态环境厅厅长顾晓峰介绍,…") asks
 * the next question when the question before already has its answer (the event before is a
 * responder's, after an asker's) and the next event, before anyone else speaks, is another
 * person's answer in reported speech. Otherwise that answer would merge into the question
 * before. Inserted into `events` (sorted by start) in place.
 */
function addSilentAskers(view: string, from: number, silent: SpeakerMention[], events: SpeechEvent[]): void {
  for (const m of silent) {
    const ms = m.span[0];
    const lineStart = Math.max(from, view.lastIndexOf('\n', ms - 1) + 1);
    if (!OPENS_LINE.test(view.slice(lineStart + stampLength(view, lineStart), ms)) || CHAIR.test(view.slice(m.span[1], m.span[1] + 12))) continue;
    let k = 0;
    while (k < events.length && events[k].start <= ms) k++;
    const next = events[k];
    const before = events[k - 1];
    if (!next || !before || next.role !== 'responder' || next.kind !== 'reported' || before.role !== 'responder') continue;
    if (!events.slice(0, k - 1).some((e) => e.role === 'asker')) continue;
    if (!next.mention || next.mention.name === m.name || next.start < sentenceEnd(view, m.span[1], view.length)) continue;
    if (MIDDLE_LINE.test(view.slice(ms, next.start))) continue; // the answer in this paragraph or the next
    const silentAsker: SpeechEvent = { mention: m, role: 'asker', start: ms, anchor: ms, wordsStart: null, kind: 'reported', followUp: false };
    stampedStart(view, from, silentAsker);
    events.splice(k, 0, silentAsker);
  }
}

/** Between people named together before one label colon: 、 (or 和/与/及) and spaces. */
const JOINT_SEPARATOR = /^[ \t\u3000]*[、,和与及][ \t\u3000]*$/u;

/**
 * Several people named before one colon at the start of a line ("常委会委员 马永福、市人大代表
 * 郑丽:…", "市某局局长 甲、副局长 乙答:"): each speaks the words after the colon, as one
 * label turn, asking when the label says so or the person is a member of the congress.
 */
function jointLabels(view: string, from: number, to: number, mentions: SpeakerMention[]): Map<SpeakerMention, SpeechEvent> {
  const events = new Map<SpeakerMention, SpeechEvent>();
  for (let k = 0; k < mentions.length; k++) {
    const first = mentions[k];
    const ms = first.span[0];
    if (ms < from || first.span[1] > to) continue;
    const lineStart = view.lastIndexOf('\n', ms - 1) + 1;
    if (LEAD.exec(view.slice(lineStart, ms)) === null) continue;
    const chain = [first];
    let j = k + 1;
    while (j < mentions.length && mentions[j].span[1] <= to && JOINT_SEPARATOR.test(view.slice(chain[chain.length - 1].span[1], mentions[j].span[0]))) chain.push(mentions[j++]);
    const last = chain[chain.length - 1];
    const label = chain.length > 1 ? LABEL_AFTER.exec(view.slice(last.span[1], lineEnd(view, last.span[1]))) : null;
    if (!label) continue;
    const verb = label[1] ?? '';
    const wordsStart = last.span[1] + label[0].length;
    chain.forEach((m, i) => {
      const role: SpeechRole = /答|回应|应询/u.test(verb) ? 'responder' : /问/u.test(verb) ? 'asker' : guessRole(view, m, wordsStart, to);
      const start = i === 0 ? ms : m.span[0];
      events.set(m, { mention: m, role, start, anchor: start, wordsStart, kind: 'label', followUp: verb === '追问', guessed: !verb && !m.congress && !m.title });
    });
    k = j - 1;
  }
  return events;
}

function eventOf(view: string, m: SpeakerMention, to: number, nextMention: number, previousMention = -1, presiding = false): SpeechEvent | null {
  const ms = m.span[0];
  const me = m.span[1];
  const lineStart = view.lastIndexOf('\n', ms - 1) + 1;
  const before = view.slice(Math.max(lineStart, ms - 6), ms);
  const end = Math.min(sentenceEnd(view, me, to), to);
  const after = view.slice(me, end);
  const congress = m.congress;
  // Quote-first: “…?”市人大常委会委员某某一连抛出三个问题 / …的提问切中要害 — whoever is named
  // right after a quotation that opens a sentence said it, verb or not.
  const inQuote = insideQuote(view, lineStart, ms);
  // (“问”区人大代表某: — a role tag in corner brackets, 「问」, is no quotation the speaker said.)
  const roleTag = QUOTED_ROLE_TAG_BEFORE.test(view.slice(lineStart, ms));
  const quoted = inQuote || roleTag ? null : quoteBefore(view, ms, lineStart);
  if (quoted !== null && !ADDRESSEE_BEFORE.test(before) && !(congress && CHAIR.test(after)) && !leaderStates(view, m, quoted, after)) {
    const role: SpeechRole = congress ? 'asker' : 'responder';
    const followUp = role === 'asker' && FOLLOW.test(after.slice(0, 12));
    return { mention: m, role, start: quoted, anchor: quoted, wordsStart: quoted + 1, kind: 'quote-first', followUp };
  }
  // A lede: “…?”11月15日,在…会议上,市人大常委会委员某某一开场就抛出尖锐问题 — the quotation opens
  // the paragraph, and the first person named after it in that sentence asks (or answers) it.
  const led = inQuote || roleTag || quoted !== null ? null : quoteLeading(view, lineStart, ms, previousMention);
  // (“…?”面对委员某的提问,局长某回应:… — the member named as the one asking asked it.)
  const askedOf = led !== null && congress && /^的(?:提问|询问|追问|发问)/u.test(after) && /(?:面对|针对|对于|就|回应|回答)\s*$/u.test(before);
  if (led !== null && (askedOf || !ADDRESSEE_BEFORE.test(before)) && !(congress && CHAIR.test(after)) && (askedOf || !/^(?:的|所|刚才|提到|提出的)/u.test(after))
    && (askedOf || firstVerb(ASK, after, 24) !== null || firstVerb(ANSWER, after, 16) !== null || /抛出|发问|问题/u.test(after.slice(0, 24)))) {
    const role: SpeechRole = congress ? 'asker' : 'responder';
    const followUp = role === 'asker' && FOLLOW.test(after.slice(0, 24));
    return { mention: m, role, start: led, anchor: led, wordsStart: led + 1, kind: 'quote-first', followUp };
  }
  // Quoted, possessive (王委员的提问) or counted (4位市人大常委会委员) mentions are not speakers.
  if (inQuote || /^(?:的|所|刚才|提到|提出的)/u.test(after) || /(?:正如|如|按照|根据|同意|赞同)\s*$/u.test(before)) return null;
  if (/^[位名]/u.test(view.slice(ms, me)) && /[\d一二三四五六七八九十两]$/u.test(view.slice(0, ms))) return null;
  // "常委会组成人员认为": a body of members, not one person. A name after such a title is read like
  // any other ("常委会组成人员李志远首先发问"); but a "name" that opens with a verb of speaking
  // ("组成人员连发数问": 连发, 抛出, 表示) is the verb the title is the subject of.
  if (!m.name && /组成人员$|委员们$|代表们$/u.test(m.title ?? '')) return null;
  if (m.nameSpan && m.title && SPEECH_VERB_START.test(view.slice(m.nameSpan[0], m.nameSpan[1]))) return null;

  // Labels: "王某某委员问:" / "市某局局长李某:" / "【委员 王某】" at the start of a line or sentence,
  // after a bracket, a clock time ("14:32 市人大常委会委员…:") or a role tag ("【应询】…:").
  const sentence = sentenceStart(view, ms, lineStart); // where the mention's sentence starts (its line at most)
  const lead = LEAD.exec(view.slice(sentence, ms));
  const atStart = lead !== null;
  // "(市人大常委会委员 谭某)问:" — the speaker in parentheses before the label's verb.
  // (The label patterns are read only for a mention at the start: elsewhere no label counts.)
  const parenthesized = atStart && /\(\s*$/u.test(before) ? PAREN_LABEL_AFTER.exec(after) : null;
  const label = !atStart ? null : LABEL_AFTER.exec(after) ?? (m.form === 'label' || /[【\[]\s*$/u.test(before) ? BRACKET_AFTER.exec(after) : null) ?? parenthesized;
  if (atStart && label) {
    const verb = label[1] ?? lead[1] ?? '';
    const wordsStart = me + label[0].length;
    const guessed = !verb && !m.congress && !m.title && !m.organization;
    const role: SpeechRole = /答|回应|应询/u.test(verb) ? 'responder' : /问/u.test(verb) ? 'asker' : guessRole(view, m, wordsStart, to);
    const bold = /(?:\*\*|__)\s*$/u.exec(before); // **李某:** — the turn starts at its markup
    // A role tag, a scene tag or a clock time before the name ("【现场】10:08 局长某:") opens the turn with it.
    const leadStart = sentence + (QUESTION_HEADER_AT.exec(view.slice(sentence, ms))?.[0].length ?? 0); // (the header is the section's, not the turn's)
    const tagged = lead[1] || /[\d【\[]/u.test(view.slice(leadStart, ms).replace(/[【\[]\s*$/u, ''));
    const start = tagged ? leadStart : /[【\[]\s*$/u.test(before) || (parenthesized && label === parenthesized) ? ms - (before.length - before.trimEnd().length) - 1 : bold ? ms - bold[0].length : ms;
    // "滕某代表(追问):": a note in parentheses before the colon.
    const followUp = /追问|再问/u.test(verb) || /追问|再问/u.test(label[2] ?? '') || (role === 'asker' && asksFollowUp(view, wordsStart));
    return { mention: m, role, start, anchor: start, wordsStart, kind: 'label', followUp, guessed };
  }

  // "州财政局副局长　罗某某" alone on its line and the words in the next paragraph (WeChat reposts,
  // gazettes: the bold speaker line lost its colon): a label without a colon.
  const ownLine = ownLineLabel(view, m, lineStart, to, previousMention);
  if (ownLine !== null) {
    const followUp = congress && asksFollowUp(view, ownLine); // "我再追问一下,…"
    // (Whoever is outside the congress and the government asks when the words ask: label-role.ts.)
    return { mention: m, role: congress ? 'asker' : guessRole(view, m, ownLine, to), start: ms, anchor: ms, wordsStart: ownLine, kind: 'label', followUp };
  }
  // Moderator calls: the speaker's turn starts after the call sentence.
  if (CALL_BEFORE.test(view.slice(sentence, ms))) {
    const asks = CALL_ASK.test(after);
    if (asks || CALL_ANSWER.test(after)) {
      const anchor = sentence;
      return { mention: m, role: asks ? 'asker' : 'responder', start: end, anchor, wordsStart: null, kind: 'moderator', followUp: FOLLOW.test(after) };
    }
    return null;
  }
  // "第一位询问的是县人大常委会委员覃某某委员。她说,…": the asker is announced before being quoted.
  const opening = view.slice(sentence, ms);
  // (Not "我想询问的是县教育局局长某": the speaker puts a question to the person named.)
  if (ANNOUNCED_ASKER.test(opening) && !/[我向]/u.test(opening)) {
    return { mention: m, role: 'asker', start: sentence, anchor: sentence, wordsStart: null, kind: 'reported', followUp: false };
  }
  if (ADDRESSEE_BEFORE.test(before)) {
    // "…追问马厅长,处罚之后如何防止反弹?他回答,…": the one asked answers in the next sentence.
    const reply = !congress && view.charCodeAt(end - 1) === 0x3f ? PRONOUN_ANSWERS.exec(view.slice(end, Math.min(end + 12, to))) : null; // ?
    if (!reply) return null;
    const at = end + reply[0].length - reply[1].length;
    return { mention: m, role: 'responder', start: at, anchor: at, wordsStart: null, kind: 'reported', followUp: false };
  }

  // Reported speech: a verb of speaking after the mention, within its clause; for the first of
  // several named together ("庞某、冷某分别作了回答") the verb comes after the last of them.
  const answerAt = firstVerb(ANSWER, after, 16) ?? (JOINT_ANSWER.test(after) ? 0 : null);
  const askAt = firstVerb(ASK, after, 90);
  // A chair opening or summing up ("…主任某某作总结讲话。他强调,…", "会议最后,某某讲话。") speaks
  // but asks nothing, whatever sentence follows.
  if (congress && (CHAIR.test(after) || CLOSING_BEFORE.test(view.slice(sentence, ms)))) return null;
  if (answerAt === null && askAt === null) {
    // "市民政局局长萧某直面问题。他介绍,…": the next sentence speaks for the one just named.
    if (!PRONOUN_SPEAKS.test(view.slice(end, Math.min(end + 12, to)))) return null;
    return { mention: m, role: congress ? 'asker' : 'responder', start: ms, anchor: ms, wordsStart: null, kind: 'reported', followUp: false };
  }
  // The congress's own leaders (主任, 副主任; not members 委员) and the one presiding commenting without asking are narration.
  const title = m.title ?? '';
  if (congress && askAt === null && (isLeader(title) || presiding)) {
    // …unless they go on to ask before anyone else is named ("…指出,…。她询问市政府…").
    const onwards = view.slice(me, Math.min(lineEnd(view, me), nextMention));
    if (!LEADER_ASKS_ON.test(onwards)) return null;
  }
  // The introduction's participants: "县人大代表王某等5名代表应邀参加并现场提问" — invited to attend
  // and ask, no turn of theirs (a member who asks says so with a question or a quotation).
  if (congress && askAt !== null && answerAt === null && ATTENDING.test(after.slice(0, askAt)) && !/[?“:]/u.test(after)) return null;
  let role: SpeechRole;
  if (congress) role = 'asker';
  else if (answerAt !== null) role = 'responder';
  else role = 'asker';
  const followUp = role === 'asker' && FOLLOW.test(after.slice(0, (askAt ?? 0) + 4));
  // "…滞留。对此,省财政厅厅长某回应。": the connective opening the sentence opens the reply, not the question.
  const reply = role === 'responder' ? REPLY_OPENER.exec(view.slice(sentence, ms)) : null;
  const start = reply ? sentence + (reply[0].length - reply[0].trimStart().length) : ms;
  return { mention: m, role, start, anchor: start, wordsStart: null, kind: 'reported', followUp };
}

/**
 * All that stands before a responder named in their sentence when the sentence opens the reply: 对此, 就此,
 * 针对这一问题 ("对此,省财政厅厅长某、副厅长某先后回应"). (Not "面对委员某的提问,…": it names the asker.)
 */
const REPLY_OPENER = /^\s*(?:对此|就此|(?:对于?|针对|就)(?:这个|这一|此|该|上述)(?:问题|提问|询问|追问))\s*,?\s*$/u;

/** The longest line a speaker label of its own may be ("省人大常委会委员、省人大环境与资源保护委员会副主任委员 刘某"). */
const OWN_LINE_MAX = 48;
/** Words that speak: a sentence ends in them (a list of names or a subhead ends in none). */
const SENTENCE_STOP = /[。?!;…]/u;

/**
 * Where the words start when the mention `m` (a title and a name, either order) is all its line
 * holds and the next paragraph is speech ("省人大常委会委员 王某⏎今年1至8月,…?", "陈某副厅长⏎全省…。"):
 * the next paragraph's first offset; else null. The next paragraph speaks when it opens on a
 * quotation, holds a sentence stop or leads into a list ("主要从三个方面发力:"); a line of names under names (an attendance list) does not,
 * nor does the last name of such a list (`previousMention`: where the mention before ends, -1 for none).
 */
function ownLineLabel(view: string, m: SpeakerMention, lineStart: number, to: number, previousMention: number): number | null {
  const [ms, me] = m.span;
  if (!m.name || !m.title || me - lineStart > OWN_LINE_MAX) return null;
  const eol = lineEnd(view, me);
  if (view.slice(lineStart + stampLength(view, lineStart), ms).trim() || view.slice(me, eol).trim()) return null; // (after a live feed's stamp at most)
  // The last of a list of names, one a line ("出席人员:⏎县人大常委会主任 甲⏎副主任 乙⏎会议听取了…。"):
  // the line before ends on a name and holds no sentence.
  let before = lineStart - 1;
  while (before > 0 && /\s/u.test(view[before - 1])) before--;
  if (previousMention >= 0 && previousMention === before && !SENTENCE_STOP.test(view.slice(view.lastIndexOf('\n', before - 1) + 1, before))) return null;
  let next = eol;
  while (next < to && /\s/u.test(view[next])) next++;
  if (next >= to) return null;
  if (view[next] === '“') return next;
  const line = view.slice(next, Math.min(lineEnd(view, next), to));
  return SENTENCE_STOP.test(line) || LEAD_IN.test(line) ? next : null;
}

/** A line that leads into a list on the lines after it ("主要从三个方面发力:"): words too; a short field name ("列席人员:") is none. */
const LEAD_IN = /^[^:\n]{6,}:[ \t]*$/u;

/** Verbs of attending a meeting, not of speaking in it: 应邀参加, 列席, 出席. */
const ATTENDING = /应邀|列席|出席/u;
/**
 * A leader of the congress quoted first who asks nothing ("“要抓好整改。”杨某说。", introduced as
 * 州人大常委会主任): their words are the chair's, not a question.
 */
function leaderStates(view: string, m: SpeakerMention, quoted: number, after: string): boolean {
  return m.congress && isLeader(m.title ?? '') && !/[?]/u.test(view.slice(quoted, m.span[0])) && firstVerb(ASK, after, 24) === null;
}

/**
 * A live feed's stamp goes with the entry it stamps (stamps.ts): a turn opening its line after a stamp
 * ("【14:41】市某局局长李某表示,…") starts at the stamp, and so does one whose stamp stands alone on the line
 * before ("14:41⏎市某局局长李某:…", "【14:41】⏎…"), never the end of the turn before.
 */
function stampedStart(view: string, from: number, e: SpeechEvent): void {
  const lineStart = view.lastIndexOf('\n', e.start - 1) + 1;
  let at = e.start;
  const lead = lineStart >= from ? stampLength(view, lineStart) : 0;
  if (lead > 0 && lineStart + lead === e.start) {
    at = lineStart;
    while (at < e.start && /\s/u.test(view[at])) at++;
  } else if (/^\s*$/u.test(view.slice(lineStart, e.start))) {
    const above = stampAbove(view, lineStart, from);
    if (above !== lineStart) at = above;
  }
  if (at === e.start) return;
  if (e.anchor === e.start) e.anchor = at;
  e.start = at;
}

/** The mention stands inside a quotation opened earlier on its line (“感谢王委员…”): quoted, not speaking. */
function insideQuote(view: string, lineStart: number, at: number): boolean {
  let depth = 0;
  for (let i = lineStart; i < at; i++) {
    const c = view.charCodeAt(i);
    if (c === 0x201c) depth++; // “
    else if (c === 0x201d) depth = Math.max(0, depth - 1); // ”
  }
  return depth > 0;
}

/** Offset of the first verb in `after` within `limit` characters, not past a second clause's subject. */
function firstVerb(re: RegExp, after: string, limit: number): number | null {
  const m = re.exec(after.slice(0, limit));
  return m ? m.index : null;
}

/** A reporter's topic lead in brackets, all that stands before a quotation on its line: "【产业扶贫】". */
const TOPIC_LEAD = /^\s*【[^【】\n]{1,16}】$/u;
const TOPIC_LEAD_AT = /^【[^【】\n]{1,16}】\s*/u;

/** When the mention directly follows a closing quote (“…。”李某说), the offset of the matching opening quote. */
function quoteBefore(view: string, ms: number, lineStart: number): number | null {
  let i = ms;
  while (i > lineStart && /\s/u.test(view[i - 1])) i--;
  if (view[i - 1] !== '”') return null;
  let depth = 0;
  for (let j = i - 1; j >= lineStart; j--) {
    const c = view.charCodeAt(j);
    if (c === 0x201d) depth++; // ”
    else if (c === 0x201c && --depth === 0) { // “
      // The quote must open a sentence (line start, or after 。?!), else it is a quoted phrase.
      const prev = view.slice(lineStart, j).trimEnd();
      // (Not after a colon: "追问:“…”" is the asker's own quote, whoever is named after it. A topic
      // lead opening the paragraph, "【产业扶贫】 “…?”委员某追问…", is no clause: the quote opens the sentence.)
      if (!prev || /[。?!;]$/u.test(prev) || TOPIC_LEAD.test(prev)) return j;
      // After a short connective ("对此,“…”局长李某说"), but not after someone's verb ("他说,“…”").
      const clause = prev.slice(Math.max(prev.search(/[^。?!;]*$/u), 0));
      return /,$/u.test(prev) && clause.length <= 8 && !/说|问|道|表示|指出|称|答/u.test(clause) ? j : null;
    }
  }
  return null;
}

/**
 * The “ opening the paragraph at `lineStart` when its quotation closes before `ms` and the words
 * from there to `ms` stay in one sentence (no 。?!;, at most 60 code units) naming nobody else
 * (`previous`: the end of the mention before, -1 for none); else null.
 */
function quoteLeading(view: string, lineStart: number, ms: number, previous: number): number | null {
  let open = lineStart;
  while (open < ms && /\s/u.test(view[open])) open++;
  const lead = view[open] === '【' ? TOPIC_LEAD_AT.exec(view.slice(open, ms)) : null; // "【产业扶贫】 “…?”…"
  if (lead) open += lead[0].length;
  if (view[open] !== '“') return null;
  let depth = 0;
  let close = -1;
  for (let j = open; j < ms; j++) {
    if (view[j] === '“') depth++;
    else if (view[j] === '”' && --depth === 0) { close = j; break; }
  }
  if (close < 0 || ms - close > 60 || previous > close) return null;
  return /[。?!;“]/u.test(view.slice(close + 1, ms)) ? null : open;
}
