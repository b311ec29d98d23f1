/**
 * Which of two sessions is the later: by their dates, else — one undated (5月30日下午, no year) — by what the texts say of
 * each other, each reading stated so the caller can name it.
 *
 * Example: A "5月30日下午…" (no year), B 2025-06-24 whose member asks "去年承诺审批时限压缩到10个工作日，现在做到了吗？": B
 * follows A up, so B is the later. Without a date the order is read, strongest first, from:
 * - the meeting's ordinal within one body's term: "衡水市第七届人大常委会第十六次会议" before "…第二十四次会议" (a later 届
 *   of the same body is later too);
 * - a session quoting last session's promises ("去年说全程网办率要提高到七成", "去年询问时，县乡村振兴局承诺…");
 * - a title naming a follow-up ("【跟踪问效】…承诺兑现了吗？", "…开展跟踪询问", "回头看");
 * - a session reporting in the past tense on the other's promises for the year (past-reports.ts: "去年完成地表水置换村庄446个"
 *   against "年底前完成地表水置换村庄420个").
 * A reading that holds of both sessions or of neither tells nothing; the first that tells one decides, and the others that
 * agree with it are listed; two readings that disagree leave the order untold. A month and day with no year tells nothing against a dated session (it may be of either year).
 */
import type { InquiryRecord } from '../model/record.js';
import { bodyKey, localName, sessionPlaces, twoBodies } from './place.js';
import { reportsOn } from './past-reports.js';
import { parseNumeral } from '../model/numerals.js';

export type OrderReading = 'dates' | 'meetings' | 'quotes' | 'follow-up' | 'reports';

export interface OrderEvidence {
  by: OrderReading;
  /** What the text says: "第十六次 < 第二十四次", the quote, the title, the past-tense report. */
  detail: string;
}

export interface SessionOrder {
  /** The later session, or null when it cannot be told. */
  later: 'a' | 'b' | null;
  /** What tells it (the first reading that does); null when nothing does. */
  by: OrderReading | null;
  /** Every reading that tells the same, the deciding one first (empty when none). */
  evidence: OrderEvidence[];
  /** The sessions with no full date (session.date null). */
  undated: ('a' | 'b')[];
}

/** A past session's promise quoted back: 去年承诺, 去年说…要, 上次提出的, 前年表态, 去年询问时…承诺, 去年询问中…作出的承诺. */
const QUOTES = /(?:去年|前年|上年|上一年|上次|上回|上一次|上届)[^，,。；;：:！？?\n]{0,12}?(?:承诺|提出|表态|说[过的到要]?|定下)|(?:去年|上次|上一次)[^，,。；;\n]{0,6}?询问(?:时|中)/u;
/** A title or topic naming a follow-up: 跟踪询问, 跟踪问效, 再次…询问, 回头看, 承诺兑现了吗. */
const FOLLOW_UP = /跟踪询问|跟踪问效|再次[^，,。]{0,8}询问|回头看|承诺兑现|兑现承诺/u;

/** The first quote of a past session's promises in a question or a turn, or null. */
function quoteOf(r: InquiryRecord): string | null {
  for (const q of r.questions) for (const s of [q.text, ...q.turns.map((t) => t.text)]) { const m = QUOTES.exec(s); if (m) return m[0]; }
  return null;
}

/** The title (or topic) when it names a follow-up, else null. */
function followUpTitle(r: InquiryRecord): string | null {
  return [r.session.title, r.session.topic].find((t): t is string => !!t && FOLLOW_UP.test(t)) ?? null;
}

/** Whether a session quotes a past session's promises: in a question, a turn or its title (跟踪询问 names a follow-up). */
export function quotesPast(r: InquiryRecord): boolean {
  return quoteOf(r) !== null || followUpTitle(r) !== null;
}

/** An ordinal as a 届 or a 次 writes it: 十六 → 16, 二十四 → 24, 一百零二 → 102, 15 → 15 (model/numerals.ts); null for anything else. */
const ordinal = (s: string): number | null => parseNumeral(s) || null;

