/**
 * A news report's topic leads: a bracketed phrase opening a question's first paragraph, the exchange
 * running on after it on the same line ("【资金使用】 常委会委员某关心扶贫资金的使用效率。…",
 * "【产业扶贫】 常委会委员骆某追问产业扶贫的持续性。"). News features (侧记, 综述) head each exchange
 * with its matter so. The lead is the question's label as written, and the reporter's words, never
 * the asker's (`topicLeads`); and a new lead announces a new matter: a 追问 under it ("追问" there
 * often means only "pressed the point") opens a question of its own, not a follow-up of the matter
 * before (`topicLead`). (A phrase alone on its line is a subhead: headings.ts.)
 *
 * Not a topic: a role tag (【追问】, 【问】, 【答】, 【委员提问】, 【补充回答】), a live feed's stamp (【09:12】,
 * 【10时05分】), a speaker's bracket (【委员 王某】, the mention itself), a field (【提问人:…】), a scene tag
 * repeated before every exchange (【现场】). Matching runs on the view; spans are [start, end) UTF-16
 * offsets into the text.
 */
import type { Span } from '../model/span.js';
import type { SpeakerMention } from './mentions.js';
import { TAG_WHO } from './speech.js';

/**
 * A section's lead: 【 + two to sixteen characters that make no sentence + 】, words after it on its line. It
 * opens on a Han character: a clock time or a date in brackets ("【10时05分】") stamps a turn, it names no topic.
 */
const SECTION_LEAD = /^[ \t]*【(\p{sc=Han}[^【】\n。?!;:,]{1,15})】[ \t]*(?=[^\s])/u;
/** A role tag naming the turn, not a topic. */
const ROLE_TAG = new RegExp(`^\\s*${TAG_WHO}?(?:询问|提问|追问|应询|答复|回答|问|答)\\s*$`, 'u');

/**
 * The topic lead of each section that opens with one (`starts`: where each question section starts;
 * null for a section with a header of its own), as the lead's span with its brackets; null where
 * a section has none, and for all when the document has no such layout.
 */
export function topicLeads(view: string, starts: Array<number | null>, mentions: readonly SpeakerMention[]): Array<Span | null> {
  const leads = starts.map((at): Span | null => {
    const m = at === null ? null : SECTION_LEAD.exec(view.slice(at, at + 40));
    if (!m || ROLE_TAG.test(m[1])) return null;
    const open = at! + m[0].indexOf('【');
    const span: Span = [open, open + m[1].length + 2];
    return mentions.some((x) => x.span[0] < span[1] && x.span[1] > span[0]) ? null : span;
  });
  const found = leads.filter((l): l is Span => l !== null);
  const phrases = new Set(found.map((l) => view.slice(l[0], l[1])));
  return found.length >= 2 && phrases.size === found.length ? leads : starts.map(() => null);
}

/** A bracketed phrase opening the line: 【…】, 〖…〗, [ … ] (2–12 characters inside). */
const LINE_LEAD = /^[ \t\u3000]*(?:【([^【】\n]{2,12})】|〖([^〖〗\n]{2,12})〗|\[([^[\]\n]{2,12})\])/u;
/** A matter in words: Han characters, maybe joined by 、 or · or quoted ("“三资”管理"). */
const MATTER = /^[\p{sc=Han}、·“”]{2,12}$/u;
/** Words of asking and answering, and of the live feed: a role tag, never a matter. */
const ROLE_WORDS = /^(?:问|答|再问|现场|直播|图文直播|视频|小结|综述|主持人?)$|追问|提问|询问|回答|答复|应询|补充|委员|代表/u;

/**
 * The topic lead opening the line that starts at `lineStart` (an offset of `view`), ending at or before `at`
 * (where the asker's turn is anchored), or null.
 */
export function topicLead(view: string, lineStart: number, at: number): Span | null {
  if (at <= lineStart) return null;
  const m = LINE_LEAD.exec(view.slice(lineStart, at));
  if (!m) return null;
  const matter = m[1] ?? m[2] ?? m[3];
  if (!MATTER.test(matter) || ROLE_WORDS.test(matter)) return null;
  const end = lineStart + m[0].length;
  return [end - matter.length - 2, end];
}
