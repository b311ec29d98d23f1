/**
 * The session's chair: of the people chair.ts reads as chairing (`findChairs`), the one the text
 * names as presiding, and where it names them with their title.
 *
 * Example: "…举行联组会议。全国人大常委会副委员长钱明远主持联组会议。…\n钱明远：现在开始专题询问。" gives
 * name 钱明远, titles [全国人大常委会副委员长], organization 全国人大常委会 and the span of
 * "全国人大常委会副委员长钱明远" (not of the bare label "钱明远："). Spans are [start, end): 0-based
 * UTF-16 offsets into the decoded text; `view` is its same-length normalized view.
 */
import type { Chair } from '../model/record.js';
import type { TextPair } from './types.js';
import type { SpeakerMention } from './mentions.js';
import { presidingRank } from './chair.js';

/**
 * The chair of the session, or null when nobody is read as chairing (an unnamed "主持人：" names no
 * chair). `mentions` are sorted by start; `chairs` are the names findChairs gave.
 */
export function sessionChair(pair: TextPair, mentions: readonly SpeakerMention[], chairs: ReadonlySet<string>): Chair | null {
  if (!chairs.size) return null;
  // Each chair's mentions, and whether one of them says the person presides ("…主持会议", "主持人：…").
  // (`rank`: presidingRank of the strongest mention, 2 for 主持, 1 for attending to speak.)
  const byName = new Map<string, { mentions: SpeakerMention[]; presiding: SpeakerMention | null; rank: number }>();
  for (const m of mentions) {
    if (!m.name || !chairs.has(m.name)) continue;
    let entry = byName.get(m.name);
    if (!entry) byName.set(m.name, (entry = { mentions: [], presiding: null, rank: 0 }));
    entry.mentions.push(m);
    const rank = presidingRank(pair.view, m);
    if (rank > entry.rank) { entry.presiding = m; entry.rank = rank; }
  }
  // Who 主持 comes first, however high another's rank ("委员长栗某出席会议并讲话。副委员长曹某主持联组会议。": 曹某), then who
  // attends to speak (a leader who only opened the exchanges is a chair by inference); then the first named.
  let best: { name: string; mentions: SpeakerMention[]; presiding: SpeakerMention | null; rank: number } | null = null;
  for (const [name, entry] of byName) {
    if (!best || entry.rank > best.rank) best = { name, ...entry };
  }
  if (!best) return null;
  const titled = best.mentions.filter((m) => m.title);
  // Where the chair is named: the presiding mention when it gives the title, else the first with a title.
  const at = best.presiding?.title ? best.presiding : titled.find((m) => m.congress) ?? titled[0] ?? best.presiding ?? best.mentions[0];
  // A title that another of theirs ends with names the same post short ("副主任" beside "区人大常委会副主任"): no second title.
  const written = [...new Set(titled.map((m) => m.title!))];
  const titles = written.filter((t) => !written.some((u) => u !== t && u.endsWith(t)));
  // A chair named by name only is named by the name (not "杭某(主持人)", the label's brackets).
  const span = !at.title && at.nameSpan ? at.nameSpan : at.span;
  return {
    name: best.name,
    titles,
    organization: at.organization ?? titled.find((m) => m.organization)?.organization ?? null,
    span,
    text: pair.text.slice(span[0], span[1]),
  };
}
