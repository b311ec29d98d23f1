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
 * speech verb. The patterns these readings share live in speech-patterns.ts; quotations naming their
 * speaker after them in quoted-speech.ts; several people before one colon and a speaker alone on a
 * line in line-labels.ts. Labels without a readable mention are read by labels.ts, and the events are then
 * resolved into exchanges by exchanges.ts. Matching runs on the view; offsets are [start, end)
 * UTF-16 offsets into the text.
 */
import { stageBrackets } from './stage-brackets.js';
import type { SpeakerMention } from './mentions.js';
import { sentenceEnd, sentenceStart } from './blocks.js';
import { lineEnd, type SpeechEvent, type SpeechRole } from './speech.js';
import { addLabelEvents } from './labels.js';
import { addTagLines } from './tag-lines.js';
import { invitedFollowUps } from './invited-follow-ups.js';
import { addTrailingAttributions } from './trailing-attribution.js';
import { addTableRowEvents } from './table-rows.js';
import { resolveExchanges } from './exchanges.js';
import { announcedLists, listOf } from './announced.js';
import { announcedAskersAsk } from './asker-announcements.js';
import { chairAddresses, findChairs, isLeader, namedPresiding } from './chair.js';
import { markupStart } from '../source/markdown.js';
import { glyphStart } from './label-glyphs.js';
import { stampedStart } from './stamps.js';
import { addSilentAskers } from './silent-askers.js';
import { asksFollowUp } from './follow-up-cue.js';
import { answersForGovernment, guessRole } from './label-role.js';
import {
  ASK, ANSWER, LABEL_AFTER, COLONLESS_LABEL_AFTER, PAREN_LABEL_AFTER, PAREN_INTERJECTION_AFTER, BRACKET_AFTER, QUESTION_HEADER_AT, LEAD, QUOTED_ROLE_TAG_BEFORE, ADDRESSEE_BEFORE, ANNOUNCED_ASKER, ENTRUSTED_BEFORE, ENTRUSTED_AFTER, STANDS_IN_FOR, CALL_BEFORE, CALL_ASK, ANOTHER_QUESTION, CALL_ANSWER, JOINT_ANSWER, CHAIR, CLOSING_BEFORE, LEADER_ASKS_ON, LEADER_DIRECTS, PRONOUN_SPEAKS, PRONOUN_ANSWERS, FOLLOW, SPEECH_VERB_START, REPLY_OPENER, LEAD_ADVERBIALS, HEARSAY_OPENER, ATTENDING, ROSTER_LISTED_BEFORE, ROSTER_ANSWER_AFTER, firstVerb,
} from './speech-patterns.js';
import { OWN_QUESTION_AFTER, insideQuote, leaderStates, narratedQuestion, quoteAcrossLede, quoteBefore, quoteLeading } from './quoted-speech.js';
import { jointLabels, ownLineLabel, ownLineSpeakers } from './line-labels.js';
import { addHostQuestions } from './host-questions.js';
import { relayQuestions } from './relayed-askers.js';
import { answerReporters } from './reporter-labels.js';
import { answerQuestions } from './answering-labels.js';
import { verbBeforeBracket } from './post-bracket-labels.js';
import { markedFollowUps } from './follow-up-markers.js';
import { adverbialQuestion, answeredQuestion, answeredRelative } from './reported-questions.js';
import { routingHeader } from './routing-headers.js';
import { furnitureStart, mayHaveFurniture } from './furniture-lines.js';
import { dispatchedOffices, officeCall } from './office-calls.js';
import { answeredTopic } from './reported-exchanges.js';
import { jointReportsAsNarration } from './joint-reports.js';
import { lexicon } from './lexicon.js';
import { itemNumberEnd } from './chain-labels.js';
import { lineStartAt } from '../source/line-bounds.js';
import { append } from '../model/append.js';

export type { SpeechEvent, SpeechRole } from './speech.js';

/** A note in brackets in a label saying the member cuts in: "孟某委员(插话):". */
const INTERJECTION_NOTE = /\(\s*(?:插话|插问)\s*\)/u;

