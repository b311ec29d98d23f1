/**
 * A reporter's topic lead run into the paragraph of a question: "【产业扶贫】 常委会委员骆某追问产业扶贫的持续性。"
 *
 * News features (侧记, 综述) head each exchange with its matter in brackets at the start of the paragraph
 * ("【资金使用】", "【易地搬迁】"). A new lead announces a new matter: the 追问 under it ("追问" there often means
 * only "pressed the point") opens a question of its own, not a follow-up of the matter before. Not a topic:
 * a role tag (【追问】, 【问】, 【答】, 【补充回答】), a live feed's stamp (【09:12】), a speaker's bracket
 * (【委员 王某】, the mention itself), a field (【提问人:…】). Spans are [start, end): UTF-16 offsets; matching
 * runs on the view.
 */
import type { Span } from '../model/span.js';

/** A bracketed phrase opening the line: 【…】, 〖…〗, [ … ] (2–12 characters inside). */
const LEAD = /^[ \t\u3000]*(?:【([^【】\n]{2,12})】|〖([^〖〗\n]{2,12})〗|\[([^[\]\n]{2,12})\])/u;
/** A matter in words: Han characters, maybe joined by 、 or · or quoted ("“三资”管理"). */
const MATTER = /^[\p{sc=Han}、·“”]{2,12}$/u;
/** Words of asking and answering, and of the live feed: a role tag, never a matter. */
const ROLE_TAG = /^(?:问|答|再问|现场|直播|图文直播|视频|小结|综述|主持人?)$|追问|提问|询问|回答|答复|应询|补充|委员|代表/u;

/**
 * The topic lead opening the line that starts at `lineStart` (an offset of `view`), ending at or before `at`
 * (where the asker's turn is anchored), or null.
 */
export function topicLead(view: string, lineStart: number, at: number): Span | null {
  if (at <= lineStart) return null;
  const m = LEAD.exec(view.slice(lineStart, at));
  if (!m) return null;
  const matter = m[1] ?? m[2] ?? m[3];
  if (!MATTER.test(matter) || ROLE_TAG.test(matter)) return null;
  const end = lineStart + m[0].length;
  return [end - matter.length - 2, end];
}
