/**
 * 第N条 / 第N项 / 第N招 / 第N件: an item of a list, or an article cited from a document.
 *
 * Example: "抓三条。第一条,提高待遇;第二条,改善条件" holds the markers 第一条 and 第二条, a run of the
 * same classifier; "其中,第二条:" and "按照第三条," cite an article alone and hold none, and
 * "《条例》 第三条," cites an article after a document's name. The 第 family's other forms (第一,
 * 第一点, 第一步) are markers on their own (markers.ts); a 第一步 straight before its words, only in a run of steps.
 * Any other head of the ordinal is bound the same way: "分三步走。第一阶段,建立台账;第二阶段,逐项督办" and
 * "第一块,…;第二块,…" are runs of one head (the grammar is ordinal + classifier or noun, said again with the next
 * numeral, whatever the noun), but "第一阶段,试点已完成" alone is none, and a time or a rank ("第一季度,", "第一名,")
 * never is. The spoken 头一 is 第一 ("头一件,建立台账;第二件,…"), only as the first of a run of its head.
 * Offsets are UTF-16 code units into the normalized view, 0-based, end-exclusive.
 */
import type { Marker } from './markers.js';

/**
 * Classifiers of an ordinal that also numbers the articles and clauses of a document (第一条, 第二项)
 * or is spoken (第一招, 第一件): a marker only in a run of the same classifier (see `sameClassifierRuns`).
 */
export const CLASSIFIERS = '条|项|招|件';
/** A 第N marker's text that ends in one of CLASSIFIERS (第一条, 第二项是). */
export const CLASSIFIER_AT_END = /[条项招件](?:是|呢)?$/;

/** A document's name, then only spaces, before `i`: "《实施意见》 第三条," cites an article. */
export function afterDocumentName(view: string, i: number, from: number): boolean {
  let k = i;
  while (k > from && (view[k - 1] === ' ' || view[k - 1] === '\t')) k--;
  return view[k - 1] === '》' || view[k - 1] === '〉';
}

/**
 * Any other head after a 第N (or 头一) marker: one or two Han characters, neither 是/呢 nor a numeral, 个 allowed
 * before ("第一个阶段,"), read lazily so that 是/呢 or the separator after it closes it ("第一阶段是…").
 */
export const ORDINAL_HEAD = '(?:(?![是呢一二三四五六七八九十两])[\\u4e00-\\u9fff]){1,2}?';
/**
 * A classifier of items and the noun it counts, after a 第N (第一项工作是, 第一项重点工作:, 第一条措施是, 第一招棋,): the
 * enumeration grammar's ordinal + classifier + head noun, whatever the noun (工作, 举措, 措施, 任务 …), one to four Han
 * characters read lazily so that 是/呢 or the separator after it closes it. Bound as any other head: in a run of the
 * same noun, or of the classifier alone ("第一项工作是…;第二项是…"). Not 件, whose noun is an affair (第一件事是, 第一件事情是:
 * markers.ts); "第一件工程是" misuses it and lists nothing.
 */
export const CLASSIFIED_HEAD = '[项条招](?:(?![是呢一二三四五六七八九十两])[\\u4e00-\\u9fff]){1,4}?';
/** A classifier and a verb citing a document's article ("第三条规定,", "第二项明确,"): a citation, no item, unless 是 follows. */
export const CITING_HEAD = /^[条项](?:规定|明确|指出|提出|要求|强调|载明|写明)$/;
/** Heads that count time or rank, not items: "第一季度,完成投资3亿元;第二季度,…" reports figures, "第一名," a rank. */
export const TIME_OR_RANK_HEAD = /^个?(?:年|年度|季度|季|月|周|天|日|名|位|次|届|代)$/;
/**
 * Heads that number questions: "第一个问题,今年PM2.5平均浓度为36微克/立方米…第二个问题,…" answers an asker's questions
 * one by one with facts and figures, and "存在的第一个问题是…" lists a problem; neither lists a measure (the measures
 * after them, "下一步…一是…", are a list of their own). A question is no item of an answer.
 */
