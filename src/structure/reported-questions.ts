/**
 * A question a news report names only in the adverbial before its answer: "在回应县人大代表朱某关于预算执行的提问时,
 * 县财政局局长沈某介绍,…", "针对委员朱某提出的预算执行问题,…", "就代表朱某提出的问题,…", "在回答邹某的追问时,
 * 局长某表示,…". The member named in the adverbial asked (a reported question, not quoted; 追问 a follow-up), and the
 * official named after the comma answers: the adverbial is the question's narration, never the end of the previous
 * answer, and its comma is a clause boundary, not a cut.
 *
 * The grammar: the sentence opens with a preposition of response (在回应/在回答/在答复…时, 针对, 对于, 关于, 对, 就, 面对,
 * maybe after a sequence word, "会上,"), then the asker's mention, then what was asked — 关于/就 + topic + 的 + noun,
 * (所)提出的 + topic? + noun, or 的 + noun — where the noun is 提问, 询问, 追问, 问题, 质询, then 时/之际 maybe and the
 * comma; another person is named after the comma, in the same sentence (who answers). Offsets are [start, end)
 * UTF-16 code units into the view. (A member who asked before is referred back to, not asking anew: the caller,
 * attribution.ts, keeps only a 追问 of theirs.)
 */
import type { SpeakerMention } from './mentions.js';

/** Before the asker's mention, from the sentence's start: a sequence word maybe, then the preposition of response. */
const OPENER = /^\s*(?:(?:会上|会议上|随后|接着|紧接着|最后|同时|此外|另外|现场)\s*,\s*)?(?:在\s*(?:回应|回答|答复|解答)|在?\s*(?:针对|对于|面对)|关于|对|就)\s*$/u;
/**
 * After the mention: what was asked, up to the comma. Group 1 / 2 hold the topic (关于 + topic + 的, 就 + topic + 提出的,
 * 提出的 + topic), group 3 the noun (追问: a follow-up).
 */
const ASKED = /^\s*(?:同志)?\s*(?:(?:关于|就|对)\s*([^,。;:?!“”\n]{1,40}?)\s*(?:所)?(?:提出)?的|(?:所|刚才|刚刚)?(?:提出|所提|提)的\s*([^,。;:?!“”\n]{0,40}?)|的)\s*(?:相关|有关)?(提问|询问|追问|问题|质询)\s*(?:时|之际|的时候)?\s*,/u;

/** A question reported in a sentence's adverbial: where its narration starts, the topic named, whether it follows up. */
export interface AdverbialQuestion {
  /** Where the adverbial starts (the sentence's start, past white space): the asker's turn. */
  start: number;
  /** Where the adverbial ends, after its comma: the answer's sentence goes on there. */
  end: number;
  /** The topic asked about ("预算执行"), or null when the adverbial names none ("在回应委员朱某的提问时"). */
  topic: [number, number] | null;
  followUp: boolean;
}

/**
 * The adverbial question around mention `m` (see the header), or null. `sentence` is where the mention's sentence
 * starts, `end` where it ends, `nextMention` where the next mention starts (the one who answers: after the comma,
 * before `end`). Only a member of the congress, or a name without a title outside it, asks so.
 */
export function adverbialQuestion(view: string, m: SpeakerMention, sentence: number, end: number, nextMention: number): AdverbialQuestion | null {
  if (!m.name || (!m.congress && (m.title || m.organization))) return null;
  const opener = OPENER.exec(view.slice(sentence, m.span[0]));
  if (!opener) return null;
  const asked = ASKED.exec(view.slice(m.span[1], end));
  if (!asked) return null;
  const after = m.span[1] + asked[0].length;
  if (nextMention < after || nextMention >= end) return null;
  const topicText = asked[1] ?? asked[2];
  let topic: [number, number] | null = null;
  if (topicText) {
    const at = view.indexOf(topicText, m.span[1]);
    topic = [at, at + topicText.length];
  }
  const start = sentence + (opener[0].length - opener[0].trimStart().length);
  return { start, end: after, topic, followUp: asked[3] === '追问' };
}

