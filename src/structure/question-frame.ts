/**
 * One question read from its section: the turns that tile it (askers, responders, narration), the question
 * as written, and the offices it is put to, with a warning where nobody asks or answers.
 *
 * Example: the section "问题一:“一府两院”将采取哪些措施…?\n…市人大常委会副主任缪应虎向“一府两院”询问…\n
 * 市政府副市长海建才分析,…" gives question 1 (label 问题一, the header's question as text), its asker
 * 缪应虎, its responders in order (海建才 …) and the addressee 一府两院. Spans are [start, end): 0-based
 * UTF-16 offsets into the text; matching runs on the view.
 */
import type { Span } from '../model/span.js';
import type { Role } from '../model/record.js';
import { warning, type Warning } from '../model/diagnostics.js';
import type { QuestionFrame, TextPair } from './types.js';
import { isSpace } from './blocks.js';
import type { SpeechEvent } from './attribution.js';
import type { Section } from './sections.js';
import type { Cast } from './cast.js';
import { tileTurns, speakersOf, type TurnStart } from './turns.js';
import { questionText, labelOf, openingHeader } from './question-text.js';
import { findAddressees } from './addressees.js';
import { addressedOfficials } from './addressed-officials.js';
import { addresseeFields, organizationList } from './field-labels.js';
import { sameOrganization } from '../model/org-names.js';
import { groupOf, type GroupHeading } from './groups.js';
import { spaceEntityAt } from '../source/normalize.js';
import { isInvisibleFormat } from '../source/invisible.js';
import { writtenAnswerNote, writtenReplyLabel } from './written-notes.js';

/** Between two askers named as one subject: "、", "和" (no words of either). */
const JOINED = /^\s*[、和与及]\s*$/u;

