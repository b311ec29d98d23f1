/**
 * "常委会" written bare before a member's post is the standing committee holding the session: "常委会委员周建平问:…"
 * at a meeting of 株洲市十五届人大常委会 is a member of the 市人大常委会, and "常委会组成人员钱志伟" at one of
 * 武进区十八届人大常委会 one of the 区人大常委会. The level is the last place word of the session's body (省, 市, 县,
 * 区, 州, 盟, 旗, 自治区; 州 of a 自治州 as members write it); the body's name and term (株洲, 十五届) stay out, as in "市人大常委会委员" written in full.
 * So is the committee of a member named by the bare post alone ("韦志军委员:", titles ["委员"], no organization): at a
 * meeting of the standing committee, a 委员 asking is one of its members.
 * At a meeting of 十四届全国人大常委会 the same reading gives 全国人大常委会 ("常委会委员邓某：", "张某委员："), and so do the
 * bare 委员长 and 副委员长 ("李某副委员长主持"), posts of that committee alone. A chair's bare 主任 or 副主任
 * (`leader`: "常委会副主任严某主持" with 常委会, "王某副主任主持" with nothing) is the committee's too.
 * A deputy's seat written with no level is the congress of the session's level alike: "人大代表、某家庭农场主张三:" (人大) or
 * "宗政某代表:" (no organization) asking at a meeting of 青山县人大常委会 is a deputy of the 县人大 (hostCongress).
 */

/** The standing committee written bare: 常委会, 常务委员会. */
const BARE = /^(?:人大)?(?:常委会|常务委员会)$/u;

/** The session's body: a place ending in its level word, maybe a term (第十五届), then the standing committee. */
const BODY = /(自治区|[省市县区州盟旗])(?:第?[一二三四五六七八九十百零〇两\d]+届)?(?:人大常委会|人民代表大会常务委员会)$/u;
/** The national standing committee as a session's body: 十四届全国人大常委会, 第十三届全国人民代表大会常务委员会. */
const NATIONAL = /全国(?:人大常委会|人民代表大会常务委员会)$/u;

/** A member's post written bare, with no organization: 委员 (常委会委员 has its 常委会). */
const BARE_MEMBER = /^委员$/u;
/** The national committee's own leaders, written bare: 委员长, 副委员长 (no other body has them). */
const BARE_NATIONAL_LEADER = /^副?委员长$/u;
/** A chair's post written bare: 主任, 副主任, 常务副主任. */
const BARE_LEADER = /^(?:常务)?副?主任$/u;

/**
 * `organization` with a bare 常委会 read as the session body's standing committee (市人大常委会), else unchanged; no
 * organization, for a person whose every title is the bare 委员 (`titles`), is that committee too.
 */
export function hostStandingCommittee(organization: string | null, body: string | null, titles: readonly string[] = [], leader = false): string | null {
  if (body === null) return organization;
  const national = NATIONAL.test(body);
  const bare = (t: string) => BARE_MEMBER.test(t) || (national && BARE_NATIONAL_LEADER.test(t)) || (leader && BARE_LEADER.test(t));
  const member = organization === null && titles.length > 0 && titles.every(bare);
  if (!member && (organization === null || !BARE.test(organization))) return organization;
  if (national) return '全国人大常委会';
  const m = BODY.exec(body);
  return m ? `${m[1]}人大常委会` : organization;
}

/** A deputy's seat written bare, as a chain's first link: 代表, 人大代表 ("代表、某家庭农场主", "人大代表"). */
const BARE_DEPUTY = /^(?:人大)?代表(?:、|$)/u;

/**
 * `organization` of a deputy whose seat has no level — the bare 人大 ("人大代表、种粮大户" → 人大), or none when every title
 * opens on a bare 代表 (`titles`: "代表", "代表、某养殖户") — read as the congress of the session body's level (县人大 at a
 * meeting of 青山县人大常委会, 全国人大 at the national committee's); else unchanged. A seat with its level (省人大代表 at a
 * county's meeting) keeps it: a deputy of another congress may be invited.
 */
export function hostCongress(organization: string | null, body: string | null, titles: readonly string[] = []): string | null {
  if (body === null) return organization;
  const bare = organization === '人大' || (organization === null && titles.length > 0 && titles.every((t) => BARE_DEPUTY.test(t)));
  if (!bare) return organization;
  if (NATIONAL.test(body)) return '全国人大';
  const m = BODY.exec(body);
  return m ? `${m[1]}人大` : organization;
}
