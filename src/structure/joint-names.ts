/**
 * People reported together as answering (or asking), named with no title anywhere: "对此，乌兰图雅和李明分别作了回答。",
 * "阿依古丽、王建华先后提问". The grammar makes each a person whatever the lexicon knows: names joined by 和, 与, 及 or 、,
 * then 分别/先后/相继/依次/一一 and a verb of answering or asking (the pattern of speech-patterns.ts's JOINT_ANSWER) — the
 * verb's subjects are people, each answering (asking) in turn. A name is two to four Han characters (a three-character
 * one on a listed surname or in transliteration characters, a four-character one on a compound surname or in
 * transliteration characters: 乌兰图雅, 巴图孟和; two only on a listed surname), none a title, an institution, a word of the
 * sentence ("市水务局和市财政局分别作了回答", "他和李明…", "委员们和代表们…" name no one here); the first opens after a
 * boundary (punctuation, 对此, 随后…). A name already read (a titled one: "市水利局局长王强和李明…", 王强 claimed by its
 * title) is not read again, and ends the list. Each is a bare name (no title, no organization: the title before A is A's
 * alone), remembered so that "乌兰图雅表示，…" after it names her again (bare-names.ts). Whoever asks is on the congress's side.
 * Spans are [start, end): UTF-16 offsets into `pair.text`; matching runs on `pair.view`.
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import { speakerMention, type SpeakerMention } from './mentions.js';
import type { Lexicon } from './lexicon.js';
import { boundaryBefore, surnameLength } from './name-context.js';
import { mayBeUnlistedName } from './unlisted-names.js';
import { isTibetanSyllable, transliterated } from '../source/transliteration.js';
import { surnameOf } from './chain-facts.js';

/** In turn, a verb of answering or asking after the names: "分别作了回答", "先后提问", "依次作答" (group 1: asking). */
const JOINT_VERB = /(?:同志)?(?:分别|先后|相继|依次|一一)(?:作了|作出了?|进行了?|作|予以)?(?:(提问|发问|询问)|回答|答复|回应|作答|解答)/gu;
/** What joins the names of the list, as it joins two people named one after the other (speakers.ts). */
export const JOIN_PEOPLE: ReadonlySet<string> = new Set(['和', '与', '及', '、']);

/** True when `view[s, e)` may be an untitled person's name (see the header). */
function mayBeJointName(lex: Lexicon, view: string, s: number, e: number, limit: number): boolean {
  const len = e - s;
  if (len < 2 || len > 4 || !mayBeUnlistedName(lex, view, s, e, limit)) return false;
  const surname = surnameLength(lex, view, s);
  if (len === 4) return surname === 2 || transliterated(view, s, e);
  if (len === 3) return surname > 0 || transliterated(view, s, e);
  return surname === 1 || isTibetanSyllable(view, s, e);
}

/** Every such name of `range` outside `claimed`, in reading order. */
export function jointNameMentions(pair: TextPair, lex: Lexicon, range: Span, claimed: Span[]): SpeakerMention[] {
  const { view, text } = pair;
  const [from, to] = range;
  const out: SpeakerMention[] = [];
  JOINT_VERB.lastIndex = from;
  for (let m = JOINT_VERB.exec(view); m !== null && m.index < to; m = JOINT_VERB.exec(view)) {
    const asks = m[1] !== undefined;
    const found: Span[] = [];
    // From the verb back: the last name, its joiner, the name before, … up to the list's first name.
    for (let end = m.index; end - from >= 2;) {
      let name: Span | null = null;
      let first = false;
      for (let len = 4; len >= 2 && !name; len--) {
        const s = end - len;
        if (s < from || claimed.some(([a, b]) => a < end && s < b)) continue;
        if (!mayBeJointName(lex, view, s, end, to)) continue;
        if (found.length > 0 && JOIN_PEOPLE.has(view[s - 1])) name = [s, end];
        else if (boundaryBefore(lex, view, s, from) && !JOIN_PEOPLE.has(view[s - 1])) { name = [s, end]; first = true; }
        else if (found.length === 0 && JOIN_PEOPLE.has(view[s - 1])) name = [s, end];
      }
      if (!name) break;
      found.unshift(name);
      if (first) break;
      end = name[0] - 1;
    }
    // (One name alone is no list: "李明分别作了回答" names whom a reader of the other rules knows, or no one.)
    const listed = found.length >= 2 && boundaryBefore(lex, view, found[0][0], from) ? found : [];
    for (const [s, e] of listed) {
      out.push(speakerMention([s, e], 'bare-name', text.slice(s, e), [s, e], null, null, null, asks, null, surnameOf(pair, lex, s)));
    }
  }
  return out;
}
