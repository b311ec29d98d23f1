/**
 * The chair: who presides over the inquiry, and whether a labelled turn puts a question of its own.
 *
 * Example: after "省人大常委会副主任马振华主持会议。" the lines "马振华：下面开始询问。请委员们提问。" and
 * "马振华：询问结束。请省政府认真研究。" are the chair's narration (opening, closing), never a
 * question; "马振华：请问省财政厅，资金缺口有多大？" still puts one to an official.
 * The chair is whoever the text names as presiding — "X主持会议", "会议由X主持", "X主持并讲话",
 * "主持人：X", and before anyone asks "<any title> X主持(会议)" (a delegation's 团长) — or as attending to speak ("X出席会议并讲话"), or a leader of the congress (主任, 副主任 of its
 * standing committee, a township congress's 主席) whose labelled turn opens the exchanges without asking, or none of
 * whose labelled turns asks. Which of their turns are narration is decided with the moderator calls, by their words
 * (exchanges.ts). Matching runs on the view; offsets are [start, end) UTF-16 offsets into the decoded text.
 */
import type { SpeakerMention } from './mentions.js';
import { lineEnd, wordsFrom, type SpeechEvent } from './speech.js';
import { STAMP } from './stamps.js';
import { isSpace } from './blocks.js';
import { relayedParaphrase } from './relayed-paraphrase.js';

/**
 * Right after the person, 主持 as a verb ("主持会议", "主持联组会议", "主持并讲话", "同志主持", "会议由X主持。",
 * "出席并主持会议"), or the leader who attends to speak rather than ask ("出席会议并讲话", "作总结讲话"). The person may
 * open a list of those who preside together: "会议由教科文卫委员会主任委员巴特尔和社会建设委员会主任委员高秀兰共同主持"
 * makes both chairs (the list's words after the first name, to 主持, in the same clause).
 */
const PRESIDES = /^\s*(?:同志)?\s*(?:[、和及与][^。,;:?!\n]{1,40}?\s*(?:同志)?\s*)?(?:(?:分别|共同|在)?主持(?!人|词)|出席(?:会议|联组会议)?并(?:主持(?!人|词)|(?:作(?:总结)?)?讲话)|作(?:总结)?讲话)/u;
/**
 * Before the person on the line, a 主持人 field or label: "主持人:省人大常委会副主任马振华", "会议主持人 刘建平:", "主持人(…",
 * or a minutes' 主持 field with its colon ("主持:区人大常委会副主任 解春林"; without one, 主持 is a verb of the sentence before).
 * A field name may be letter-spaced to align a block of fields ("主 持 人:", "主　持:"): read with its inner spaces.
 */
const PRESIDER_FIELD = new RegExp(String.raw`^\s*(?:${STAMP}\s*)?(?:\*\*|__)?(?:会议)?(?:主[ \t]*持[ \t]*人\s*(?:\*\*|__)?\s*[:(]?|主[ \t]*持\s*(?:\*\*|__)?\s*:)\s*$`, 'u');

/**
 * The congress's own leaders, who chair rather than ask: of a standing committee its 主任 and 副主任
 * (县人大常委会主任), of a township congress, which has none, its 主席 and 副主席 (镇人大主席, 乡人大副主席,
 * 镇人大主席团主席), of a district's street office its 人大工委主任 (街道人大工委主任), and the members of
 * the 主任会议 (县人大常委会主任会议成员); never a member (委员) holding one of those posts besides.
 */
export function isLeader(title: string): boolean {
  return LEADER_TITLE.test(title) && !/委员(?!会)/u.test(title);
}
/** The presiding titles of every level, at the title's end. */
const LEADER_TITLE = /(?:常委会(?:副)?主任|人大(?:常委会)?(?:主席团)?(?:常务)?(?:副)?主席|人大(?:工委|工作委员会)(?:副)?主任|主任会议成员)$/u;

/**
 * Right after the person, 主持 over the meeting itself: "主持会议", "主持联组会议", "主持询问", "主持。", "主持并讲话" — not
 * "主持召开…", "主持制定…", which any official does of other meetings and work.
 */
const PRESIDES_MEETING = /^\s*(?:同志)?\s*(?:出席并)?主持(?:了)?(?:本次|此次|今天的)?(?:会议|联组会议|全体会议|询问会|专题询问|询问|并|[,。;]|$)/u;

