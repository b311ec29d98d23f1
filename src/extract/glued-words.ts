/**
 * Words the indicator walk takes into the phrase though the tagger cut them off it or read them as something else: a
 * unit of time before 数 (可支付|月|数), 在 naming a state (在|建项目), 口 closing 人口 (老年人|口), X均 (亩|均|投入), a stage
 * of life (老年|助餐点), the digits and hyphens of a Latin code (5G基站, C-V2X, PM2|.|5), a one-character head noun read
 * as a measure word (充电|桩, 燃气管|道), a negating or manner prefix (不|合格率, 按时|办结率).
 *
 * Example: "老年人口达86.5万人" → 老年人口 (not 口 as a measure word); "新建5G基站1200个" → 5G基站. One rule a call, in the
 * walk's order: the next token index to walk on from, STOP to end the walk, NONE when no rule reads the token.
 */
import type { Segmenter, Token } from '../segment/segmenter.js';
import { perAt } from './rate-prefix.js';
import { IN_STATE, prefixOf } from './phrase-prefixes.js';
import { ALNUM_END, allDigits, closesNoun, figureBefore, headAfterVerb, inCompound, latinFirst } from './cut-compounds.js';
import { LIFE_STAGE, isNominal } from './indicator-words.js';

/** What a rule of the walk answers besides the index to go on from: no rule read the token; the walk ends here. */
export const NONE = -1;
export const STOP = -2;

/** Units of time that make a count noun with 数 after them (月数, 天数, 年数, 周数, 日数, 次数). */
const TIME_UNIT = new Uint8Array(0x10000);
for (const c of '年月日天周次') TIME_UNIT[c.charCodeAt(0)] = 1;

/** 出 closing a verb as its complement, then a verb of direction (出入 as taggers cut 排查出|入河). */
const RESULT_OUT = /^出[入出]$/u;
/** A body of water or a border that a verb of direction goes into or out of (入河, 入海, 出海, 入湖, 入境). */
const WATER_OR_BORDER = /^[河海江湖库渠境港]$/u;

