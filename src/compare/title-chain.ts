/**
 * A person's titles as a chain of posts: which they hold now, which they held, and the office of each.
 *
 * Example: "县人大常委会委员、县农业农村局原局长" is two titles (、 separates parallel ones): 县人大常委会委员, held
 * now, at 县人大常委会; 县农业农村局原局长, a former post (原 before the post), no office of the person's now.
 * "省农业农村厅原厅长、现任省人大农业与农村委员会主任委员": 现任 marks the current post and is no part of its name
 * (office 省人大农业与农村委员会). A title opening with 原 and a level (原县水利局局长) is former too; a place
 * written with 原 (太原市, 原平市) is not. Compare reads this so that a former post kept or a second title left
 * out is no change of office.
 */
import { DEPUTY, POST_HEADS, postHeads, postSource, type PostKind } from '../model/posts.js';

export interface TitleChain {
  /** The titles held now, 现任 taken off, in the order written. */
  current: string[];
  /** The former posts (原局长), as written. */
  former: string[];
  /** The office of each current title, its post taken off the end (县总工会主席 → 县总工会); empty ones left out. */
  offices: string[];
}

/** Every post a title may end in, a member's and a 主任委员 (the head of a congress's special committee) too. */
const KINDS = Object.keys(POST_HEADS).filter((k) => k !== 'address') as PostKind[];
const POST_END = new RegExp(`(?:${postSource([...postHeads(KINDS), '主任委员'], DEPUTY)})$`, 'u');
/** A former post: 原 right before the post (县农业农村局原局长, 原副局长), or opening the title before a level (原县水利局局长), or 前任. */
const FORMER = new RegExp(`原(?=${postSource(postHeads(KINDS), DEPUTY)}$)|^原(?=[省市县区州盟旗镇乡])|^前任`, 'u');
/** The marker of the post held now, no part of its name. */
const NOW = /^(?:现任|现为|现)(?=[\p{Script=Han}])/u;

export function titleChain(titles: readonly string[]): TitleChain {
  const parts = titles.flatMap((t) => t.split(/[、，,]/u)).map((t) => t.trim()).filter((t) => t !== '');
  const former = parts.filter((t) => FORMER.test(t));
  const current = parts.filter((t) => !FORMER.test(t)).map((t) => t.replace(NOW, ''));
  // A title with no post at its end (a bare office) names no office here; a post alone (副县长) neither.
  const offices = current.filter((t) => POST_END.test(t)).map((t) => t.replace(POST_END, '')).filter((o) => o !== '');
  return { current, former, offices };
}

/**
 * The office a person holds now: the record's, with 现任 taken off; when it is only a former post's office
 * (县农业农村局 of 县农业农村局原局长), the last current title's office instead, or null without one.
 */
export function currentOffice(organization: string | null, chain: TitleChain): string | null {
  if (organization === null) return null;
  const org = withoutNow(organization);
  const formerOnly = chain.former.some((t) => t.replace(/^原/u, '').startsWith(org)) && !chain.current.some((t) => t.startsWith(org));
  return formerOnly ? chain.offices[chain.offices.length - 1] ?? null : org;
}

/** An office's name without the marker 现任 written before it (现任省人大农业与农村委员会 → 省人大农业与农村委员会). */
export function withoutNow(organization: string): string {
  return organization.replace(NOW, '');
}

/** The post a title ends in, its office taken off (市政府副市长 → 副市长, 县人大常委会主任 → 主任), or null without one. */
export function postOf(title: string): string | null {
  const m = POST_END.exec(title.replace(NOW, ''));
  return m ? m[0] : null;
}
