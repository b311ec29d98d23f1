/**
 * Question sections: where each question's stretch of text begins and ends.
 *
 * With headers, a section runs from "问题二:…" to the last line before "问题三:" (or before an
 * enclosing "三、意见和建议"); a 追问 inside it opens its own section. Without headers, each asker
 * who speaks after a responder opens one ("王某某委员问:…", "委员王某某就…进行提问"), from the
 * start of the asker's line unless someone else spoke earlier on it. (Where the last one ends, before the
 * closing narration, is closing-narration.ts's.) Spans are [start, end): UTF-16 offsets into the decoded text.
 */
import { frameKind } from './frame.js';
import type { Span } from '../model/span.js';
import { stampAbove } from './stamps.js';
import { trim, sentenceStart, type Line } from './blocks.js';
import type { Header } from './headings.js';
import { continuesExchange, followsOwn, picksUp, type Asked } from './follow-ups.js';
import { answererLink, pressedAnswerer, threadOf } from './answerer-follow-ups.js';
import { asksAgainOnly } from './follow-up-cue.js';
import { answererOf, citedFirstIn, referredQuestion, type Answerer } from './back-references.js';
import { topicLead } from './topic-leads.js';
import { lineEnd, type SpeechEvent } from './speech.js';
import { asksOutright } from './attribution.js';
import { asksOnWhatWasSaid, echoedQuestion, takesUpAnswer, wordsOfAsker } from './answer-follow-ups.js';
import { repliesToQuestionBack } from './questions-back.js';
import { asksNothing, thanksOnly } from './closing-remarks.js';
import { headerNewQuestions } from './header-new-questions.js';
import { markedFollowUp, quotedEarlier, takenUpQuestion } from './taken-up-exchanges.js';
import { AnsweredBy, answeredNext, answersAgain, askerWords, cutInOnList, nextResponders, nextStart, refersBack } from './turn-events.js';
import { eventStarts, startsBetween, type EventStarts } from './event-starts.js';
import { firstNotBelow } from './sorted-search.js';
import { lineStartAt } from '../source/line-bounds.js';

/** One question section before its speakers are read. */
export interface Section {
  span: Span;
  header: Header | null;
  /** The asker event that opened it (layouts without headers, follow-ups). */
  opener: SpeechEvent | null;
  followUpOf: number | null;
}

/** Sections from headers: each runs to the end of the last content line before the next header. */
export function headerSections(view: string, body: Line[], headers: Header[], contentEnd: number, events: SpeechEvent[], breaks: number[]): Section[] {
  const out: Section[] = [];
  const opened = openings(body, events);
  // Offsets where a line or its content starts: a stop elsewhere is inside a line.
  const lineStarts = new Set<number>();
  for (const l of body) { lineStarts.add(l.span[0]); lineStarts.add(l.content[0]); }
  // A live feed's stamp alone on the line above a header is the header's ("【09:10】⏎问题二:…").
  const opens = headers.map((h, i) => stampAbove(view, h.line.content[0], i ? headers[i - 1].line.content[1] : 0));
  headers.forEach((h, i) => {
    const next = headers[i + 1];
    // The section ends before the next header, or before an enclosing header ("三、意见和建议").
    const stop = Math.min(next ? Math.min(next.line.span[0], opens[i + 1]) : Infinity, breaks.find((b) => b > h.line.span[0]) ?? Infinity);
    // (A header inside a line — run-together paragraphs — ends the section mid-line.)
    const midLine = stop !== Infinity && !lineStarts.has(stop);
    const end = stop === Infinity ? contentEnd : midLine ? trim(view, h.line.content[0], stop)[1] : lastContentEnd(body, stop, h.line.content[1]);
    const span: Span = [opens[i], end];
    // A 追问 inside a section opens its own question.
    // (Only after someone has answered: "就此提问并追问" is still the first question.)
    const follows = events.filter((e) => e.role === 'asker' && e.followUp && e.anchor > h.line.content[1] && e.anchor < end
      && events.some((r) => r.role === 'responder' && r.start > h.line.content[0] && r.start < e.anchor)); // (the answer may run on the header's line)
    // …and so does a member's new question to another office, announced as such (header-new-questions.ts): no 追问.
    const fresh = new Set(headerNewQuestions(view, events, h.line.span[0], end, [h.line.content[0], h.line.content[1]]));
    const cuts = fresh.size ? [...follows.filter((f) => !fresh.has(f)), ...fresh].sort((a, b) => a.anchor - b.anchor) : follows;
    let from = span[0];
    let parentIndex = out.length + 1;
    let current: Section = { span, header: h, opener: null, followUpOf: null };
    for (const f of cuts) {
      const cut = openingStart(view, opened, f, events, from);
      if (cut <= from) continue;
      current.span = [current.span[0], trim(view, current.span[0], cut)[1]];
      out.push(current);
      current = { span: [cut, end], header: null, opener: f, followUpOf: fresh.has(f) ? null : parentIndex };
      if (fresh.has(f)) parentIndex = out.length + 1; // (a 追问 after it presses the new question)
      from = cut;
    }
    out.push(current);
  });
  return out;
}

