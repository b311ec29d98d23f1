/**
 * Resolving speech events into turns of an exchange: names inside a labelled turn are spoken
 * about ("邵华:宁海涛委员提的问题很重要"), a moderator's call ("请市医疗保障局局长蒋红英同志回答")
 * gives way to the called person's own turn, and 问:/答: labels take their speakers from the
 * announcement before them ("郭晓峰委员就…提问,市教育局局长潘文静作答。" or "提问人:…").
 * Offsets are [start, end) UTF-16 offsets into the decoded text.
 */
import { lineEnd, type SpeechEvent } from './speech.js';
import type { SpeakerMention } from './mentions.js';
import { asksQuestion } from './chair.js';

/** Apply the three passes, in order. `events` are sorted by start; `chairs` names who presides (chair.ts). */
export function resolveExchanges(view: string, events: SpeechEvent[], chairs: ReadonlySet<string> = new Set()): SpeechEvent[] {
  return remarksAskNothing(view, subheadsOpen(view, announce(view, fieldsGiveWay(mergeCalls(insideLabels(view, rollCallGivesWay(view, editorsNoteGivesWay(view, events)), chairs))))));
}

/**
 * 审议 minutes: a member's remarks that ask nothing ("苏某委员:我同意这个报告。建议:1.加大财政投入;2.加强人才培养。")
 * followed by another member's turn, not an answer, is a speech (审议发言), no question: its words hold no question
 * mark, no verb of asking (请问, 想问, 询问) and no call on an office to answer ("请市民政局回答"). The label's turn
 * becomes narration, which opens the next member's question (nobody asked in it; no answer ends with it).
 */
function remarksAskNothing(view: string, events: SpeechEvent[]): SpeechEvent[] {
  let out: SpeechEvent[] | null = null;
  for (let i = 0; i < events.length; i++) {
    const e = out?.[i] ?? events[i];
    if (e.role !== 'asker' || e.kind !== 'label' || e.followUp || e.wordsStart === null || !e.mention) continue;
    let j = i + 1;
    while (j < events.length && events[j].role === 'narration' && !events[j].moderator) j++;
    const next = events[j];
    if (!next || next.role !== 'asker' || next.kind !== 'label' || !next.mention || keyOf(next) === keyOf(e)) continue;
    // (Askers sharing one label, "委员甲、代表乙:…?", speak the same words: the next must open a line of its own.)
    if (events[i + 1].start <= lineEnd(view, e.wordsStart)) continue;
    const words = view.slice(e.wordsStart, events[i + 1].start);
    if (ASKS_SOMETHING.test(words)) continue;
    out ??= [...events];
    out[i] = { ...e, role: 'narration', followUp: false };
    // The speech heads the next member's question, as a narration turn of it (not the tail of the answer before).
    out[j] = { ...next, anchor: Math.min(next.anchor, e.anchor) };
  }
  return out ?? events;
}

/**
 * In a member's words: a question mark, a verb of asking (询问, 想了解), a call on someone to answer ("请市民政局介绍"),
 * an office addressed ("希望省民政厅拿出办法"), or an interrogative word. (Members asking in turn before the answers,
 * 集中提问, ask with these.)
 */
const ASKS_SOMETHING = /[?]|问|质询|了解|想知道|听听|请[^。;!\n]{1,30}?(?:回答|答复|作答|回应|说明|介绍|谈谈|讲讲)|希望[^。;!,\n]{0,12}?(?:厅|局|委|办|政府|法院|检察院)|吗|呢|如何|怎么|怎样|多少|哪些|什么|为什么|是否|能否|有没有/u;

/**
 * A newspaper subhead alone on its line between an answer and the next labelled question ("■水质怎么监测?",
 * "◆水价会不会涨", "【水质怎么监测】", or bare: "水质怎么监测?"): a bullet, or corner brackets round the whole line, and
 * a short phrase with no sentence stop but a final ?; bare, a short question with no pause and no 我/您/你 (a subhead
 * speaks to no one; an answer's own last words, "您看这样行吗?", do). It is nobody's words, and it heads what
 * follows: the answer before ends there, and the next question opens on it (a narration turn of that question,
 * sections.ts; a header layout of bracketed subheads reads them as headers instead).
 */
