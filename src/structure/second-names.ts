/**
 * An organization's second name in brackets between it and a post: "市数据局（市大数据中心）局长 孙明哲：".
 *
 * Since the 2023–24 institutional reforms many bodies are written with the name of the unit that shares their
 * office (加挂牌子, 合署办公) in brackets right after their own: 市发展改革委（市低空办）, 县委社会工作部（县信访局）,
 * 县数据资源管理局（县大数据发展中心）. The person answers for the first name; the bracket is the same body's other
 * name, kept in the title as written. A bracket is such a second name only when all of it parses as an
 * organization (places, then an institution: 局, 中心, 办, 委 …) and another organization ends right before it —
 * never a person (孙明哲（市数据局局长）), a status (局长（主持工作）) or an aside (（下同）).
 * Offsets are UTF-16 code units into the view (where （） are folded to ()), [start, end).
 */
import type { Lexicon } from './lexicon.js';
import { parseOrganization } from './org-units.js';

const OPEN = 0x28; // (
const CLOSE = 0x29; // )
/**
 * The company a government body is run as, named by its kind alone: "市烟草专卖局（公司）局长（经理）" — 烟草 and 盐业 are
 * a 局 and a 公司 under one roof (政企合一), so the bracket is the body's second name (and 经理 the post's, title-qualifiers.ts).
 */
const COMPANY_TWIN = '公司';
/** The longest second name read in brackets, in UTF-16 units (县大数据发展和政务服务中心 is 12). */
const MAX_SECOND = 16;

/**
 * Where the bracket holding an organization's second name opens (its "("), when such a bracket ends right
 * before `at` (where a post starts) and starts after `floor`; -1 otherwise. That an organization stands before
 * the bracket is the caller's to check (it reads the organization back from the "(").
 */
export function secondNameOpen(lex: Lexicon, view: string, at: number, floor: number): number {
  if (view.charCodeAt(at - 1) !== CLOSE) return -1; // most posts: no bracket before them
  const stop = Math.max(floor, at - 2 - MAX_SECOND);
  let open = at - 2;
  while (open >= stop && view.charCodeAt(open) !== OPEN) {
    if (view.charCodeAt(open) === CLOSE) return -1;
    open--;
  }
  if (open < stop || open + 1 >= at - 1) return -1;
  if (view.slice(open + 1, at - 1) === COMPANY_TWIN) return open;
  const units = parseOrganization(lex, view.slice(open + 1, at - 1));
  return units && units.some((u) => u.kind === 'head' || u.kind === 'named') ? open : -1;
}

/** The second name's span inside the bracket that opens at `open` ("(" … ")"), [open + 1, close). */
export function secondNameSpan(view: string, open: number): [number, number] {
  return [open + 1, view.indexOf(')', open + 1)];
}

/**
 * A body's former name in brackets after its name, before the post: "区数据资源和政务服务局（原区行政审批局）局长". 原 marks
 * the name the body had before a reform; the person holds the post in the body as it is named now, so the bracket is
 * no part of the title (unlike a second name the body still bears, kept above). Brackets as written (（） or ()).
 */
const FORMER_NAME = /[（(]原\p{sc=Han}{2,16}?(?:局|厅|委|办|院|所|队|部|署|处|站|馆|社|中心|委员会|办公室)[）)](?=\p{sc=Han})/gu;

/** `title` without a bracketed former name of its organization ("…局（原区行政审批局）局长" → "…局局长"). */
export function withoutFormerName(title: string): string {
  return title.includes('原') ? title.replace(FORMER_NAME, '') : title;
}
