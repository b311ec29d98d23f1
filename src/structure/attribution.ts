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
 * speech verb. Matching runs on the view; offsets are [start, end) UTF-16 offsets into the text.
 */
import type { Span } from '../model/span.js';
import type { SpeakerMention } from './mentions.js';
import { sentenceEnd, sentenceStart } from './blocks.js';

export type SpeechRole = 'asker' | 'responder';

export interface SpeechEvent {
  /** The mention naming the speaker; null for bare 问:/答: labels. */
  mention: SpeakerMention | null;
  role: SpeechRole;
  /** Where the speaker's turn starts: the mention, the label, the opening quote, or just after a moderator's call. */
  start: number;
  /** The earliest text tied to the event (the moderator's call, the opening quote): sections start from here. */
  anchor: number;
  /** For labels: where the words after the colon start; for quote-first: just inside the opening quote. */
  wordsStart: number | null;
  kind: 'label' | 'reported' | 'quote-first' | 'moderator' | 'qa-label';
  /** 追问: a follow-up question. */
  followUp: boolean;
  /** The role was guessed from the words (a bare-name label): a moderator's call may correct it. */
  guessed?: boolean;
  /** Names who speaks next without speaking itself ("提问人:市人大常委会委员 柳德明"). */
  announces?: boolean;
  /** A 问/答 label that names its own speaker ("问(委员黎晓芳):"): no announcement applies. */
  named?: boolean;
}

/** Verbs of asking, longest first. */
export const ASK_VERBS = ['进行提问', '提出问题', '提出疑问', '再次提问', '接着问', '抛出', '连发', '询问', '提问', '发问', '追问', '质询', '请问', '问道', '关注', '关心', '问(?!题)'];
/** Verbs of answering and reporting speech. */
export const ANSWER_VERBS = ['回应', '回答', '答复', '作答', '应询', '答道', '表示', '介绍', '分析', '指出', '提出', '称', '坦言', '强调', '谈到', '说明', '解释', '表态', '回复', '认为', '透露', '说', '答'];

