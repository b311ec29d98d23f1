/**
 * A title chain and what the mentions read from it share. Example: "市教育局局长兼市体育局局长王某" is one
 * chain of two links joined by 兼; its mentions answer for 市教育局 (the first of two bodies named whole),
 * are not congress members, and hold the office 局长; "市人大常委会委员、麒麟区人大常委会主任" is congress;
 * "副市长兼市公安局局长" answers for 市公安局, as "副市长、市公安局局长" does: 兼 and 、 join posts alike.
 * Offsets are UTF-16 into the text, [start, end).
 */
import type { TextPair } from './types.js';
import type { Lexicon } from './lexicon.js';
import { isCongressCommittee } from './congress-committees.js';
import { boundaryBefore, surnameLength } from './name-context.js';
import { TAG } from './term-index.js';
import type { OrgRead } from './title-orgs.js';
import type { TitleHit } from './titles.js';

/** One title link: organization + post(s), e.g. 麒麟区人大常委会主任. */
export interface Link {
  start: number;
  end: number;
  hits: TitleHit[];
  org: OrgRead;
}

/** What joins the links of a title chain: 市人大常委会委员、麒麟区人大常委会主任; 副市长兼市公安局局长. */
export const JOINERS = new Set(['、', '兼']);

/**
 * What the mentions of one chain share: the organization, congress or not, the post. The organization is
 * that of the last link that has one (市人大代表、城东小学家长委员会主任 answers for the school's committee), as an
 * earlier link completes it (高新区党工委副书记、管委会主任 → 高新区管委会; see linkOrganization),
 * within the principal post of a pair of bodies: in 市教育局局长兼市体育局局长 (or 、) two bodies are named whole
 * and the first post is the principal one, so the person answers for 市教育局 (twoBodies). 兼 itself says no more
 * than 、 does — "副市长兼市公安局局长" and "副市长、市公安局局长" are the same two posts, and a person must not answer
 * for 市政府 in one wording and 市公安局 in the other.
 */
export interface ChainFacts {
  organization: string | null;
  congress: boolean;
  office: string;
}

export function chainFacts(pair: TextPair, chain: Link[], tags: number): ChainFacts {
  const { text, view } = pair;
  let organization: string | null = null;
  let principal = chain.length; // the links before a second body named whole, or a label's comma (市林草局局长,市林长办主任)
  for (let k = 1; k < chain.length; k++) if (CONCURRENT.test(view.slice(chain[k - 1].end, chain[k].start)) || twoBodies(view, chain[k - 1], chain[k])) { principal = k; break; }
  for (let k = principal - 1; k >= 0; k--) {
    const o = chain[k].org.organization;
    if (o && k > 0 && COORDINATING_OFFICE.test(view.slice(chain[k].start, chain[k].hits[0].start)) && chain.slice(0, k).some((l) => l.org.organization)) continue;
    if (o && k > 0 && seatElsewhere(view, chain[k]) && chain.slice(0, k).some((l) => congressSeat(view, l))) continue;
    if (o && k > 0 && placedOccupation(chain[k]) && chain.slice(0, k).some((l) => congressSeat(view, l))) continue;
    if (o) { organization = linkOrganization(pair, chain, k) ?? committeeOfMember(pair, chain, k) ?? text.slice(o[0], o[1]); break; }
  }
  const orgText = chain.map((l) => view.slice(l.start, l.hits[0].start)).join('、');
  const last = chain[chain.length - 1];
  const post = last.hits[last.hits.length - 1];
  // "代表、石门村党支部书记某": a chain led by a bare congress post names a member, whatever follows.
  const first = chain[0].hits[0];
  const ledByMember = first.start === chain[0].start && (first.flags & TAG.congress) !== 0;
  // 群众代表、易家渡镇居民卓秀英: the public the congress invites asks, like its members.
  const invited = (tags & TAG.public) !== 0;
  return { organization, congress: ledByMember || invited || isCongress(orgText, (tags & TAG.congress) !== 0), office: text.slice(post.start, post.end) };
}

