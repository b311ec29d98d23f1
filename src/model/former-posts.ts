/**
 * Former posts in a title chain: the grammar of 原/前任/时任, read by the parser (a person's organization) and by
 * compare (the office held now) alike.
 *
 * Example: "区人大常委会委员、区卫生健康局原局长" — 原 right before the post: 区卫生健康局原局长 is a post held
 * before, and the person's organization is 区人大常委会, the office of the current title; "市农业农村局副局长、
 * 原市乡村振兴局局长" — 原 opening the title before a level (原市…): a former post, the office 市农业农村局. A place
 * written with 原 (太原市, 原平市) opens no former post: 原 must stand before a level character (省市县区…) or a post.
 */
import { DEPUTY, POST_HEADS, postHeads, postSource, type PostKind } from './posts.js';

/** Every post a title may end in, a member's and a 主任委员 (the head of a congress's special committee) too. */
const KINDS = Object.keys(POST_HEADS).filter((k) => k !== 'address') as PostKind[];
const POST_END = new RegExp(`(?:${postSource([...postHeads(KINDS), '主任委员'], DEPUTY)})$`, 'u');
/** A former post: 原 right before the post (县农业农村局原局长, 原副局长), or 原/前任/时任 opening the title before a level (原县水利局局长). */
const FORMER = new RegExp(`原(?=${postSource(postHeads(KINDS), DEPUTY)}$)|^(?:原|前任|时任)(?=[省市县区州盟旗镇乡])|^前任`, 'u');
/** The marker of a former post at a title's head, or 原 right before its post. */
const FORMER_MARK = new RegExp(`^(?:原|前任|时任)(?=[省市县区州盟旗镇乡])|原(?=${postSource(postHeads(KINDS), DEPUTY)}$)`, 'u');

/** The parallel titles of a chain (、 and commas separate them). */
export function titleParts(titles: readonly string[]): string[] {
  return titles.flatMap((t) => t.split(/[、，,]/u)).map((t) => t.trim()).filter((t) => t !== '');
}

export function isFormerTitle(title: string): boolean {
  return FORMER.test(title);
}

/** The title without its former marker (原市乡村振兴局局长 → 市乡村振兴局局长, 县农业农村局原局长 → 县农业农村局局长). */
export function withoutFormer(title: string): string {
  return title.replace(FORMER_MARK, '');
}

/** The post a title ends in (市政府副市长 → 副市长, 县人大常委会主任 → 主任), or null without one. */
export function titlePost(title: string): string | null {
  const m = POST_END.exec(title);
  return m ? m[0] : null;
}

/** The office of a title ending in a post (县总工会主席 → 县总工会), or null: a bare office or a post alone names none. */
export function titleOffice(title: string): string | null {
  if (!POST_END.test(title)) return null;
  const office = title.replace(POST_END, '');
  return office === '' ? null : office;
}

/**
 * The organization a person answers for now: `organization` unless it is the office of a former post only
 * (区卫生健康局 of 区卫生健康局原局长, 原市乡村振兴局 of 原市乡村振兴局局长); then the office of the last current
 * title, or null without one.
 */
export function currentOrganization(organization: string | null, titles: readonly string[]): string | null {
  if (organization === null) return null;
  const parts = titleParts(titles);
  const org = organization.replace(/^(?:原|前任|时任)(?=[省市县区州盟旗镇乡])/u, '');
  const former = parts.filter(isFormerTitle);
  const current = parts.filter((t) => !isFormerTitle(t));
  const formerOnly = former.some((t) => withoutFormer(t).startsWith(org)) && !current.some((t) => t.startsWith(org));
  if (!formerOnly) return organization;
  const offices = current.map(titleOffice).filter((o): o is string => o !== null);
  return offices[offices.length - 1] ?? null;
}
