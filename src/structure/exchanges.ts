/**
 * Resolving speech events into turns of an exchange: the passes run in order by resolveExchanges. Here
 * are those that drop or fold events: an editor's note ("编者按:…") and the introduction's roll-call
 * ("委员甘某、梁某提问,县水利局局长冼某回答询问。") give way to the labels after them, a moderator's call
 * ("请市医疗保障局局长蒋红英同志回答") gives way to the called person's own turn, a field line ("询问人:…") to
 * the label of the person it names, a newspaper subhead ("■水质怎么监测?") opens the next question, and a member's
 * 审议 remarks that ask nothing ("苏某委员:我同意这个报告。") are narration. Which labels are the moderator's and
 * which names inside labelled words are spoken about is moderator-lines.ts; who speaks 问:/答: labels, qa-speakers.ts.
 * Offsets are [start, end) UTF-16 offsets into the decoded text.
 */
import { lineEnd, type SpeechEvent, speakerKey } from './speech.js';
import { insideLabels } from './moderator-lines.js';
import { announce, ownWords } from './qa-speakers.js';
import { questionsBackAnswer } from './questions-back.js';
import { thanksOnly } from './closing-remarks.js';
import { eventStarts, startsBetween } from './event-starts.js';
import { POSTS } from '../model/posts.js';
import { clipAbove, takesUpClip, withoutClipVoices } from './clips.js';
import { EDITORS_NOTE } from './page-framing.js';
import { handOversAnswered } from './redirected-answers.js';
import { lineStartAt } from '../source/line-bounds.js';
import { plainHeading } from './heading-lines.js';

/**
 * Apply the passes, in order (an official's question back stays an answer: questions-back.ts; the chair handing a member's
 * earlier question to an office that then answers is narration: redirected-answers.ts). `events` are sorted by
 * start; `chairs` names who presides, `chairCalls` how they are called by surname and post ("上官副主任", chair.ts).
 */
export function resolveExchanges(view: string, events: SpeechEvent[], chairs: ReadonlySet<string> = new Set(), chairCalls: ReadonlySet<string> = new Set()): SpeechEvent[] {
  return thanksAside(view, remarksAskNothing(view, questionsBackAnswer(subheadsOpen(view, announce(view, fieldsGiveWay(view, handOversAnswered(mergeCalls(insideLabels(view, rollCallGivesWay(view, editorsNoteGivesWay(view, withoutClipVoices(view, events))), chairs, chairCalls)))))))));
}

/**
 * Thanks alone from a member who did not ask the exchange under way ("▲委员钱某：谢谢。" after another member's question
 * was answered), and the official's thanks back ("▲县市场监管局局长马某：谢谢。"), are courtesies of the close: narration,
 * no asker nor responder of that exchange. (Their own asker's thanks stay their closing turn: closing-remarks.ts.)
 */
function thanksAside(view: string, events: SpeechEvent[]): SpeechEvent[] {
  let out: SpeechEvent[] | null = null;
  let asker: SpeechEvent | null = null; // who asked the exchange under way
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.role !== 'asker' || e.wordsStart === null || !e.mention) continue;
    const words = view.slice(e.wordsStart, i + 1 < events.length ? events[i + 1].start : view.length);
    if (!thanksOnly(words)) { asker = e; continue; }
    if (asker === null || speakerKey(asker) === speakerKey(e) || closesOwnExchange(events, i)) continue;
    out ??= [...events];
    out[i] = { ...e, role: 'narration', followUp: false };
    const next = events[i + 1];
    // (The official's words run to the next turn or to the end of their paragraph: the report's close may follow.)
    const to = next?.wordsStart == null ? -1 : Math.min(i + 2 < events.length ? events[i + 2].start : view.length, paragraphEnd(view, next.wordsStart));
    if (next?.role === 'responder' && next.wordsStart !== null && thanksOnly(view.slice(next.wordsStart, to))) {
      out[i + 1] = { ...next, role: 'narration' };
    }
  }
  return out ?? events;
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
    if (!next || next.role !== 'asker' || next.kind !== 'label' || !next.mention || speakerKey(next) === speakerKey(e)) continue;
    // The member whose question was just answered, closing it ("好，谢谢。", "我对回答满意。"): their last word on it, no speech.
    if (closesOwnExchange(events, i)) continue;
    // (Thanks alone close the exchange before, whoever asked it: no speech heading the next question, sections.ts.)
    if (thanksOnly(view.slice(e.wordsStart, events[i + 1].start))) continue;
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
 * True when `events[i]`, a member's label, comes after an answer (nobody but the reporter or the chair in between) to a
 * question that member asked: "县人大常委会委员汪某：…饮水卫生监测有哪些工作？" / "县卫健局局长俞某：…" / "汪某：好，谢谢。"
 * Words that ask nothing there close the member's own exchange (closing-remarks.ts): the next member's question starts
 * at the next member's label, never with them.
 */