/**
 * The organization of link `k` that an earlier link of the chain completes, or null when its own stands:
 * - a committee or office named bare after a standing-committee title is that standing committee's own
 *   ("市人大常委会委员、财政经济委员会一级调研员" → 市人大常委会; "…副秘书长、办公室主任" → the same): the law bars
 *   members of a standing committee from posts in government, courts and procuratorates, so such a
 *   committee (委员会, 委, 工委) or office (室) with no place before it is one of the congress's;
 * - a field unit named bare (a station or a squad: 派出所, 司法所, 支队, 大队) after a post in the bureau or corps it
 *   belongs to is that body's unit ("区公安分局副局长、龙山派出所所长" → 区公安分局龙山派出所; "市公安局党委委员、
 *   交警支队支队长" → 市公安局交警支队), as title-orgs.ts reads it written in one piece; so is a branch named bare
 *   after a post in the body it branches from, the branch word naming the body's kind (分局 of a 局, 分行/支行 of a
 *   bank's 行, 分院 of a 院, 分公司 of a 公司, 分中心 of a 中心): "区市场监管局一级主任科员、城东分局局长" →
 *   区市场监管局城东分局;
 * - a listed institution named bare, with no place, takes the place of the link before it
 *   ("高新区党工委副书记、管委会主任" → 高新区管委会; "临江镇党委书记、人大主席" → 临江镇人大): the titles
 *   of one person listed in one breath share the place written once.
 */
function linkOrganization(pair: TextPair, chain: Link[], k: number): string | null {
  const units = chain[k].org.units;
  if (k > 0) {
    const standing = standingCommitteeOf(pair, chain, k);
    if (standing) return standing;
  }
  if (k === 0 || units.length !== 1) return null;
  const unit = units[0];
  const word = pair.view.slice(unit.start, unit.end);
  for (let j = k - 1; j >= 0; j--) {
    const o = chain[j].org.organization;
    if (!o) continue;
    const before = pair.view.slice(o[0], o[1]);
    if ((unit.kind === 'named' || unit.kind === 'inner') && COMMITTEE_OR_OFFICE.test(word) && isCongress(before, false) && STANDING_BODY.test(before)) {
      return pair.text.slice(o[0], o[1]);
    }
    if ((unit.kind === 'named' || unit.kind === 'head') && ((FIELD_UNIT.test(word) && FIELD_BODY.test(before)) || branchOf(word, before))) return pair.text.slice(o[0], o[1]) + pair.text.slice(unit.start, unit.end);
    const places = chain[j].org.units;
    let p = 0;
    while (p < places.length && places[p].kind === 'place' && (p === 0 || places[p].start === places[p - 1].end)) p++;
    if (unit.kind === 'head' && p > 0 && !LEVEL_OPENS.test(word)) return pair.text.slice(places[0].start, places[p - 1].end) + pair.text.slice(unit.start, unit.end);
    return null;
  }
  return null;
}
/**
 * The standing committee of an earlier link when link `k` names a committee of the congress
 * (congress-committees.ts), bare or after its 人大: "县人大常委会委员、县人大环资工委主任" → 县人大常委会,
 * "市人大常委会委员、农业农村工委主任" → 市人大常委会 — the committees of a congress work under its
 * standing committee, and a member of it holds the seat the committee post comes with. The committee's place,
 * when written, is the standing committee's own (县…县), or the standing committee is written bare, its place left to
 * the session ("常委会委员、全国人大社会建设委员会委员" → 常委会, read against the session's body: host-committee.ts —
 * the chain's first post decides, as when 全国人大常委会 is written whole); else null.
 */
function standingCommitteeOf(pair: TextPair, chain: Link[], k: number): string | null {
  const own = chain[k].org.organization;
  if (!own) return null;
  const committee = pair.view.slice(own[0], own[1]);
  if (!isCongressCommittee(committee)) return null;
  for (let j = k - 1; j >= 0; j--) {
    const o = chain[j].org.organization;
    if (!o) continue;
    const before = pair.view.slice(o[0], o[1]);
    if (!isCongress(before, false) || !STANDING_BODY.test(before)) return null;
    const place = CONGRESS_PLACE.exec(committee)?.[1] ?? '';
    return place === '' || before.startsWith(place) || BARE_STANDING.test(before) ? pair.text.slice(o[0], o[1]) : null;
  }
  return null;
}
/** A standing committee written bare, with no place: 常委会, 人大常委会, 常务委员会. */
const BARE_STANDING = /^(?:人大)?(?:常委会|常务委员会)$/u;
/** The place written before a committee's 人大: 县 of 县人大环资工委. */
const CONGRESS_PLACE = /^(.+?)人大/u;

/**
 * A member's post in a party committee, the committee written in the post: 党委委员, 党组成员, 党工委委员.
 * (Not 党委书记: a secretary leads the place, and 茶陵镇党委书记 answers for 茶陵镇.)
 */
const COMMITTEE_MEMBER = /^(党委|党工委|党组|党总支|党支部)(?:委员|成员)$/u;

/** The portfolio of a party committee's member (宣传委员, 组织委员): a post within that committee. */
const PORTFOLIO = /^(?:组织|宣传|纪检|统战|青年)委员$/u;

