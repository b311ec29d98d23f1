/**
 * Quotations that name their speaker after them: a quote opening its sentence and the person named
 * right after its close ("“执行案件执行完毕率低…的重点。”市法院执行局局长高红丽说。"), or a paragraph
 * opening on a quotation whose speaker follows in the same sentence (a lede: "“…?”11月15日,在…会议
 * 上,市人大常委会委员某某一开场就抛出尖锐问题"). A mention inside a quotation (“感谢王委员…”) is quoted,
 * not speaking; a leader of the congress quoted first who asks nothing states, does not ask.
 *
 * Example: "“要抓好整改。”杨某说。" → the quote opens at its “ (`quoteBefore`).
 * Offsets are UTF-16 offsets into the view; ranges are half-open `[start, end)`.
 */
import type { SpeakerMention } from './mentions.js';
import { isLeader } from './chair.js';
import { ANSWER, ASK, firstVerb } from './speech-patterns.js';

/**
 * A leader of the congress quoted first who asks nothing ("“要抓好整改。”杨某说。", introduced as
 * 州人大常委会主任): their words are the chair's, not a question.
 */
export function leaderStates(view: string, m: SpeakerMention, quoted: number, after: string): boolean {
  return m.congress && isLeader(m.title ?? '') && !/[?]/u.test(view.slice(quoted, m.span[0])) && firstVerb(ASK, after, 24) === null;
}

/**
 * The mention stands inside a quotation opened earlier on its line (“感谢王委员…”): quoted, not speaking.
 * (The mentions of a line are asked about in reading order: the count goes on from where the last call on the same
 * line stopped, so a paragraph of thousands of turns with no line break is read once, not once per mention.)
 */
export function insideQuote(view: string, lineStart: number, at: number): boolean {
  const q = quoteScan;
  let depth = 0;
  let i = lineStart;
  if (q.view === view && q.lineStart === lineStart && q.at <= at) ({ depth, at: i } = q);
  for (; i < at; i++) {
    const c = view.charCodeAt(i);
    if (c === 0x201c) depth++; // “
    else if (c === 0x201d) depth = Math.max(0, depth - 1); // ”
  }
  quoteScan = { view, lineStart, at, depth };
  return depth > 0;
}
/** Where insideQuote's last count stopped, and the depth there. */
let quoteScan: { view: string | null; lineStart: number; at: number; depth: number } = { view: null, lineStart: 0, at: 0, depth: 0 };

/**
 * After the one named in a lede, their question as a possession: "“…?”…委员欧阳某的第一个问题就直指群众痛点",
 * "“…?”委员某的问题让会场气氛一下子紧张起来" — the quotation is that question (not "委员某的回答", nor a possessed
 * office, "委员某的建议").
 */
export const OWN_QUESTION_AFTER = /^的(?:第[一二三四五六七八九十\d]{1,3}个|首个|头一个|这个|一连串|一个)?(?:问题|提问|发问|追问)/u;

/**
 * A narrated question: after the one named, a short verb phrase (no clause break, nobody else) and a colon opening a
 * quotation that asks — "州人大代表某把话筒转向了养老:“…怎么让它转起来?”", "委员某话锋一转:“…?”". Returns where the
 * words start (at the “: question-text.ts reads the quotation), or null. (A phrase naming what was asked of whom, "某的问题是:“…?”", opens on 的:
 * possessed, not spoken.)
 */
export function narratedQuestion(view: string, me: number, to: number): number | null {
  const m = NARRATED_QUESTION.exec(view.slice(me, Math.min(to, me + 260)));
  return m ? me + m[0].length - 1 : null;
}
const NARRATED_QUESTION = /^(?![的所])[^,。;:?!“”\n]{1,24}:\s*“(?=[^“”\n]{1,220}?\?\s*”)/u;

/** A reporter's topic lead in brackets, all that stands before a quotation on its line: "【产业扶贫】". */
const TOPIC_LEAD = /^\s*【[^【】\n]{1,16}】$/u;
const TOPIC_LEAD_AT = /^【[^【】\n]{1,16}】\s*/u;

/** When the mention directly follows a closing quote (“…。”李某说), the offset of the matching opening quote. */
export function quoteBefore(view: string, ms: number, lineStart: number): number | null {
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
export function quoteLeading(view: string, lineStart: number, ms: number, previous: number): number | null {
  const q = openingQuote(view, lineStart, ms);
  if (!q || ms - q.close > 60 || previous > q.close) return null;
  return /[。?!;“]/u.test(view.slice(q.close + 1, ms)) ? null : q.open;
}

/**
 * The newspaper opening: a quoted question opens the paragraph, the reporter's lede follows in whole sentences of its own
 * (date, meeting, 开展专题询问), and only then the sentence announcing who asked it — "“全省县域内就诊率是多少?…还有多大
 * 差距?”9月24日下午,…举行联组会议,…开展专题询问。首先发问的是省人大常委会委员某。" The lede quotes nobody, and whoever it
 * names (`previous`: the end of the mention before, -1 for none) says nothing there — presides, attends — so the question
 * before it is the one announced (the
 * caller checks the announcement, 首先发问的是…, at `sentence`, where the mention's sentence starts). The offset of the
 * paragraph's “, or null. (A quotation that asks nothing, “…。”, is someone's statement: not read so.)
 */
export function quoteAcrossLede(view: string, lineStart: number, sentence: number, previous: number): number | null {
  const q = openingQuote(view, lineStart, sentence);
  if (!q || !/\?\s*$/u.test(view.slice(q.open, q.close))) return null;
  const lede = view.slice(q.close + 1, sentence);
  // (The lede may name someone who does not speak in it — the chair presiding, an official attending: "…开展专题询问。省人大
  // 常委会副主任某主持会议,副省长某到会听取意见。首先发问的是…" — but anyone asking, answering or saying something there
  // stands between the quote and the one announced.)
  if (previous > q.close && speaksIn(lede.replace(ATTENDS, ''))) return null;
  return lede.trim() && lede.length <= LONGEST_LEDE && !/[“”‘’?!]/u.test(lede) && /[。;]\s*$/u.test(lede) ? q.open : null;
}
/** Attending to answer or to hear, no words said: "到会应询", "到会听取意见", "接受询问". */
const ATTENDS = /(?:到会|到场|现场)?(?:应询|接受询问|听取(?:意见|询问|审议意见)?)/gu;
/** A verb of asking, answering or saying in `words`. */
function speaksIn(words: string): boolean {
  return firstVerb(ASK, words, words.length) !== null || firstVerb(ANSWER, words, words.length) !== null;
}
/** The longest lede between the opening question and its announced asker (a date, a meeting, a report's long title). */
const LONGEST_LEDE = 240;

/** The quotation opening the paragraph at `lineStart` (after space or a topic lead) and closing before `to`. */
function openingQuote(view: string, lineStart: number, to: number): { open: number; close: number } | null {
  let open = lineStart;
  while (open < to && /\s/u.test(view[open])) open++;
  const lead = view[open] === '【' ? TOPIC_LEAD_AT.exec(view.slice(open, to)) : null; // "【产业扶贫】 “…?”…"
  if (lead) open += lead[0].length;
  if (view[open] !== '“') return null;
  let depth = 0;
  for (let j = open; j < to; j++) {
    if (view[j] === '“') depth++;
    else if (view[j] === '”' && --depth === 0) return { open, close: j };
  }
  return null;
}