export const QUESTION_HEAD = /^个?(?:问题|问)$/;
/** The heads a 第N marker stands on alone (第一, 第一个, 第一点, 第一步, 第一个方面, 第一件事); every other head is bound. */
const FREE_HEAD = /^(?:个方面|个|方面|点|步|[个件]事情?)?$/;
const ORDINAL_PREFIX = /^[第头]?(?:[一二三四五六七八九十]+|\d+)/;

/** A marker's head with 个 before a noun dropped ("第一个阶段" and "第二阶段" share 阶段). */
function headKey(m: Marker): string {
  const head = m.text.replace(ORDINAL_PREFIX, '').replace(/(?:是|呢)$/, '');
  return head.length > 1 && head[0] === '个' && head !== '个方面' ? head.slice(1) : head;
}

/** True when the marker stands only in a run of its head: a classifier of CLASSIFIERS, any other noun, or a 头一. */
function bound(m: Marker): boolean {
  return m.text[0] === '头' || !FREE_HEAD.test(m.text.replace(ORDINAL_PREFIX, '').replace(/(?:是|呢)$/, ''));
}

/**
 * The 第 family's markers without the bound ones (第N条 / 第N项 / 第N招 / 第N件, 第N阶段, 第N块 …, 头一件) that stand
 * in no run of their head: 第一条 followed by a 第二条, or 第二条 after a 第一条 … An article cited alone ("其中,第二条:",
 * "按照第三条,") is no item of a list, and "第一条,…;第二,…" mixes a citation with a list.
 */
export function sameClassifierRuns(di: Marker[]): Marker[] {
  if (!di.some(bound)) return di;
  const at = new Map<string, number[]>(); // head + ordinal → starts
  const put = (key: string, start: number) => at.set(key, [...(at.get(key) ?? []), start]);
  for (const m of di) {
    const h = headKey(m);
    put(h + m.ordinal, m.span[0]);
    // 第一项工作 is also filed under its classifier (as "+项"), for a bare 第二项 after it to find.
    if (CLASSIFIED.test(h)) put('+' + h[0] + m.ordinal, m.span[0]);
  }
  const runs = (key: string, m: Marker) => (at.get(key + (m.ordinal + 1)) ?? []).some((p) => p > m.span[0]) || (at.get(key + (m.ordinal - 1)) ?? []).some((p) => p < m.span[0]);
  return di.filter((m) => {
    if (!bound(m)) return true;
    const h = headKey(m);
    // The noun said again (第一项工作…第二项工作), or dropped in the other item (第一项工作是…第二项是…).
    return runs(h, m) || (CLASSIFIED.test(h) ? runs(h[0], m) : BARE_CLASSIFIER.test(h) && runs('+' + h, m));
  });
}
/** A classifier of CLASSIFIED_HEAD and its noun (项工作, 条措施), or the classifier alone (项, 条). */
const CLASSIFIED = /^[条项招][\u4e00-\u9fff]/;
const BARE_CLASSIFIER = /^[条项招]$/;

/** A separator right after a marker ("第一步,"), past spaces. */
const SEPARATOR_AFTER = /^[ \t]*[,、:]/;

/**
 * 第一步 straight before its words, with no separator ("这里面又分两步,第一步完成选址,第二步9月开工"): a marker
 * only in a run of steps (a 第二步 after it, or a 第一步 before), as 第一条 is; "第一步棋走对了" alone is none.
 * 第一步, and 第一步是 keep to their own rule (markers.ts).
 */
export function bareStepRuns(view: string, di: Marker[]): Marker[] {
  const bare = (m: Marker) => m.text.endsWith('步') && !SEPARATOR_AFTER.test(view.slice(m.span[1], m.span[1] + 4));
  if (!di.some(bare)) return di;
  const steps = di.filter((m) => m.text.endsWith('步'));
  return di.filter((m) => !bare(m) || steps.some((o) => (o.ordinal === m.ordinal + 1 && o.span[0] > m.span[0]) || (o.ordinal === m.ordinal - 1 && o.span[0] < m.span[0])));
}