function closesOwnExchange(events: SpeechEvent[], i: number): boolean {
  const e = events[i];
  let k = i - 1;
  while (k >= 0 && events[k].role === 'narration') k--;
  if (k < 0 || events[k].role !== 'responder') return false;
  while (k >= 0 && events[k].role !== 'asker') k--;
  if (k < 0) return false;
  const asker = events[k];
  if (speakerKey(asker) === speakerKey(e)) return true;
  // (The member by surname and post, "汪委员：好，谢谢。", after "委员汪德胜：…?".)
  const surname = e.mention?.name ? null : e.mention?.surname;
  return !!surname && !!e.mention?.congress && !!asker.mention?.name?.startsWith(surname);
}

/**
 * In a member's words: a question mark, a verb of asking (询问, 想了解), a call on someone to answer ("请市民政局介绍"),
 * an office addressed ("希望省民政厅拿出办法"), or an interrogative word. (Members asking in turn before the answers,
 * 集中提问, ask with these.)
 */
const ASKS_SOMETHING = /[?]|问|质询|了解|想知道|听听|请[^。;!\n]{1,30}?(?:回答|答复|作答|回应|说明|介绍|谈谈|讲讲)|希望[^。;!,\n]{0,12}?(?:厅|局|委|办|政府|法院|检察院)|吗|呢|如何|怎么|怎样|多少|哪些|什么|为什么|是否|能否|有没有/u;

/**
 * A newspaper subhead alone on its line between an answer and the next question ("■水质怎么监测?",
 * "◆水价会不会涨", "【水质怎么监测】", or bare: "水质怎么监测?"): a bullet, or corner brackets round the whole line, and
 * a short phrase with no sentence stop but a final ?; bare, a short question with no pause and no 我/您/你 (a subhead
 * speaks to no one; an answer's own last words, "您看这样行吗?", do). It is nobody's words, and it heads what
 * follows: the answer before ends there, and the next question opens on it (a narration turn of that question,
 * sections.ts; a header layout of bracketed subheads reads them as headers instead). The question may open on its
 * label ("委员某问:“…”"), on its quotation ("“…”委员某问。") or on its asker's sentence ("委员某就…提问。"), which
 * then opens its line.
 */
