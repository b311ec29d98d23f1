/**
 * A person's titles as a chain of posts: which they hold now, which they held, and the office of each.
 *
 * Example: "县人大常委会委员、县农业农村局原局长" is two titles (、 separates parallel ones): 县人大常委会委员, held
 * now, at 县人大常委会; 县农业农村局原局长, a former post (原 before the post), no office of the person's now.
 * "省农业农村厅原厅长、现任省人大农业与农村委员会主任委员": 现任 marks the current post and is no part of its name
 * (office 省人大农业与农村委员会). A title opening with 原 and a level (原县水利局局长) is former too; a place
 * written with 原 (太原市, 原平市) is not (the grammar is model/former-posts.ts, the parser's too). Compare reads this so that a former post kept or a second title left
 * out is no change of office.
 */
import { currentOrganization, isFormerTitle, titleOffice, titleParts, titlePost } from '../model/former-posts.js';

export interface TitleChain {
  /** The titles held now, 现任 taken off, in the order written. */
  current: string[];
  /** The former posts (原局长), as written. */
  former: string[];
  /** The office of each current title, its post taken off the end (县总工会主席 → 县总工会); empty ones left out. */
  offices: string[];
}

/** The marker of the post held now, no part of its name. */
const NOW = /^(?:现任|现为|现)(?=[\p{Script=Han}])/u;

export function titleChain(titles: readonly string[]): TitleChain {
  const parts = titleParts(titles);
  const former = parts.filter(isFormerTitle);
  const current = parts.filter((t) => !isFormerTitle(t)).map((t) => t.replace(NOW, ''));
  // A title with no post at its end (a bare office) names no office here; a post alone (副县长) neither.
  const offices = current.map(titleOffice).filter((o): o is string => o !== null);
  return { current, former, offices };
}

/**
 * The office a person holds now: the record's, with 现任 taken off; when it is only a former post's office
 * (县农业农村局 of 县农业农村局原局长), the last current title's office instead, or null without one.
 */
export function currentOffice(organization: string | null, chain: TitleChain): string | null {
  if (organization === null) return null;
  // (原市乡村振兴局 of 原市乡村振兴局局长, a record saved before the parser read 原 before a level, is former too.)
  return currentOrganization(withoutNow(organization), [...chain.current, ...chain.former]);
}

/** An office's name without the marker 现任 written before it (现任省人大农业与农村委员会 → 省人大农业与农村委员会). */
export function withoutNow(organization: string): string {
  return organization.replace(NOW, '');
}

/** The post a title ends in, its office taken off (市政府副市长 → 副市长, 县人大常委会主任 → 主任), or null without one. */
export function postOf(title: string): string | null {
  return titlePost(title.replace(NOW, ''));
}
