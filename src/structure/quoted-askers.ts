/**
 * A member named for the first time right after another's quotation, asking in a quotation of their own: "常委会委员赵凤琴问:
 * “种业卡脖子问题怎么破?”马成林接着问:“农业保险能不能扩面?”" — 马成林 has no title anywhere, but the name opens the
 * clause after the closing quote and a verb of asking (maybe after 接着, 随后 …), a colon and an opening quote follow it:
 * a news report's next asker, as a label would be. The name needs a listed surname (readName); whoever asks is on the
 * congress's side (the mention is read as a member, as a titled one would be). Not a name: "”他接着问:“" (no surname),
 * "”记者问:“" (a word, no name). Spans are [start, end): UTF-16 offsets into `pair.text`; matching runs on `pair.view`.
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import { speakerMention, type SpeakerMention } from './mentions.js';
import type { Lexicon } from './lexicon.js';
import { readName } from './names.js';
import { surnameOf } from './chain-facts.js';
import { SEQUENCE_ADVERBS } from './speech.js';

/** After the name: a sequence adverb maybe, a verb of asking, a colon (or comma) and the quotation opening. */
const ASKS_QUOTED = new RegExp(`^(?:${SEQUENCE_ADVERBS})?(?:追问|提问|发问|问)道?\\s*[:,]\\s*“`, 'u');

/** Every such asker of `range` outside `claimed`. */
export function quotedAskerMentions(pair: TextPair, lex: Lexicon, range: Span, claimed: Span[]): SpeakerMention[] {
  const { view, text } = pair;
  const out: SpeakerMention[] = [];
  for (let q = view.indexOf('”', range[0]); q >= 0 && q + 1 < range[1]; q = view.indexOf('”', q + 1)) {
    const i = q + 1;
    const name = readName(lex, view, i, range[1]);
    if (!name || !ASKS_QUOTED.test(view.slice(name.end, name.end + 12))) continue;
    if (claimed.some(([s, e]) => s < name.end && i < e)) continue;
    out.push(speakerMention([i, name.end], 'bare-name', text.slice(i, name.end), [i, name.end], null, null, null, true, null, surnameOf(pair, lex, i)));
  }
  return out;
}
