/**
 * Organizations inherited along a list of officials: "省财政厅厅长冉某、副厅长柴某" — 柴某 is a
 * 副厅长 of 省财政厅, as the post is the one before in another rank (厅长 → 副厅长) or heads that
 * organization; so is a bare post opening the clause after an attendance list ("…副主任何某等出席会议,副主任黄某主持").
 * Not "市人大常委会副主任张某、秘书长李某" (another post: no guess), nor a person
 * with an organization of their own ("县财政局副局长卓雅"). A later item's own organization written without the
 * level the first item opens with shares that level: "自治区工业和信息化厅副厅长张继东、财政厅副厅长王丽萍" — 王丽萍 is
 * of 自治区财政厅 (not "县财政局副局长" after "市…", which has its own level, nor 市场监管局, whose 市 may be a level; only
 * offices ending in the first one's institution word, 厅 after 厅: "市公安局交警支队支队长某、中国铁路…雁门站站长某" stays). Runs once over the mentions of
 * `findMentions`, after they are sorted; the gap between two mentions is tested on the view, at
 * their [start, end) UTF-16 offsets.
 */
import type { TextPair } from './types.js';
import type { SpeakerMention } from './mentions.js';
import { normalize } from '../source/normalize.js';
import { postHeads } from './post-orgs.js';
import { INSTITUTION_WORD } from '../model/org-names.js';

/** Between two people of one list: 、 (or 和/及/与), maybe spaced. */
const LIST_JOIN = /^[ \t\u3000]*[、和及与][ \t\u3000]*$/u;
/**
 * …or the end of an attendance list and the next clause opening on the bare post: "区人大常委会主任陈某、副主任何某等出席
 * 会议,副主任黄某主持。" — 黄某 is a 副主任 of the 区人大常委会 the list named.
 */
const ATTENDANCE_JOIN = /^[ \t\u3000]*等?(?:同志)?(?:出席|列席)(?:了)?(?:会议|联组会议|全体会议|询问会)?[,。;][ \t\u3000]*$/u;
/** The level a government's office opens with: 自治区, 省, 市, 县, 区 … (model/org-names.ts reads names the same way). */
const LEVEL = /^(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)/u;
/** Any level character in a name: such a name may hold its own level (县财政局, 市场监管局), no level is added. */
const LEVEL_CHAR = /[省市县区州盟旗]|自治/u;
/** An office's name: ends in an institution word (厅, 局, 委, 办 …). */
const OFFICE_END = new RegExp(`${INSTITUTION_WORD}$`, 'u');

/** The rank words before a post (副厅长 is a 厅长 of lower rank). */
const RANK = /^(?:常务副|副|代理)/u;

/**
 * "省财政厅厅长冉某、副厅长柴某": a bare post listed right after someone of an organization, of the
 * same post in another rank (厅长 → 副厅长, 主任 → 副主任) or one heading that organization, holds it
 * in the same organization. Not "市人大常委会副主任张某、秘书长李某" (another post: no guess).
 * `mentions` sorted by start; changed in place.
 */
export function inheritOrganizations(pair: TextPair, mentions: SpeakerMention[]): void {
  const { view } = pair;
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k];
    const prev = mentions[k - 1];
    if (m.organization && m.name && prev.organization && prev.nameSpan && prev.nameSpan[1] === prev.span[1] && m.titleSpan?.[0] === m.span[0]) {
      const level = LEVEL.exec(normalize(prev.organization))?.[0];
      const own = normalize(m.organization);
      // Offices of one government: the same institution word ends both (厅 … 厅, 局 … 局), no enterprise's or nation's.
      const end = OFFICE_END.exec(own)?.[0];
      if (level && end && OFFICE_END.exec(normalize(prev.organization))?.[0] === end && !LEVEL_CHAR.test(own) && !/人大|公司|集团|中国|国家/u.test(own) &&
        LIST_JOIN.test(view.slice(prev.span[1], m.span[0]))) m.organization = prev.organization.slice(0, level.length) + m.organization;
      continue;
    }
    if (m.organization || !m.name || !m.office || !m.titleSpan || m.titleSpan[0] !== m.span[0]) continue;
    if (!prev.organization || !prev.office || !prev.nameSpan || prev.nameSpan[1] !== prev.span[1]) continue;
    const gap = view.slice(prev.span[1], m.span[0]);
    if (!LIST_JOIN.test(gap) && !ATTENDANCE_JOIN.test(gap)) continue;
    const post = normalize(m.office);
    if (post.replace(RANK, '') === normalize(prev.office).replace(RANK, '') || postHeads(post, normalize(prev.organization))) m.organization = prev.organization;
  }
}