/** The mention is said to preside over the meeting (PRESIDES_MEETING). */
function presidesMeeting(view: string, m: SpeakerMention): boolean {
  return PRESIDES_MEETING.test(view.slice(m.span[1], m.span[1] + 12));
}

/** How far after a mention PRESIDES and HOLDS read (the co-presiders' list and 主持). */
const PRESIDING_REACH = 56;

/** The mention is named as presiding: "…秘书长程某主持会议", "主持人:程某", "程某(主持人):". */
export function namedPresiding(view: string, m: SpeakerMention): boolean {
  return PRESIDES.test(view.slice(m.span[1], m.span[1] + PRESIDING_REACH)) || declaredModerator(view, m);
}

/** Right after the person, 主持 itself ("主持联组会议", "出席并主持会议"), not only attending to speak. */
const HOLDS = /^\s*(?:同志)?\s*(?:[、和及与][^。,;:?!\n]{1,40}?\s*(?:同志)?\s*)?(?:(?:分别|共同|在)?主持(?!人|词)|出席(?:会议|联组会议)?并主持(?!人|词))/u;

/**
 * How the mention is named as presiding: 2 when they 主持 or are the declared moderator ("副委员长曹某主持联组会议",
 * "主持人:程某"), 1 when they only attend to speak ("委员长栗某出席会议并讲话": a higher-ranking leader who speaks, not
 * the chair, when someone else 主持), 0 not at all.
 */
export function presidingRank(view: string, m: SpeakerMention): 0 | 1 | 2 {
  if (HOLDS.test(view.slice(m.span[1], m.span[1] + PRESIDING_REACH)) || declaredModerator(view, m)) return 2;
  return namedPresiding(view, m) ? 1 : 0;
}

/** Right after the person, attending to speak: "出席会议并讲话", "出席并讲话" (not "作总结讲话", the closing summary). */
const ATTENDS_TO_SPEAK = /^\s*(?:同志)?\s*出席(?:会议|联组会议)?并(?:作(?:总结)?)?讲话/u;

/** The mention attends to speak ("委员长栗某出席会议并讲话"), no more. */
export function attendsToSpeak(view: string, m: SpeakerMention): boolean {
  return ATTENDS_TO_SPEAK.test(view.slice(m.span[1], m.span[1] + 12));
}

/**
 * The mention is the value of a 主持人 field ("主持人:滕某", "主持人:市人大常委会副主任 滕某"): the record
 * names the chair, title or not, wherever the field stands in the head of the document. Not when the words after
 * the name ask something ("主持人:李某委员还有没有追问?", "主持人:王代表,您对答复满意吗?"): that is the chair's label
 * and the chair speaking to the person named, who asks, not a field naming the chair.
 */
export function inPresiderField(view: string, m: SpeakerMention): boolean {
  const lineStart = fieldLineStart(view, m.span[0]);
  return lineStart >= 0 && fieldBefore(view, lineStart, m.span[0]) && !ASKED_AFTER.test(view.slice(m.span[1], lineEnd(view, m.span[1])));
}

/**
 * The start of the line holding `at`, or -1 as soon as more than FIELD_REACH code units of words stand before `at` on it
 * (no field then). Looked for backwards within that reach: a lastIndexOf('\n') for every mention made a paragraph
 * of thousands of turns with no line break quadratic.
 */
function fieldLineStart(view: string, at: number): number {
  let i = at - 1;
  for (; i >= 0; i--) {
    const c = view.charCodeAt(i);
    if (c === 0x0a) break;
    if (at - i > FIELD_REACH && !isSpace(c)) return -1;
  }
  return i + 1;
}
/** Words asking something on the rest of the line: a question mark, 吗, 有没有, 是否 (a field's value holds none). */
const ASKED_AFTER = /[?]|吗|有没有|是否/u;

/**
 * PRESIDER_FIELD on the line before `at`. A field ("【09:00】**会议主持人**:") is short: a mention deep in a long
 * paragraph is tested without copying the paragraph (one copy per mention made this quadratic on reports
 * written a question to a line).
 */