const SUBHEAD = /^[ \t\u3000]*(?:[■◆●▲★□◇○▶►]\s*[^\n。;!:,]{1,30}?\??|【[^【】\n。;!:]{1,30}】|[^\s■◆●▲★□◇○▶►【\[(。;!:,?“”我您你][^\s。;!:,?“”我您你]{1,19}\?)[ \t\u3000]*$/u;

function subheadsOpen(view: string, events: SpeechEvent[]): SpeechEvent[] {
  const heads: Array<{ at: number; event: SpeechEvent }> = []; // a narration event for each subhead, before the label it heads
  let before: SpeechEvent | null = null; // the last one who spoke
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const last = before;
    if (e.role !== 'narration') before = e;
    if (e.role !== 'asker' || (e.kind !== 'label' && e.kind !== 'qa-label') || last?.role !== 'responder') continue;
    // The line above the label's (blank lines skipped), after the answer's start.
    const lineStart = view.lastIndexOf('\n', e.anchor - 1) + 1;
    let end = lineStart - 1;
    while (end > 0 && /\s/u.test(view[end - 1])) end--;
    if (end <= 0) continue;
    const above = view.lastIndexOf('\n', end - 1) + 1;
    if (above <= last.start || events.some((o) => o !== e && o.start >= above && o.start < lineStart)) continue;
    if (SUBHEAD.test(view.slice(above, end))) heads.push({ at: i, event: { mention: null, role: 'narration', start: above, anchor: above, wordsStart: end, kind: 'label', followUp: false, subhead: true } });
  }
  if (!heads.length) return events;
  const out = [...events];
  for (const h of heads.reverse()) out.splice(h.at, 0, h.event);
  return out;
}

/** An editor's note opening its paragraph: "编者按:…", "【编者按】", "编前语" alone on its line. */
const EDITORS_NOTE = /^\s*(?:[【\[]\s*(?:编者按|编者的话|编前语?)\s*[】\]]|(?:编者按|编者的话|编前语?)\s*(?::|\n|$))/u;

/**
 * The editor's note over a 实录 ("编者按:…会前,一位村民问:“我们村什么时候通水?”本报今日刊发询问实录。") is the
 * paper's voice: whoever it quotes asks and answers nothing of the inquiry. Its paragraph, before the first labelled
 * turn, gives no turn (nor does the note's own label read as a speaker's).
 */
function editorsNoteGivesWay(view: string, events: SpeechEvent[]): SpeechEvent[] {
  const first = events.findIndex((e) => (e.kind === 'label' || e.kind === 'qa-label') && e.role !== 'narration' && !EDITORS_NOTE.test(view.slice(paragraphStart(view, e.start), e.start + 8)));
  if (first <= 0) return events;
  const drop = new Set<SpeechEvent>();
  for (const e of events.slice(0, first)) if (e.role !== 'narration' && EDITORS_NOTE.test(view.slice(paragraphStart(view, e.start), paragraphStart(view, e.start) + 12))) drop.add(e);
  return drop.size ? events.filter((e) => !drop.has(e)) : events;
}

/** Where the paragraph holding `at` starts: after the last blank line before it, else at 0. */
function paragraphStart(view: string, at: number): number {
  BLANK_LINE.lastIndex = 0;
  let start = 0;
  for (let m = BLANK_LINE.exec(view); m !== null && m.index + m[0].length <= at; m = BLANK_LINE.exec(view)) start = m.index + m[0].length;
  return start;
}
const BLANK_LINE = /\n[ \t\u3000]*\n/gu;

/**
 * The introduction's roll-call ("县人大常委会委员甘某、梁某提问,县水利局局长冼某、县卫健局局长敖某回答询问。") before the
 * first labelled turn, when people it names then speak through labels of their own ("甘某问:…", "县人大常委会委员
 * 甘某:…"; not all of them need: an official listed as attending may never speak): it says who will ask and answer,
 * and asks nothing itself. Read only when its clause ends on the summary verb
 * (no words reported) and holds no question mark or quotation.
 */
function rollCallGivesWay(view: string, events: SpeechEvent[]): SpeechEvent[] {
  const first = events.findIndex((e) => e.kind === 'label' && e.role !== 'narration' && e.mention !== null);
  // (A 追问 label first: the exchange it presses was reported before it, no roll-call.)
  if (first <= 0 || events[first].followUp) return events;
  const labelled = new Set(events.slice(first).filter((e) => e.kind === 'label' && e.mention).map((e) => `${e.role}:${keyOf(e)}`));
  const drop = new Set<SpeechEvent>();
  let speaksLater = false;
  for (const e of events.slice(0, first)) {
    if (e.role === 'narration') continue;
    // Anyone before the first label who speaks otherwise (an answer reported with its words) makes it an exchange: keep all.
    if (e.kind !== 'reported' || !e.mention) return events;
    if (!ROLL_CALL_CLAUSE.test(view.slice(e.mention.span[1], lineEnd(view, e.mention.span[1])))) return events;
    // (Not everyone a roll-call names need speak: "…局长冼某、…局长敖某到会应询" and only 冼某 answers.)
    speaksLater ||= labelled.has(`${e.role}:${keyOf(e)}`);
    drop.add(e);
  }
  return drop.size && speaksLater ? events.filter((e) => !drop.has(e)) : events;
}

/** After a name in a roll-call: more names at most, then the summary verb ending the clause ("、梁某提问,", "回答询问。", "到会应询。"). */
const ROLL_CALL_CLAUSE = /^[^,。;:?!“”\n]{0,60}?(?:分别|先后|依次|相继|到会|现场)?(?:就[^,。;:?!“”\n]{1,30})?(?:进行)?(?:提问|询问|发问|回答询问|回答提问|回答|作答|答询|应询)(?:了)?[,。;]/u;

const keyOf = (e: SpeechEvent): string | null => (e.mention ? e.mention.name ?? e.mention.title : null);
const CALLING = /^[^。?!”\n]{0,40}?请[^。?!”\n]{0,40}?(?:询问|提问|发问|追问|回答|答复|作答|回应)/u; // (within the first sentence: "…怎么监管?”贾厅长请某作答" is no call)

/**
/**
 * The moderator's line under a label, which asks nothing: the chair's ("马振华:下面开始询问。", "马振华:询问结束。")
 * unless it puts a question, and a call handing over the floor ("市人大常委会副主任王某某:下面请李委员询问。") —
 * but not a member's question that opens by naming who should answer ("委员吴某:请市某局回答。…何时完成?").
 */
function moderatorLine(view: string, e: SpeechEvent, chairs: ReadonlySet<string>, officials: ReadonlySet<string> = new Set()): boolean {
  const asks = e.wordsStart !== null && asksQuestion(view, e.wordsStart);
  // (A label saying 问/答 — "马振华问:" — says what the turn is.)
  if (e.kind === 'label' && e.mention?.name && chairs.has(e.mention.name) && !/[问答]/u.test(view.slice(e.mention.span[1], e.wordsStart ?? e.mention.span[1]))) return !asks;
  const from = e.wordsStart ?? e.start;
  const call = CALLING.exec(view.slice(from, lineEnd(view, from)));
  if (!call) return moderates(view, e);
  // "省某厅厅长某:这个问题请某副厅长回答。": an official of the answering side who passes the floor to a colleague
  // answers, with his own words (the hand-overs of the chair, of the congress, are the moderator's).
  if (e.role === 'responder' && e.mention?.name && officials.has(e.mention.name)) return false;
  // A member's words that go on past the call ask something ("请市某局回答一下改造的进展情况。").
  return !(e.role === 'asker' && e.mention?.congress && (asks || !CALL_ENDS.test(view.slice(from + call[0].length, lineEnd(view, from)))));
}

/** What may follow a call that only hands over the floor: "一下", the full stop. */
const CALL_ENDS = /^(?:一下)?\s*[。!]?\s*$/u;

/**
 * Words that open or close the inquiry, asking nothing ("同志们,…下面开始询问。", "询问到此结束。我讲三点意见:…散会。"),
 * or open its words on a clip to be shown ("下面请看第二段暗访短片。": clips.ts):
 * the chair's, whoever the label names. (Tested on the label's line; a line holding a ? asks.)
 */
const MODERATING = /(?:专题)?询问(?:环节|活动)?(?:到此|就此)?结束|询问(?:环节|活动)?就?(?:到这里|到此为止)|(?:现在|下面)(?:开始|进行)(?:专题)?询问|散会[。!]?\s*$/u;
/** A short line that only shows a clip ("下面请看第二段暗访短片。", "请大家观看专题片。"): an official answering says more. */
const CLIP_CALL = /^[^。?!\n]{0,12}?(?:请|一起|共同)(?:大家)?(?:看|观看)(?:一下)?(?:一段|一部|第[一二三四五六七八九十\d]{1,2}段|两段|下一段)?[^。?!,\n]{0,8}?(?:短片|视频|专题片|宣传片)[^。?!\n]{0,6}[。!]?\s*$/u;

function moderates(view: string, e: SpeechEvent): boolean {
  const words = view.slice(e.wordsStart ?? e.start, lineEnd(view, e.wordsStart ?? e.start));
  return (MODERATING.test(words) || CLIP_CALL.test(words)) && !/[?]/u.test(words);
}

/**
 * Names of the officials of the answering side: named somewhere with a post or an organization outside the congress
 * ("省人力资源社会保障厅厅长钟某", "省财政厅 戴某"), never with one of the congress, and not presiding.
 */
function answeringOfficials(events: SpeechEvent[], chairs: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const congress = new Set<string>();
  for (const e of events) {
    const m = e.mention;
    if (!m?.name) continue;
    if (m.congress) congress.add(m.name);
    else if (m.title || m.organization) out.add(m.name);
  }
  for (const n of out) if (congress.has(n) || chairs.has(n)) out.delete(n);
  return out;
}

/** Names inside a labelled turn ("邵华:宁海涛委员提的问题很重要") are spoken about, not speaking; a label whose words call on someone, open or close the inquiry, or the chair's, is the moderator's. */
function insideLabels(view: string, events: SpeechEvent[], chairs: ReadonlySet<string>): SpeechEvent[] {
  const officials = answeringOfficials(events, chairs);
  const labels = events.filter((e) => (e.kind === 'label' || e.kind === 'qa-label') && e.role !== 'narration' && !moderatorLine(view, e, chairs, officials));
  const out: SpeechEvent[] = [];
  for (const e of events) {
    if (e.role === 'narration') out.push(e);
    // "市人大常委会副主任王某某:下面请李委员询问。" — a named moderator's line is narration.
    else if (e.kind === 'label' || e.kind === 'qa-label') out.push(labels.includes(e) ? e : { ...e, mention: null, role: 'narration', followUp: false, moderator: true });
    else if (labels.some((l) => l.wordsStart !== null && e.anchor >= l.wordsStart && e.anchor < wordsEnd(view, l.wordsStart) && !answersAfterQuestion(view, l, e))) continue;
    // "主持人:刘红梅委员要追问。" — named in the moderator's words, the member is called, as by 请;
    // so is one person not yet named ("请下一位委员提问"); a group ("下面请列席的市人大代表提问。") is spoken to, and nobody speaks yet.
    else if (e.kind === 'reported' && events.some((l) => (l.role === 'narration' || ((l.kind === 'label' || l.kind === 'qa-label') && !labels.includes(l))) && l.wordsStart !== null && e.anchor >= l.wordsStart && e.anchor < lineEnd(view, l.wordsStart))) {
      if (e.mention?.name || e.mention?.reference) out.push({ ...e, kind: 'moderator', start: lineEnd(view, e.anchor) });
    } else out.push(e);
  }
  return out;
}

/**
 * Run-on reports ("程某追问:水费如何收缴? 全某回答说,…"): an official reported answering right
 * after the asker's question mark takes the turn; the asker's words ended at the "?".
 */
function answersAfterQuestion(view: string, label: SpeechEvent, e: SpeechEvent): boolean {
  return label.role === 'asker' && e.role === 'responder' && e.kind === 'reported' && /[?]\s*$/u.test(view.slice(label.wordsStart!, e.anchor));
}

/**
 * Field lines ("询问人:县人大常委会委员 孔德明") name who speaks next; when that person then speaks
 * through a label of their own ("孔德明:…?"), the field gives way to the label, whose question
 * starts at the field.
 */
function fieldsGiveWay(events: SpeechEvent[]): SpeechEvent[] {
  const drop = new Set<SpeechEvent>();
  events.forEach((f, i) => {
    if (!f.announces || !f.mention) return;
    for (let j = i + 1; j < events.length; j++) {
      const e = events[j];
      if (e.announces && e.role === f.role) break;
      if (e.kind !== 'label' || keyOf(e) !== keyOf(f)) continue;
      drop.add(f);
      if (f.role === 'asker') e.anchor = Math.min(e.anchor, f.anchor);
      if (e.guessed) { e.role = f.role; e.guessed = false; }
      break;
    }
  });
  return events.filter((e) => !drop.has(e));
}

/**
 * Where a label's words end: the end of its line, or, when the words are one quotation
 * ("委员赵海燕追问:“…?”欧阳明回答,…"), its closing quote: the narration after it names the next speaker.
 */
function wordsEnd(view: string, wordsStart: number): number {
  const end = lineEnd(view, wordsStart);
  let i = wordsStart;
  while (i < end && /\s/u.test(view[i])) i++;
  if (view[i] !== '“') return end;
  let depth = 0;
  for (let j = i; j < end; j++) {
    if (view[j] === '“') depth++;
    else if (view[j] === '”' && --depth === 0) return j + 1;
  }
  return end;
}

/** A moderator's call followed by the called person's own label or speech: keep the speech, with the call's role. */
function mergeCalls(events: SpeechEvent[]): SpeechEvent[] {
  const drop = new Set<SpeechEvent>();
  events.forEach((m, i) => {
    if (m.kind !== 'moderator') return;
    const called = events.filter((e) => e.kind === 'moderator' && e.start === m.start).length;
    let seen = 0;
    for (let j = i + 1; j < events.length; j++) {
      const e = events[j];
      if (e.kind === 'moderator' && e.start !== m.start) break;
      if (e.kind === 'moderator') continue;
      // The called person's own turn, or (one person called) the next turn of the called role.
      const same = keyOf(e) === keyOf(m) || (called === 1 && seen === 0 && (e.role === m.role || e.guessed));
      seen++;
      if (!same) continue;
      drop.add(m);
      // The question called for starts with the call ("主持人:下面请欧阳振宇委员询问。").
      e.anchor = Math.min(e.anchor, m.anchor);
      if (e.guessed) { e.role = m.role; e.guessed = false; }
      e.followUp ||= m.followUp;
      // Called to answer, and the next to speak: the turn answers the call ("请汪某副省长回答。" / "副省长汪某:感谢…").
      if (seen === 1 && m.role === 'responder') e.called = true;
      break;
    }
  });
  return events.filter((e) => !drop.has(e));
}

/**
 * 问:/答: layouts name their speakers in a narration line before them ("郭晓峰委员就…提问,市教育局局长
 * 潘文静作答。"): the announced asker speaks the 问 and 追问, the announced responder the 答. Several
 * people announced together ("委员甲、乙、丙先后提问", announced.ts) speak the labels one each, in the
 * order written, only when the sentence says so (先后, 依次, 分别) and names as many as there are labels;
 * otherwise nobody can tell who said which, and the labels' speaker is unknown (never one of them for all).
 */
function announce(view: string, events: SpeechEvent[]): SpeechEvent[] {
  if (!events.some((e) => e.kind === 'qa-label')) return events;
  // A 问/答 layout asks with its labels; a lone "追问:" in a narrative does not make one.
  const qaLayout = events.filter((e) => e.kind === 'qa-label' && e.role === 'asker' && !e.followUp).length > 0;
  const out: SpeechEvent[] = [];
  let asker: Speakers | null = null;
  let responder: Speakers | null = null;
  let responderLine = -1; // the end of the line whose field announced `responder`
  let anchor: number | null = null;
  let lastAsker: SpeechEvent | null = null;
  // An announced asker no 问 label has spoken for yet ("询问人:…" before "曹志刚:…" answers).
  let unasked: SpeechEvent | null = null;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.kind === 'qa-label') {
      if (e.role === 'asker') unasked = null;
      // Unannounced, a 追问 is the last asker's; so is one after a list's questions.
      const by: SpeakerMention | null = e.role === 'asker'
        ? (asker && !(e.followUp && !onePerson(asker)) ? speakerOf(asker) : e.followUp ? lastAsker?.mention ?? null : null)
        : responder ? speakerOf(responder) : null;
      const resolved: SpeechEvent = e.named ? e : { ...e, mention: by, anchor: anchor ?? e.anchor };
      if (resolved.role === 'asker' && resolved.mention) lastAsker = resolved;
      out.push(resolved);
      anchor = null;
      continue;
    }
    if (e.role === 'asker' && e.mention) lastAsker = e;
    // A named event is an announcement when the next event on another line is a 问/答 label.
    const next = events.slice(i + 1).find((n) => lineEnd(view, n.start) !== lineEnd(view, e.start));
    const sameLineLabel = events.some((n) => n.kind === 'qa-label' && lineEnd(view, n.start) === lineEnd(view, e.start));
    if (e.announces || (qaLayout && e.kind === 'reported' && next?.kind === 'qa-label' && !sameLineLabel)) {
      // (The other members of a list announced already: one announcement.)
      const current = e.role === 'asker' ? asker : responder;
      if (e.list && current?.list === e.list) continue;
      const speakers = announced(events, i, e);
      // "应询人:市某局局长 某某" after the question (or 补充应询人 after an answer): the field line is nobody's words, the turn before ends there.
      const said = out[out.length - 1];
      if (e.announces && e.role === 'responder' && (said?.role === 'asker' || said?.role === 'responder') && said.start < e.anchor) {
        const at = view.lastIndexOf('\n', e.anchor - 1) + 1;
        out.push({ mention: null, role: 'narration', start: at, anchor: at, wordsStart: lineEnd(view, at), kind: 'label', followUp: false });
      }
      // (Both fields on one line, the responder's first: "(应询人:局长 某;询问人:委员 某)" announces both, field-runs.ts.)
      const line = lineEnd(view, e.start);
      if (e.role === 'asker') { asker = speakers; if (!(e.announces && responderLine === line)) responder = null; unasked = e.list ? null : e; } else if (!responder || e.announces) { responder = speakers; responderLine = e.announces ? line : -1; }
      // A new asker starts a new block: the question's section starts at this announcement (not at a
      // list naming the askers of several questions: each starts at its label).
      if (!e.list) anchor = e.role === 'asker' ? e.anchor : anchor ?? e.anchor;
      continue;
    }
    // Asking is done by the 问 labels; a reported asker elsewhere ("代表提出问题") is narration.
    if (qaLayout && e.role === 'asker' && e.kind === 'reported') continue;
    // An answer to an announced asker who spoke through no label: the announcement was the asking.
    if (unasked && e.role === 'responder') out.push(unasked);
    unasked = null;
    out.push(e);
    // Someone spoke ("曹志刚:…"): the announcement's place no longer opens the next 问/追问.
    anchor = null;
  }
  return out;
}

