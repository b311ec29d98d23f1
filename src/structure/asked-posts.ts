/**
 * A responder holding several posts answers for the one the question was put to.
 *
 * Example: "区委社会工作部副部长、区民政局局长 杜某" reads the organization of his last post, 区民政局; the question he
 * answers is put to 区委社会工作部 ("请问区委社会工作部,…"), one of his posts: he answers for 区委社会工作部. So
 * "白沙州高新区管委会副主任、党工委委员、区财政金融局局长" answering a question put to 高新区管委会 → 白沙州高新区管委会
 * (the post's words up to the office, its place kept), and a post naming the office asked in full when it was asked
 * short (区医疗保障事务中心主任 for 区医保事务中心, org-names.ts). Only then: an organization already that of an office
 * asked, or of a unit in it, stays (街道党工委副书记、办事处主任 asked as 街道 answers for the 街道办事处); one post only
 * changes nothing, nor do questions pointing to two of the person's posts (no guess among them). The same rule for every chain, written in a label or in narration: it reads the person's titles.
 */
import type { Person } from '../model/record.js';
import { INSTITUTION_WORD, sameOrganization } from '../model/org-names.js';
import type { Answered } from './post-orgs.js';

/** The joints between the posts of one chain: 、 , ， ; and 兼. */
const LINKS = /[、,，;；]|兼/u;
/** Where an institution word ends inside a post's words: each end is a candidate end of the post's organization. */
const INSTITUTION_END = new RegExp(INSTITUTION_WORD, 'gu');

/** The organization of `post` (one link of a chain) that names `office`, as written in the post, or null. */
function postNaming(post: string, office: string): string | null {
  const at = post.indexOf(office);
  if (at >= 0) return post.slice(0, at + office.length);
  for (const m of post.matchAll(INSTITUTION_END)) {
    const end = m.index + m[0].length;
    if (sameOrganization(post.slice(0, end), office)) return post.slice(0, end);
  }
  return null;
}

/** Each responder's organization moved to the post the questions they answer are put to (above). Mutates `persons`. */
export function assignAskedPosts(persons: Person[], questions: readonly Answered[]): void {
  for (const p of persons) {
    if (!p.roles.includes('responder')) continue;
    const posts = p.titles.flatMap((t) => t.split(LINKS)).map((s) => s.trim()).filter(Boolean);
    if (posts.length < 2) continue;
    const asked = questions.filter((q) => q.responders.includes(p.id)).flatMap((q) => q.addressees);
    if (!asked.length) continue;
    // (An organization naming the office asked, or a unit of it, stays: 龙泉街道办事处 asked as 龙泉街道, 市公安局交警支队 as 市公安局.)
    if (p.organization !== null && asked.some((a) => sameOrganization(a, p.organization!) || p.organization!.includes(a))) continue;
    const found = new Set<string>();
    for (const office of asked) for (const post of posts) {
      const org = postNaming(post, office);
      if (org !== null) found.add(org);
    }
    // (The zone and its 管委会 both asked, 高新区 and 高新区管委会, name one post: the fuller name.)
    const fullest = [...found].filter((o) => ![...found].some((x) => x !== o && x.startsWith(o)));
    if (fullest.length === 1) p.organization = fullest[0];
  }
}
