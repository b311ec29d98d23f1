/**
 * Announced lists: the askers or responders a narration sentence names together before a verb
 * of asking or answering, in the order written, and whether it says they speak in that order.
 *
 * Example: "常委会委员姬晓梅、符建华、郦春生先后提问，县水利局局长唐明辉、县卫生健康局局长阚立新到会应询"
 * gives two lists: askers 姬晓梅, 符建华, 郦春生 (ordered: 先后) and responders 唐明辉, 阚立新 (no
 * order). "委员王某、李某等5人提问" is a list with no order (等: more people than named); a list
 * the sentence speaks to ("向局长王某、李某询问") or that is invited to attend ("应邀列席并提问") is
 * none. Offsets are [start, end) UTF-16 offsets; matching runs on the view.
 */
import type { Span } from '../model/span.js';
import type { SpeakerMention } from './mentions.js';
import type { SpeechRole } from './speech.js';

export interface AnnouncedList {
  role: SpeechRole;
  /** The people named, in the order written (each a mention with a name). */
  members: SpeakerMention[];
  /** The sentence says they speak one after another (先后, 依次, 分别, 相继, 轮流, 逐一, 一一), naming all of them. */
  ordered: boolean;
  /** False when 等 says more people speak than are named ("委员王某等5人先后提问"). */
  complete: boolean;
  /** From the first member to the end of the verb. */
  span: Span;
}

/** What may stand between two members: 、, a comma, 和/及/与, spaces. */
const BETWEEN = /^[\s、,和及与]+$/u;
/** After the last member, within its clause: maybe 等…, words, then the verb of asking or answering. */
const LIST_VERB = /^(等[^,。;:?!\n]{0,8}?)?([^,。;:?!\n]{0,30}?)(提出问题|提问|询问|发问|质询|应询|回答|答复|作答|回应|解答)/u;
/** Words of order before the verb. */
const ORDER = /先后|依次|分别|相继|轮流|逐一|一一/u;
/** The list owns the verb as a noun (…的提问), only attends (应邀参加并提问, 列席) or presides (主持询问). */
const NOT_SPEAKING = /的$|应邀|列席|出席|主持/u;
/** Before the list: it is spoken to (向局长王某、李某询问) or called (请…), not speaking of itself. */
const SPOKEN_TO = /(?:向|对|请|问)\s*$/u;
/** The verbs of asking; the others answer. */
const ASKING = /提出问题|提问|询问|发问|质询/u;

/** Every announced list of `mentions` (sorted by start), in reading order. */
export function announcedLists(view: string, mentions: readonly SpeakerMention[]): AnnouncedList[] {
  const out: AnnouncedList[] = [];
  for (let i = 0; i < mentions.length; i++) {
    if (!mentions[i].name) continue;
    let j = i;
    while (j + 1 < mentions.length && mentions[j + 1].name && mentions[j + 1].span[0] > mentions[j].span[1]
      && BETWEEN.test(view.slice(mentions[j].span[1], mentions[j + 1].span[0]))) j++;
    const last = mentions[j];
    const stop = j + 1 < mentions.length ? mentions[j + 1].span[0] : view.length; // the clause's words, before anyone else
    const m = LIST_VERB.exec(view.slice(last.span[1], Math.min(stop, last.span[1] + 48)));
    if (m && !NOT_SPEAKING.test(m[2]) && !SPOKEN_TO.test(view.slice(Math.max(0, mentions[i].span[0] - 2), mentions[i].span[0]))) {
      const role: SpeechRole = ASKING.test(m[3]) ? 'asker' : 'responder';
      out.push({ role, members: mentions.slice(i, j + 1), ordered: !m[1] && ORDER.test(m[2]), complete: !m[1], span: [mentions[i].span[0], last.span[1] + m[0].length] });
    }
    i = j;
  }
  return out;
}

/** The list that holds `m`, or null. */
export function listOf(lists: readonly AnnouncedList[], m: SpeakerMention): AnnouncedList | null {
  for (const l of lists) if (l.members.includes(m)) return l;
  return null;
}