/** Sections from asker turns: a new question at each asker after a responder has spoken, and at each 追问. */
export function turnSections(view: string, body: Line[], events: SpeechEvent[], contentEnd: number): Section[] {
  const out: Section[] = [];
  const opened = openings(body, events);
  const answeredBy = new AnsweredBy(); // question number → who answered it
  const answerers: Answerer[] = []; // who answered each question, as members name them (back-references.ts)
  const leads: Array<string | null> = []; // the topic lead opening each question's paragraph (topic-leads.ts)
  let answered = true;
  let lastAsker: string | null = null;
  let lastLine = -1;
  let root = 0;
  const rootAskers = new Map<number, string | null>(); // question number → who opened it
  const askers = new Set<string>(); // everyone who has asked so far
  const openedBy: Array<string | null> = []; // who opened each question (0-based)
  const asked = (n: number): Asked => ({ span: out[n - 1].span, answeredBy: answeredBy.of(n), handles: answeredBy.handles(n) });
  // Who asked in the last round: the questions opened one after another before the answers
  // (集中提问、逐一回答); any of them may come back to the answer given ("刚才…").
  let round = new Set<string | null>();
  let lastAnswer: SpeechEvent | null = null; // the last responder's turn
  let answerStart = 0; // where the answer to the last question began (its first responder's turn)
  let subheaded = false; // a newspaper subhead since the last asker (exchanges.ts): a new matter opens
  for (const [ei, ev] of events.entries()) {
    // (A photo caption over the question, "▲ 区人大代表某某提问", "▲ 专题询问现场", opens it as a subhead does but heads no new
    // matter: out of the text flow, a 追问 under it still follows up the exchange above it. frame.ts)
    if (ev.subhead && frameKind(view.slice(ev.start, lineEnd(view, ev.start)).trim()) !== 'caption') subheaded = true;
    if (ev.role === 'narration') continue;
    if (ev.role === 'responder') {
      // "X就<topic>问题回答询问时说,…" after an answer: a new exchange, its asker not reported (reported-exchanges.ts).
      if (ev.opensExchange && answered && out.length > 0) {
        const start = openingStart(view, opened, ev, events, out[out.length - 1].span[0] + 1, ei);
        const prev = out[out.length - 1];
        prev.span = [prev.span[0], trim(view, prev.span[0], start)[1]];
        out.push({ span: [start, contentEnd], header: null, opener: ev, followUpOf: null });
        root = out.length;
        rootAskers.set(root, null);
        round = new Set();
        openedBy.push(null);
        leads.push(null);
        lastAsker = null;
        lastLine = lineEnd(view, ev.anchor);
      }
      lastAnswer = ev;
      if (!answered) answerStart = ev.start;
      answered = true;
      answeredBy.add(out.length, ev);
      // (With their words, to the next speaker: a member may cite them later, "刚才何局长说每季度复查一次…".)
      const a = out.length ? answererOf(out.length, ev.mention, view.slice(ev.wordsStart ?? ev.anchor, ei + 1 < events.length ? events[ei + 1].start : view.length)) : null;
      if (a) answerers.push(a);
      continue;
    }
    const who = ev.mention ? ev.mention.name ?? ev.mention.title : null;
    // The member asked back ("您说的是哪个小区？") replying in a word ("翠竹苑小区。"): the exchange goes on (questions-back.ts).
    if (answered && who !== null && who === lastAsker && lastAnswer?.wordsStart != null && ev.wordsStart !== null
      && repliesToQuestionBack(view.slice(lastAnswer.wordsStart, ev.start), view.slice(ev.wordsStart, nextStart(events, ev, view.length)))) continue;
    // …and so does the member cutting in on a list the official then resumes ("一是…——" / "我插一句,…?" / "…二是…"):
    // extract/interrupted-lists.ts.
    if (answered && who !== null && who === lastAsker && lastAnswer?.wordsStart != null && cutInOnList(view, events, ev, lastAnswer)) continue;
    // …and the member's last word on the answer, asking nothing, that nobody answers ("我觉得这个力度还不够。"): closing-remarks.ts.
    // (The member may say it under surname and post: "汪委员：好，谢谢。" after "委员汪德胜：…?".)
    const sameMember = who !== null && (who === lastAsker || (!ev.mention?.name && !!ev.mention?.congress && !!ev.mention.surname && !!lastAsker?.startsWith(ev.mention.surname)));
    if (answered && sameMember && !ev.followUp && ev.wordsStart !== null && !answeredNext(events, ev)
      && asksNothing(view.slice(ev.wordsStart, nextStart(events, ev, view.length)))) continue;
    // Thanks alone ("谢谢。", "好，谢谢。") open no question, answered ("谢谢。" back) or not, after any exchange.
    if (out.length && ev.wordsStart !== null && thanksOnly(view.slice(ev.wordsStart, nextStart(events, ev, view.length)))) continue;
    // The member who asked the last question, answered now, asks again about what was just said
    // ("陶某委员:刚才审计厅讲到还有11.2亿元没有整改到位,原因是什么?", "…:那么资金缺口怎么解决?",
    // "…:我再问一下,…"): a follow-up, 追问 or not. Without such a cue it is a question of its own.
    // A new question that points back past the exchange just answered to an earlier answer ("刚才仲局长提到…"
    // in a 第二轮) follows up that answer's question (its thread's first), whoever asked in between. (Pointing
    // at the answer just given, the cues below decide: the same member follows up, another asks anew.)
    const at = ei; // (events.indexOf(ev): the loop's own index, not a search of all events per asker)
    const back = !ev.followUp && answered && answerers.length ? referredQuestion(askerWords(view, events, at), answerers, nextResponders(events, at)) : null;
    const thread = back === null ? null : out[back - 1].followUpOf ?? back;
    const backTo = thread !== null && thread !== (out[out.length - 1].followUpOf ?? out.length) ? thread : null;
    // (With no cue, the member who asked the question just answered, nobody asking since, follows it up when his words open
    // on what the answer first said and who answered answers again: "葛兆平:9条里面资金缺口有多大?" after "…发现返黑返臭的
    // 9条…" — answer-follow-ups.ts. Not in a 问/答 record, whose recorder writes 追问 for a follow-up and 问 for a new question.)
    // (Right after the answer: a chair calling between, "下面请委员继续提问", opens a new round.)
    const takesUp = (): boolean => ev.kind !== 'qa-label' && who === lastAsker && who === rootAskers.get(root) && events[at - 1]?.role === 'responder'
      && nextResponders(events, at).some((r) => answeredBy.of(out.length)?.has(r)) && takesUpAnswer(view, askerWords(view, events, at), [answerStart, ev.start]);
    const cued = !ev.followUp && backTo === null && answered && out.length > 0 && who !== null && ev.mention?.name && (who === rootAskers.get(root) || round.has(who)) && (refersBack(view, ev) || takesUp()) ? { ...ev, followUp: true } : ev;
    // A 追问 by a member who has asked nothing yet, answered by others, that shows no tie to the exchange just
    // answered is a question of its own: news reports write 追问道 for any next question (follow-ups.ts).
    // So is 再问 alone (我想再问一下) by a member who asked an earlier question, not the one just answered, unless it
    // follows up their own: they ask again, maybe on a new matter.
    // (The member's last question so far, looked up only when needed: a search of every question for each asker was quadratic.)
    const mineOf = (): number | undefined => (who !== null ? [...rootAskers].filter(([, w]) => w === who).pop()?.[0] : undefined);
    let mine: number | undefined;
    const again = (): boolean => askers.has(who!) && who !== rootAskers.get(root) && !round.has(who) && asksAgainOnly(view, cued)
      && ((mine = mineOf()) === undefined || !followsOwn(view, cued, nextResponders(events, ei), asked(mine), [asked(root), asked(out.length)]));
    // Nor does one under a new topic lead ("【产业扶贫】 …委员骆某追问…": the reporter heads a new matter).
    // (The exchange just answered ends where the 追问's paragraph starts: a lead or a quote there is not its words.)
    const lineStart = lineStartAt(view, cued.anchor);
    const lastStart = out.length ? out[out.length - 1].span[0] : 0;
    const leadSpan = topicLead(view, lineStart, cued.anchor);
    const lead = leadSpan ? view.slice(leadSpan[0], leadSpan[1]) : null;
    // A 追问 that names, or is answered by, who answered another question, and nobody of the exchange it would
    // follow otherwise, follows up that question ("董某（追问）：许局长，…" answered by 许局长, who answered question 1),
    // newcomer or not (answerer-follow-ups.ts; the thread it follows is settled below).
    // (So does a subhead alone on its line above it, "合格证⏎“…?”委员某追问。": the reporter heads a new matter there too.)
    // …unless the 追问 names whom it presses, one who answered an earlier question ("聚焦…⏎刘某代表追问李文斌:…?"): the
    // heading is the reporter's, the verb and its object the member's — stronger evidence.
    const pressed = cued.followUp && answered && out.length > 0 && ((lead !== null && lead !== leads[leads.length - 1]) || subheaded) && cued.mention
      ? pressedAnswerer(view.slice(cued.mention.span[1], cued.wordsStart ?? lineEnd(view, cued.mention.span[1])), answerers) : null;
    const newLead = ((lead !== null && lead !== leads[leads.length - 1]) || subheaded) && pressed === null;
    subheaded = false;
    // (A newcomer's reported 追问 points there too when the one who answers says they answer again: "…”委员王某接着追问。⏎
    // 龙文彬再次作答。" follows up the question 龙文彬 answered, not the one just answered by the court; turn-events.ts.)
    // (Answering alone points nowhere when the words take up what was said in the exchange just answered: "绩效评价结果
    // 到底怎么用?" after an answer ending on 绩效评价结果 follows it up, though who answered question 1 answers it.)
    const takesUpLast = (): boolean => out.length > 0 && picksUp(view, askerWords(view, events, at), [lastStart, lineStart]);
    const linkOf = (target: number) => answererLink(askerWords(view, events, at), nextResponders(events, at), answerers, threadOf(out, target), (n) => openedBy[n - 1] ?? null, who,
      openedBy[target - 1] !== who && (askers.has(who!) || cued.kind === 'label' || cued.kind === 'qa-label' || answersAgain(view, events, at)) && !takesUpLast());
    const byAnswerer = cued.followUp && answered && out.length > 0 && !newLead ? linkOf(root) : null;
    const loose = cued.followUp && answered && out.length > 0 && !newLead && who !== null && (!askers.has(who) || again())
      && byAnswerer === null && !continuesExchange(view, cued, nextResponders(events, ei, true), [asked(root), asked(out.length)], [lastStart, lineStart > lastStart ? lineStart : sentenceStart(view, cued.anchor, lastStart)]);
    // …but one marked 追问 (its label, the reporter's verb) presses the exchange whose answer holds its terms
    // (taken-up-exchanges.ts). With none, news reports' loose 追问道 — a newcomer, another office, a new matter — is a
    // question of its own, as before.
    const takenUp = loose && markedFollowUp(view, cued) ? takenUpQuestion(view, cued, out.map((q, k) => answerOf(events, q.span[0], k === out.length - 1 ? (lineStart > q.span[0] ? lineStart : cued.anchor) : q.span[1]))) : null;
    const kept = cued.followUp && answered && out.length > 0 && (newLead || (loose && takenUp === null)) ? { ...cued, followUp: false } : cued;
    // A member saying they ask on what was said (接着问, 又问, 我接着这个话题问一下, 刚才…讲到 + words of an earlier answer),
    // no 追问 read: the question whose answer holds the repeated words, whoever asked between and whatever official they
    // name (answer-follow-ups.ts); that one, not the official's first answer (backTo).
    // (Said by the reporter's verb only, 接着问, the question answered again by who answered it: answer-follow-ups.ts.)
    const saidHow = !kept.followUp && answered && out.length > 0 && who !== null ? asksOnWhatWasSaid(view, ev, wordsOfAsker(view, ev)) : null;
    const echo = saidHow !== null
      ? echoedQuestion(view, wordsOfAsker(view, ev), out.map((q, k) => answerOf(events, q.span[0], k === out.length - 1 ? (lineStart > q.span[0] ? lineStart : ev.anchor) : q.span[1])),
        saidHow === 'words' ? undefined : (n) => nextResponders(events, at).some((r) => answeredBy.of(n)?.has(r)))
      : null;
    const e = echo !== null ? { ...kept, followUp: true } : kept;
    if (who !== null) askers.add(who);
    // Askers before any answer ask together ("委员吴某、程某…", "委员某问…委员某也问…"); but another
    // member asking outright (a verb of asking, a label, a quotation) in a paragraph of their own
    // opens a new question, answered or not.
    const line = lineEnd(view, e.anchor);
    // (So does each of several announced in order who then ask one by one, on one line or not: asker-announcements.ts —
    // even when the words only state a concern, "程卫东说,…希望有关部门拿出管用的办法。": the announcement says they ask.)
    const another = who !== null && lastAsker !== null && who !== lastAsker && (line !== lastLine || !!e.ownQuestion) && (!!e.ownQuestion || asksOutright(view, e));
    if (!answered && !e.followUp && !another) { lastAsker = who ?? lastAsker; lastLine = line; continue; }
    if (!answered && e.followUp && who === lastAsker) continue;
    const start = openingStart(view, opened, e, events, out.length ? out[out.length - 1].span[0] + 1 : 0, at); // (`e` may be a copy of the event at `at`)
    if (out.length) {
      const prev = out[out.length - 1];
      prev.span = [prev.span[0], trim(view, prev.span[0], start)[1]];
    }
    if (!e.followUp || !out.length) {
      root = out.length + 1;
      rootAskers.set(root, who);
      if (answered) round = new Set([who]);
      else round.add(who);
    }
    // A 追问 by someone who did not ask the last question but asked an earlier one follows up their own:
    // always after a round asked together (the answers just given answered every question of it),
    // else, for a 追问 its label marks (（追问）, 追问：) that no other question's official answers, unless its words tie it to
    // the question just answered, and for others on evidence only (follow-ups.ts), and otherwise the question just answered…
    const earlier = e.followUp && who !== null && rootAskers.get(root) !== who ? [...rootAskers].filter(([, w]) => w === who).pop()?.[0] : undefined;
    const own = earlier !== undefined && ((round.size > 1 && round.has(who)) || followsOwn(view, e, nextResponders(events, ei), asked(earlier), [asked(root), asked(out.length)], byAnswerer === null)) ? earlier : undefined;
    // …unless who answered another question, named or answering, says it presses that one. (Answering alone is no
    // evidence for a member pressing their own exchange, which a new office may answer, nor for a reporter's 追问道
    // by a newcomer.)
    const link = e.followUp && byAnswerer ? (own === undefined ? byAnswerer : linkOf(own)) : null;
    // (A 追问 quoting what an earlier exchange first said, "刚才提到的“三个重点”里,…", presses that one: taken-up-exchanges.ts.)
    const quoted = e.followUp && out.length > 1 ? quotedEarlier(view, e, out.map((q, k) => (k === out.length - 1 ? [q.span[0], start] : q.span))) : null;
    const linked = echo !== null ? out[echo - 1].followUpOf ?? echo : quoted !== null ? out[quoted - 1].followUpOf ?? quoted : takenUp !== null ? out[takenUp - 1].followUpOf ?? takenUp : link ? out[link.question - 1].followUpOf ?? link.question : pressed !== null ? out[pressed - 1].followUpOf ?? pressed : null;
    // (Pressing what a follow-up's answer first said, "刚才闵局长说配套了公交线路" after 宦某's 追问 answered so: that follow-up.)
    const cited = e.followUp && out.length && linked === null && own === undefined ? citedFirstIn(askerWords(view, events, at), answerers) : null;
    const within = cited !== null && cited > root && out[cited - 1].followUpOf === root ? cited : null;
    out.push({ span: [start, contentEnd], header: null, opener: e, followUpOf: e.followUp && out.length ? linked ?? own ?? within ?? root : backTo });
    openedBy.push(who);
    leads.push(lead);
    answered = false;
    lastAsker = who;
    lastLine = line;
  }
  return out;
}