function fieldBefore(view: string, lineStart: number, at: number): boolean {
  let s = lineStart;
  while (s < at && isSpace(view.charCodeAt(s))) s++;
  if (at - s > FIELD_REACH) return false;
  // (Most lines hold no 主持: the regex is not even compiled then. Searched for in the field's reach only:
  // an indexOf over the rest of the view, for every mention, made a compilation of megabytes quadratic.)
  return view.slice(s, at + 1).includes('持') && PRESIDER_FIELD.test(view.slice(lineStart, at));
}
/** The longest a 主持人 field may be before the name (stamp, bold marks, 会议主持人, spaces, colon). */
const FIELD_REACH = 40;

/** The mention is declared the moderator, title or not: "主持人:程某", "主持人程某:", "程某(主持人):" (not "程某主持召开…", which any official may). */
function declaredModerator(view: string, m: SpeakerMention): boolean {
  const nameEnd = m.nameSpan ? m.nameSpan[1] : m.span[1]; // (a label's brackets may lie inside the mention: affiliations.ts)
  return inPresiderField(view, m) || MODERATOR_AFTER.test(view.slice(nameEnd, nameEnd + 8));
}
/** The moderator's role in brackets after the name: "杭某(主持人):". */
const MODERATOR_AFTER = /^\s*\(\s*(?:会议)?主持人\s*\)/u;

/**
 * Names of the people who chair: named as presiding, or (`leaders`: name → title of the congress's
 * 主任/副主任) a leader whose label turn comes before anyone asks and asks nothing itself.
 * `events` are in reading order.
 */
export function findChairs(view: string, mentions: SpeakerMention[], events: SpeechEvent[], leaders: ReadonlyMap<string, string>): Set<string> {
  const chairs = new Set<string>();
  const firstAsk = events.find((e) => e.role === 'asker')?.start ?? view.length;
  for (const m of mentions) {
    // (Only the congress presides over its inquiry: "副市长某主持召开专题会议" in an answer names no chair;
    // a 主持人 field names one, title or not, and so does a moderator declared with no title at all: "杭某(主持人):".
    // Before anyone asks, whoever is said to preside over the meeting does, whatever the title: "副主任黄某主持。",
    // "代表团团长、宜昌市委书记王某主持会议" at a delegation's inquiry.)
    if (!m.name || !(m.congress || leaders.has(m.name) || inPresiderField(view, m) || (!m.title && declaredModerator(view, m))
      || (m.title && m.span[1] <= firstAsk && presidesMeeting(view, m)))) continue;
    if (namedPresiding(view, m)) chairs.add(m.name);
  }
  for (const name of handingOver(view, mentions, events)) chairs.add(name);
  for (const e of events) {
    const name = e.mention?.name ?? null;
    const leader = name !== null && (leaders.has(name) || chairs.has(name));
    if (e.kind === 'label' && leader && e.wordsStart !== null && !asksQuestion(view, e.wordsStart)) { chairs.add(name!); continue; }
    if (e.role === 'asker') break; // someone asks: no longer the opening
  }
  // A leader whose labelled turns, wherever they stand, never ask ("镇人大主席某:⏎司马代表,还有没有要追问的?",
  // "…:请镇长回答。", "…:询问到此结束。") presides, though nothing names him so and he opens nothing.
  const asking = new Map<string, boolean>();
  for (const e of events) {
    const name = e.mention?.name;
    if (e.kind === 'label' && name && leaders.has(name) && e.wordsStart !== null) asking.set(name, (asking.get(name) ?? false) || asksQuestion(view, e.wordsStart));
  }
  for (const [name, asks] of asking) if (!asks) chairs.add(name);
  return chairs;
}

/**
 * How the text may call whoever chairs by surname and post — "上官副主任:" for 省人大常委会副主任上官文涛, "张副主任:" for
 * 张某 — the post as the chair holds it (a 主任 called of a 副主任 may be an official of that surname, unnamed): the forms of
 * each chair's named mentions that nobody else named shares (a 副主任 of a bureau with the same surname leaves the form to
 * neither).
 */
export function chairAddresses(mentions: readonly SpeakerMention[], chairs: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (!chairs.size) return out;
  const owners = new Map<string, Set<string>>(); // form → the names it may call
  for (const m of mentions) {
    if (!m.name || !m.surname || !m.office || m.name === m.surname) continue;
    const form = m.surname + m.office;
    owners.set(form, (owners.get(form) ?? new Set<string>()).add(m.name));
  }
  for (const [form, names] of owners) if ([...names].every((n) => chairs.has(n))) out.add(form);
  return out;
}

