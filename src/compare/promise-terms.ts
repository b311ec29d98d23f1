/**
 * The terms two promises are compared on: content terms reduced to their stems, without the
 * words that change when a promise is re-made but say nothing about what is promised.
 *
 * Example: "今年底前完成城关、石桥两镇老旧管网改造" and "明年6月底前全面完成城关镇、石桥镇老旧管网改造"
 * both give 完成 城关 石桥 老旧 管网 改造: the deadline (今年底, 明年, 月底) is when, not what;
 * 两镇 counts the towns just listed; 全面 is a degree adverb fused to its verb by jieba
 * (全面完成 → 完成); 城关镇 → 城关 drops an administrative suffix, 专业化 → 专业 a
 * derivational one. A number's unit (120|公里, 300|万元) is part of a figure, not of the
 * topic. The rules are word grammar, not a list of one session's words:
 *  - time words: a calendar unit with a deictic or a position (今年底, 年内, 上半年, 月底);
 *  - aspect and degree adverbs and light verbs (继续, 仍然, 全面, 逐步, 实行, 予以);
 *  - a numeral and a classifier or place noun (两镇, 三项, 各村);
 *  - suffixes 镇 乡 村 化 性 and the adverb prefixes 全面 逐步 … dropped when ≥ 2 characters stay.
 * `splitCompounds` then cuts a term that begins or ends with another term of the comparison
 * (养老服务 beside 养老 → 养老 服务), so a compound jieba keeps whole meets its parts, and reads
 * the single characters jieba leaves around a name it does not know (柏|塘|两|镇|老|旧 → 柏塘 老旧).
 */
import type { Segmenter } from '../segment/segmenter.js';
import { normalize } from '../source/normalize.js';
import { hanBigrams, isContent } from './terms.js';
import { append } from '../model/append.js';

/** A calendar word: optional deictic, a unit, optional position (今年底, 明年, 月底, 年内, 上半年, 本季度, 年底前). */
const TIME = /^(?:[今明后去前本当次同上下]|每|近|明后)?(?:年|月|季度|季|周|旬|半年)(?:[底初末内中度份]|以来)?(?:[前内后起])?$/u;
/** Time words outside that pattern. */
const TIME_WORDS: ReadonlySet<string> = new Set([
  '近期', '今后', '此前', '以前', '以后', '之前', '之后', '期间', '届时', '当前', '截至', '近年', '年来', '日前', '如期', '按期', '限时',
  // Bounds of a quantity (千人以上, 10%左右): part of a figure, like its unit.
  '以上', '以下', '以内', '左右', '上下',
]);
/** Aspect and degree adverbs, and light verbs: how or whether again, not what. */
const ASPECT_WORDS: ReadonlySet<string> = new Set([
  '继续', '仍然', '依然', '仍旧', '始终', '一直', '再次', '全面', '逐步', '积极', '切实', '不断', '努力', '力争', '尽快',
  '加快', '大力', '全力', '着力', '务必', '确保', '长期', '有效', '实行', '实施', '予以', '给予', '加以',
]);
/** Adverbs jieba fuses to the verb they modify (全面完成, 逐步实现). */
const ADVERB_PREFIXES = ['全面', '逐步', '持续', '继续', '不断', '切实', '大力', '全力', '积极'];
/** A numeral and a classifier or place noun: 两镇, 三项, 各村, 每户. */
const COUNT = /^[一二两三四五六七八九十百千几多各每数][镇乡村街区县市省项个条类家所座批户处]$/u;
/** Administrative and derivational suffixes that leave the meaning (城关镇 → 城关, 专业化 → 专业). */
const SUFFIX = /^(.{2,})[镇乡村化性]$/u;
/**
 * A token that is a number (120, 1.2, 一百二十, 百分之五点五 as jieba cuts it: 百分之五点|五): the token after it is
 * its unit. A rate in Chinese numerals is a figure like 5.5%, no term.
 */
const NUMBER = /^[\d.,%]+$|^(?:[百千万]分之)?[零〇一二两三四五六七八九十百千万亿点]+$/u;

/** The stem of one content term, or null when it says nothing about what is promised. */
export function stem(term: string): string | null {
  if (TIME.test(term) || TIME_WORDS.has(term) || ASPECT_WORDS.has(term) || COUNT.test(term)) return null;
  let t = term;
  for (const p of ADVERB_PREFIXES) if (t.length >= p.length + 2 && t.startsWith(p)) { t = t.slice(p.length); break; }
  const m = SUFFIX.exec(t);
  if (m) t = m[1];
  return isContent(t) ? t : null;
}

/**
 * A term as compared (`term`, the stem) and as written (`form`, the token it came from);
 * `next`: a lone Han character jieba cut off right after it (供水管|网), which may complete a
 * term of the other session (管网).
 */
export interface PromiseTerm { term: string; form: string; next?: string; run?: boolean }