/** The rule reading `tokens[k]` before the phrase `kept` (offsets from `from`), which it may take in: see above. */
export function gluedWord(view: string, from: number, tokens: Token[], k: number, kept: Token[], segmenter: Segmenter): number {
  const t = tokens[k];
  // 可支付|月|数为14.6个月: a unit of time glued to 数 (月数, 天数, 年数) counts those units; with no numeral before it, it
  // is no figure's unit but the noun's first character.
  if (kept.length && t.text.length === 1 && TIME_UNIT[t.text.charCodeAt(0)] && t.span[1] === kept[0].span[0] && view[from + kept[0].span[0]] === '数' && !figureBefore(view, from + t.span[0])) { kept.unshift({ ...t, tag: 'n' }); return k; }
  // 在|建文旅项目, 在|建工地: 在 glued to one verb character names a state (在建, 在营, 在岗, 在校, 在册 …), no
  // preposition, though taggers cut the word across; the phrase keeps it.
  if (kept.length && t.text === '在' && t.span[1] === kept[0].span[0] && IN_STATE.test(view.slice(from + t.span[0], from + t.span[0] + 3))) { kept.unshift({ ...t, tag: 'b' }); return k; }
  // 老年人|口 (taggers cut 人口 after a word in 人): 口 closes the noun 人口, it is no measure word.
  if (t.text === '口' && k > 0 && tokens[k - 1].text.endsWith('人') && tokens[k - 1].span[1] === t.span[0] && (!kept.length || kept[0].span[0] === t.span[1])) { kept.unshift(t); return k; }
  // 亩/q|均/d|投入, 县|均|投入: X均 (每X, rate-prefix.ts) glued before the phrase is one word of it, as 人均/j is (亩均投入).
  if (kept.length && t.text === '均' && k > 0 && t.span[1] === kept[0].span[0] && tokens[k - 1].text.length === 1 && tokens[k - 1].span[1] === t.span[0] && perAt(view, from + tokens[k - 1].span[0]) === from + t.span[1]) {
    kept.unshift({ text: tokens[k - 1].text + t.text, span: [tokens[k - 1].span[0], t.span[1]], tag: 'j' });
    k--;
    return k;
  }
  // 老年/t|助|餐点: a stage of life before a noun qualifies it, it is no time of the sentence.
  if (kept.length && LIFE_STAGE.has(t.text) && t.span[1] === kept[0].span[0]) { kept.unshift(t); return k; }
  if (kept.length && latinFirst(kept[0].text) && allDigits(t.text)) { kept.unshift(t); return STOP; } // 5G基站, 4K
  // 5G-A基站, C-V2X: a hyphen between letters or digits joins one Latin code, no clause break.
  if (kept.length > 1 && kept[1].text === '-' && latinFirst(kept[0].text) && !ALNUM_END.test(t.text)) return STOP; // (部署|C-V2X: the code opens the phrase)
  if (kept.length && latinFirst(kept[0].text) && t.text === '-' && t.span[1] === kept[0].span[0] && k > 0 && tokens[k - 1].span[1] === t.span[0] && ALNUM_END.test(tokens[k - 1].text)) { kept.unshift(t); return k; }
  // 调解纠纷/z, 试点单位/v: a word of four characters the dictionary knows whole, but not as a noun, right before the figure:
  // a verb and its object (调解|纠纷: the disputes are counted) or a modifier and its head noun (试点|单位, one noun), as its
  // halves are tagged.
  if (!kept.length) {
    const half = fourCharacterWord(t, segmenter);
    if (half === 'object') { kept.unshift({ text: t.text.slice(2), span: [t.span[0] + 2, t.span[1]], tag: 'n' }); return STOP; }
    if (half === 'noun') { kept.unshift({ ...t, tag: 'n' }); return k; }
  }
  // 起降|点/m, 充电|桩/q: a one-character word the tagger reads as a numeral or measure word, right before the figure and
  // right after a verb, with no figure of its own before it, is the head noun of a compound (起降点, 充电桩, 集散点).
  if (!kept.length && headAfterVerb(view, from, tokens, k)) { kept.unshift({ ...t, tag: 'n' }); return k; }
  // 粪污|集中|收集|点/m: so is a verb of the predicate's lexicon glued between words of the compound (收集点), the verb read
  // as part of the name (not 建成|收集点 or 已|收集|点: a predicate or an adverb before it leaves the verb the predicate).
  if (!kept.length && inCompound(view, from, tokens, k)) { kept.unshift({ ...tokens[k - 1], tag: 'vn' }, { ...t, tag: 'n' }); k--; return k; }
  // 燃气管|道/q|281公里, 监测点|位/q|3000个: a measure word right before the figure that closes a noun of the dictionary with
  // the noun glued before it (管道, 点位) is that noun's last character, no measure word of a figure before it.
  if (!kept.length && closesNoun(view, from, tokens, k, segmenter)) { kept.unshift({ ...t, tag: 'n' }); return k; }
  // PM2|.|5平均浓度: a Latin code with a decimal names what is measured (taggers cut it at the point).
  if (kept.length && allDigits(t.text) && k >= 2 && tokens[k - 1].text === '.' && latinFirst(tokens[k - 2].text)) { kept.unshift(tokens[k - 2], tokens[k - 1], t); k -= 2; return k; }
  // 不|合格率, 按时|办结率: a prefix the tagger cut off the phrase is part of it; the walk goes on (食品抽检不合格率).
  if (kept.length && prefixOf(view, from, t, kept)) { kept.unshift(t); return k; }
  // 逾期/t|率为|0.18‰, 延期/t|率: a word the tagger calls a time glued to 率 is the first word of the rate (逾期率: the rate of
  // loans overdue); 率 names no rate alone, and no time of the sentence stands glued to it.
  if (kept.length && t.tag === 't' && t.text.length === 2 && kept[0].text[0] === '率' && t.span[1] === kept[0].span[0] && !figureBefore(view, from + t.span[0])) { kept.unshift({ ...t, tag: 'n' }); return k; }
  // 排查|出入/v|河|排污口: a verb of direction and a body of water or a border (入河, 入海, 出海, 入境) make one modifier of the noun
  // after them (入河排污口: outfalls into a river); taggers read 出入 (in and out) when the verb before takes 出 as its
  // complement (排查出, 查出). The phrase opens on the direction; the verb and its 出 are the predicate.
  if (kept.length && RESULT_OUT.test(t.text) && k > 0 && tokens[k - 1].tag?.[0] === 'v' && tokens[k - 1].span[1] === t.span[0] && kept[0].text.length === 1 && WATER_OR_BORDER.test(kept[0].text) && t.span[1] === kept[0].span[0] && kept.length > 1 && kept[0].span[1] === kept[1].span[0]) {
    kept[0] = { text: t.text[1] + kept[0].text, span: [t.span[0] + 1, kept[0].span[1]], tag: 'b' };
    return STOP;
  }
  return NONE;
}

/**
 * How a word of four Han characters tagged as no noun-like word (调解纠纷/z, 试点单位/v; not 值班人员/l, an idiom) reads when its second half
 * is a noun to the dictionary: 'object' after a verb (调解/v: the verb's object), 'noun' after a noun or a verbal noun
 * (试点/n: one noun, the first half its modifier); null otherwise.
 */
function fourCharacterWord(t: Token, segmenter: Segmenter): 'object' | 'noun' | null {
  if (t.text.length !== 4 || !t.tag || isNominal(t) || !segmenter.tagOf || !/^\p{sc=Han}{4}$/u.test(t.text)) return null;
  const head = segmenter.tagOf(t.text.slice(2));
  if (!head || head[0] !== 'n') return null;
  const first = segmenter.tagOf(t.text.slice(0, 2));
  if (first === 'v') return 'object';
  return first && (first[0] === 'n' || first === 'vn') ? 'noun' : null;
}
