/**
 * A first line that is a speaker's turn, not a headline: an excerpt pasted from its first speaker on
 * ("委员 陈兴旺:全市高标准农田建成后,…建后管护怎么落实?", "陈兴旺委员:…?", "【委员 陈兴旺】…?"). Such a line is
 * short and closes on a question mark, as a headline may ("城市内涝怎么治?市人大常委会开展专题询问"); what tells
 * them apart is the label the speech readers find at the line's start, naming someone, with the question after it.
 *
 * A headline quoting a speaker's view ("刘国强:让高标准农田真正高标准") asks nothing: it stays the title; so does a
 * headline with a bare role's words ("委员问:农田建后谁来管?"), which names nobody.
 * Offsets are UTF-16 offsets into the view; ranges are half-open `[start, end)`.
 */
import type { Line } from './blocks.js';
import { isSpace } from './blocks.js';
import type { SpeakerMention } from './mentions.js';
import { readSpeech } from './attribution.js';

/** True when `line` opens on a named speaker's label (any shape the label readers accept) whose words ask a question. */
export function opensWithQuestionTurn(view: string, line: Line, mentions: readonly SpeakerMention[], text: string): boolean {
  const [s, e] = line.content;
  // (Copies: the readers may set fields on a mention, and the whole text's reading comes later.)
  const own = mentions.filter((m) => m.span[0] >= s && m.span[1] <= e).map((m) => ({ ...m }));
  if (own.length === 0) return false;
  const { events } = readSpeech(view, s, e, own, text);
  const first = events.find((ev) => ev.kind === 'label' || ev.kind === 'qa-label');
  if (!first || first.wordsStart === null || !first.mention?.name) return false;
  // The label opens the line: nothing but its lead (a bracket, a glyph, spaces) before it.
  for (let i = s; i < Math.min(first.start, first.mention.span[0]); i++) if (!isSpace(view.charCodeAt(i)) && !/[【\[〔(●■▲◆]/u.test(view[i])) return false;
  return /\?/u.test(view.slice(first.wordsStart, e));
}