/** The answer of the question whose section runs from `from` to `to`: from its first responder's turn (empty when nobody answered). */
function answerOf(events: readonly SpeechEvent[], from: number, to: number): Span {
  const r = events.find((x) => x.role === 'responder' && x.start >= from && x.start < to);
  return r ? [r.start, to] : [to, to];
}

/**
 * What `openingStart` looks up, built once for a loop over the events (which it does not change): the body's lines
 * (in order and apart, as they are, when `ordered`) and the events of those who speak, by start. A search of them
 * all for each question was quadratic in a compilation.
 */
interface Openings { body: Line[]; ordered: boolean; speakers: EventStarts }

function openings(body: Line[], events: SpeechEvent[]): Openings {
  let ordered = true;
  for (let k = 1; k < body.length && ordered; k++) ordered = body[k - 1].span[1] <= body[k].span[0];
  return { body, ordered, speakers: eventStarts(events, (o) => o.role !== 'narration') };
}

/** The first line of the body holding `at` (its span's end included): by binary search when the lines are in order. */
function lineHolding({ body, ordered }: Openings, at: number): Line | undefined {
  if (!ordered) return body.find((l) => l.span[0] <= at && at <= l.span[1]);
  const lo = firstNotBelow(body.length, (i) => body[i].span[0] <= at);
  // (Lines apart may touch: the one before the last starting at or before `at` may hold it too, and comes first.)
  for (let k = Math.max(0, lo - 2); k < lo; k++) if (body[k].span[0] <= at && at <= body[k].span[1]) return body[k];
  return undefined;
}