/** The people an announcement names for the labels of its role, and how many of those labels have spoken. */
interface Speakers {
  list: SpeechEvent['list'];
  members: SpeakerMention[];
  /** Members speak the labels one each, in order (a list in order naming as many as there are labels). */
  inTurn: boolean;
  spoken: number;
}

/** The announcement at `events[i]`: its one person, or its list (in turn when ordered and as long as the labels it announces). */
function announced(events: SpeechEvent[], i: number, e: SpeechEvent): Speakers {
  const members = e.list ? e.list.members : e.mention ? [e.mention] : [];
  const inTurn = !!e.list && e.list.ordered && labelsAnnounced(events, i, e) === members.length;
  return { list: e.list, members, inTurn, spoken: 0 };
}

/**
 * The unnamed 问 labels (追问 aside) or 答 labels after the announcement at `events[i]`, up to the
 * next announcement that replaces it (another asker's, or for responders any other one's).
 */
function labelsAnnounced(events: SpeechEvent[], i: number, e: SpeechEvent): number {
  let n = 0;
  for (let j = i + 1; j < events.length; j++) {
    const x = events[j];
    if (x.kind === 'qa-label') {
      if (x.role === e.role && !x.named && !(x.role === 'asker' && x.followUp)) n++;
      continue;
    }
    const other = x.announces || (x.kind === 'reported' && x.mention && (!e.list || x.list !== e.list));
    if (other && (x.role === 'asker' || x.role === e.role)) break;
  }
  return n;
}

/** The announcement names one person and nobody else (not 王某 of 王某等5人). */
function onePerson(s: Speakers): boolean {
  return s.members.length === 1 && (!s.list || s.list.complete);
}

/** Who speaks the next label of an announcement: its one person, the next of a list in turn, else nobody known. */
function speakerOf(s: Speakers): SpeakerMention | null {
  if (onePerson(s)) return s.members[0];
  return s.inTurn ? s.members[s.spoken++] ?? null : null;
}