/** After an online user's handle: the message or question, a colon, the quotation opening ("的留言：“"). */
const NETIZEN_MESSAGE = /^的(?:留言|提问|问题)\s*:\s*“/u;
/** After an online user's handle (and the platform): a verb of asking or writing in, the colon ("问：", "留言提问："). */
const NETIZEN_ASKS = /^\s*(?:留言提问|留言|提问|提出|问)(?:道)?\s*:\s*/u;

/** A comma or an exclamation right after a mention, maybe after a greeting: the person is called, not the subject of a verb ("韦局长,…", "韦局长您好,…"). */
const VOCATIVE_AFTER = /^\s*(?:您好|你好)?\s*[,!]/u;

/** The event's speaker asks in so many words: a label or a quotation, or a verb of asking in the sentence ("孙立平就…提出询问"). */
export function asksOutright(view: string, e: SpeechEvent): boolean {
  if (e.kind !== 'reported' || !e.mention) return e.kind !== 'moderator' && !e.guessed;
  const end = sentenceEnd(view, e.mention.span[1], view.length);
  return ASK.test(view.slice(e.mention.span[1], end)) || /[?]/u.test(view.slice(e.mention.span[1], end));
}

/** Every speech event of `[from, to)` in reading order. `mentions` are sorted by start; `text` shows the markup a Markdown view blanks. */
export function findSpeechEvents(view: string, from: number, to: number, mentions: SpeakerMention[], text: string = view): SpeechEvent[] {
  return readSpeech(view, from, to, mentions, text).events;
}

/**
 * The speech events of `[from, to)` in reading order, and the names of whoever chairs (chair.ts's
 * `findChairs`, read once here where the exchanges are resolved with them: the session names its chair from them).
 */
