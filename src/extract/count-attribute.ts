/**
 * A count whose noun is followed, in one clause, by an attribute that another figure measures:
 * "14个国考断面水质优良比例为92.9%" → 14个 counts 国考断面, 92.9% measures 水质优良比例.
 *
 * The measure word counts the noun right after it; the words after that noun name a property of the things
 * counted — a measure noun (比例, 率, 天数, 量: MEASURE_NOUN) with what it is said of: a state or an act
 * (优良, 达标: an adjective or a verb) and the one noun it is said of (水质, 空气). That attribute is what the
 * later figure of the clause measures, never what the count counts. The split is made only where the grammar shows
 * it — a non-nominal word between the counted noun and the measure noun ("6个县区|空气优良天数比例"), or a rate whose first
 * part is that word ("18条城市内河断面水质达标率保持在90%以上": 达标率, the state inside it) —, and only
 * when the later figure's indicator ends where the count's phrase ends (both were read from the same words).
 * Phrases with nouns only (12个乡镇污水处理率) say nothing of where the noun ends: left as read.
 * Offsets: UTF-16 code units, 0-based, end-exclusive ([start, end)), into the text and its normalized view.
 */
import type { Quantity } from '../model/record.js';
import type { Segmenter, Token } from '../segment/segmenter.js';
import type { TextPair } from '../structure/types.js';
import { isNominal, MEASURE_NOUN } from './indicator-words.js';

/** Clause punctuation and line breaks (the view folds ASCII , : ; ? !): the count and the figure must share a clause. */
const CLAUSE_STOP = /[,。;:!?\n]/;
/** The end of a sentence: figures after it read their own words. */
const SENTENCE_STOP = /[。!?\n]/;

/** Splits, in place, the indicator of each count followed in its clause by a figure measuring the count's attribute. */
export function splitCountAttribute(pair: TextPair, out: Quantity[], segmenter: Segmenter): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const count = out[k];
    const next = out[k + 1];
    const phrase = count.indicator;
    const end = count.span[1];
    // The count's phrase read forwards from its measure word (14个|国考断面…), up to the later figure.
    if (count.kind !== 'count' || phrase === null || next.indicator === null || !pair.text.startsWith(phrase, end)) continue;
    const phraseEnd = end + phrase.length;
    if (phraseEnd > next.span[0] || CLAUSE_STOP.test(pair.view.slice(end, next.span[0]))) continue;
    // The later figure's indicator ends where the count's phrase does: the same words measured.
    if (pair.text.slice(phraseEnd - next.indicator.length, phraseEnd) !== next.indicator) continue;
    const at = attributeStart(segmenter.tag(pair.view.slice(end, phraseEnd)), segmenter);
    if (at === null) continue;
    count.indicator = pair.text.slice(end, end + at);
    // The figure's phrase reached into the counted noun (断面水质优良比例): it measures the attribute alone.
    if (phraseEnd - next.indicator.length < end + at) {
      const whole = next.indicator;
      next.indicator = pair.text.slice(end + at, phraseEnd);
      // (…整改资金约需2100万元,目前已落实1500万元: the figures after it in the sentence that read the same words measure it too)
      for (let j = k + 2; j < out.length && out[j].indicator === whole && !SENTENCE_STOP.test(pair.view.slice(next.span[1], out[j].span[0])); j++) out[j].indicator = next.indicator;
    }
  }
}

/**
 * Where the attribute starts in the tokens of the phrase (offset into the phrase), or null: measure nouns closing the phrase,
 * before them at least one adjective or verb (优良, 达标), and the one noun before those (水质), a nominal word still before it.
 */
function attributeStart(tokens: Token[], segmenter: Segmenter): number | null {
  let k = tokens.length - 1;
  if (k < 0 || !MEASURE_NOUN.test(tokens[k].text)) return null;
  // 达标率, 合格率: the state is inside the measure noun the tagger kept whole (城市内河断面|水质|达标率), as in 水质|优良|比例.
  const stateInside = k > 0 && stateRate(tokens[k].text, segmenter);
  while (k >= 0 && MEASURE_NOUN.test(tokens[k].text) && isNominal(tokens[k])) k--;
  const measures = k;
  while (k >= 0 && !isNominal(tokens[k])) k--;
  // 9条|水体|整改|资金: an act right after the one counted noun (整改, a verb to taggers), with no noun of its own before it,
  // is done to the things counted (with a noun before the act, 水源地|水质|达标|比例, the attribute is said of that noun); the attribute is the act and its measure noun (整改资金), the count's noun the nouns before.
  if (k === 0 && measures > 0 && isNominal(tokens[0]) && isActWord(tokens[k + 1]) && tokens.slice(k + 2, measures + 1).every((t) => !isNominal(t))) return tokens[k + 1].span[0];
  if ((k === measures && !stateInside) || k < 1) return null; // no word of state or act between, or no noun left before it
  // A state inside the rate parts the count's noun only when that noun is a compound of its own (城市|内河|断面|水质|达标率):
  // after one word (乡镇|污水|处理率) the noun before the rate may be its object, left as read.
  if (k === measures && tokens.slice(0, k).filter(isNominal).length < 2) return null;
  // The noun the attribute is said of (水质, 空气), when a nominal word is still left for the count (国考|断面, 县区).
  if (!tokens.slice(0, k).some(isNominal)) return null;
  return tokens[k].span[0];
}

/** A verb of two characters or more (整改, 治理): an act done to what is counted, though taggers call nouns of it verbs too. */
function isActWord(t: Token): boolean {
  return t.tag === 'v' && t.text.length >= 2;
}

/** A rate whose first part is a state or an act (达标率, 合格率, 优良率; not 覆盖 of a noun, 人口率): 率 after a verb or an adjective. */
function stateRate(word: string, segmenter: Segmenter): boolean {
  if (word.length < 3 || !word.endsWith('率')) return false;
  const head = segmenter.tag(word.slice(0, -1));
  return head.length === 1 && /^(?:v|vn|a|ad|an|z)$/u.test(head[0].tag ?? '');
}
