/**
 * The committees of a people's congress, named without the congress before them.
 *
 * Example: "代表资格审查委员会主任委员　黄启明：我问市水务集团。" — a 实录 prints the asker's committee post
 * bare, with no 市人大 or 常委会 before it, and 财经委副主任委员, 法工委主任, 环资委主任委员 alike: the post sits in
 * the congress, so its holder asks. The grammar of such a name is a field of the congress's work and a
 * committee word:
 *   special committees (专门委员会, by the organic law): FIELD + 委员会, or its short form + 委
 *     (财政经济委员会/财经委, 监察和司法委员会/监司委, 教育科学文化卫生委员会/教科文卫委, 环境与资源保护委员会/环资委…);
 *   working bodies of the standing committee (工作委员会): FIELD + 工作委员会, or its short form + 工委
 *     (法制工作委员会/法工委, 预算工作委员会/预算工委, 代表工作委员会/代表工委, 城建环保工委…).
 * The fields are the congress's, not a government's: a government's commissions are named for a sector it
 * runs (发展和改革委员会, 卫生健康委员会, 住房和城乡建设委员会), never for 代表资格审查, 财政经济, 法制, 监察和司法 or
 * 环境与资源保护. A committee of the consultative conference (政协社会和法制委员会), of a party committee (市委
 * 政法委员会) or of the party centre (中央财经委员会) is none, so a name with 政协 or 中央 in it or a party committee
 * (市委, 县委…) before the committee is left out.
 */

/** Fields written in full before 委员会 or 工作委员会. */
const FIELD_FULL = [
  '人事代表资格审查', '代表资格审查', '人事代表选举', '选举联络人事任免', '选举任免', '人事任免', '财政经济', '预算', '法制', '法律',
  '监察和司法', '监察司法', '内务司法', '教育科学文化卫生', '科学教育文化卫生', '教育科学文化', '环境与资源保护', '环境资源保护',
  '城乡建设环境保护', '城市建设环境保护', '城建环保', '农业与农村', '农业和农村', '社会建设', '民族宗教侨务外事', '民族侨务外事',
  '民族华侨外事', '外事侨务', '华侨', '民族', '代表', '教科文卫', '财经',
].join('|');
/**
 * Fields written in full only before 工作委员会: 农业农村工作委员会 works under the standing committee, while a
 * 农业农村委员会 may be a government's (上海市农业农村委员会), so the bare 委员会 is no evidence.
 */
const FIELD_WORKING = ['农业农村', '农村'].join('|');
/** Short forms before 委 (a special committee): 财经委, 法制委, 监司委, 环资委. */
const SHORT_COMMITTEE = ['财经', '法制', '监司', '监察司法', '内司', '教科文卫', '科教文卫', '环资', '城环', '城建环保', '社建', '民侨外', '民宗侨外', '农业与农村', '代表资格审查'].join('|');
/** Short forms before 工委 (a working body of the standing committee): 法工委, 预算工委, 代表工委. */
const SHORT_WORKING = ['法', '法制', '预算', '预工', '代表', '选任', '选联', '人事', '财经', '教科文卫', '城建环保', '环资', '社建', '农业农村', '农村', '民宗侨外', '监察司法', '社会建设'].join('|');

/**
 * A congress committee closing the stretch (end of string or before 、, where a chain's next link starts),
 * the field glued to the committee word.
 */
const COMMITTEE = new RegExp(
  `(?:(?:${FIELD_FULL})(?:工作)?委员会|(?:${FIELD_WORKING})工作委员会|(?:${SHORT_COMMITTEE})委|(?:${SHORT_WORKING})工委)(?:办公室)?(?=、|$)`,
  'u',
);
/**
 * Not the congress's: the consultative conference, a party committee (市委, 县委, 党委) owning the committee, or the
 * party centre's own commissions (中央财经委员会).
 */
const OTHER_OWNER = /政协|中央|[省市县区州旗党]委(?!员)/u;

/**
 * True when `orgText` (the words before a title, links joined by 、) names a committee of a people's
 * congress with no other owner: "代表资格审查委员会", "财经委", "预算工委", "市财政经济委员会". Not
 * "市政协社会和法制委员会", "市委政法委员会", "市发展和改革委员会".
 */
export function isCongressCommittee(orgText: string): boolean {
  const m = COMMITTEE.exec(orgText);
  return m !== null && !OTHER_OWNER.test(orgText.slice(0, m.index + m[0].length));
}
