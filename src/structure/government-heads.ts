/**
 * The government a head or deputy head of a people's government answers for, when the title reads only its place.
 *
 * Example: "湖口县副县长高某" is read with the organization 湖口县 (a place, no institution after it): a 县长 heads the
 * county's government, so he answers for 湖口县政府. "镇党委副书记、镇长" (organization 镇) → 镇政府; "巴音镇党委委员、
 * 副镇长" (巴音镇) → 巴音镇政府; "自治区副主席" (自治区) → 自治区人民政府, the 主席 of an autonomous region heading its
 * government; a bare 副省长 with no organization → 省政府, as a closing's bare 副区长 gives 区政府, and 区长助理 (the head's
 * assistant) 区政府. The levels are those of
 * POST_HEADS.government (省长 → 省, 旗长 → 旗, 苏木达 → 苏木), not 总理; a 盟长 heads no 政府 but the league's administrative
 * office, its 行政公署 ("阿拉善盟副盟长某" → 阿拉善盟行政公署, a bare 副盟长 → 盟行政公署). A place named
 * as a zone (经济开发区, 高新区, 工业园区) has a 管委会, no government: left as it is.
 */
import { POST_HEADS } from '../model/posts.js';

/** Each head noun of a government with the level word of the place it heads: 省长 → 省, 苏木达 → 苏木. */
const LEVELS = new Map<string, string>(POST_HEADS.government.filter((h) => h !== '总理').map((h) => [h, h === '苏木达' ? '苏木' : h.slice(0, -1)]));
/**
 * A link of a title ending in a government's head post, deputy or not, or the head's assistant (区长助理, 市长助理: a post
 * in the head's government, as 副区长 is): group 1 what stands before it, group 2 the head noun.
 */
const HEAD_LINK = new RegExp(`^(.*?)(?:常务|执行)?副?(${[...LEVELS.keys()].join('|')})(?:助理)?$`, 'u');
/** The chair of an autonomous region's government: 自治区副主席, 内蒙古自治区主席 (a bare 副主席 may chair anything). */
const REGION_CHAIR = /^(.*自治区)?(?:常务|执行)?副?主席$/u;
/** A place with no institution: Han characters ending in a level word. */
const PLACE = /^\p{sc=Han}*(?:自治区|苏木|[省市县区州乡镇旗盟])$/u;
/** A zone named as a 区 with a 管委会, not a government. */
const ZONE = /(?:开发|高新|园|试验|实验|示范|保税|合作|功能)区$/u;
/** The links of a title chain: 镇党委副书记、镇长; 副市长兼市公安局局长. */
const LINKS = /[、,，\s]|兼/u;

/**
 * `organization` as the government a person heads by `titles`: a place read alone (湖口县 of 湖口县副县长) or nothing (副省长)
 * becomes that place's government (湖口县政府, 省政府; 自治区人民政府). Any other organization is returned as it is, and so
 * is nothing when the titles name several levels or none.
 */
export function headedGovernment(organization: string | null, titles: readonly string[]): string | null {
  // (A member of the State Council named bare, 国务委员王某 or 副总理某, answers for it.)
  if (organization === null && titles.length && titles.every((t) => STATE_COUNCIL.test(t))) return '国务院';
  if (organization !== null && (!PLACE.test(organization) || ZONE.test(organization))) return organization;
  const found = new Set<string>();
  for (const title of titles) {
    for (const link of title.split(LINKS)) {
      const head = HEAD_LINK.exec(link);
      const chair = head ? null : REGION_CHAIR.exec(link);
      const level = head ? LEVELS.get(head[2])! : chair && (chair[1] || organization?.endsWith('自治区')) ? '自治区' : null;
      if (!level) continue;
      const before = head ? head[1] : chair![1] ?? '';
      if (organization === null) {
        // (A bare post names its level only: 副县长 → 县政府; 湖口县副县长 read with no organization names its place.)
        if (!before) found.add(level);
        else if (before.endsWith(level) && PLACE.test(before) && !ZONE.test(before)) found.add(before);
      } else if (organization.endsWith(level) && organization.endsWith(before)) found.add(organization);
    }
  }
  if (found.size !== 1) return organization;
  const [place] = found;
  return place.endsWith('自治区') ? `${place}人民政府` : place.endsWith('盟') ? `${place}行政公署` : `${place}政府`;
}

/** A member of the State Council: 总理, 副总理, 国务委员, written bare or after 国务院. */
const STATE_COUNCIL = /^(?:国务院)?(?:副?总理|国务委员)$/u;

/**
 * The government the highest government post of a concurrent chain speaks for, else headedGovernment's reading: in
 * "国务委员、公安部部长" the 国务委员 sits in the State Council (国务院), in "副省长、省公安厅厅长" the 副省长 in the
 * province's government (省政府), in "河南省副省长兼省公安厅厅长" 河南省's (河南省政府): the post a closing statement of
 * position is made from ("省政府将认真研究…"). The first such link is taken, a chain naming the higher post first.
 * "省公安厅党委书记、厅长" (no head of a government in it) keeps its organization.
 */
export function chainGovernment(organization: string | null, titles: readonly string[]): string | null {
  for (const title of titles) {
    for (const link of title.split(LINKS)) {
      if (!link) continue;
      if (STATE_COUNCIL.test(link)) return '国务院';
      if (!HEAD_LINK.test(link) && !REGION_CHAIR.test(link)) continue;
      // (A bare link names its level, a link with its place that place's government: 副省长 → 省政府, 湖口县副县长 → 湖口县政府.)
      const government = headedGovernment(null, [link]);
      if (government !== null) return government;
      const before = link.replace(HEAD_TAIL, '');
      if (GOVERNMENT_END.test(before)) return before; // 市政府副市长 → 市政府
    }
  }
  return headedGovernment(organization, titles);
}
/** A head post at a link's end, to read what is written before it. */
const HEAD_TAIL = new RegExp(`(?:常务|执行)?副?(?:${[...LEVELS.keys()].join('|')}|主席)(?:助理)?$`, 'u');
/** A people's government named before the post: 市政府, 县人民政府. */
const GOVERNMENT_END = /(?:人民)?政府$/u;