const ASK = new RegExp(ASK_VERBS.join('|'), 'u');
const ANSWER = new RegExp(ANSWER_VERBS.join('|'), 'u');
/** A label: the mention followed by an optional 同志/verb and a colon ("王某某委员问:", "李某:"). */
const LABEL_AFTER = /^\s*(?:同志)?\s*(追问|提问|询问|发问|问|回答|答复|回应|答)?\s*[::]/u;
/** Bracketed labels: "【委员 王某】", "[李某]". */
const BRACKET_AFTER = /^\s*[】\]]\s*/u;
const QA_LABEL = /^[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?(追问|问题|提问|询问|问|答复|回答|回复|答)\s*(\([^()\n]{1,80}\))?\s*[::]/gmu;
/** Field lines of a digest naming the next asker or responder: "提问人:…", "应询人:…". */
const FIELD_LABEL = /^[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?(提问人|询问人|提问者|提问委员|提问代表|应询人|答复人|回答人|应询单位|答复单位)\s*[::]/gmu;
/** Before a label: nothing but a clock time, brackets, or a role tag naming the turn. */
const LEAD = /^\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[■●◆▲★☆□◇○•·▶►]?\s*(?:[【\[]\s*(询问|提问|追问|应询|答复|回答|问|答)\s*[】\]])?[\s【\[(]*$/u;
/** A role tag opening a line whose speaker may not be readable. */
const ROLE_TAG = /^[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?[【\[]\s*(询问|提问|追问|应询|答复|回答|问|答)\s*[】\]][^:\n]{0,60}:/gmu;
/** A line opening with someone (title and name) and 问/答 before a colon. */
const NAMED_LABEL = /^[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?[\p{sc=Han}、]{2,40}?(追问|问|答)\s*[::]/gmu;
/** Before a mention: the person is spoken to (请问李局长, 向…局长余波询问), not speaking. */
const ADDRESSEE_BEFORE = /(?:请问|询问|问|向|请教|邀请|对|感谢|谢谢|[\d一二三四五六七八九十两]+\s*[位名个])\s*$/u;
/** A moderator's call: "请王某某委员询问", "请市某局局长李某同志回答". */
const CALL_BEFORE = /(?:请|由)(?:[^。,;:?!请\n]{1,40}?[、和及与])?\s*$/u;
/** After the called name: other called names ("、市医疗保障局副局长陶明"), then 同志 and the verb. */
const CALLED = '^(?:[、和及与][^。,;:?!\\n]{1,40}?)?\\s*(?:同志)?\\s*(?:委员|代表)?\\s*(?:分别)?(?:进行)?';
const CALL_ASK = new RegExp(CALLED + '(?:询问|提问|发问|追问|提出问题)', 'u');
const CALL_ANSWER = new RegExp(CALLED + '(?:回答|答复|作答|回应|介绍|说明)', 'u');
/** Chairs opening or closing the meeting speak, but do not ask. */
const CHAIR = /^[^,。]{0,8}?(?:主持|讲话|总结|致辞|作总结)/u;
/** A follow-up by the same asker; "接着问道" by another member is just the next question. */
const FOLLOW = /追问|再次提问|再问/u;

/** Every speech event of `[from, to)` in reading order. `mentions` are sorted by start. */
export function findSpeechEvents(view: string, from: number, to: number, mentions: SpeakerMention[]): SpeechEvent[] {
  const events: SpeechEvent[] = [];
  // A bare name (吴海鹰说) is a member of the congress when any mention of that name says so.
  const members = new Set(mentions.filter((m) => m.congress && m.name).map((m) => m.name));
  mentions.forEach((m, k) => {
    if (m.span[0] < from || m.span[1] > to) return;
    const next = mentions.slice(k + 1).find((n) => n.span[0] >= m.span[1])?.span[0] ?? to;
    const e = eventOf(view, !m.congress && m.name && members.has(m.name) ? { ...m, congress: true } : m, to, next);
    if (e) events.push(e);
  });
  for (const m of view.slice(from, to).matchAll(QA_LABEL)) {
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    const role: SpeechRole = /答|回复/u.test(m[1]) ? 'responder' : 'asker';
    if (events.some((e) => e.start <= start && start < e.start + 12 && e.kind === 'label')) continue;
    // "问(县人大常委会委员黎晓芳):": the speaker in parentheses.
    const paren = m[2] ? from + m.index + m[0].indexOf(m[2]) : -1;
    const inside = paren < 0 ? null : mentions.find((x) => x.span[0] > paren && x.span[1] < paren + m[2].length) ?? null;
    if (inside) for (let i = events.length - 1; i >= 0; i--) if (events[i].mention === inside) events.splice(i, 1);
    events.push({ mention: inside, role, start, anchor: start, wordsStart: from + m.index + m[0].length, kind: 'qa-label', followUp: m[1] === '追问', named: !!m[2] });
  }
  for (const m of view.slice(from, to).matchAll(FIELD_LABEL)) {
    const at = from + m.index + m[0].length;
    const role: SpeechRole = /应询|答|回答/u.test(m[1]) ? 'responder' : 'asker';
    const named = mentions.filter((x) => x.span[0] >= at && x.span[0] < lineEnd(view, at));
    for (let i = events.length - 1; i >= 0; i--) if (named.includes(events[i].mention!)) events.splice(i, 1);
    for (const x of named) events.push({ mention: x, role, start: x.span[0], anchor: from + m.index, wordsStart: null, kind: 'reported', followUp: false, announces: true });
    // A field whose person could not be read still replaces the previous one.
    if (!named.length) events.push({ mention: null, role, start: at, anchor: from + m.index, wordsStart: null, kind: 'reported', followUp: false, announces: true });
  }
  for (const m of view.slice(from, to).matchAll(ROLE_TAG)) {
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    if (events.some((e) => e.anchor >= start && e.anchor < from + m.index + m[0].length)) continue;
    const role: SpeechRole = /答|应询/u.test(m[1]) ? 'responder' : 'asker';
    events.push({ mention: null, role, start, anchor: start, wordsStart: from + m.index + m[0].length, kind: 'label', followUp: m[1] === '追问' });
  }
  // "国务院副总理某某答:" whose speaker could not be read: still a turn, with an unknown speaker.
  for (const m of view.slice(from, to).matchAll(NAMED_LABEL)) {
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    if (events.some((e) => e.anchor >= start && e.anchor < start + m[0].length)) continue;
    if (/^\s*(?:他|她|其|我|对|在|针对|对此|随后|接着)/u.test(m[0])) continue; // 他回答: is the speaker already talking
    const role: SpeechRole = /答/u.test(m[1]) ? 'responder' : 'asker';
    events.push({ mention: null, role, start, anchor: start, wordsStart: from + m.index + m[0].length, kind: 'label', followUp: m[1] === '追问' });
  }
  events.sort((a, b) => a.start - b.start);
  return announce(view, mergeCalls(insideLabels(view, events)));
}

const keyOf = (e: SpeechEvent): string | null => (e.mention ? e.mention.name ?? e.mention.title : null);
const lineEnd = (view: string, at: number): number => { const k = view.indexOf('\n', at); return k < 0 ? view.length : k; };
const CALLING = /^[^。\n]{0,40}?请[^。\n]{0,40}?(?:询问|提问|发问|追问|回答|答复|作答|回应)/u;

/** Names inside a labelled turn ("邵华:宁海涛委员提的问题很重要") are spoken about, not speaking; a label whose words call on someone is the moderator's. */
function insideLabels(view: string, events: SpeechEvent[]): SpeechEvent[] {
  const labels = events.filter((e) => (e.kind === 'label' || e.kind === 'qa-label') && !CALLING.test(view.slice(e.wordsStart ?? e.start)));
  return events.filter((e) => {
    if ((e.kind === 'label' || e.kind === 'qa-label')) return labels.includes(e);
    return !labels.some((l) => l.wordsStart !== null && e.anchor >= l.wordsStart && e.anchor < lineEnd(view, l.wordsStart));
  });
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
      if (e.guessed) { e.role = m.role; e.guessed = false; }
      e.followUp ||= m.followUp;
      break;
    }
  });
  return events.filter((e) => !drop.has(e));
}

/**
 * 问:/答: layouts name their speakers in a narration line before them ("郭晓峰委员就…提问,市教育局局长
 * 潘文静作答。"): the announced asker speaks the 问 and 追问, the announced responder the 答.
 */
function announce(view: string, events: SpeechEvent[]): SpeechEvent[] {
  if (!events.some((e) => e.kind === 'qa-label')) return events;
  const out: SpeechEvent[] = [];
  let asker: SpeechEvent | null = null;
  let responder: SpeechEvent | null = null;
  let anchor: number | null = null;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.kind === 'qa-label') {
      const by = e.role === 'asker' ? asker : responder;
      out.push(e.named ? e : { ...e, mention: by?.mention ?? null, anchor: anchor ?? e.anchor });
      anchor = null;
      continue;
    }
    // A named event is an announcement when the next event on another line is a 问/答 label.
    const next = events.slice(i + 1).find((n) => lineEnd(view, n.start) !== lineEnd(view, e.start));
    const sameLineLabel = events.some((n) => n.kind === 'qa-label' && lineEnd(view, n.start) === lineEnd(view, e.start));
    if (e.announces || (e.kind === 'reported' && next?.kind === 'qa-label' && !sameLineLabel)) {
      if (e.role === 'asker') { asker = e; responder = null; } else if (!responder || e.announces) responder = e;
      // A new asker starts a new block: the question's section starts at this announcement.
      anchor = e.role === 'asker' ? e.anchor : anchor ?? e.anchor;
      continue;
    }
    // Asking is done by the 问 labels; a reported asker elsewhere ("代表提出问题") is narration.
    if (e.role === 'asker' && e.kind === 'reported') continue;
    out.push(e);
  }
  return out;
}

function eventOf(view: string, m: SpeakerMention, to: number, nextMention: number): SpeechEvent | null {
  const [ms, me] = m.span;
  const lineStart = view.lastIndexOf('\n', ms - 1) + 1;
  const before = view.slice(Math.max(lineStart, ms - 6), ms);
  const end = Math.min(sentenceEnd(view, me, to), to);
  const after = view.slice(me, end);
  const congress = m.congress;
  // Quote-first: “…?”市人大常委会委员某某一连抛出三个问题 / …的提问切中要害 — whoever is named
  // right after a quotation that opens a sentence said it, verb or not.
  const quoted = insideQuote(view, lineStart, ms) ? null : quoteBefore(view, ms, lineStart);
  if (quoted !== null && !ADDRESSEE_BEFORE.test(before) && !(congress && CHAIR.test(after))) {
    const role: SpeechRole = congress ? 'asker' : 'responder';
    const followUp = role === 'asker' && FOLLOW.test(after.slice(0, 12));
    return { mention: m, role, start: quoted, anchor: quoted, wordsStart: quoted + 1, kind: 'quote-first', followUp };
  }
  // Quoted, possessive (王委员的提问) or counted (4位市人大常委会委员) mentions are not speakers.
  if (insideQuote(view, lineStart, ms) || /^(?:的|所|刚才|提到|提出的)/u.test(after) || /(?:正如|如|按照|根据|同意|赞同)\s*$/u.test(before)) return null;
  if (/^[位名]/u.test(view.slice(ms, me)) && /[\d一二三四五六七八九十两]$/u.test(view.slice(0, ms))) return null;

  // Labels: "王某某委员问:" / "市某局局长李某:" / "【委员 王某】" at the start of a line or sentence.
  // At the start of its line or sentence, after a bracket, a clock time ("14:32 市人大常委会委员…:")
  // or a role tag ("【询问】市人大常委会委员 冉国清:", "【应询】…", "【追问】…").
  const lead = LEAD.exec(view.slice(sentenceStart(view, ms, lineStart), ms));
  const atStart = lead !== null;
  const label = LABEL_AFTER.exec(after) ?? (m.form === 'label' || /[【\[]\s*$/u.test(before) ? BRACKET_AFTER.exec(after) : null);
  if (atStart && label) {
    const verb = label[1] ?? lead[1] ?? '';
    const wordsStart = me + label[0].length;
    const guessed = !verb && !m.congress && !m.title;
    const role: SpeechRole = /答|回应|应询/u.test(verb) ? 'responder' : /问/u.test(verb) ? 'asker' : guessRole(view, m, wordsStart, to);
    const start = lead[1] ? sentenceStart(view, ms, lineStart) : /[【\[]\s*$/u.test(before) ? ms - (before.length - before.trimEnd().length) - 1 : ms;
    return { mention: m, role, start, anchor: start, wordsStart, kind: 'label', followUp: verb === '追问', guessed };
  }

  // Moderator calls: the speaker's turn starts after the call sentence.
  if (CALL_BEFORE.test(view.slice(sentenceStart(view, ms, lineStart), ms))) {
    const asks = CALL_ASK.test(after);
    if (asks || CALL_ANSWER.test(after)) {
      const anchor = sentenceStart(view, ms, lineStart);
      return { mention: m, role: asks ? 'asker' : 'responder', start: end, anchor, wordsStart: null, kind: 'moderator', followUp: FOLLOW.test(after) };
    }
    return null;
  }
  if (ADDRESSEE_BEFORE.test(before)) return null;

  // Reported speech: a verb of speaking after the mention, within its clause.
  const answerAt = firstVerb(ANSWER, after, 16);
  const askAt = firstVerb(ASK, after, 90);
  if (answerAt === null && askAt === null) return null;
  if (congress && CHAIR.test(after)) return null;
  // The congress's own leaders (主任, 副主任; not members 委员) commenting without asking are narration.
  const title = m.title ?? '';
  if (congress && askAt === null && /常委会(?:副)?主任$/u.test(title) && !/委员/u.test(title)) {
    // …unless they go on to ask before anyone else is named ("…指出,…。她询问市政府…").
    const onwards = view.slice(me, Math.min(lineEnd(view, me), nextMention));
    if (!/询问|提问|发问|追问|请问|[?]/u.test(onwards)) return null;
  }
  let role: SpeechRole;
  if (congress) role = 'asker';
  else if (answerAt !== null) role = 'responder';
  else role = 'asker';
  const followUp = role === 'asker' && FOLLOW.test(after.slice(0, (askAt ?? 0) + 4));
  return { mention: m, role, start: ms, anchor: ms, wordsStart: null, kind: 'reported', followUp };
}

/** The mention stands inside a quotation opened earlier on its line (“感谢王委员…”): quoted, not speaking. */
function insideQuote(view: string, lineStart: number, at: number): boolean {
  let depth = 0;
  for (let i = lineStart; i < at; i++) {
    if (view[i] === '“') depth++;
    else if (view[i] === '”') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** Offset of the first verb in `after` within `limit` characters, not past a second clause's subject. */
function firstVerb(re: RegExp, after: string, limit: number): number | null {
  const m = re.exec(after.slice(0, limit));
  return m ? m.index : null;
}

/** When the mention directly follows a closing quote (“…。”李某说), the offset of the matching opening quote. */
function quoteBefore(view: string, ms: number, lineStart: number): number | null {
  let i = ms;
  while (i > lineStart && /\s/u.test(view[i - 1])) i--;
  if (view[i - 1] !== '”') return null;
  let depth = 0;
  for (let j = i - 1; j >= lineStart; j--) {
    if (view[j] === '”') depth++;
    else if (view[j] === '“' && --depth === 0) {
      // The quote must open a sentence (line start, or after 。?!), else it is a quoted phrase.
      const prev = view.slice(lineStart, j).trimEnd();
      // (Not after a colon: "追问:“…”" is the asker's own quote, whoever is named after it.)
      return !prev || /[。?!;]$/u.test(prev) ? j : null;
    }
  }
  return null;
}

/** A label without a title (“[李某] …”): an asker when the words ask something. */
function guessRole(view: string, m: SpeakerMention, wordsStart: number, to: number): SpeechRole {
  if (m.congress) return 'asker';
  if (m.title) return 'responder';
  const words = view.slice(wordsStart, Math.min(lineEnd(view, wordsStart), to));
  return /[?]|请问/u.test(words) ? 'asker' : 'responder';
}

/** An organization as written: a quoted set (“一府两院”) or a name ending in an institution word. */
const ORG = '(?:“[^”]{2,8}”|(?![他她其并])[^\\P{sc=Han}问向请]{1,14}?(?:人民政府|政府|法院|检察院|局|委员会|委|办公室|办|厅|中心|分局|公司|所|站|队|院|府两院))(?![门长])';
const ORGS = `${ORG}(?:\\s*[和、及与]\\s*${ORG})*`;
const INTERROGATIVE = '(?:如何|怎样|怎么|将|要|是否|能否|有什么|有哪些|有何|有没有|打算|准备|下一步|对此|在|对|为|哪些|什么|两个|几个|的)';
const ADDRESSED = [
  new RegExp(`向\\s*(${ORGS})[^,。?]{0,16}?(?:询问|提问|发问|追问|提出)`, 'gu'),
  new RegExp(`(?:询问|追问|请问|问)(?:了)?\\s*(${ORGS})(?=\\s*[,:]|[^,。]{0,6}?${INTERROGATIVE})`, 'gu'),
  new RegExp(`(?:^|(?<=[。?!;,“]))\\s*(${ORGS})(?=[^,。]{0,4}?(?:如何|怎样|怎么|将|要|是否|能否|有什么|有哪些|有何|有没有|打算|准备))`, 'gu'),
];

/** Organizations a question is put to, as written: 向市市场监管局询问 → 市市场监管局; 询问省教育厅和省科学技术厅 → both. */
export function findAddressees(view: string, text: string, span: Span): Array<{ text: string; span: Span }> {
  const out: Array<{ text: string; span: Span }> = [];
  const slice = view.slice(span[0], span[1]);
  for (const re of ADDRESSED) {
    for (const m of slice.matchAll(re)) {
      const groupAt = span[0] + m.index + m[0].indexOf(m[1]);
      // The group may list several: 省教育厅和省科学技术厅.
      const one = new RegExp(ORG, 'uy');
      for (let i = 0; i < m[1].length;) {
        one.lastIndex = i;
        const o = one.exec(m[1]);
        if (!o) break;
        let at = groupAt + i;
        let len = o[0].length;
        if (o[0].startsWith('“')) { at += 1; len -= 2; }
        const s: Span = [at, at + len];
        if (!out.some((x) => x.span[0] === s[0])) out.push({ text: text.slice(s[0], s[1]), span: s });
        i += o[0].length;
        while (i < m[1].length && /[\s和、及与]/u.test(m[1][i])) i++;
      }
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