/** Question `i` of its section: turns, askers and responders (noted in `roles`), question text, addressees. */
export function readQuestion(pair: TextPair, sec: Section, i: number, events: SpeechEvent[], people: Cast, roles: Map<string, Set<Role>>, warnings: Warning[], group: GroupHeading | null = null, narration: ReadonlySet<number> = new Set(), goesOn: ReadonlySet<number> = new Set(), lead: Span | null = null): QuestionFrame {
  const { text, view } = pair;
  const inside: SpeechEvent[] = [];
  const starts: TurnStart[] = [];
  const joined: SpeechEvent[] = []; // askers named with the one before as one subject: one turn, several askers
  for (let k = 0; k < events.length; k++) {
    const e = events[k];
    if (e.start < sec.span[0] || e.start >= sec.span[1]) continue;
    const before = inside[inside.length - 1];
    inside.push(e);
    // "阮某、韦某委员：…", "市人大常委会委员孟某、市人大代表褚某联合询问…": a joint subject, each with their title, is one speaker
    // slot; the turn is the first one's from its start, the others ask with them.
    if (e.role === 'asker' && e.mention && before?.role === 'asker' && before.mention && before.start < e.start && JOINED.test(view.slice(before.mention.span[1], e.start))) {
      joined.push(e);
      continue;
    }
    // (A person field's line is the label of the one it names first: "询问人:委员 某" opens his turn, field-labels.ts.)
    const start = e.turnStart !== undefined && e.turnStart >= sec.span[0] && !inside.some((o) => o !== e && o.start >= e.turnStart! && o.start < e.start) ? e.turnStart : e.start;
    starts.push({ start, role: e.role, speaker: e.mention ? people.idOf(e.mention) : null });
  }
  // The reporter's lines inside the section are narration: they end the turn before them.
  for (const at of narration) if (at > sec.span[0] && at < sec.span[1]) starts.push({ start: at, role: 'narration', speaker: null });
  // …and after them the one who spoke before goes on ("他表示,…").
  for (const at of goesOn) {
    if (at <= sec.span[0] || at >= sec.span[1]) continue;
    let before: TurnStart | null = null;
    for (const s of starts) if (s.role !== 'narration' && s.start < at && (!before || s.start > before.start)) before = s;
    if (before) starts.push({ start: at, role: before.role, speaker: before.speaker });
  }
  // A topic lead is the reporter's: whoever is named after it starts after it ("【兜底保障】 委员某问道:…").
  if (lead) {
    let after = lead[1];
    while (after < sec.span[1] && /[ \t]/u.test(view[after])) after++;
    const moved = (e: SpeechEvent): SpeechEvent => (e.start >= lead[0] && e.start < after ? { ...e, start: after, anchor: Math.max(e.anchor, after) } : e);
    for (let k = 0; k < inside.length; k++) inside[k] = moved(inside[k]);
    if (sec.opener) sec = { ...sec, opener: moved(sec.opener) };
    for (const s of starts) if (s.start >= lead[0] && s.start < after) s.start = after;
    starts.push({ start: lead[0], role: 'narration', speaker: null });
  }
  // (A turn opening after decoration blanked in the view, "👉【答】…", starts at the glyph: none of the turn before.)
  for (const s of starts) s.start = withLeadingDecoration(text, view, s.start, sec.span[0]);
  const turns = tileTurns(text, sec.span, starts);
  // A written-answer note under an answer's label ("答：（书面答复）") is procedure: nobody answered aloud.
  const notes: Span[] = [];
  for (const t of turns) {
    if (t.role === 'asker' || writtenAnswerNote(view, t.span) === null) continue;
    notes.push(t.span);
    t.role = 'narration';
    t.speaker = null;
  }
  const askers = speakersOf(turns, 'asker');
  // (Members the chair called to ask with the one speaking, silent themselves: askers too, exchanges.ts; and the others
  // of a joint subject.)
  for (const m of [...inside.flatMap((e) => (e.role === 'asker' ? e.coAskers ?? [] : [])), ...joined.map((e) => e.mention!)]) {
    const id = people.idOf(m);
    if (!askers.includes(id)) askers.push(id);
  }
  const responders = speakersOf(turns, 'responder');
  // An answer under a label saying it came in writing ("省民政厅(书面答复):…"): the question is marked written, by that office.
  const reply = turns.find((t) => t.role === 'responder' && writtenReplyLabel(view, t.span) !== null);
  const replied = reply ? writtenReplyLabel(view, reply.span)! : null;
  for (const id of askers) roles.set(id, (roles.get(id) ?? new Set()).add('asker'));
  for (const id of responders) roles.set(id, (roles.get(id) ?? new Set()).add('responder'));
  const askerTurns: Span[] = [];
  for (const t of turns) if (t.role === 'asker') askerTurns.push(t.span);
  const asked = questionText(view, sec, inside, askerTurns);
  // "区人大常委会委员 汪某:问题一:…": without a header layout, a header opening the asker's words labels the question.
  const opening = sec.header || lead ? null : openingHeader(view, asked);
  const q = opening ? opening.rest : asked;
  const addressees: string[] = [];
  // (The asker's own post is no office asked: "紧接着发问的是区人大代表、临江化工园区管委会副主任邵丽:“…?”" — the 问 of 发问
  // reads on into the title, where the office is hers.)
  const ownPosts = inside.flatMap((e) => (e.role === 'asker' && e.mention ? [e.mention.span] : []));
  const notOwn = (a: { span: Span }): boolean => !ownPosts.some((p) => p[0] <= a.span[0] && a.span[1] <= p[1]);
  for (const a of findAddressees(view, text, q)) if (notOwn(a)) addAddressee(addressees, a.text);
  for (const s of askerTurns) for (const a of findAddressees(view, text, s)) if (notOwn(a)) addAddressee(addressees, a.text);
  // "我想问罗强副省长,…": the office of the official asked by name (addressed-officials.ts).
  for (const s of [q, ...askerTurns]) for (const o of addressedOfficials(view, s, people.persons)) addAddressee(addressees, o);
  // The question's field block: "应询单位:县水利局、县财政局" (field-labels.ts), in the asker's turn or
  // the announcement before it ("提问人:…\n应询单位:…\n问题:…").
  for (const a of addresseeFields(view, sec.span[0], sec.span[1])) {
    if (turns.some((t) => t.role !== 'responder' && t.span[0] <= a[0] && a[0] < t.span[1])) addAddressee(addressees, text.slice(a[0], a[1]));
  }
  // A table's 应询单位 cell, or the field before an office's answer: "县交通运输局", "县教育局、县财政局".
  for (const e of inside) {
    if (!e.addressee) continue;
    for (const a of organizationList(view, e.addressee)) addAddressee(addressees, text.slice(a[0], a[1]));
  }
  // (The office answering in writing is the one the question was put to, as in an appendix of written answers.)
  if (replied) addAddressee(addressees, text.slice(replied[0], replied[1]));
  const at = sec.header?.labelSpan ?? sec.span;
  if (!askers.length && !askerTurns.length) warnings.push(warning('question-without-asker', `question ${i + 1} names no asker`, at));
  for (const n of notes) warnings.push(warning('written-answer', `question ${i + 1} was answered in writing after the meeting: ${text.slice(n[0], n[1]).trim()}`, n));
  if (!responders.length && !notes.length && !turns.some((t) => t.role === 'responder')) warnings.push(warning('question-without-responder', `question ${i + 1} names no responder`, at));
  for (const t of turns) if (t.role !== 'narration' && t.speaker === null) warnings.push(warning('speaker-unknown', `a ${t.role} turn of question ${i + 1} names no person`, t.span));
  return {
    index: i + 1, label: sec.header?.label ?? (lead ? text.slice(lead[0], lead[1]) : opening ? text.slice(opening.label[0], opening.label[1]) : labelOf(text, sec.opener)), text: text.slice(q[0], q[1]), span: q, sectionSpan: sec.span,
    askers, addressees, responders, turns, followUpOf: sec.followUpOf, group: groupOf(text, group),
    written: replied ? { organization: text.slice(replied[0], replied[1]), organizationSpan: replied, heading: null, headingSpan: null } : null,
  };
}