/**
 * The party committee a member's post sits in, when only places stand before the post and no post outside the
 * committee follows it: "镇党委委员、宣传委员 张某" → 镇党委 (a member holds no post of the township's, only a seat
 * and a portfolio on its committee), or null. "镇党委委员、副镇长" answers for the township; a post after an
 * institution (市财政局党组成员) keeps the institution.
 */
function committeeOfMember(pair: TextPair, chain: Link[], k: number): string | null {
  const link = chain[k];
  for (let j = k + 1; j < chain.length; j++) if (!chain[j].hits.every((h) => PORTFOLIO.test(h.term))) return null;
  const o = link.org.organization;
  const hit = link.hits[0];
  if (!o || o[1] !== hit.start || !link.org.units.every((u) => u.kind === 'place')) return null;
  const m = COMMITTEE_MEMBER.exec(pair.view.slice(hit.start, hit.end));
  return m ? pair.text.slice(o[0], o[1]) + pair.text.slice(hit.start, hit.start + m[1].length) : null;
}

/** A party committee or its standing committee (市委, 县委常委, 镇党委, 局党组): a seat beside a post, not a body one answers for. */
const PARTY_BODY = /(?:党委|党组|党工委|党总支|党支部|[省市县区州旗盟]委(?:常委)?)$/u;

/**
 * True when the links `a`、`b` (or `a`兼`b`) are posts in two bodies of one government, each named whole from its
 * place on ("市财政局局长、市国资委主任", "县住建局局长兼县城市更新局局长"): one official heading two bodies at once,
 * the first post the principal one. Not where the later link completes or refines the earlier (its place left
 * out: "高新区党工委副书记、管委会主任"), nor a member's seats in the congress or a party committee, whose later,
 * narrower seat is the one the member speaks from ("市人大常委会委员、市人大教科文卫委主任委员").
 */
function twoBodies(view: string, a: Link, b: Link): boolean {
  if (a.end + 1 !== b.start || !JOINERS.has(view[a.end])) return false;
  const [oa, ob] = [a.org.organization, b.org.organization];
  if (!oa || !ob || a.org.start !== a.start || b.org.start !== b.start) return false;
  if (a.org.units[0]?.kind !== 'place' || b.org.units[0]?.kind !== 'place' || a.org.units.length < 2 || b.org.units.length < 2) return false;
  const [ta, tb] = [view.slice(oa[0], oa[1]), view.slice(ob[0], ob[1])];
  if (ta === tb || tb.startsWith(ta) || isCongress(ta, false) || isCongress(tb, false) || PARTY_BODY.test(ta) || PARTY_BODY.test(tb)) return false;
  // ("县卫生健康局党组成员、县疾控中心主任": a seat on the bureau's party group beside the post one holds, no post of the bureau.)
  if (a.hits.every((h) => PARTY_POST.test(h.term))) return false;
  return (a.hits.concat(b.hits)).every((h) => (h.flags & (TAG.congress | TAG.descriptor | TAG.public)) === 0);
}

/** A post in a body's party committee or group (党组成员, 党委委员, 党组书记): a seat, not the body's own post. */
const PARTY_POST = /^党/u;

/** A member's post: 委员, 代表 (a seat in an assembly, not a job). */
function memberPost(link: Link): boolean {
  return (link.hits[link.hits.length - 1].flags & TAG.congress) !== 0;
}

/**
 * A seat in an assembly other than the congress: 市政协委员, 市纪委委员 (a member's post under another body). After a
 * congress seat in one chain ("市人大代表、市政协委员万志勇", asking at the congress's inquiry) it is a second seat, not
 * where the member works: the congress seat gives the organization. A job after a seat ("市人大代表、城东小学家长委员会
 * 主任") still does (see ChainFacts).
 */
function seatElsewhere(view: string, link: Link): boolean {
  return memberPost(link) && !isCongress(view.slice(link.start, link.hits[0].start), false);
}

/**
 * An occupation after the place where it is plied, no body named: "城关镇养殖户", "曲河县种粮大户", "桐华街道居民" (descriptor
 * posts, roles.utf8; places only before them). After a congress seat ("县人大代表、城关镇养殖户") the place is where the deputy
 * farms or lives, no unit that holds a post: the seat gives the organization (县人大), as for a deputy with no place written
 * ("县人大代表、茶农"); a workplace does ("…、某家庭农场场主" → 某家庭农场: deputy-labels.ts, and any institution here).
 */
function placedOccupation(link: Link): boolean {
  return link.org.units.length > 0 && link.org.units.every((u) => u.kind === 'place') && link.hits.every((h) => (h.flags & TAG.descriptor) !== 0);
}