const SUBHEAD = /^[ \t\u3000]*(?:[■◆●▲★□◇○▶►]\s*[^\n。;!:,]{1,30}?\??|【[^【】\n。;!:]{1,30}】|[^\s■◆●▲★□◇○▶►【\[(。;!:,?“”我您你][^\s。;!:,?“”我您你]{1,19}\?)[ \t\u3000]*$/u;
/**
 * The marked subheads only (a bullet, corner brackets): before the first question, where a bare line may be the
 * headline's; not a photo caption ("▲图为询问现场", which may stand under the introduction).
 */
const MARKED_SUBHEAD = /^[ \t\u3000]*(?:[■◆●▲★□◇○▶►]\s*(?!图为|上图|下图|图片|摄影)[^\n。;!:,]{1,30}?\??|【[^【】\n。;!:]{1,30}】)[ \t\u3000]*$/u;
/**
 * A bare subhead with no final punctuation ("柴油车尾气如何管住", "扬尘管控", "合格证"): a short phrase of Han words
 * (three at least) with no punctuation at all, no 我/您/你, not opening on an ordinal (an answer's list item,
 * "二是加强执法", "3.强化督查", is unpunctuated too) nor on thanks ("谢谢大家"). Read only after an answer's sentence
 * stop (`SENTENCE_END`): a line that wraps a sentence, or the last of a list's unpunctuated items, ends on none. (A
 * name alone on its line is a speaker's label, an event of its own: never read here.)
 */
const BARE_SUBHEAD = /^[ \t\u3000]*(?![一二三四五六七八九十百\d]+[是、.)]|第[一二三四五六七八九十\d]|其[一二三四五六七八九十]|谢谢|感谢|好的|是的)\p{sc=Han}[^\s\p{P}\p{S}我您你]{2,19}[ \t\u3000]*$/u;
/** An answer's last line ends a sentence: 。!?; … or a closing quotation. */
const SENTENCE_END = /[。!?;…”』」]$/u;

function subheadsOpen(view: string, events: SpeechEvent[]): SpeechEvent[] {
  const heads: Array<{ at: number; event: SpeechEvent }> = []; // a narration event for each subhead, before the question it heads
  let before: SpeechEvent | null = null; // the last one who spoke
  const starts = eventStarts(events); // (anyone speaking between a subhead and its line: event-starts.ts)
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const last = before;
    if (e.role !== 'narration') before = e;
    // (A paragraph of narration opening its line before a question, such as one announcing the askers, opens it as the asker
    // would: the heading above it heads the question too, "07 | 让文物“活起来”⏎委员甲和代表乙先后发问。", asker-announcements.ts.)
    const announces = e.role === 'narration' && e.mention === null && e.kind === 'reported' && !view.slice(lineStartAt(view, e.start), e.start).trim()
      && events.slice(i + 1).find((x) => x.role !== 'narration')?.role === 'asker';
    if ((e.role !== 'asker' && !announces) || e.kind === 'moderator') continue;
    // After an answer, or (a marked subhead only) before the first question: "■ 空气质量改善了多少⏎⏎“…”委员某问。".
    if (last !== null && last.role !== 'responder') continue;
    // The line above the label's (blank lines skipped), after the answer's start.
    const lineStart = lineStartAt(view, e.anchor);
    // (A quotation or a reported asker opening its line: "“…”委员某问。", "委员某就…提问。")
    if ((e.kind === 'quote-first' || e.kind === 'reported') && view.slice(lineStart, e.anchor).trim()) continue;
    // A clip shown right above the question ("▶ 视频提问二⏎（播放视频）居民陈大爷:…⏎代表某提问:…") is its narration:
    // the question opens on the subhead over it, or on the clip when the member takes it up ("…结合视频提问:", clips.ts).
    // (Before the first question a clip with no subhead over it stays the introduction's: the chair opens the meeting on it.)
    const clip = clipAbove(view, lineStart);
    const clipOpens = last !== null && clip < lineStart && clip > last.start && !startsBetween(starts, clip, lineStart, e) && takesUpClip(view, lineStart, e.wordsStart ?? e.anchor);
    let end = clip - 1;
    while (end > 0 && /\s/u.test(view[end - 1])) end--;
    const above = end > 0 ? lineStartAt(view, end) : -1;
    const line = above >= 0 ? view.slice(above, end) : '';
    // (A section number or a quoted catchword leaves it a heading: "04 | 古城内违法建设如何遏制", "网络订餐“看不见的后厨”谁来管".)
    const plain = plainHeading(line);
    if (above > (last?.start ?? 0) && !startsBetween(starts, above, lineStart, e)
      && (last === null ? MARKED_SUBHEAD.test(line) : SUBHEAD.test(plain) || (BARE_SUBHEAD.test(plain) && endsSentence(view, above, last.start)))) {
      heads.push({ at: i, event: { mention: null, role: 'narration', start: above, anchor: above, wordsStart: end, kind: 'label', followUp: false, subhead: true } });
    } else if (clipOpens) {
      heads.push({ at: i, event: { mention: null, role: 'narration', start: clip, anchor: clip, wordsStart: clip, kind: 'label', followUp: false, subhead: true } });
    }
  }
  if (!heads.length) return events;
  const out = [...events];
  for (const h of heads.reverse()) out.splice(h.at, 0, h.event);
  return out;
}