/** True when the mention calls a chair by surname and post only ("上官副主任", not a bureau's: no organization outside the congress). */
export function callsChair(m: SpeakerMention | null, addresses: ReadonlySet<string>): boolean {
  return !!m && !m.name && !!m.surname && !!m.office && (!m.organization || m.congress) && addresses.has(m.surname + m.office);
}

/** Words handing over the floor: "先请卜某委员提问。", "最后请汪某副省长回答。", "请省财政厅补充回答。" (请问 asks). */
const HANDS_OVER = /请(?!问)[^。?!\n]{0,30}?(?:提问|询问|发问|追问|回答|答复|作答|回应|补充)/u;

/** …to a member, to ask: "先请卜某委员提问", "下面请委员们询问". */
const CALLS_ASKER = /请(?!问)[^。?!\n]{0,30}?(?:提问|询问|发问|追问)/u;

/**
 * Speakers never given a title who moderate: two labelled turns or more, none asking, one handing over the
 * floor ("杭某:同志们,…先请卜某委员提问。" / "杭某:最后请汪某副省长回答。" / "杭某:今天的专题询问很有成效。…"),
 * and either opening the exchanges (a label before anyone asks) or calling on a member to ask: an official
 * handing over to a colleague ("请财政局的同志补充") does neither.
 */
function handingOver(view: string, mentions: SpeakerMention[], events: SpeechEvent[]): string[] {
  const titled = new Set<string>();
  for (const m of mentions) if (m.name && (m.title || m.congress)) titled.add(m.name);
  const turns = new Map<string, { count: number; asks: boolean; hands: boolean; opens: boolean; calls: boolean }>();
  let asked = false;
  for (const e of events) {
    const name = e.mention?.name;
    if (e.kind === 'label' && name && !titled.has(name) && e.wordsStart !== null) {
      const from = wordsFrom(view, e.wordsStart);
      const words = view.slice(from, lineEnd(view, from));
      const t = turns.get(name) ?? { count: 0, asks: false, hands: false, opens: !asked, calls: false };
      t.count++;
      t.asks ||= asksQuestion(view, e.wordsStart);
      t.hands ||= HANDS_OVER.test(words);
      t.calls ||= CALLS_ASKER.test(words);
      turns.set(name, t);
    }
    if (e.role === 'asker' && !(name && turns.has(name))) asked = true;
  }
  const out: string[] = [];
  for (const [name, t] of turns) if (t.count >= 2 && t.hands && !t.asks && (t.opens || t.calls)) out.push(name);
  return out;
}

/** A sentence ending in a question mark, 请问, or the speaker saying they ask ("我想问一下…", "我也问一个", "我想了解…"). */
const QUESTION = /[^。!?;\n]*\?|请问|我(?:想|要|再|还|也)?(?:问|了解|请教)/gu;
/**
 * A question to the members, not to an official: "哪位委员先提问?", "委员们还有问题吗?", "大家还有什么问题?", the chair
 * offering a 追问 to whoever just asked ("司马代表,还有没有要追问的?", "周委员还要追问吗?"), or to anyone ("还有没有追问?",
 * "是否还有问题?", "还有哪位委员要问?": the ? is put to the members, the chair asks nothing).
 */
const CALL_FOR_QUESTIONS = /(?:(?:委员|代表|大家|同志|哪位|哪一位)(?:们)?\s*,?[^。!?;,\n]{0,10}?|(?:还有没有|有没有|还有|还要|是否还有|是否还要|要不要|还需要|需不需要)[^。!?;,\n]{0,6}?)(?:提问|发言|追问|询问|问题|再问|要问|想问)(?:的)?(?:吗|呢|了吗)?\s*\?$/u;

/** The words of a labelled turn (from `wordsStart` to the end of the line) put a question: a 请问 or a question mark, not only a call for questions. */
export function asksQuestion(view: string, wordsStart: number): boolean {
  const from = wordsFrom(view, wordsStart); // (under a label ending its line, the words of the next)
  const words = view.slice(from, lineEnd(view, from));
  // (A question relayed in a paraphrase asks with no question mark: "…递了一张条子,问的是X的问题,请县民政局回答。")
  if (relayedParaphrase(words)) return true;
  QUESTION.lastIndex = 0;
  for (let m = QUESTION.exec(words); m !== null; m = QUESTION.exec(words)) {
    if (!m[0].endsWith('?') || !CALL_FOR_QUESTIONS.test(m[0])) return true;
  }
  return false;
}
