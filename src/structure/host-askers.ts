/**
 * The host named with a verb of asking, as a news report writes it: "主持人刘德厚随后提问：“现在有多少主体上了追溯平台？”"
 * and, quote first, "“现在有多少主体上了追溯平台？”主持人刘德厚随后提问。" — the host (主持人) + a name + maybe an adverb
 * of sequence (随后, 接着, 又) + a verb of asking (提问, 询问, 发问, 追问, 问) asks that question, as "委员钱文静随后提问：“…”"
 * does: the 主持人 is the title of a mention whose name is the host's, a member of the congress (its leader, mostly).
 * A 主持人 label without such a verb ("主持人刘德厚：下面请委员提问。") is the moderator's narration (labels.ts), and so
 * is a host's "提问" whose words put no question ("主持人刘德厚提问：" with no "?"): only a question the host asks is one.
 * Matching runs on the view; spans are [start, end) UTF-16 offsets into the text.
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import type { Lexicon } from './lexicon.js';
import { speakerMention, type SpeakerMention } from './mentions.js';
import { lineEnd, wordsFrom, SEQUENCE_ADVERBS } from './speech.js';
import { LABEL_LEAD } from './stamps.js';
import { isLabelName } from './label-names.js';
import { surnameLength } from './name-context.js';

/** 主持人 (会议主持人), the name, an adverb of sequence, a verb of asking: "主持人刘德厚随后提问". */
const HOST_ASKS = String.raw`((?:会议)?主持人)[ \t\u3000]*(\p{sc=Han}{2,4}?)(?:${SEQUENCE_ADVERBS}|又一次|再次)?(?:提问|询问|发问|追问|问道|问)`;
/** …as a line's label, the question after the colon: "主持人刘德厚随后提问：“…？”" (a stamp or a glyph before it). */
const HOST_ASKS_LABEL = new RegExp(String.raw`(?<=^|\n)${LABEL_LEAD}${HOST_ASKS}[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*:`, 'gu');
/** …after the quotation it attributes: "“…？”主持人刘德厚随后提问。" */
const HOST_ASKS_AFTER_QUOTE = new RegExp(String.raw`”[ \t\u3000]*${HOST_ASKS}(?=[。,;!\s]|$)`, 'gu');

/**
 * The mentions of hosts asking in `range` (see the header), outside `claimed` spans, in reading order: title 主持人,
 * the name after it, a member of the congress.
 */
export function hostAskerMentions(pair: TextPair, lex: Lexicon, range: Span, claimed: readonly Span[]): SpeakerMention[] {
  const { text, view } = pair;
  const slice = view.slice(range[0], range[1]);
  if (!slice.includes('主持人')) return []; // (most texts have none)
  const out: SpeakerMention[] = [];
  for (const m of slice.matchAll(HOST_ASKS_LABEL)) {
    const at = range[0] + m.index + m[0].length;
    const from = wordsFrom(view, at);
    if (!view.slice(from, lineEnd(view, from)).includes('?')) continue; // the host's words ask nothing
    push(m, range[0] + m.index + m[0].indexOf(m[1]));
  }
  for (const m of slice.matchAll(HOST_ASKS_AFTER_QUOTE)) {
    const close = range[0] + m.index;
    const open = view.lastIndexOf('“', close);
    if (open < 0 || view.lastIndexOf('\n', close) > open || !view.slice(open, close).includes('?')) continue; // no question quoted
    push(m, range[0] + m.index + m[0].indexOf(m[1]));
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);

  function push(m: RegExpMatchArray, hostStart: number): void {
    const hostEnd = hostStart + m[1].length;
    const nameStart = view.indexOf(m[2], hostEnd);
    const nameEnd = nameStart + m[2].length;
    if (claimed.some((c) => c[0] < nameEnd && c[1] > hostStart) || !isLabelName(lex, view, nameStart, nameEnd)) return;
    const surname = surnameLength(lex, view, nameStart);
    out.push(speakerMention([hostStart, nameEnd], 'title-name', text.slice(nameStart, nameEnd), [nameStart, nameEnd], text.slice(hostStart, hostEnd), [hostStart, hostEnd],
      null, true, m[1], surname ? text.slice(nameStart, nameStart + surname) : null));
  }
}

/** True when `mention` is a host asking (hostAskerMentions): a 主持人 label holding it is a question's, not narration. */
export function isHostAsker(mention: SpeakerMention): boolean {
  return mention.name !== null && mention.title !== null && mention.title.endsWith('主持人') && mention.form === 'title-name';
}