/** Where a question opened by `e` starts: its line, unless someone else spoke earlier on that line. */
function openingStart(view: string, at: Openings, e: SpeechEvent, events: SpeechEvent[], floor: number, index = events.indexOf(e)): number {
  const { body, speakers } = at;
  const line = lineHolding(at, e.anchor);
  // (A label's Markdown markup, blank in the view, opens its line's content: "**委员 某**:", markdown.ts.)
  const lineStart = Math.max(line ? (e.start >= line.span[0] && e.start < line.content[0] ? e.start : line.content[0]) : e.anchor, floor);
  // (One of several announced in order, asking after the one before on the same line, "“…”甲说。乙则关心,…": from his sentence.)
  const earlier = startsBetween(speakers, lineStart, e.anchor, e) || (!!e.ownQuestion && line !== undefined && lineStart > line.content[0])
    || (line !== undefined && goesOnFromAbove(view, body, line, lineStart, e.anchor));
  // (A live feed's stamp alone on the line above is the opening entry's: "【09:20】⏎主持人:韩某委员还有追问。")
  const start = earlier ? Math.max(sentenceStart(view, e.anchor, lineStart), floor) : stampAbove(view, lineStart, floor);
  // (So is a newspaper subhead right before it, "■水质怎么监测?⏎问(某):…": it heads the question, exchanges.ts; also over a
  // paragraph of narration before the question, "07 | 让文物“活起来”⏎委员甲和代表乙先后发问。⏎甲问:…".)
  let first = start;
  for (let k = index - 1; k >= 0 && events[k].role === 'narration' && events[k].start >= floor && events[k].start <= first; k--) {
    if (events[k].subhead && events[k].start < first) first = events[k].start;
  }
  return first;
}

/**
 * True when a label opening mid-line (at `anchor`) after a sentence of its line that goes on from the line above, with no
 * stop at that line's end: a hard-wrapped page ("…公办园生均⏎公用经费提高到900元。区人大常委会委员王某:…"). Those words
 * end the turn before; the question starts at its label's sentence.
 */
function goesOnFromAbove(view: string, body: Line[], line: Line, lineStart: number, anchor: number): boolean {
  if (sentenceStart(view, anchor, lineStart) === lineStart) return false;
  const k = body.indexOf(line);
  const above = k > 0 ? body[k - 1] : null;
  return above !== null && above.index === line.index - 1 && above.content[1] > above.content[0]
    && WRAPPED_END.test(view[above.content[1] - 1]);
}
/** A line's last character that ends no sentence nor label: a Han character or a figure, cut by the page's width. */
const WRAPPED_END = /[\p{sc=Han}0-9%]/u;

/** End of the last content line that ends before `at` (and after `floor`). */
function lastContentEnd(body: Line[], at: number, floor: number): number {
  let end = floor;
  for (const l of body) if (l.content[1] <= at && l.content[1] > end) end = l.content[1];
  return end;
}
