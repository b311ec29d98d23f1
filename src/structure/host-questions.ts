/**
 * A host's turn that puts a question: "主持人：有网友留言问，小区垃圾桶能不能延长开放时间？请市城市管理局回答。" then
 * "赵某：我们将推行延时投放…" — the 主持人 label is no narration there: it opens a question, as the same words under
 * the chair's bare name do ("罗某：…？请市城市管理局回答。"). Its speaker is the person the label names
 * ("主持人（罗某）：", "主持人 罗某："), else the chair the text names as presiding, else nobody known.
 *
 * A host's turn asks when its words hold a question (a "?" that is no call for questions, chair.ts's
 * `asksQuestion`) and either put it to someone ("请问市某局，…", "…？请市某局回答。", "韦局长，…？") or relay someone
 * else's ("有网友留言问，…？", "网友“湖畔老周”问：…？", "群众反映…？"), and the next speaker answers. A host
 * handing over the floor ("下面请市民代表提问。", "请市城市管理局回答。" after a member's question) asks nothing.
 * Offsets are [start, end) UTF-16 offsets into the text; matching runs on the view.
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import { speakerMention, type SpeakerMention } from './mentions.js';
import { lineEnd, wordsFrom, type SpeechEvent } from './speech.js';
import { asksQuestion } from './chair.js';
import { STAMP } from './stamps.js';
import { restatesQuestion } from './restatements.js';
import { POSTS } from '../model/posts.js';
import { RELAYERS, relayedParaphrase } from './relayed-paraphrase.js';

/** The 主持人 label opening a moderator's line ("主持人：", "主持人（罗某）：", "会议主持人 罗某："), stamps and bold marks aside. */
const HOST_LABEL = /^[^\n:]{0,24}?主持人/u;
/** The host's label saying the host cuts in: "主持人插话:", "主持人插问:". */
const HOST_CUTS_IN = /主持人\s*(?:插话|插问)/u;
/**
 * Words putting the question to someone: 请问 + who, or 请 + who + a verb of answering, or calling an official by
 * surname (or name) and post first, a comma after ("韦局长，经费从哪里出？", "罗副区长，…？") or the answer pointed at
 * ("罗局长刚才讲到运营补贴，我顺着问一下，…？"), as one speaks to whoever is to answer.
 */
const PUTS_TO = new RegExp(`请问\\s*[^\\s,。?!;:]|请(?!问)[^。?!;\\n]{1,30}?(?:回答|答复|作答|回应|解答)|^\\s*\\p{sc=Han}{1,4}?${POSTS.called}(?:(?:您好|你好)?\\s*,|(?:您|你)?(?:刚才|刚刚))`, 'u');
/**
 * The host saying the question is their own, first: "我也问一个问题。", "我作为主持人也问一个问题。", "我插一句,", "我也追问一句,"
 * — as the chair asks under a name label; the question after it may address the official by post ("龙副州长,…?").
 */
const OWN_QUESTION = /^\s*(?:(?:好|好的|谢谢)[,。!]\s*)?我(?:作为主持人)?(?:也|再|先|就)?(?:想)?(?:(?:问|提|追问)(?:一个|个|两个|一下|一句)(?:问题)?|插(?:一|两)?句(?:话)?|插个话)\s*[,。!:]/u;
/** …cutting in on the exchange under way ("我插一句"), pressing it. */
const OWN_CUT_IN = /^\s*(?:(?:好|好的|谢谢)[,。!]\s*)?我(?:也|再)?(?:插(?:一|两)?句(?:话)?|插个话|(?:也|再)?追问)/u;

/** Words relaying someone else's question: 网友/网民/市民/群众/居民/听众 who ask, leave a message, write in, report. */
const RELAYS = new RegExp(`(?:${RELAYERS})[^。?!;\\n]{0,16}?(?:问|留言|提问|反映|来信|发帖)`, 'u');

/**
 * A request for a statement on a subject of the host's own: "请州政府领导就冰雪旅游整体工作表个态。" — 请 + who + 就 + the
 * subject + a verb of stating. A request about the question just asked ("请副市长就这个问题表个态", "请刘局长表态") only
 * hands over the floor, as "请…回答" does.
 */
export function requestsStatement(view: string, wordsStart: number): boolean {
  const from = wordsFrom(view, wordsStart);
  return REQUESTS_STATEMENT.test(view.slice(from, lineEnd(view, from)));
}
const REQUESTS_STATEMENT = /请(?!问)[^。?!;\n]{1,24}?就(?!(?:这个|这一|这些|此|该|上述|刚才|以上|前面|委员|代表)[^。?!;\n]{0,8}?问题)[^。?!;\n]{2,30}?(?:表个态|表态|作表态|谈谈|讲讲|说说|作出回应|回应一下)/u;