/** True when the text before the line at `lineStart` (blank lines skipped, after `floor`) ends on a sentence stop. */
function endsSentence(view: string, lineStart: number, floor: number): boolean {
  let end = lineStart - 1;
  while (end > floor && /\s/u.test(view[end - 1])) end--;
  return end > floor && SENTENCE_END.test(view[end - 1]);
}


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

const PARAGRAPH_BREAK = /\n[ \t\u3000]*\n/u;
/** Where the paragraph holding `at` ends: at the next blank line, else 400 code units on (or at the text's end). */
function paragraphEnd(view: string, at: number): number {
  const m = PARAGRAPH_BREAK.exec(view.slice(at, at + 400));
  return m ? at + m.index : Math.min(view.length, at + 400);
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
  // (The first labelled turn may name no one in full: "许委员:…" after "委员许某、潘某先后提问".)
  const first = events.findIndex((e) => e.kind === 'label' && e.role !== 'narration' && (e.mention !== null || shortLabel(view, e) !== null));
  // (A 追问 label first: the exchange it presses was reported before it, no roll-call.)
  if (first <= 0 || events[first].followUp) return events;
  const labelled = new Set(events.slice(first).filter((e) => e.kind === 'label' && e.mention).map((e) => `${e.role}:${speakerKey(e)}`));
  // Labels of a surname and a title ("许委员:", "韩局长:"): by role, the surnames that speak.
  for (const e of events.slice(first)) {
    const surname = e.kind === 'label' && !e.mention?.name ? shortLabel(view, e) : null;
    if (surname) labelled.add(`${e.role}~${surname}`);
  }
  const drop = new Set<SpeechEvent>();
  let speaksLater = false;
  for (const e of events.slice(0, first)) {
    if (e.role === 'narration') continue;
    // Anyone before the first label who speaks otherwise (an answer reported with its words) makes it an exchange: keep all.
    if (e.kind !== 'reported' || !e.mention) return events;
    if (!ROLL_CALL_CLAUSE.test(view.slice(e.mention.span[1], lineEnd(view, e.mention.span[1])))) return events;
    // (Not everyone a roll-call names need speak: "…局长冼某、…局长敖某到会应询" and only 冼某 answers.)
    speaksLater ||= labelled.has(`${e.role}:${speakerKey(e)}`) || (!!e.mention.name && labelled.has(`${e.role}~${e.mention.name[0]}`));
    drop.add(e);
  }
  return drop.size && speaksLater ? events.filter((e) => !drop.has(e)) : events;
}

/** After a name in a roll-call: more names at most, then the summary verb ending the clause ("、梁某提问,", "回答询问。", "到会应询。"). */
const ROLL_CALL_CLAUSE = /^[^,。;:?!“”\n]{0,60}?(?:分别|先后|依次|相继|到会|现场)?(?:就[^,。;:?!“”\n]{1,30})?(?:进行)?(?:提问|询问|发问|回答询问|回答提问|回答|作答|答询|应询)(?:了)?[,。;]/u;

/** A label of a surname and a title at a line's start, "许委员:", "韩局长:", "罗副主任:" (no full name): its surname. */
const SHORT_LABEL = new RegExp(`^[ \\t]*(\\p{sc=Han})${POSTS.label}\\s*:`, 'u');

function shortLabel(view: string, e: SpeechEvent): string | null {
  if (e.wordsStart === null) return null;
  const m = SHORT_LABEL.exec(view.slice(e.start, e.wordsStart));
  return m ? m[1] : null;
}


/**
 * Field lines ("询问人:县人大常委会委员 孔德明") name who speaks next; when that person then speaks
 * through a label of their own ("孔德明:…?"), the field gives way to the label, whose question
 * starts at the field — when nobody else speaks between them (the field's own words answered, and a "追问:"
 * put, his later label is a turn of his own). A responder's field opening its line ("应询人:县生态环境局局长
 * 曹志刚" after the question) is then nobody's words: the turn before ends there (narration up to the label).
 */