/** A seat in the congress: 市人大代表, 市人大常委会委员, 人大代表. */
function congressSeat(view: string, link: Link): boolean {
  return memberPost(link) && isCongress(view.slice(link.start, link.hits[0].start), true);
}

/** What opens a concurrent post, after the principal one: a comma inside a speaker label (speakers.ts). (兼 joins as 、 does.) */
const CONCURRENT = /,/u;
/**
 * The office of a coordinating body (市绿化委员会办公室, 县河长办, 区防汛抗旱指挥部办公室, 市X领导小组办公室): its
 * director is the head of the bureau that houses it, named first ("市林草局局长、市绿化委员会办公室主任"), and answers
 * for that bureau. Not a standing committee's own office (人大常委会办公室, 常务委员会办公室).
 */
const COORDINATING_OFFICE = /(?:(?<!常务|常)委员会|领导小组|指挥部)办公室$|[河湖林]长(?:制办公室|办)$/u;
/** A branch and the kind of body it branches from: 城东分局 (局), 江北支行 (行), 城南分公司 (公司). */
const BRANCH_UNIT = /[分支](局|行|院|公司|中心)$/u;

/**
 * True when `word` names a branch of the body `body` (城东分局 of 区市场监管局, 城北支行 of 某银行青州分行), not a
 * sibling branch (城西分局 after 城东分局: a second 分局 is no branch of the first).
 */
function branchOf(word: string, body: string): boolean {
  const m = BRANCH_UNIT.exec(word);
  return m !== null && body.endsWith(m[1]) && !body.endsWith(m[0]);
}
/** A field unit: a station (所, 站) or a squad (队). */
const FIELD_UNIT = /[所站队]$/u;
/** A body with field units: a bureau or its branch (公安局, 公安分局, 司法局), a corps (消防救援支队, 总队). */
const FIELD_BODY = /(?:局|支队|总队)$/u;
/** A listed institution that writes its own level (市委, 区委): no place is carried to it. */
const LEVEL_OPENS = /^[省市县区州盟旗镇乡]/u;
/** A committee (财政经济委员会, 法工委, 代表工委) or an office (办公室, 研究室) of the body before it. */
const COMMITTEE_OR_OFFICE = /(?:委员会|委|室)$/u;
/** A standing committee of a congress (人大常委会, 常委会, 人民代表大会常务委员会): the body that has committees. */
const STANDING_BODY = /常委会|常务委员会/u;

/**
 * A congress title: an organization of the people's congress (市人大常委会, 全国人大), one of its
 * committees named bare (财经委, 代表资格审查委员会, 法工委: congress-committees.ts), or a congress post
 * (委员, 代表, 组成人员) with no other organization before it: 市政协委员 sits in the consultative
 * conference and 市纪委委员 in a party body, not the congress.
 */
export function isCongress(orgText: string, congressPost: boolean): boolean {
  return /人大|人民代表大会/u.test(orgText) || STANDING.test(orgText) || (congressPost && !/[\u4e00-\u9fff]/u.test(orgText)) || isCongressCommittee(orgText);
}

/**
 * 常委会 with 人大 left out, as news reports write it (常委会副主任, 省常委会委员): the congress's
 * standing committee, unless a party committee (市委常委会) or the consultative conference
 * (政协常委会) owns it.
 */
const STANDING = /(?<!政协|委|党)常委会/u;

/** An organization with a place or a listed institution in it (市教育局), not just any words before 局. */
export function anchored(org: OrgRead): boolean {
  return org.units.some((u) => u.kind === 'place' || u.kind === 'head');
}

/**
 * …or an institution named by its own words and suffix that opens its clause, right before the official it names:
 * "应急管理部王祥喜部长回答说", "对此,财政部王某部长说" — news copy writes a national ministry, bureau or commission
 * (X部, X局, X署, X委, X办, X厅, X院) before the name, with no place word (住房和城乡建设部 reads the same way). The
 * boundary before it keeps a named unit from running over the words of a sentence ("他认为教育部…" stops at the verb
 * already); a lone suffix (部) or a one-character body names nothing.
 */
export function opensNamedInstitution(lex: Lexicon, view: string, org: OrgRead, floor: number): boolean {
  if (!org.organization || org.units.length === 0 || !org.units.every((u) => u.kind === 'named')) return false;
  const [s, e] = org.organization;
  return e - s >= 3 && boundaryBefore(lex, view, org.start, floor);
}

/** The surname at `pos` as written in the text (欧陽 stays 欧陽), found on the view. */
export function surnameOf(pair: TextPair, lex: Lexicon, pos: number): string | null {
  const len = surnameLength(lex, pair.view, pos);
  return len ? pair.text.slice(pos, pos + len) : null;
}
