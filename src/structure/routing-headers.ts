/**
 * A live feed's routing header: who asks whom, on one line, the question on the next.
 *
 * Example: "【提问】覃某委员 → 县数据资源管理局⏎数据集开放了多少个？" — the member before the arrow asks, the
 * organization after it is asked. The same line may say it with a verb: "覃某委员 问 县数据资源管理局",
 * "覃某委员向县数据资源管理局提问" (问 ORG; 向 ORG + 提问/询问/发问), a colon maybe closing it. The arrow is any of
 * → -> => ⇒ ➡ ➔ ➜ (a slide's or a live feed's "to"). The part after it must parse whole as an organization
 * (places, an institution: 局, 委, 办, 中心 …), so that "委员 → 建议" or a sentence is no header.
 * Offsets are UTF-16 code units into the view, [start, end).
 */
import type { Lexicon } from './lexicon.js';
import { parseOrganization } from './org-units.js';

/** After the asker's mention to the line's end: the arrow or the verb, the organization (group 1, 2 or 3), a colon. */
const ROUTE_AFTER = /^[ \t]*(?:(?:→|->|=>|⇒|➡|➔|➜|⟶)[ \t]*([^\s:?,。;]{2,24})|问[ \t]*([^\s:?,。;]{2,24})|向[ \t]*([^\s:?,。;]{2,24}?)[ \t]*(?:提问|询问|发问))[ \t]*:?[ \t]*(?=\r?\n|$)/u;
const NOT_SPACE = /\S/gu;

export interface RoutingHeader {
  /** The organization asked, [start, end) in the view. */
  addressee: [number, number];
  /** Where the question's words start: the first character of the next line that holds any. */
  wordsStart: number;
}

/**
 * The routing header whose asker's mention ends at `me` (the rest of its line names the one asked), or null.
 * Null too when no words follow before `to`: a header with no question after it heads nothing.
 */
export function routingHeader(lex: Lexicon, view: string, me: number, to: number): RoutingHeader | null {
  const c = view.charCodeAt(me);
  if (c === 0x3a || c === 0x0a) return null; // (most labels: a colon or the line's end right after the mention)
  const m = ROUTE_AFTER.exec(view.slice(me, Math.min(to, me + 40)));
  if (!m) return null;
  const org = m[1] ?? m[2] ?? m[3];
  const units = parseOrganization(lex, org);
  if (!units || !units.some((u) => u.kind === 'head' || u.kind === 'named')) return null;
  const start = me + m[0].indexOf(org, m[0].search(/[→\-=⇒➡➔➜⟶问向]/u) + 1);
  NOT_SPACE.lastIndex = me + m[0].length;
  const next = NOT_SPACE.exec(view);
  if (!next || next.index >= to) return null;
  return { addressee: [start, start + org.length], wordsStart: next.index };
}
