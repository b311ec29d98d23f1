/**
 * Promises written as prose: an official's sentences that commit to future action in an answer
 * that has no 一是/第一 list.
 *
 * Example: "目前企业开办平均用时压缩至0.8个工作日。下一步我们将继续深化“一网通办”改革，推行
 * “一件事一次办”；同时探索“拿地即开工”审批模式。" gives two promises, "继续深化“一网通办”改革，
 * 推行“一件事一次办”" and "同时探索“拿地即开工”审批模式": the first ；-part carries the
 * commitment (下一步…将), the parts after it in the same sentence go on with it. The first
 * sentence reports what stands and is no promise, nor is "已将…纳入" or "去年…完成了": 将 after
 * 已/曾 moves an object, it does not look ahead. The lead up to the modal (下一步我们将) is left
 * out of the text, so the promise reads as a list item would ("加大路检路查力度…") and a
 * promise listed one year and said in prose the next is a repeat. A turn whose answer has a list
 * keeps the list only: its items already are its promises — unless the list reports work done (两年来，我们重点做了以下
 * 工作：（一）…已…), when the 下一步…将 after it is the turn's promise block.
 */
import type { InquiryRecord } from '../model/record.js';
import type { MeasureRef } from './types.js';
import { doneLists } from './done-lists.js';
import { NEXT_STEP, PLAN_NOW, RESOLVE, WILL } from './intention-words.js';

/** Sentence ends; a ；-part inside a sentence is one promise of it, and a ：-part (答：…罗家明：我们将…) stands apart from its label. */
const SENTENCE = /[^。！？!?\n]+[。！？!?]?/gu;
const PART = /[^；;：:]+/gu;
/**
 * Words that commit to what comes: a plan or a resolve (计划 — not 原计划, the old plan quoted —, 力争, 确保), the time ahead
 * (下一步, 今后, 年底前 — not a date with 已 before its verb: "今年7月底已达到74%" states a figure reached), and 将 as the future modal — not in 将近/将军/将来时 nor after 已/曾
 * (已将…纳入 reports a done act), nor 将于 a date of a period's end (过渡期将于2025年12月31日届满: a legal date, no one's act).
 * The lexicon is intention-words.ts's; in prose it adds 接下来 and 要 after a subject or an adverb (我们要, 还要), leaves out 预计/拟
 * (what is foreseen is no pledge) and 计划 of a compound (计划生育, 计划单列, 计划内/外), and reads a deadline only before its verb.
 */
const COMMIT = new RegExp(`${NEXT_STEP}|接下来|${RESOLVE}|${PLAN_NOW}(?!生育|单列|内|外)|(?<![已曾])${WILL}(?!军|于[^，,。；;]{0,16}?(?:届满|到期|期满|截止|失效|生效)(?:[，,。；;！!]|$))|(?<=我们|还|仍|必须|一定|继续)要|(?:年底|年内|年末|月底|明年)(?:前|内)?(?=[^，,已]*(?:完成|建成|实现|达到|开工|投用|出台))`, 'u');
/**
 * Past markers: a part that carries one before its commitment reports, it does not promise ("去年年底前完成了…"); so does
 * a report's date (截至4月底，全区累计完成…，确保…: the sentence states where things stand, as figure-context.ts reads it).
 */
const PAST = /已经|已|曾|去年|上年|前年|截至|截止|(?<![为除])了(?!解)/u;
/**
 * The lead before the action: who says it (邱美玲表示，, 局长某某回应称,), a connective joining it to what went before
 * (同时，/此外，/另外，, or 同时 before the modal: 同时将…), time, the speaker (我们, 区政府, 我局) and the modal itself.
 */
const LEAD = /^(?:[^，,。；：:]{0,24}?(?:表示|表态|指出|强调|回答|回应|答复|称|说)[：:，,]\s*)?(?:(?:与此同时|同时|此外|另外)(?:[，,]\s*|(?=(?:还|也|仍)?将)))?(?:(?:下一步|今后|接下来|下阶段)[，,]?\s*)?(?:(?:我们|[^，,。；]{0,6}?(?:政府|局|委|厅|办))?(?:还|也|仍)?(?:将|要|计划|拟)\s*[，,]?)?/u;
/**
 * The speaker's bracket opening the answer ("答：（县质量技术监督局局长 黄振邦）我们将…"): the title and name the minutes put
 * before the words, no part of the promise. Cut only when it holds the speaker's name (a bracket of anything else stays).
 */