/** Characters that are words of their own after a noun (particles, prepositions, conjunctions, localizers), never the end of one. */
const FUNCTION_CHARS = /[的地得之和与及或跟同在于对将把被从向以为由等中上下内外里前后了着过是有也都而并且及其所]/u;

const HAN = /\p{Script=Han}/u;

/** The stemmed content terms of a promise, in reading order, repeats kept. */
export function promiseTerms(text: string, segmenter: Segmenter): PromiseTerm[] {
  const view = normalize(text);
  const tokens = segmenter.cut(view).map((t) => t.text);
  if (!tokens.some((t) => t.length >= 2 && HAN.test(t))) return hanBigrams(view).map((b) => ({ term: b, form: b }));
  const out: PromiseTerm[] = [];
  let afterNumber = false;
  // Jieba leaves a name it does not know, and the words around it, in single characters
  // (柏|塘|两|镇|老|旧): such a run is kept whole and read in splitCompounds.
  let run = '';
  const flush = () => {
    if (run.length === 2) { const s = stem(run); if (s) out.push({ term: s, form: run }); }
    else if (run.length > 2) out.push({ term: run, form: run, run: true });
    run = '';
  };
  tokens.forEach((token, k) => {
    const unit = afterNumber;
    afterNumber = NUMBER.test(token);
    if (!unit && !afterNumber && token.length === 1 && HAN.test(token) && !FUNCTION_CHARS.test(token)) { run += token; return; }
    flush();
    if (unit || afterNumber || !isContent(token)) return;
    const s = stem(token);
    if (!s) return;
    const next = tokens[k + 1];
    out.push(next && next.length === 1 && HAN.test(next) && !FUNCTION_CHARS.test(next) && s === token ? { term: s, form: token, next } : { term: s, form: token });
  });
  flush();
  return out;
}

/**
 * Cuts a term of ≥ 3 characters that begins or ends with another term of `vocabulary` (≥ 2
 * characters) into that term and the rest (the rest kept when ≥ 2 characters): 养老服务 →
 * 养老 服务 when 养老 is a term of the comparison. The longest known part wins, so the cut is
 * the same whichever session the part came from. A term in `whole` (one both sessions use:
 * 老年医学 written 老年医学|科 on both sides) already meets its match and is never cut.
 */
export function splitCompounds(
  terms: readonly PromiseTerm[], vocabulary: ReadonlySet<string>, whole: ReadonlySet<string> = new Set(), known: (word: string) => boolean = () => false,
): PromiseTerm[] {
  const out: PromiseTerm[] = [];
  for (const term of terms) {
    if (term.run) { append(out, readRun(term.form, vocabulary, known)); continue; }
    const chars = [...term.term];
    const both = whole.has(term.term);
    let cut: string[] | null = null;
    if (term.next) {
      // 供水管 + 网: the longest ending of 供水管网 that is a term (管网), and the head before it
      // (供水). Jieba cuts both sessions alike, so a term both use is re-cut only into two known
      // words: 供水|管网, never 老年医|学科 out of 老年医学|科.
      const glued = [...chars, term.next];
      for (let k = glued.length - 1; k >= 2 && !cut; k--) {
        const tail = glued.slice(glued.length - k).join('');
        const head = glued.slice(0, glued.length - k).join('');
        if (vocabulary.has(tail) && (!both || vocabulary.has(head) || known(head))) cut = [head, tail];
      }
    }
    for (let k = chars.length - 1; k >= 2 && !cut && !both; k--) {
      const head = chars.slice(0, k).join('');
      const tail = chars.slice(chars.length - k).join('');
      if (vocabulary.has(head)) cut = [head, chars.slice(k).join('')];
      else if (vocabulary.has(tail)) cut = [chars.slice(0, chars.length - k).join(''), tail];
    }
    if (!cut) { out.push(term); continue; }
    // Each part is written as itself: with the whole token as form, 排水 and 管网 out of 排水管|网
    // would both show as 排水管, one shared term listed twice.
    for (const part of cut) if ([...part].length >= 2 && (vocabulary.has(part) || stem(part) === part)) out.push({ term: part, form: part });
  }
  return out;
}

/**
 * The words of a run of single characters (柏塘两镇老旧), longest first from the left: a
 * stretch whose stem is a term of the comparison (柏塘镇 → 柏塘) or a word jieba's tables know
 * (老旧); the characters between them (两镇) are dropped.
 */
function readRun(run: string, vocabulary: ReadonlySet<string>, known: (word: string) => boolean): PromiseTerm[] {
  const out: PromiseTerm[] = [];
  for (let i = 0; i < run.length - 1;) {
    let found = 0;
    for (let l = Math.min(4, run.length - i); l >= 2 && !found; l--) {
      const piece = run.slice(i, i + l);
      const s = stem(piece);
      if (s && (vocabulary.has(s) || known(piece))) { out.push({ term: s, form: piece }); found = l; }
    }
    i += found || 1;
  }
  return out;
}
