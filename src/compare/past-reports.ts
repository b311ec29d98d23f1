/**
 * A session reporting, in the past tense, on the other's promises for the year: the follow-up's "去年完成地表水置换村庄446个"
 * answers the first session's "年底前完成地表水置换村庄420个"; "去年完成了全部128个水源地保护区划定" its "年内完成全市128个
 * 千吨万人水源地保护区划定". Read from the record's words, no promise extraction: a clause of X opening with last year
 * (去年, 上年) and a verb of completion (完成, 建成, 实现, 开工, 新增, 达到), whose object — the Han characters after the verb,
 * its figures left out — shares four characters running with a clause of Y that sets this year's deadline (年底前, 年内,
 * 今年, 年底), and whose figure answers Y's: the same unit, the result within half to twice the target (446个 of 420个,
 * 1.38万个 of 1.2万个). The first session may say "去年全市完成加装电梯386部" of its own earlier work, which the follow-up's
 * "确保今年底前累计完成加装电梯1500部" shares words with but does not answer: the figures tell them apart; and the signal
 * counts only when it holds one way.
 */
import type { InquiryRecord } from '../model/record.js';

/**
 * A clause of last year's result: 去年(全市)(已)完成(了)…, the object up to the clause's end. Not a quoted promise or plan
 * (去年承诺新增…, 去年说要实现…, 去年计划完成…: order.ts reads quotes): no word of saying or intending before the verb.
 */
const PAST = /(?:去年|上年|上一年)[^，,。；;！？\n承说提要将计拟力]{0,6}?(?:完成|建成|实现|开工|新增|达到|划定)了?([^，,。；;！？\n]{4,40})/gu;
/** A clause setting a deadline within the session's year. */
const THIS_YEAR = /年底前|年内|今年|年底|年末/u;
/** Four characters running: the least an object shares to be the same task (地表水置, 水源地保). */
const GRAM = 4;

/** The sentences a record speaks: questions, turns, the closing. */
function spoken(r: InquiryRecord): string[] {
  const out: string[] = [];
  for (const q of r.questions) { out.push(q.text); for (const t of q.turns) out.push(t.text); }
  if (r.session.closing) out.push(r.session.closing.text);
  return out;
}

/** The objects of last year's results in `r` (Han runs of four or more, figures and 全部/全市 left out). */
function pastObjects(r: InquiryRecord): { text: string; runs: string[]; figure: [number, string] | null }[] {
  const out: { text: string; runs: string[]; figure: [number, string] | null }[] = [];
  for (const s of spoken(r)) for (const m of s.matchAll(PAST)) {
    const runs = (m[1].match(/\p{sc=Han}+/gu) ?? []).map((x) => x.replace(/^(?:全部|全市|全县|全区|全省|共|累计)/u, '')).filter((x) => x.length >= GRAM);
    if (runs.length) out.push({ text: m[0], runs, figure: figure(m[1]) });
  }
  return out;
}

/** The clauses of `r` that set a deadline within its year. */
function yearClauses(r: InquiryRecord): string[] {
  return spoken(r).flatMap((s) => s.split(/[，,。；;！？\n]/u)).filter((c) => THIS_YEAR.test(c));
}

/** The first figure of a clause and its unit: "446个" → [446, 个], "1.38万个" → [13800, 个]; null when none. */
function figure(clause: string): [number, string] | null {
  const m = /(\d+(?:\.\d+)?)(万|亿)?([^\d\s.，,。；;、%％]|[%％])/u.exec(clause);
  if (!m) return null;
  return [Number(m[1]) * (m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1), m[3]];
}

/** A result that answers a target: the same unit, within half to twice it. */
function answers(result: [number, string] | null, target: [number, string] | null): boolean {
  if (!result || !target || result[1] !== target[1] || target[0] === 0) return false;
  const r = result[0] / target[0];
  return r >= 0.5 && r <= 2;
}

const shares = (run: string, clause: string) => {
  for (let i = 0; i + GRAM <= run.length; i++) if (clause.includes(run.slice(i, i + GRAM))) return true;
  return false;
};

/** The first of X's past-tense results that answers a deadline of this year in Y, or null. */
export function reportsOn(x: InquiryRecord, y: InquiryRecord): string | null {
  const clauses = yearClauses(y);
  for (const o of pastObjects(x)) if (o.runs.some((run) => clauses.some((c) => shares(run, c) && answers(o.figure, figure(c))))) return o.text;
  return null;
}
