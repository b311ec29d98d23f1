/**
 * The body holding the inquiry when it is no standing committee: the subject of "X召开/举行…会议,就…开展专题询问".
 *
 * Example: "邵阳市第十八届人民代表大会第三次会议举行全体会议,就全市义务教育优质均衡发展开展专题询问。" is held by
 * the congress in session (body 邵阳市第十八届人民代表大会, meeting 第三次会议), not by the standing committee its chair
 * heads; "省人大财政经济委员会近日召开全体会议,就…开展专题询问" by a committee of the congress (congress-committees.ts);
 * "出席湖北省十四届人大一次会议的宜昌代表团举行全体会议,…并就长江大保护开展专题询问" by a delegation to the congress
 * (body 宜昌代表团, meeting 一次会议: the session it attends). The subject is read in the first sentence about the
 * inquiry (one holding 询问) whose clause holds a verb of holding: from the clause's start, after a date or 近日, to the
 * first word that is no more of a name (近日, 在…, 就…, a 、 joining another body). A subject that is a standing committee,
 * a township's presidium or anything else is left to session-body.ts (and so are bodies joined by 、: the first is kept).
 * Spans are [start, end), UTF-16 offsets into the view.
 */
import type { Span } from '../model/span.js';
import { NUM } from './session-date.js';
import { joinWraps, viewSpan } from './session-wraps.js';
import { isCongressCommittee } from './congress-committees.js';

export interface Holder {
  body: Span;
  /** The session of the congress the body meets at ("第三次会议" of the congress, "一次会议" a delegation attends), if named. */
  meeting: Span | null;
}

/** A sentence of the region: up to 。 ! ? ; or a paragraph's end. */
const SENTENCE = /[^。!?;\n]+/gu;
/** A verb of holding the meeting or the inquiry. */
const HOLDS = /召开|举行|开展|组织|进行/u;
/** What the verb holds, in its clause: a meeting (全体会议, 专题询问会) or the inquiry. */
const HELD = /会议|询问/u;
const CLAUSE_END = /[,:]/u;
/** Where a clause starts: after , : ( ) 【 】 or a blank (a byline's "(记者 某)" before the subject). */
const CLAUSE_BREAK = /[,:()【】\s]/gu;
/** A date or a time word opening the clause before its subject. */
const LEADING_TIME = new RegExp(`^(?:近日|日前|今天|今日|昨天|昨日|(?:\\d{4}年)?${NUM}月${NUM}日|上午|下午|晚上)+`, 'u');
/** The first word after the subject: a time or a place of the meeting, its matter, another body joined by 、 or 联合. */
const SUBJECT_END = /近日|日前|今天|今日|昨天|昨日|上午|下午|晚上|在|于|就|对|围绕|聚焦|针对|联合|会同|、/u;
/** A standing committee, a presidium or a working committee as the subject: session-body.ts reads it. */
const STANDING = /人大常委会|人民代表大会常务委员会|主席团|人大工委|人大工作委员会/u;

/** A congress in session: the congress (its place and term) and its session, "…人民代表大会第三次会议", "…十八届人大三次会议". */
const CONGRESS = new RegExp(`^([\\p{sc=Han}\\d]{0,16}?(?:人民代表大会|人大))(第?${NUM}次会议)$`, 'u');
/** A delegation to the congress: "宜昌代表团", after what it attends ("出席…人大一次会议的"). */
const DELEGATION = /^\p{sc=Han}{1,12}代表团$/u;
/** The congress's session a delegation attends, in the words before it. */
const ATTENDED = new RegExp(`第?${NUM}次会议`, 'gu');

/** The holder of the inquiry when it is a congress in session, a committee of the congress or a delegation, else null. */
export function findHolder(view: string, regions: Span[]): Holder | null {
  for (const r of regions) {
    const region = joinWraps(view, r);
    for (const s of region.joined.matchAll(SENTENCE)) {
      if (!s[0].includes('询问')) continue;
      const verb = HOLDS.exec(s[0]);
      // (What is held is a meeting or the inquiry: "市人大教科文卫委组织开展调研" holds neither.)
      if (!verb || !HELD.test(s[0].slice(verb.index).split(CLAUSE_END, 1)[0])) continue;
      let start = 0;
      for (const b of s[0].slice(0, verb.index).matchAll(CLAUSE_BREAK)) start = b.index + b[0].length;
      const clause = s[0].slice(start, verb.index);
      const found = subject(clause);
      if (found === 'standing') return null;
      if (!found) continue;
      const at = s.index + start;
      return {
        body: viewSpan(region, at + found.body[0], at + found.body[1]),
        meeting: found.meeting ? viewSpan(region, at + found.meeting[0], at + found.meeting[1]) : null,
      };
    }
  }
  return null;
}

/** The holder in the words before the verb (offsets into `clause`), 'standing' for a standing committee, else null. */
function subject(clause: string): { body: Span; meeting: Span | null } | 'standing' | null {
  // "出席…人大一次会议的宜昌代表团": the head after the last 的; what it attends is before.
  const de = clause.lastIndexOf('的');
  let from = de + 1;
  from += LEADING_TIME.exec(clause.slice(from))?.[0].length ?? 0;
  const rest = clause.slice(from);
  const end = SUBJECT_END.exec(rest)?.index ?? rest.length;
  const head = rest.slice(0, end);
  if (head.length < 2) return null;
  if (DELEGATION.test(head)) {
    let meeting: Span | null = null;
    for (const m of clause.slice(0, Math.max(0, de)).matchAll(ATTENDED)) meeting = [m.index, m.index + m[0].length];
    return { body: [from, from + end], meeting };
  }
  if (de >= 0) return null; // (a congress or a committee is named with no 的 before it)
  const congress = CONGRESS.exec(head);
  if (congress) return { body: [from, from + congress[1].length], meeting: [from + congress[1].length, from + end] };
  // (A working committee of the standing committee is one of the congress's: "省人大常委会预算工作委员会召开…".)
  if (isCongressCommittee(head)) return { body: [from, from + end], meeting: null };
  return STANDING.test(head) ? 'standing' : null;
}