export function readSpeech(view: string, from: number, to: number, mentions: SpeakerMention[], text: string = view): { events: SpeechEvent[]; chairs: Set<string> } {
  const events: SpeechEvent[] = [];
  // A bare name (吴海鹰说) is a member of the congress when any mention of that name says so.
  const members = new Set(mentions.filter((m) => m.congress && m.name).map((m) => m.name));
  // …and a leader of the congress (热娜·吐尔逊指出, introduced as 州人大常委会副主任) is read as one.
  const leaders = new Map(mentions.filter((m) => m.name && m.title && isLeader(m.title)).map((m) => [m.name!, m.title!]));
  // …and so is whoever presides, whatever their title ("区人大常委会秘书长程某主持会议"): summing up, they ask nothing.
  const presiders = new Set(mentions.filter((m) => m.name && m.congress && namedPresiding(view, m)).map((m) => m.name!));
  // …and a bare name alone on its line is the label of whoever a label on its own line introduced ("司马红梅⏎有。…").
  const lined = ownLineSpeakers(view, mentions);
  const joint = jointLabels(view, from, to, mentions);
  append(events, joint.values());
  const silent: SpeakerMention[] = []; // named members opening a sentence with no verb of speaking read
  const asked = new Set<string>(); // the names that asked so far, in reading order (reported-questions.ts: a back-reference)
  mentions.forEach((m, k) => {
    if (m.span[0] < from || m.span[1] > to || joint.has(m)) return;
    let j = k + 1;
    while (j < mentions.length && mentions[j].span[0] < m.span[1]) j++;
    const next = j < mentions.length ? mentions[j].span[0] : to;
    const leader = !m.title && m.name ? leaders.get(m.name) : undefined;
    const previous = k > 0 ? mentions[k - 1].span[1] : -1;
    const member = !m.congress && m.name && members.has(m.name) ? { ...m, congress: true } : m;
    const titled = !leader && !m.title && m.name ? lined.get(m.name) : undefined;
    const introduced = titled && titled.span[0] < m.span[0] ? { ...member, title: titled.title, organization: titled.organization } : null;
    const e = eventOf(view, leader ? { ...m, congress: true, title: leader } : introduced ?? member, to, next, previous, m.name !== null && presiders.has(m.name), asked);
    if (e && leader) e.mention = m; // the event names the mention as found
    if (e && introduced) e.mention = member;
    if (e && e.role === 'asker' && e.mention?.name) { asked.delete(e.mention.name); asked.add(e.mention.name); } // (the last one asking last)
    // ("周敏回答了张立关于排污口整治的追问。她表示,…": the official named before the member answers after the sentence.)
    if (e && e.answeredBefore !== undefined) answersAfter(events, e.start, e.answeredBefore);
    if (e) events.push(e);
    else if (m.congress && m.name && m.title && !leader && !presiders.has(m.name)) silent.push(m);
  });
  addLabelEvents(view, from, to, mentions, events);
  addTagLines(view, from, to, mentions, events); // 【主持人】…, 【现场】…
  addTrailingAttributions(view, from, to, mentions, events);
  addTableRowEvents(view, from, to, mentions, events);
  stageBrackets(view, from, to, events); // "（委员某举手示意追问）": a stage note naming the next speaker, nobody's words
  for (const e of events) stampedStart(view, from, e);
  // "**委员 某**:" in a Markdown document: the label's turn starts at its markup, blank in the view (markdown.ts).
  for (const e of events) if (e.kind !== 'reported' && e.kind !== 'quote-first') withMarkup(text, view, e);
  // "●县农业农村局局长 何远航：": a glyph opening a label's line is the label's, not the turn before's (label-glyphs.ts).
  for (const e of events) if (e.kind === 'label' || e.kind === 'qa-label') withGlyph(text, e);
  markLists(view, mentions, events);
  events.sort((a, b) => a.start - b.start);
  if (silent.length) addSilentAskers(view, from, silent, events);
  const chairs = findChairs(view, mentions, events, leaders);
  addHostQuestions(view, events, chairs, mentions); // "主持人:有网友留言问,…?请市某局回答。" asks
  relayQuestions(view, events, chairs, mentions); // "我代读…县人大代表刘某通过代表履职平台提出:…?": 刘某 asks
  answerReporters(view, events); // "江南日报记者:…?" then "省人大常委会副秘书长 滕书和:…": 滕书和 answers
  answerQuestions(view, events, chairs); // …and so after a member's question: "委员 龙某:…?" then "副秘书长 滕某:整改主要有三个方面。…"
  // "委员甲、乙先后就…发问。“…”甲说。乙则关心,…": the announcement is the reporter's, each asks his own (asker-announcements.ts).
  // "对此,A、B分别作了回答。A说,…": the sentence naming who answered is the reporter's (joint-reports.ts).
  const resolved = jointReportsAsNarration(view, invitedFollowUps(view, resolveExchanges(view, announcedAskersAsk(view, markedFollowUps(view, events), mentions), chairs, chairAddresses(mentions, chairs))));
  furnishedStarts(view, from, resolved); // (after the exchanges: a tag line read as a turn of its own, "【委员提问】", is furnished too)
  return { events: resolved, chairs }; // (主持人:还有没有要追问的? then the same member: a 追问; "追问：" alone over a label: follow-up-markers.ts)
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


function eventOf(view: string, m: SpeakerMention, to: number, nextMention: number, previousMention = -1, presiding = false, asked: ReadonlySet<string> = new Set()): SpeechEvent | null {
  const ms = m.span[0];
  const me = m.span[1];
  const lineStart = lineStartAt(view, ms);
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
  // (“…?”…委员某的第一个问题就直指… — the member's own question, possessed: the quotation is it.)
  const owned = led !== null && congress && OWN_QUESTION_AFTER.test(after);
  // (“…?”第一个发问的是委员某 / …首先发问的是… / …率先提问的是…: the inverted "委员某问:“…?”", the verb before the one named.)
  const announcedLed = led !== null && congress && announcedAsker(view.slice(sentenceStart(view, ms, lineStart), ms));
  // (“…?”9月24日下午,…开展专题询问。首先发问的是委员某。 — the lede between them is the reporter's: the question is his.)
  const opens = sentenceStart(view, ms, lineStart);
  const acrossLede = led === null && !inQuote && !roleTag && quoted === null && congress && announcedAsker(view.slice(opens, ms))
    ? quoteAcrossLede(view, lineStart, opens, previousMention) : null;
  if (acrossLede !== null) return { mention: m, role: 'asker', start: acrossLede, anchor: acrossLede, wordsStart: acrossLede + 1, kind: 'quote-first', followUp: false };
  if (led !== null && (askedOf || !ADDRESSEE_BEFORE.test(before)) && !(congress && CHAIR.test(after)) && (askedOf || owned || announcedLed || !/^(?:的|所|刚才|提到|提出的)/u.test(after))
    && (askedOf || owned || announcedLed || firstVerb(ASK, after, 24) !== null || firstVerb(ANSWER, after, 16) !== null || /抛出|发问|问题/u.test(after.slice(0, 24)))) {
    const role: SpeechRole = congress ? 'asker' : 'responder';
    const followUp = role === 'asker' && FOLLOW.test(after.slice(0, 24));
    return { mention: m, role, start: led, anchor: led, wordsStart: led + 1, kind: 'quote-first', followUp };
  }
  // "在回应县人大代表某关于预算执行的提问时,县财政局局长某介绍,…", "针对委员某提出的…问题,…": the member named in the
  // adverbial before the answer asked (reported-questions.ts); the adverbial is the question's, the official's answer follows.
  // (A member who asked before is referred back to — "对于周某委员提出的问题,副市长某介绍,…" of an official answering
  // several questions in turn — unless the adverbial says 追问.)
  const adverbial = inQuote ? null : adverbialQuestion(view, m, sentenceStart(view, ms, lineStart), end, nextMention);
  if (adverbial && (adverbial.followUp || !m.name || !asked.has(m.name))) return { mention: m, role: 'asker', start: adverbial.start, anchor: adverbial.start, wordsStart: null, kind: 'reported', followUp: adverbial.followUp, ...(adverbial.topic ? { topic: adverbial.topic } : null) };
  // "额尔敦回答了乌力吉关于…学历互认的追问。他表示,…": the member named as the object of the answer asked, a follow-up when
  // they asked before (reported-questions.ts) — but not the member who has just asked ("钱伟回答了孙红的提问": that question).
  // (Only 追问 follows up: "单晓丽回答了邵丽关于特种设备安全的提问" is 邵丽's new question, whatever she asked before.)
  const object = inQuote ? null : answeredQuestion(view, m, sentenceStart(view, ms, lineStart), end, previousMention);
  const earlier = object && m.name ? asked.has(m.name) : false;
  if (object && (object.followUp || (earlier && lastOf(asked) !== m.name) || (!earlier && object.topic))) {
    return { mention: m, role: 'asker', start: object.start, anchor: object.start, wordsStart: null, kind: 'reported', followUp: object.followUp, answeredBefore: object.end, ...(object.topic ? { topic: object.topic } : null) };
  }
  if (object) return null; // (the member answered is spoken of, not speaking)
  // ("苟明就罗晓梅委员追问的项目进度问题作了补充回答": 罗晓梅 追问 is a relative clause in the answer's object.)
  if (!inQuote && answeredRelative(view, m, sentenceStart(view, ms, lineStart), end, previousMention)) return null;
  // "请市医保局回答王洪涛委员的第二个问题。": the chair's call opens that member's next exchange, put to the office named.
  const office = congress && !inQuote ? officeCall(view, sentenceStart(view, ms, lineStart), ms, after) : null;
  if (office) return { mention: m, role: 'asker', start: end, anchor: sentenceStart(view, ms, lineStart), wordsStart: null, kind: 'moderator', followUp: false, addressee: office };
  // "主持人某代为宣读了网民“甘泉老李”的留言：“…？”": an online user's message read out, quoted — the user asks (handle-labels.ts).
  const netizen = !inQuote && /^(?:网友|网民)$/u.test(m.title ?? '');
  // "工作人员：网民“某某”通过…提问：…？", "我来念一下。网民“某某”问：…": read out in someone's line, the user's label all the
  // same, the words after its colon (relayed-askers.ts leaves the reader's words to the reader).
  const asking = netizen ? NETIZEN_ASKS.exec(after) : null;
  if (asking) return { mention: m, role: 'asker', start: ms, anchor: ms, wordsStart: me + asking[0].length, kind: 'label', followUp: false };
  const message = netizen ? NETIZEN_MESSAGE.exec(after) : null;
  if (message) {
    const start = sentenceStart(view, ms, lineStart);
    return { mention: m, role: 'asker', start, anchor: start, wordsStart: me + message[0].length - 1, kind: 'reported', followUp: false };
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
  // ("二、州人大代表某某:“三线一单”…如何?": a digest's item number before the label, its words on the line, numbers the
  // exchange as a header does; the label after it is read as at the line's start. Alone, "二、…委员某某:" is a heading.)
  const numbered = sentence === lineStart && m.name !== null ? itemNumberEnd(view, lineStart, me) : null;
  const lead = LEAD.exec(view.slice(numbered ?? sentence, ms));
  const atStart = lead !== null;
  // "(市人大常委会委员 谭某)问:" — the speaker in parentheses before the label's verb; "(孟某委员插话)…" — cutting in.
  // (The label patterns are read only for a mention at the start: elsewhere no label counts.)
  const parenthesized = atStart && /\(\s*$/u.test(before) ? PAREN_LABEL_AFTER.exec(after) ?? PAREN_INTERJECTION_AFTER.exec(after) : null;
  const label = !atStart ? null : LABEL_AFTER.exec(after) ?? (m.form === 'label' || /[【\[]\s*$/u.test(before) ? BRACKET_AFTER.exec(after) : null) ?? parenthesized;
  if (atStart && label) {
    // ("委员问（某）:" / "局长答（某）:": the verb between the post and the bracketed name, post-bracket-labels.ts.)
    const verb = label[1] ?? verbBeforeBracket(view, m) ?? lead[1] ?? '';
    const wordsStart = me + label[0].length;
    const guessed = !verb && !m.congress && !m.title && !m.organization;
    // ("某某插话:": a member cutting in asks; anyone else cutting in is read by the words, as "某某(插话):" is.)
    const role: SpeechRole = (/插/u.test(verb) && !m.congress ? null : verbRole(verb)) ?? guessRole(view, m, wordsStart, to);
    const bold = /(?:\*\*|__)\s*$/u.exec(before); // **李某:** — the turn starts at its markup
    // A role tag, a scene tag or a clock time before the name ("【现场】10:08 局长某:") opens the turn with it.
    const leadStart = numbered ?? sentence + (QUESTION_HEADER_AT.exec(view.slice(sentence, ms))?.[0].length ?? 0); // (the header is the section's, not the turn's)
    // (…and so does a stage direction: "(大屏幕显示网友留言)网友“某某”:".)
    const tagged = lead[1] || /[\d【\[)]/u.test(view.slice(leadStart, ms).replace(/[【\[]\s*$/u, ''));
    const start = tagged ? leadStart : /[【\[]\s*$/u.test(before) || (parenthesized && label === parenthesized) ? ms - (before.length - before.trimEnd().length) - 1 : bold ? ms - bold[0].length : ms;
    // "滕某代表(追问):": a note in parentheses before the colon.
    // ("孟某委员(插话):…": cutting in, noted in brackets, which the mention may hold.)
    const followUp = /追问|再问|插话|插问/u.test(verb) || /追问|再问|插话|插问/u.test(label[2] ?? '') || INTERJECTION_NOTE.test(view.slice(ms, wordsStart)) || (role === 'asker' && asksFollowUp(view, wordsStart));
    return { mention: m, role, start, anchor: start, wordsStart, kind: 'label', followUp, guessed };
  }

  // "【提问】覃某委员 → 县数据资源管理局⏎…?": a live feed's routing header, the one asked after the arrow (or 问 ORG,
  // 向 ORG 提问), the words on the next line (routing-headers.ts).
  const routed = atStart && m.name !== null ? routingHeader(lexicon(), view, me, to) : null;
  if (routed) {
    const role: SpeechRole = congress ? 'asker' : guessRole(view, m, routed.wordsStart, to);
    const leadStart = sentence + (QUESTION_HEADER_AT.exec(view.slice(sentence, ms))?.[0].length ?? 0);
    const start = /[\d【\[)]/u.test(view.slice(leadStart, ms)) ? leadStart : ms;
    const followUp = role === 'asker' && asksFollowUp(view, routed.wordsStart);
    return { mention: m, role, start, anchor: start, wordsStart: routed.wordsStart, kind: 'label', followUp, addressee: routed.addressee };
  }
  // "常委会委员程佳 请问吴副市长,…?": a label that lost its colon, the speaker's 请问 opening the words.
  const colonless = atStart && m.name !== null && !lead[1] ? COLONLESS_LABEL_AFTER.exec(after) : null;
  if (colonless) {
    const wordsStart = me + colonless[0].length;
    const role: SpeechRole = congress ? 'asker' : guessRole(view, m, wordsStart, to);
    const leadStart = sentence + (QUESTION_HEADER_AT.exec(view.slice(sentence, ms))?.[0].length ?? 0);
    const start = /[\d【\[)]/u.test(view.slice(leadStart, ms)) ? leadStart : ms;
    return { mention: m, role, start, anchor: start, wordsStart, kind: 'label', followUp: role === 'asker' && asksFollowUp(view, wordsStart) };
  }
  // "州财政局副局长　罗某某" alone on its line and the words in the next paragraph (WeChat reposts,
  // gazettes: the bold speaker line lost its colon): a label without a colon.
  const ownLine = ownLineLabel(view, m, lineStart, to, previousMention);
  if (ownLine !== null) {
    // ("局长答（某）⏎…": the label's own verb says the role, post-bracket-labels.ts.)
    const verb = verbBeforeBracket(view, m) ?? '';
    const role = verbRole(verb) ?? (congress ? 'asker' : guessRole(view, m, ownLine, to));
    const followUp = /追问|插话/u.test(verb) || (role === 'asker' && asksFollowUp(view, ownLine)); // "我再追问一下,…"
    // (Whoever is outside the congress and the government asks when the words ask: label-role.ts.)
    return { mention: m, role, start: ms, anchor: ms, wordsStart: ownLine, kind: 'label', followUp };
  }
  // "县自然资源局局长因在外地开会,委托县自然资源局二级调研员高振华代为回答。", "局长因公出差,由副局长彭某代为回答:…": the
  // stand-in answers, and the sentence saying so is the answer's, from its start (never the question's last words).
  if (!congress && ENTRUSTED_BEFORE.test(view.slice(sentence, ms)) && ENTRUSTED_AFTER.test(after)) {
    return { mention: m, role: 'responder', start: sentence, anchor: sentence, wordsStart: null, kind: 'reported', followUp: false };
  }
  // Moderator calls: the speaker's turn starts after the call sentence.
  if (CALL_BEFORE.test(view.slice(sentence, ms))) {
    const asks = CALL_ASK.test(after);
    if (asks || CALL_ANSWER.test(after)) {
      const anchor = sentence;
      // ("请潘某代表提问,请县商务局和县财政局回答。": the offices the chair dispatches the question to are its addressees.)
      const dispatched = asks ? dispatchedOffices(view, me, end) : null;
      return { mention: m, role: asks ? 'asker' : 'responder', start: end, anchor, wordsStart: null, kind: 'moderator', followUp: FOLLOW.test(after) && !ANOTHER_QUESTION.test(after), ...(dispatched ? { addressee: dispatched } : null) };
    }
    return null;
  }
  // "第一位询问的是县人大常委会委员覃某某委员。她说,…": the asker is announced before being quoted.
  const opening = view.slice(sentence, ms);
  // (Not "我想询问的是县教育局局长某": the speaker puts a question to the person named.)
  if (announcedAsker(opening)) {
    return { mention: m, role: 'asker', start: sentence, anchor: sentence, wordsStart: null, kind: 'reported', followUp: false };
  }
  if (ADDRESSEE_BEFORE.test(before)) {
    // "…追问马厅长,处罚之后如何防止反弹?他回答,…": the one asked answers in the next sentence.
    const reply = !congress && view.charCodeAt(end - 1) === 0x3f ? PRONOUN_ANSWERS.exec(view.slice(end, Math.min(end + 12, to))) : null; // ?
    if (!reply) return null;
    const at = end + reply[0].length - reply[1].length;
    return { mention: m, role: 'responder', start: at, anchor: at, wordsStart: null, kind: 'reported', followUp: false };
  }

  // "韦局长,去年询问时是多少?", "我想问,欧阳局长,…", "韦晓东局长您好,…": a surname (or a name) and a post after it,
  // set off by a comma, address that person (a vocative) inside someone's words; a speaker's label ends in a colon
  // or a bracket, read above.
  // (Not a name set off by commas before its titles: "程某, 县人大常委会委员, 首先提问:" is the speaker.)
  const called = m.form === 'surname-title' || (m.form === 'name-title' && m.nameSpan !== null && m.titleSpan !== null && m.nameSpan[1] === m.titleSpan[0]);
  if (called && VOCATIVE_AFTER.test(after)) return null;

  // Reported speech: a verb of speaking after the mention, within its clause; for the first of
  // several named together ("庞某、冷某分别作了回答") the verb comes after the last of them.
  // "X就<topic>问题回答询问时说,…": the answer to a question the report leaves out opens an exchange (reported-exchanges.ts),
  // however long the topic.
  const answeredOn = congress ? null : answeredTopic(view, me, end);
  if (answeredOn) {
    const lead = REPLY_OPENER.exec(view.slice(sentence, ms)) ?? (previousMention <= sentence ? LEAD_ADVERBIALS.exec(view.slice(sentence, ms)) : null);
    const start = lead ? sentence + (lead[0].length - lead[0].trimStart().length) : ms;
    return { mention: m, role: 'responder', start, anchor: start, wordsStart: null, kind: 'reported', followUp: false, topic: answeredOn, opensExchange: true };
  }
  const answerAt = firstVerb(ANSWER, after, 16) ?? (JOINT_ANSWER.test(after) || STANDS_IN_FOR.test(after) ? 0 : null);
  const askAt = firstVerb(ASK, after, 90);
  // A chair opening or summing up ("…主任某某作总结讲话。他强调,…", "会议最后,某某讲话。") speaks
  // but asks nothing, whatever sentence follows.
  if (congress && (CHAIR.test(after) || CLOSING_BEFORE.test(view.slice(sentence, ms)))) return null;
  if (congress && isLeader(m.title ?? '') && LEADER_DIRECTS.test(after)) return null;
  if (answerAt === null && askAt === null) {
    // "州人大代表某把话筒转向了养老:“…怎么让它转起来?”": a member's verb phrase, a colon and a quotation that asks.
    const quoted = congress ? narratedQuestion(view, me, to) : null;
    if (quoted !== null) {
      const opener = view.slice(sentence, ms);
      const lead = previousMention <= sentence ? LEAD_ADVERBIALS.exec(opener) : null; // "紧接着,州人大代表某…"
      const start = lead ? sentence + (lead[0].length - lead[0].trimStart().length) : ms;
      return { mention: m, role: 'asker', start, anchor: start, wordsStart: quoted, kind: 'reported', followUp: false };
    }
    // "市民政局局长萧某直面问题。他介绍,…": the next sentence speaks for the one just named.
    if (!PRONOUN_SPEAKS.test(view.slice(end, Math.min(end + 12, to)))) return null;
    return { mention: m, role: congress ? 'asker' : 'responder', start: ms, anchor: ms, wordsStart: null, kind: 'reported', followUp: false };
  }
  // The congress's own leaders (主任, 副主任; not members 委员) and the one presiding commenting without asking are narration.
  // So is a congress body's 负责人 ("区人大常委会社会建设工委负责人表示,将继续跟踪监督"), who speaks for the body, and any
  // congress speaker in a paragraph on what follows the meeting ("会后,区人大常委会将…。…负责人表示,…"): wrap-up, no question.
  const title = m.title ?? '';
  if (congress && askAt === null && (isLeader(title) || presiding || BODY_HEAD.test(title) || AFTER_MEETING.test(view.slice(lineStart, ms)))) {
    // …unless they go on to ask before anyone else is named ("…指出,…。她询问市政府…").
    const onwards = view.slice(me, Math.min(lineEnd(view, me), nextMention));
    if (!LEADER_ASKS_ON.test(onwards)) return null;
  }
  // The introduction's participants: "县人大代表王某等5名代表应邀参加并现场提问" — invited to attend
  // and ask, no turn of theirs (a member who asks says so with a question or a quotation).
  // But "…阮某列席会议并提问。她说,…": the next sentence gives the words she asked, so she asks there.
  if (congress && askAt !== null && answerAt === null && ATTENDING.test(after.slice(0, askAt)) && !/[?“:]/u.test(after)
    && !PRONOUN_SPEAKS.test(view.slice(end, Math.min(end + 12, to)))) return null;
  // "…及州民政局、…管委会负责人应询。": the last of the offices listed to answer, in the introduction's roster.
  if (!congress && ROSTER_ANSWER_AFTER.test(after) && ROSTER_LISTED_BEFORE.test(view.slice(sentence, ms))) return null;
  // An official the government answers for, with a verb of asking and none of answering ("副州长某到会听取委员询问"):
  // narration of who attends, never an asker (the government's side answers; a member asks).
  if (!congress && answerAt === null && answersForGovernment(m)) return null;
  let role: SpeechRole;
  if (congress) role = 'asker';
  else if (answerAt !== null) role = 'responder';
  else role = 'asker';
  const followUp = role === 'asker' && FOLLOW.test(after.slice(0, (askAt ?? 0) + 4));
  // "…滞留。对此,省财政厅厅长某回应。": the connective opening the sentence opens the reply, not the question.
  // "针对委员们提出的问题,冉某表示,…", "会上,委员某提问": the lead adverbials of the sentence are the speaker's too (a turn
  // never ends after a comma inside a sentence) — unless they name someone ("面对委员某的提问,局长某回应": the asker's name
  // stays out of the reply).
  const opener = view.slice(sentence, ms);
  const reply = (role === 'responder' ? REPLY_OPENER.exec(opener) : null) ?? (previousMention <= sentence ? LEAD_ADVERBIALS.exec(opener) ?? HEARSAY_OPENER.exec(opener) : null);
  const start = reply ? sentence + (reply[0].length - reply[0].trimStart().length) : ms;
  return { mention: m, role, start, anchor: start, wordsStart: null, kind: 'reported', followUp };
}

/** Words before a mention that announce it asks ("第一位询问的是", "首先发问的是"), not a speaker naming whom they ask ("我想询问的是局长某"). */
function announcedAsker(opening: string): boolean {
  return ANNOUNCED_ASKER.test(opening) && !/[我向]/u.test(opening);
}

/** The names in `asked` are in the order they last asked: the last. */
function lastOf(asked: ReadonlySet<string>): string | null {
  let last: string | null = null;
  for (const n of asked) last = n;
  return last;
}

/** The official's answer event named in the sentence from `sentence` (the last event so far) starts at `end`, after it. */
function answersAfter(events: SpeechEvent[], sentence: number, end: number): void {
  const e = events[events.length - 1];
  if (!e || e.role !== 'responder' || e.kind !== 'reported' || !e.mention || e.mention.span[0] < sentence || e.start >= end) return;
  e.start = end;
  e.anchor = end;
}

/** The one speaking for a congress body by that role, no post of their own: "社会建设工委负责人", "有关负责同志". */
const BODY_HEAD = /负责(?:人|同志)$/u;
/** A paragraph opening on what follows the meeting: "会后,…", "会议结束后,…" (the moment, then a comma). */
const AFTER_MEETING = /^\s*(?:会后|(?:会议|询问)结束(?:以)?后)\s*,/u;

/**
 * "09:07⏎【部门应询】⏎县林业局局长 某:…": a label opening its line starts at the stamp and tag lines over it
 * (furniture-lines.ts), which head its entry; they are never the words of the turn before.
 */
function furnishedStarts(view: string, from: number, events: SpeechEvent[]): void {
  if (!mayHaveFurniture(view)) return; // (most documents file no entry under a tag)
  const taken = new Set(events.map((e) => e.start));
  for (const e of events) {
    if (e.kind !== 'label' && e.kind !== 'qa-label') continue;
    const lineStart = lineStartAt(view, e.start);
    if (view.slice(lineStart, e.start).trim()) continue; // the label does not open its line
    const at = furnitureStart(view, lineStart, from, taken);
    if (at === lineStart) continue;
    taken.add(at);
    if (e.anchor === e.start) e.anchor = at;
    e.start = at;
  }
}

/** The role a label's verb gives (答, 回应, 应询, 补充 answer; 问, 插话 ask), or null for none. */
function verbRole(verb: string): SpeechRole | null {
  return /答|回应|应询|补充/u.test(verb) ? 'responder' : /问|插话/u.test(verb) ? 'asker' : null;
}

/** Moves `e` to the glyph opening its line ("▲常委会委员 某:" starts at ▲). */
function withGlyph(text: string, e: SpeechEvent): void {
  const at = glyphStart(text, e.start);
  if (at === e.start) return;
  if (e.anchor === e.start) e.anchor = at;
  e.start = at;
}

/** Moves `e` to the Markdown markup blanked right before it on its line ("**李某**:" starts at "**"). */
function withMarkup(text: string, view: string, e: SpeechEvent): void {
  const at = markupStart(text, view, e.start);
  if (at === e.start) return;
  if (e.anchor === e.start) e.anchor = at;
  e.start = at;
}