function fieldsGiveWay(view: string, events: SpeechEvent[]): SpeechEvent[] {
  const drop = new Map<SpeechEvent, SpeechEvent | null>();
  events.forEach((f, i) => {
    if (!f.announces || !f.mention) return;
    for (let j = i + 1; j < events.length; j++) {
      const e = events[j];
      if (e.announces && e.role === f.role && e.anchor !== f.anchor) break; // (another field; not one naming several: "应询人:局长 甲;主任 乙")
      // (Someone else speaking first, "追问:…" after the words the field introduced: the field had its turn.)
      if (!e.announces && e.role !== 'narration' && speakerKey(e) !== speakerKey(f) && ownWords(view, f, events[i + 1])) break;
      if (e.kind !== 'label' || speakerKey(e) !== speakerKey(f)) continue;
      const at = f.role === 'responder' ? f.turnStart : undefined;
      drop.set(f, at === undefined ? null : { mention: null, role: 'narration', start: at, anchor: at, wordsStart: lineEnd(view, at), kind: 'label', followUp: false });
      if (f.role === 'asker') e.anchor = Math.min(e.anchor, f.anchor);
      if (e.guessed) { e.role = f.role; e.guessed = false; }
      break;
    }
  });
  if (!drop.size) return events;
  const out: SpeechEvent[] = [];
  for (const e of events) {
    if (!drop.has(e)) out.push(e);
    else if (drop.get(e)) out.push(drop.get(e)!);
  }
  return out;
}

/** A moderator's call followed by the called person's own label or speech: keep the speech, with the call's role. */
function mergeCalls(events: SpeechEvent[]): SpeechEvent[] {
  const drop = new Set<SpeechEvent>();
  const turnOf = new Map<SpeechEvent, SpeechEvent>(); // a call → the called person's own turn
  events.forEach((m, i) => {
    if (m.kind !== 'moderator') return;
    const called = events.filter((e) => e.kind === 'moderator' && e.start === m.start).length;
    let seen = 0;
    for (let j = i + 1; j < events.length; j++) {
      const e = events[j];
      if (e.kind === 'moderator' && e.start !== m.start) break;
      if (e.kind === 'moderator') continue;
      // (Members called to ask together speak before anyone answers: a later turn of theirs is a question of its own.)
      if (called > 1 && m.role === 'asker' && e.role === 'responder') break;
      // The called person's own turn, or (one person called) the next turn of the called role.
      const same = speakerKey(e) === speakerKey(m) || (called === 1 && seen === 0 && (e.role === m.role || e.guessed));
      seen++;
      if (!same) continue;
      drop.add(m);
      // The question called for starts with the call ("主持人:下面请欧阳振宇委员询问。").
      e.anchor = Math.min(e.anchor, m.anchor);
      // (…and so do the others of a joint label, "阮某、韦某委员:…", who speak the same words: one question, not two.)
      for (let k = j + 1; k < events.length && e.wordsStart !== null && events[k].wordsStart === e.wordsStart && events[k].role === e.role; k++) events[k].anchor = Math.min(events[k].anchor, m.anchor);
      if (e.guessed) { e.role = m.role; e.guessed = false; }
      e.followUp ||= m.followUp;
      // (The office the chair called on to answer the member's question is its addressee: office-calls.ts.)
      if (m.addressee && !e.addressee) e.addressee = m.addressee;
      // Called to answer, and the next to speak: the turn answers the call ("请汪某副省长回答。" / "副省长汪某:感谢…").
      if (seen === 1 && m.role === 'responder') e.called = true;
      turnOf.set(m, e);
      break;
    }
  });
  // Members called to ask together ("首先请张丽、李强委员联合提问。"), one of whom speaks for both ("张丽委员:我和李强委员…"):
  // the silent one asks the question too (a co-asker of the turn), no call left standing after it.
  events.forEach((m) => {
    if (m.kind !== 'moderator' || m.role !== 'asker' || drop.has(m) || !m.mention) return;
    const speaking = events.find((o) => o !== m && o.kind === 'moderator' && o.role === 'asker' && o.start === m.start && turnOf.has(o));
    if (!speaking) return;
    const turn = turnOf.get(speaking)!;
    turn.coAskers = [...(turn.coAskers ?? []), m.mention];
    drop.add(m);
  });
  return events.filter((e) => !drop.has(e));
}
