/**
 * Tokens re-cut where the tagger glued a noun's head to the word after it, so the walk back from a figure reads the
 * noun whole and the predicate as one.
 *
 * Example: "整改率为96.8%" is tagged 整改/v|率为/x: cut into 整改率|为, the indicator is 整改率, not 率; "整改率较去年" →
 * 整改|率|较; "清零率达到100%" (清零/z|率/v) → 清零率|达到; "入职满3年" → 入|职|满; "城区大班额比例控制在5%以内" (比例控制/n) → 比例|控制. Offsets are the tokens' own
 * (UTF-16 code units from the start of the tagged stretch, end-exclusive).
 */
import type { Token } from '../segment/segmenter.js';
import { isVerb, RATE_NOUN } from './indicator-words.js';

/** A rate or count glued to the 较/比 of a comparison after it (整改率较|去年: taggers call 率较 one unknown word). */
const RATE_COMPARED = /^(.*[率数量额])([较比])$/u;

/** A rate or count glued to the copula after it (整改|率为, 收缴|率是): the head's last character and the linking verb. */
const RATE_LINKED = /^(.*[率数量额])([为是])$/u;

/** A word the tagger does not know closing on 满 (入|职满|3年): the noun's last character and 满 "having reached", a predicate. */
const REACHED = /^(.+)(满)$/u;

/**
 * A noun of rate or share glued to a verb of holding after it (比例控制/n, 比重保持/n; not 质量控制, one word): the tagger's dictionary word is a
 * subject and its verb (the share is held at 5%), the verb linking the noun to its figure.
 */
const HELD = /^(.{2,})(控制|维持|保持|稳定)$/u;

/**
 * The tokens with each rate glued to its 较/比 cut in two (整改|率较 → 整改|率|较), so the comparison is read as one; a
 * rate glued to its copula cut off it, the head joined to the word glued before it (整改|率为 → 整改率|为: the whole noun
 * before the copula); 满 cut off an unknown word it closes (职满 → 职|满); and a noun of measure cut off a verb of holding
 * glued after it (比例控制 → 比例|控制).
 */
export function splitComparison(tokens: Token[]): Token[] {
  if (!tokens.some((t, k) => (t.tag === 'x' && (RATE_COMPARED.test(t.text) || RATE_LINKED.test(t.text) || REACHED.test(t.text))) || held(t) || (t.text === '率' && k > 0 && tokens[k - 1].tag === 'z'))) return tokens;
  const out: Token[] = [];
  for (const t of tokens) {
    const h = held(t);
    if (h) {
      const cut = t.span[0] + h[1].length;
      out.push({ ...t, text: h[1], tag: 'n', span: [t.span[0], cut] }, { ...t, text: h[2], tag: 'v', span: [cut, t.span[1]] });
      continue;
    }
    const linked = t.tag === 'x' ? RATE_LINKED.exec(t.text) : null;
    if (linked) {
      const cut = t.span[0] + linked[1].length;
      const prev = out[out.length - 1];
      // 整改|率为: a head of one character glued to the word before it closes that word (整改率); the noun is one token.
      if (linked[1].length === 1 && prev && prev.span[1] === t.span[0] && (isVerb(prev) || prev.tag?.[0] === 'n' || prev.tag === 'vn' || prev.tag === 'z')) {
        out[out.length - 1] = { text: prev.text + linked[1], tag: 'n', span: [prev.span[0], cut] };
      } else out.push({ ...t, text: linked[1], tag: 'n', span: [t.span[0], cut] });
      out.push({ ...t, text: linked[2], tag: 'v', span: [cut, t.span[1]] });
      continue;
    }
    // 清零/z|率/v: a head of rate glued after a word of state closes it (清零率); taggers read 率 alone as a verb there.
    const last = out[out.length - 1];
    if (t.text === '率' && last && last.tag === 'z' && last.span[1] === t.span[0]) { out[out.length - 1] = { text: last.text + t.text, tag: 'n', span: [last.span[0], t.span[1]] }; continue; }
    const m = t.tag === 'x' ? RATE_COMPARED.exec(t.text) ?? REACHED.exec(t.text) : null;
    if (!m) { out.push(t); continue; }
    const cut = t.span[0] + m[1].length;
    out.push({ ...t, text: m[1], tag: 'n', span: [t.span[0], cut] }, { ...t, text: m[2], tag: m[2] === '满' ? 'v' : 'p', span: [cut, t.span[1]] });
  }
  return out;
}

/** A noun token of rate or share glued to a verb of holding (比例控制): its noun and its verb, or null. */
function held(t: Token): RegExpExecArray | null {
  if (t.tag?.[0] !== 'n') return null;
  const m = HELD.exec(t.text);
  return m && RATE_NOUN.test(m[1]) ? m : null;
}