/**
 * Where a turn starting at `at` begins in the text: at the decoration its line opens on ("👉【答】…",
 * blanked in the view), when only that stands before it on the line (and after `floor`); else `at`. A reference for
 * a space (&nbsp;) is blanked too, but is white space: the turn starts after it; so is an unseen format character (a
 * WeChat paragraph's "\u200B委员…", source/invisible.ts).
 */
function withLeadingDecoration(text: string, view: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && (view.charCodeAt(i - 1) === 0x20 || view.charCodeAt(i - 1) === 0x09)) i--;
  if (i === at || (i > floor && view.charCodeAt(i - 1) !== 0x0a)) return at; // nothing blanked, or words before it
  // (White space of the text, and references for a space a web copy kept: "&nbsp;&nbsp;縣民政局局長…".)
  for (let n = 0; i < at; i += n) {
    n = isSpace(text.charCodeAt(i)) || isInvisibleFormat(text.charCodeAt(i)) ? 1 : spaceEntityAt(text, i);
    if (n === 0) break;
  }
  return i;
}

/**
 * Add an addressee unless it is one already named, maybe shortened: "我问县自然资源局。…请问自然资源局
 * 对这个问题怎么看" puts the question to one office; so do "应询单位:县人民政府" and "县政府有什么打算?".
 */
function addAddressee(list: string[], name: string): void {
  // A zone and the 管委会 that governs it are one body asked (高新区 in the question, 高新区管委会 in
  // "向…高新区管委会发问"): the fuller name stands for both, where the first was.
  const zone = (org: string) => (org.endsWith('管委会') ? org.slice(0, -3) : org);
  const same = list.findIndex((a) => a !== name && zone(a) === zone(name));
  if (same >= 0) {
    if (name.length > list[same].length) list[same] = name;
    return;
  }
  if (!list.some((a) => a === name || (a.endsWith(name) && name.length >= 3) || sameOrganization(a, name))) list.push(name);
}