/** Between the official named first and the member: a verb of answering in the perfect ("周敏回答了", "额尔敦答复了"). */
const ANSWERED_OF = /^\s*(?:同志)?\s*(?:(?:也|还|又|则|随后|接着)\s*)?(?:回答|答复|回应|解答)了\s*$/u;
/**
 * After the member (and their title, 委员/代表: "王建新代表有关…", no speech label): what they asked, to the end of the
 * clause — 关于/有关/就 + topic + 的 + noun, or 的 + noun. Group 1 the topic, 2 the noun, 3 a comma after it (the official's
 * sentence goes on: "…的追问,表示…").
 */
const ASKED_OF = /^\s*(?:同志)?\s*(?:委员|代表)?\s*(?:(?:关于|有关|就)\s*([^,。;:?!“”\n]{1,40}?)\s*(?:所)?(?:提出)?的|的)\s*(追问|提问|询问|问题|质询)\s*(?:(,)|(?=[。;]|$))/u;

/**
 * A question reported as the object of its answer: "市生态环境局局长周敏回答了张立关于排污口整治的追问。她表示,…" — 张立 asked
 * (about 排污口整治: the question's text as written), 周敏 answers after the sentence. `previousMention` is where the mention
 * before `m` ends (the official's, in the same sentence), `sentence` where the sentence starts, `end` where it ends.
 * Null unless the sentence is that shape. The caller decides whether it is a question anew: a 追问, or a member who asked
 * earlier and not just now ("钱伟回答了孙红的提问" right after 孙红's question answers that question).
 */
export function answeredQuestion(view: string, m: SpeakerMention, sentence: number, end: number, previousMention: number): AdverbialQuestion | null {
  if (!m.name || (!m.congress && (m.title || m.organization))) return null;
  if (previousMention <= sentence || previousMention > m.span[0] || !ANSWERED_OF.test(view.slice(previousMention, m.span[0]))) return null;
  const asked = ASKED_OF.exec(view.slice(m.span[1], end));
  if (!asked) return null;
  let topic: [number, number] | null = null;
  if (asked[1]) {
    const at = view.indexOf(asked[1], m.span[1]);
    topic = [at, at + asked[1].length];
  }
  // ("…回答了王建新关于…的追问,表示将…": the clause after the comma is the official's, who answers from there.)
  const answerAt = asked[3] ? m.span[1] + asked[0].length : end;
  return { start: sentence, end: answerAt, topic, followUp: asked[2] === '追问' };
}

/** Between the official and the member: the preposition of an answer's object ("苟明就", "龚晓东对"). */
const ANSWERING_ON = /^\s*(?:同志)?\s*(?:就|对|针对)\s*$/u;
/** After the member: their verb of asking in a relative clause (追问的, 提出的), the rest of the object, a verb of answering. */
const RELATIVE_ASKED = /^\s*(?:委员|代表)?\s*(?:所)?(?:追问|提问|询问|提出|所提|问)的[^,。;:?!“”\n]{0,40}?(?:作了?|做了?|进行了?|予以)(?:补充|详细|具体)?(?:回答|答复|回应|解答|说明)/u;

/**
 * The member named inside the object of an official's answer, as the subject of a relative clause: "苟明就罗晓梅委员追问的
 * 项目进度问题作了补充回答" — 罗晓梅 追问 is what the question was, not a turn of theirs (the answer is 苟明's). True then.
 * `previousMention` is where the official's mention ends, in the same sentence from `sentence`.
 */
export function answeredRelative(view: string, m: SpeakerMention, sentence: number, end: number, previousMention: number): boolean {
  if (previousMention <= sentence || previousMention > m.span[0] || !ANSWERING_ON.test(view.slice(previousMention, m.span[0]))) return false;
  return RELATIVE_ASKED.test(view.slice(m.span[1], end));
}
