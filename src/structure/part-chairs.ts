/**
 * The chairs of an inquiry held in parts: each part's header block names its own presider.
 *
 *   上午第一场：乡村振兴衔接资金使用情况
 *   主持人：县人大常委会副主任曹德明        ← the session's chair (session.chair)
 *   …
 *   下午第二场：农村饮水安全
 *   主持人：县人大常委会主任阎守仁          ← a part's chair: a person of the record
 *
 * The record has one `session.chair` (the first presider, session-chair.ts). Another person the
 * text names in a 主持人 field opens and closes his part; rather than lose him he is a person of the
 * record with no asking or answering role (roles [], RECORD.md's roles being asker/responder only)
 * unless he also asks or answers. Spans are [start, end) UTF-16 offsets.
 */
import type { Role } from '../model/record.js';
import type { Cast } from './cast.js';
import { inPresiderField, namedPresiding } from './chair.js';

/**
 * Note in `roles` (mutated) every chair (`chairs`, chair.ts) other than the session's (`chairName`)
 * that a 主持人 field names, or that the text names presiding after the exchanges began (`from`: where the first
 * question's section starts) — a bulletin's second sitting, "11月26日上午　联组会议专题询问…⏎常委会副主任宋某主持。": his
 * entry, with the roles he already has (none when he only presides).
 */
export function addPartChairs(view: string, people: Cast, chairs: ReadonlySet<string>, chairName: string | null, roles: Map<string, Set<Role>>, from = Infinity): void {
  if (chairs.size < 2) return;
  for (const m of people.mentions) {
    if (!m.name || m.name === chairName || !chairs.has(m.name)) continue;
    if (!inPresiderField(view, m) && !(m.span[0] >= from && namedPresiding(view, m))) continue;
    const id = people.idOf(m);
    if (!roles.has(id)) roles.set(id, new Set());
  }
}