const SPEAKER_BRACKET = /^[（(]([^（）()\n]{2,40})[）)]\s*/u;
/** Quotation marks opening or closing the speech the promise was said in (“今年安排…。” of a 问答摘登): unbalanced, no part of it. */
const OPEN_QUOTE = /^[“「『]/u;
const CLOSE_QUOTE = /[”」』]$/u;
const OPENS = /[“「『]/gu;
const CLOSES = /[”」』]/gu;
function unpaired(text: string, more: RegExp, fewer: RegExp): boolean {
  return (text.match(more) ?? []).length > (text.match(fewer) ?? []).length;
}
/** The first commitment word outside a title: 计划 of 《…三年行动计划》 names a document, it plans nothing. */
function commitIn(raw: string): { index: number } | null {
  const all = new RegExp(COMMIT.source, 'gu');
  for (const m of raw.matchAll(all)) {
    const before = raw.slice(0, m.index);
    if ((before.match(/《/gu) ?? []).length <= (before.match(/》/gu) ?? []).length) return { index: m.index! };
  }
  return null;
}

/** A promise this short ("加强", "继续") says too little. */
const MIN_PROMISE = 4;

/** Prose promises of the record's responder turns whose answers hold no list, as measure references (marker null, path "pN"). */
export function prosePromises(record: InquiryRecord): MeasureRef[] {
  const names = new Map(record.people.map((p) => [p.id, p.name]));
  const lists = record.questions.flatMap((q) => q.answers.map((a) => a.span));
  const done = doneLists(record);
  const counts = new Map<number, number>();
  const out: MeasureRef[] = [];
  for (const q of record.questions) {
    for (const turn of q.turns) {
      if (turn.role !== 'responder') continue;
      // A turn with a list keeps the list only, unless its list reports work done: what it then pledges comes after.
      const own = lists.filter(([s, e]) => s < turn.span[1] && e > turn.span[0]);
      if (own.some(([s, e]) => !done.some(([ds, de]) => ds === s && de === e))) continue;
      const after = Math.max(0, ...own.map(([, e]) => e - turn.span[0]));
      const question = turn.answerTo ?? q.index;
      const responder = turn.speaker ? names.get(turn.speaker) ?? null : null;
      for (const p of commitments(turn.text, false, responder)) {
        if (p.offset < after) continue;
        const n = (counts.get(question) ?? 0) + 1;
        counts.set(question, n);
        const start = turn.span[0] + p.offset;
        out.push({ question, path: `p${n}`, marker: null, text: p.text, span: [start, start + p.text.length], responder });
      }
    }
  }
  return out.sort((x, y) => x.question! - y.question!);
}

/**
 * The committing parts of a text and those after them in the same sentence, lead cut, with their offsets in the text.
 * `fromClause`: a committing part starts at the comma's clause that commits, the clauses before it being the speaker's
 * framing — a 表态's "我代表市政府表个态，各位委员提出的问题都很中肯，市政府将逐条研究整改" pledges "逐条研究整改" (closing.ts).
 * `speaker`: the name of who says it, whose bracket opening a part is cut (SPEAKER_BRACKET).
 */
export function commitments(text: string, fromClause = false, speaker: string | null = null): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  for (const s of text.matchAll(SENTENCE)) {
    let committed = false;
    for (const p of s[0].matchAll(PART)) {
      let raw = p[0];
      let at = s.index! + p.index!;
      if (!committed) {
        const m = commitIn(raw);
        if (!m || PAST.test(raw.slice(0, m.index))) continue;
        committed = true;
        const comma = fromClause ? Math.max(raw.lastIndexOf('，', m.index), raw.lastIndexOf(',', m.index)) : -1;
        if (comma >= 0) { raw = raw.slice(comma + 1); at += comma + 1; }
      }
      const body = raw.replace(/[。！？!?\s]+$/u, '');
      // The speech's own quotation marks (“今年安排…。” of a 问答摘登), where one opens or closes the part without its pair in it.
      let from = body.length - body.trimStart().length;
      let to = body.length;
      if (OPEN_QUOTE.test(body.slice(from)) && unpaired(body, OPENS, CLOSES)) from++;
      if (CLOSE_QUOTE.test(body) && unpaired(body.slice(from), CLOSES, OPENS)) to--;
      const bracket = speaker ? SPEAKER_BRACKET.exec(body.slice(from)) : null;
      if (bracket && bracket[1].includes(speaker!)) from += bracket[0].length;
      const rest = body.slice(from, to);
      const lead = LEAD.exec(rest.trimStart());
      const skip = from + rest.length - rest.trimStart().length + (lead ? lead[0].length : 0);
      const piece = body.slice(skip, to);
      const t = piece.trim();
      if (t.length >= MIN_PROMISE) out.push({ text: t, offset: at + skip + piece.length - piece.trimStart().length });
    }
  }
  return out;
}
