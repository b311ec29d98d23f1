/**
 * List items that report work done, not promise it: compare reads them as reports (reports.ts), never as promises.
 *
 * Example: "两年来，我们重点做了以下工作：（一）建立上图入库制度，已将全省1.2万个项目全部纳入…；（二）全面落实“田长制”，全省4.3万
 * 名田长已全部到位；（三）…“回头看”排查工作已完成约六成，剩余部分将于今年年底前完成。" — a list led by what was done (做了以下
 * 工作, 开展了三方面工作) reports every item; outside such a list an item reports when it says a thing is done with 已 (已…全部
 * 到位, 已将…全部纳入, 《X》已于…印发) and commits to nothing ("继续争取专项债券支持，今年已安排18亿元" keeps its promise: 已安排
 * is no completion; 已完工项目 names projects, the verb closes no clause). An item's own words say how far (progress.ts: 已完成约六成 is partly done).
 */
import type { InquiryRecord, Measure } from '../model/record.js';
import type { Span } from '../model/span.js';
import { NEXT_STEP, PLAN, RESOLVE } from './intention-words.js';

/** A lead of completed work before the list: 做了以下工作, 开展了三方面工作, 主要做了这几件事, 两年来…抓了. */
const DONE_LEAD = /(?:做|开展|抓|推进|完成|落实)了(?:以下|如下|这样|这么|下面)?(?:[一二两三四五六七八九十几]+)?(?:项|个|件|方面|个方面|点)?(?:的)?(?:工作|事情?|举措|措施)/u;
/** How far back the lead may stand before the list's first marker. */
const LEAD_WINDOW = 40;
/** A completion said with 已: 已…(全部)到位/纳入/完成/建成/印发, 已于…印发/出台. */
const DONE_ITEM = /(?:已(?:经)?将[^，,。；;]{1,30}?(?:纳入|列入|覆盖|接入)|已(?:经)?(?:全部|全面|基本|顺利)?(?:到位|纳入|列入|完成|完工|建成|印发|出台|发布|实现|覆盖|配齐|投用)|已于[^，,。；;]{1,16}?(?:印发|出台|发布|完成|建成|实施|落地|投用))(?=$|[，,。；;、了]|实施|投用|使用|运行|落地)/u;
/**
 * A commitment in the item (将 as the modal, 力争, 确保, 下一步 …): a promise, whatever it reports beside. intention-words.ts's
 * words less 预计/拟, with any 计划 and 继续; 将 not after 已/曾 (已将…纳入: done) nor before 于 (将于…完成 is a date), 将近 kept.
 */
const COMMITS = new RegExp(`(?<![已曾])将(?!于)|${RESOLVE}|${PLAN}|${NEXT_STEP}|继续`, 'u');

/** The spans of the record's list items that report work done (top-level items; their inner items go with them). */
export function reportedItems(record: InquiryRecord): { span: Span; text: string; question: number; wholeList: boolean }[] {
  const out: { span: Span; text: string; question: number; wholeList: boolean }[] = [];
  for (const q of record.questions) {
    for (const answer of q.answers) {
      const turn = q.turns.find((t) => t.role === 'responder' && t.span[0] <= answer.span[0] && answer.span[0] < t.span[1]);
      const at = turn ? answer.span[0] - turn.span[0] : 0;
      const lead = turn ? turn.text.slice(Math.max(0, at - LEAD_WINDOW), at) : '';
      const wholeList = doneLead(lead);
      const question = turn?.answerTo ?? q.index;
      for (const m of answer.measures) if (wholeList || reportsDone(m)) out.push({ span: m.span, text: m.text, question, wholeList });
    }
  }
  return out;
}

/** An item outside a list of done work reports when it says a completion with 已 and commits to nothing. */
export function reportsDone(m: Pick<Measure, 'text'>): boolean {
  return DONE_ITEM.test(m.text) && !COMMITS.test(m.text);
}

/** The lead before a list (the turn's words before its first marker) announces work done. */
function doneLead(lead: string): boolean {
  return DONE_LEAD.test(lead.split(/[。！？!?]/u).pop() ?? '');
}

/** The spans of the answers whose list is one of work done (做了以下工作：（一）…): what follows them may promise. */
export function doneLists(record: InquiryRecord): Span[] {
  const starts = new Set(reportedItems(record).filter((i) => i.wholeList).map((i) => i.span[0]));
  return record.questions.flatMap((q) => q.answers).filter((a) => a.measures.some((m) => starts.has(m.span[0]))).map((a) => a.span);
}
