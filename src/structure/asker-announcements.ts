/**
 * A report announcing askers who then ask in their own words, one after another: "接着,全国人大常委会委员许美兰、尹长顺先后就
 * 托育从业人员队伍建设、社区嵌入式托育发问。⏎“托育从业人员流动性大,持证上岗率不高。”许美兰说。尹长顺则关心,新建住宅小区…为何
 * 落实不到位。" The announcement is the reporter's narration introducing them (its clause ends on the verb of asking: no
 * words of theirs); each then asks a question of his own, in the order announced — as "委员甲、乙先后提问" gives 问/答 labels
 * after it one each (qa-speakers.ts). Only an ordered list (先后, 依次, 相继…, announced.ts) naming all who ask, each of whom
 * asks again before anyone answers, is read so; "委员甲、乙先后提问:…?…?" gives the words itself and stays their question.
 * Offsets are [start, end) UTF-16 offsets into the view.
 */
import { announcedLists } from './announced.js';
import type { SpeakerMention } from './mentions.js';
import { lineEnd, speakerKey, type SpeechEvent } from './speech.js';
import { lineStartAt } from '../source/line-bounds.js';

/** After the list's verb: the sentence ends there (maybe after 了), or nothing but space is left on the line. */
const CLAUSE_ENDS = /^了?[。;]/u;

/**
 * `events` with each announcement of askers who then ask one by one replaced by narration, and each of those askers' own
 * next event marked as opening a question of its own (`ownQuestion`). `mentions` are sorted by start.
 */
export function announcedAskersAsk(view: string, events: SpeechEvent[], mentions: readonly SpeakerMention[]): SpeechEvent[] {
  if (!events.some((e) => e.kind === 'reported' && e.role === 'asker')) return events;
  let out = announcedOne(view, events);
  for (const list of announcedLists(view, mentions)) {
    if (list.role !== 'asker' || !list.ordered || !list.complete || list.members.length < 2) continue;
    if (!CLAUSE_ENDS.test(view.slice(list.span[1], list.span[1] + 2))) continue;
    // The announcement's own events: the members', reported, starting in the announcing sentence.
    const own = out.filter((e) => e.kind === 'reported' && e.role === 'asker' && e.mention !== null
      && list.members.some((m) => m.span[0] === e.mention!.span[0]) && e.start < list.span[1]);
    if (own.length === 0) continue;
    // Each member's next turn after the announcement, before anyone answers (narration between is the reporter's).
    const later = out.filter((e) => e.start >= list.span[1]);
    const firstAnswer = later.findIndex((e) => e.role === 'responder');
    const asking = (firstAnswer < 0 ? later : later.slice(0, firstAnswer)).filter((e) => e.role === 'asker');
    const keys = list.members.map((m) => speakerKey({ mention: m } as SpeechEvent));
    const turns = keys.map((k) => asking.find((e) => speakerKey(e) === k));
    // (In the order announced, each a speaker of his own; anyone else asking among them makes it no such announcement.)
    if (turns.some((t) => t === undefined) || asking.some((e) => !keys.includes(speakerKey(e)))) continue;
    if (turns.some((t, i) => i > 0 && t!.start <= turns[i - 1]!.start)) continue;
    const start = Math.min(...own.map((e) => e.start));
    const drop = new Set(own);
    // Alone on its line (a paragraph of its own, "接着,委员甲、乙先后就…发问。" over their words), it heads the first of their
    // questions, as a subhead does (sections.ts), not the answer before it.
    const alone = !view.slice(lineStartAt(view, start), start).trim() && !out.some((e) => !drop.has(e) && e.start > start && e.start < lineEnd(view, start));
    const narration: SpeechEvent = { mention: null, role: 'narration', start, anchor: start, wordsStart: null, kind: 'reported', followUp: false, ...(alone ? { subhead: true } : null) };
    out = out.flatMap((e) => (e === own[0] ? [narration] : drop.has(e) ? [] : turns.includes(e) ? [{ ...e, ownQuestion: true }] : [e]));
  }
  return out;
}

/** An announcement of the one who asks next, its sentence ending on the name: "第一个提问的是省人大常委会委员、…会长林振邦。" */
const ANNOUNCES_ONE = /^(?:[^。?!;:“”\n]{0,12}?(?:第[一二三四五六七八九十\d]+(?:个|位|名)?|首先|接下来|接着|下面|随后|然后|最后)?)?(?:询问|提问|发问)的(?:是|为)/u;
/** …the sentence ends right after the name (maybe after its post 委员/代表 repeated, or 同志). */
const ENDS_ON_NAME = /^\s*(?:委员|代表|同志)?\s*[。;]/u;

/**
 * The chair's (or the reporter's) announcement of one asker, a paragraph of its own, then that asker's own label: "第一个提问
 * 的是省人大常委会委员、省律师协会会长林振邦。⏎林振邦委员:我想问…" — the announcement is narration heading the question
 * (as a subhead does), not the asker's words: the question and the asker's turn start at the label.
 */
function announcedOne(view: string, events: SpeechEvent[]): SpeechEvent[] {
  let out = events;
  for (let i = 0; i + 1 < out.length; i++) {
    const e = out[i];
    if (e.kind !== 'reported' || e.role !== 'asker' || e.mention === null || e.wordsStart !== null) continue;
    if (view.slice(lineStartAt(view, e.start), e.start).trim() || !ANNOUNCES_ONE.test(view.slice(e.start, e.mention.span[0]))) continue;
    if (!ENDS_ON_NAME.test(view.slice(e.mention.span[1], e.mention.span[1] + 6)) || lineEnd(view, e.start) > view.indexOf('。', e.mention.span[1]) + 1) continue;
    const next = out[i + 1];
    if (next.role !== 'asker' || (next.kind !== 'label' && next.kind !== 'qa-label') || speakerKey(next) !== speakerKey(e)) continue;
    const narration: SpeechEvent = { mention: null, role: 'narration', start: e.start, anchor: e.start, wordsStart: null, kind: 'reported', followUp: false, subhead: true };
    out = [...out.slice(0, i), narration, ...out.slice(i + 1)];
  }
  return out;
}