/**
 * The term (届) and the meeting (次) a session names, with the kind of meeting after its ordinal: 衡水市第七届人大常委会 +
 * 第十六次会议 → term 7, meeting 16, kind 会议 (a 主任会议 is numbered apart); null without a body.
 */
export function meetingOrdinal(r: InquiryRecord): { body: string; term: number | null; meeting: number | null; kind: string } | null {
  if (!r.session.body) return null;
  const term = /第?([〇零一二三四五六七八九十百\d]{1,5})届/u.exec(r.session.body);
  const meeting = r.session.meeting ? /第([〇零一二三四五六七八九十百\d]{1,5})次(.*)$/u.exec(r.session.meeting) : null;
  return { body: bodyKey(r.session.body), term: term ? ordinal(term[1]) : null, meeting: meeting ? ordinal(meeting[1]) : null, kind: meeting?.[2] ?? '' };
}

/**
 * A later term of one body, or a later meeting of one term: the later session, with what says so. The bodies are compared
 * with their place read as its level (汉州市第十六届人大常委会 / 市第十六届人大常委会, place.ts's sessionPlaces).
 */
function byMeetings(a: InquiryRecord, b: InquiryRecord): ['a' | 'b', string] | null {
  const [ma, mb] = [meetingOrdinal(a), meetingOrdinal(b)];
  const [pa, pb] = sessionPlaces(a, b);
  if (!ma || !mb || twoBodies(a, b) || localName(ma.body, pa) !== localName(mb.body, pb) || ma.term === null || mb.term === null) return null;
  if (ma.term !== mb.term) return [ma.term > mb.term ? 'a' : 'b', `第${Math.min(ma.term, mb.term)}届 < 第${Math.max(ma.term, mb.term)}届`];
  if (ma.meeting === null || mb.meeting === null || ma.meeting === mb.meeting || ma.kind !== mb.kind) return null;
  return [ma.meeting > mb.meeting ? 'a' : 'b', `第${ma.term}届 第${Math.min(ma.meeting, mb.meeting)}次 < 第${Math.max(ma.meeting, mb.meeting)}次`];
}


/** A reading found in one session only: that one is the later. */
function oneSided(x: string | null, y: string | null): ['a' | 'b', string] | null {
  if ((x === null) === (y === null)) return null;
  return x !== null ? ['a', x] : ['b', y!];
}

export function sessionOrder(a: InquiryRecord, b: InquiryRecord): SessionOrder {
  const [da, db] = [a.session.date, b.session.date];
  const undated = [...(da ? [] : ['a' as const]), ...(db ? [] : ['b' as const])];
  if (da && db) return da === db ? { later: null, by: null, evidence: [], undated } : { later: da > db ? 'a' : 'b', by: 'dates', evidence: [{ by: 'dates', detail: `${da} / ${db}` }], undated };
  const readings: [OrderReading, ['a' | 'b', string] | null][] = [
    ['meetings', byMeetings(a, b)],
    ['quotes', oneSided(quoteOf(a), quoteOf(b))],
    ['follow-up', oneSided(followUpTitle(a), followUpTitle(b))],
    // (Of two bodies' sessions, one's results answer nothing the other promised.)
    ['reports', twoBodies(a, b) ? null : oneSided(reportsOn(a, b), reportsOn(b, a))],
  ];
  const first = readings.find(([, r]) => r !== null);
  if (!first) return { later: null, by: null, evidence: [], undated };
  const later = first[1]![0];
  // (Readings that disagree leave the order untold: neither is taken over the other.)
  if (readings.some(([, r]) => r !== null && r[0] !== later)) return { later: null, by: null, evidence: [], undated };
  const evidence = readings.filter(([, r]) => r?.[0] === later).map(([by, r]) => ({ by, detail: r![1] }));
  return { later, by: first[0], evidence, undated };
}
