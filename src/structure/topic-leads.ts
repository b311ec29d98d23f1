/**
 * A news report's topic leads: a bracketed phrase opening a question's first paragraph, the exchange
 * running on after it on the same line ("【资金使用】 常委会委员某关心扶贫资金的使用效率。…",
 * "【兜底保障】 常委会委员某问道:…?"). It is the question's label as written, and the reporter's
 * words, never the asker's. (A phrase alone on its line is a subhead: headings.ts.)
 *
 * Read as a layout: two questions or more open with one, each lead different (a scene tag repeated
 * before every exchange, "【现场】", is no topic), none a role tag (【问】, 【委员提问】) and none
 * naming a speaker ("【委员 王某】请问…" is a label). Matching runs on the view; spans are [start, end)
 * UTF-16 offsets into the text.
 */
import type { Span } from '../model/span.js';
import type { SpeakerMention } from './mentions.js';
import { TAG_WHO } from './speech.js';

/**
 * The lead: 【 + two to sixteen characters that make no sentence + 】, words after it on its line. It
 * opens on a Han character: a clock time or a date in brackets ("【10时05分】") stamps a turn, it names no topic.
 */
const LEAD = /^[ \t]*【(\p{sc=Han}[^【】\n。?!;:,]{1,15})】[ \t]*(?=[^\s])/u;
/** A role tag naming the turn, not a topic. */
const ROLE_TAG = new RegExp(`^\\s*${TAG_WHO}?(?:询问|提问|追问|应询|答复|回答|问|答)\\s*$`, 'u');

/**
 * The topic lead of each section that opens with one (`starts`: where each question section starts;
 * null for a section with a header of its own), as the lead's span with its brackets; null where
 * a section has none, and for all when the document has no such layout.
 */
export function topicLeads(view: string, starts: Array<number | null>, mentions: readonly SpeakerMention[]): Array<Span | null> {
  const leads = starts.map((at): Span | null => {
    const m = at === null ? null : LEAD.exec(view.slice(at, at + 40));
    if (!m || ROLE_TAG.test(m[1])) return null;
    const open = at! + m[0].indexOf('【');
    const span: Span = [open, open + m[1].length + 2];
    return mentions.some((x) => x.span[0] < span[1] && x.span[1] > span[0]) ? null : span;
  });
  const found = leads.filter((l): l is Span => l !== null);
  const phrases = new Set(found.map((l) => view.slice(l[0], l[1])));
  return found.length >= 2 && phrases.size === found.length ? leads : starts.map(() => null);
}
