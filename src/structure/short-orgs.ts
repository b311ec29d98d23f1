/**
 * A branch named short after its full name: "中国人民银行临沅市分行行长宋某…临沅市分行副行长胡某作了补充回答" — 胡某's title reads
 * the organization 临沅市分行, the branch without the body it belongs to; the text named it whole before (中国人民银行临沅
 * 市分行), so 胡某 answers for 中国人民银行临沅市分行. So "市生态环境局城南分局局长…城南分局副局长" → 市生态环境局城南分局.
 * Only a branch by name (分行, 分局, 支队, 管理部 … of title-orgs.ts's BRANCH) whose fuller name puts an institution before it
 * (中国人民银行 + 临沅市分行), said by someone named earlier, and one such name: a place alone before it (县 + 城南分局 is
 * another level's name) or two fuller names (两个不同银行的临沅市分行) resolve nothing.
 */
import type { Person } from '../model/record.js';
import { BRANCH } from './title-orgs.js';

/** A place with no institution: the prefix that makes 县城南分局 out of 城南分局 names a level, not a parent body. */
const PLACE_ONLY = /^\p{sc=Han}{0,8}?(?:自治区|自治州|自治县|[省市县区州乡镇旗盟])$/u;

/** Where `p` is first named, or Infinity. */
const firstSeen = (p: Person): number => p.mentions.reduce((min, m) => Math.min(min, m.span[0]), Infinity);

/** Each person's organization read as a branch named short, replaced by its full name said earlier (above). In place. */
export function resolveShortOrganizations(persons: readonly Person[]): void {
  const named = persons.filter((p) => p.organization !== null).map((p) => ({ org: p.organization!, at: firstSeen(p) }));
  for (const p of persons) {
    const short = p.organization;
    if (short === null || !BRANCH.test(short)) continue;
    const at = firstSeen(p);
    const fuller = new Set<string>();
    for (const n of named) {
      if (n.at >= at || n.org.length <= short.length || !n.org.endsWith(short)) continue;
      if (!PLACE_ONLY.test(n.org.slice(0, -short.length))) fuller.add(n.org);
    }
    if (fuller.size === 1) p.organization = [...fuller][0];
  }
}