/** The words of a host's line ask a question of the answering side (see the header). */
export function hostAsks(view: string, wordsStart: number): boolean {
  wordsStart = wordsFrom(view, wordsStart); // (a label alone on its line: "主持人：⏎刚才…转来的问题…？请市某局回答。")
  const words = view.slice(wordsStart, lineEnd(view, wordsStart));
  // (A question relayed in a paraphrase, "…递了一张条子,问的是X,请县民政局回答。", asks with no question mark: relayed-paraphrase.ts.)
  if (relayedParaphrase(words)) return true;
  if (!words.includes('?')) return REQUESTS_STATEMENT.test(words);
  if (!asksQuestion(view, wordsStart)) return false;
  // (Restating a member's question, "孟委员的问题是,…?请岳局长再回答一下。", the host asks nothing: restatements.ts.)
  if (restatesQuestion(words)) return false;
  // (A "?" of a call for questions only — "请问各位委员还有问题吗?" — puts no question.)
  let asked = false;
  for (const m of words.matchAll(QUESTION_SENTENCE)) if (!CALL_FOR_QUESTIONS.test(m[0])) { asked = true; break; }
  return asked && (PUTS_TO.test(words) || RELAYS.test(words) || OWN_QUESTION.test(words));
}
/** A sentence ending in a question mark. */
const QUESTION_SENTENCE = /[^。!?;\n]*\?/gu;
/** A question to the members or the hall: "各位委员还有问题吗?", "哪位代表先提问?", "大家还有什么要补充的?". */
const CALL_FOR_QUESTIONS = /(?:委员|代表|大家|同志|哪位|哪一位|各位)[^。!?;,\n]{0,12}?(?:提问|发言|追问|询问|问题|补充)[^。!?;,\n]{0,4}?\?$/u;

/**
 * Turn the moderator events of `events` (sorted by start; changed in place) that are host questions into asker
 * turns. `chairs` names who presides; `mentions` (sorted by start) give the label's person or the chair's mention.
 */
export function addHostQuestions(view: string, events: SpeechEvent[], chairs: ReadonlySet<string>, mentions: readonly SpeakerMention[]): void {
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (!e.moderator || e.role !== 'narration' || e.mention !== null || e.wordsStart === null) continue;
    if (!HOST_LABEL.test(view.slice(e.start, e.wordsStart)) || !hostAsks(view, e.wordsStart)) continue;
    // The next one to speak after the host's line answers (a call inside the line is the host's own words).
    const end = lineEnd(view, wordsFrom(view, e.wordsStart));
    const next = events.find((x) => x.start >= end && x.role !== 'narration');
    if (!next || next.role !== 'responder') continue;
    e.role = 'asker';
    e.moderator = false;
    e.followUp = HOST_CUTS_IN.test(view.slice(e.start, e.wordsStart)) || OWN_CUT_IN.test(view.slice(wordsFrom(view, e.wordsStart), end)); // "主持人插话:庞局长，…?": cutting in presses the exchange
    const chair = labelPerson(e, mentions) ? null : chairMention(chairs, mentions);
    // (The chair's mention stands elsewhere: the turn's is the label's 主持人, naming the chair; spans stay on the label.)
    e.mention = labelPerson(e, mentions) ?? (chair && { ...chair, span: [e.start, e.wordsStart], form: 'label', nameSpan: null, titleSpan: null, affiliation: null })
      ?? mentions.find((m) => m.name === null && m.span[0] >= e.start && m.span[1] <= e.wordsStart!) ?? null; // the host, unnamed

  }
}

/** A bare host's label opening a line: "主持人:", "会议主持人 :" (a stamp or bold marks before it). */
const BARE_HOST_LABEL = new RegExp(String.raw`(?<=^|\n)[ \t\u3000]*(?:${STAMP}[ \t\u3000]*)?(?:\*\*|__)?((?:会议)?主持人)[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*:`, 'gu');

/**
 * Mentions of the host where a bare "主持人:" label puts a question (`hostAsks`) and nobody is named: the host
 * as a person named by the office only, the asker when no chair is named either (a `title` 主持人, no name).
 * In `range`, outside `claimed` spans, in reading order.
 */
export function hostLabelMentions(pair: TextPair, range: Span, claimed: readonly Span[]): SpeakerMention[] {
  const { text, view } = pair;
  const slice = view.slice(range[0], range[1]);
  if (!slice.includes('主持人')) return []; // (most texts have none)
  const out: SpeakerMention[] = [];
  for (const m of slice.matchAll(BARE_HOST_LABEL)) {
    const wordsStart = range[0] + m.index + m[0].length;
    if (!hostAsks(view, wordsStart)) continue;
    const start = range[0] + m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    if (claimed.some((c) => c[0] < end && c[1] > start)) continue;
    const title = text.slice(start, end);
    out.push(speakerMention([start, end], 'office-only', null, null, title, [start, end], null, true, title, null));
  }
  return out;
}

/** The person the host's label names: "主持人（罗某）：", "主持人 罗某：". */
function labelPerson(e: SpeechEvent, mentions: readonly SpeakerMention[]): SpeakerMention | null {
  return mentions.find((m) => m.name && m.span[0] >= e.start && m.span[1] <= e.wordsStart!) ?? null;
}

/** A mention of the chair (one chair only: two leave it open), with a title when one has it. */
function chairMention(chairs: ReadonlySet<string>, mentions: readonly SpeakerMention[]): SpeakerMention | null {
  if (chairs.size !== 1) return null;
  const [name] = chairs;
  let found: SpeakerMention | null = null;
  for (const m of mentions) {
    if (m.name !== name) continue;
    if (m.title) return m;
    found ??= m;
  }
  return found;
}
