/**
 * An official speaking for the government in its statement of position (表态) after the last exchange, whatever the post.
 *
 * Example: "区政府党组成员、区政府二级调研员 黎某某:我代表区政府表态,两个月内报告整改情况。" — not a 副区长, yet the
 * words say whom they speak for: 代表 + the government + 表态 is the government's statement to the whole inquiry (its
 * closing), as a head's is (closers.ts). So is the statement of whoever answers the chair's call for the government's
 * 表态 ("主持人:请区政府表态。" then "区政府一级巡视员 某某:…"): a 秘书长, 党组成员, 一级巡视员 or 二级调研员 speaks for
 * the government in real sessions. A department speaking for itself ("我代表市民政局表态") still answers the question.
 * Matching runs on the view (ASCII , : ? ( )); offsets are [start, end) UTF-16 offsets into the text.
 */
import { gated } from '../source/gated.js';

/** After 行署 or 国务院, one of its units (水利局, 办公厅, 扶贫办, 发展研究中心): a name's words, no verb (将, 会, 要…) before its suffix. */
const UNIT = String.raw`[^,。?!;:\s将会要一必坚已和及与的对把在]{0,8}?(?:局|厅|委|办|中心|部门|部|署|处)`;
/**
 * A people's government by level ("区政府", "市人民政府", "自治县人民政府"), not its general office (市政府办); or a body
 * that governs as one: a prefecture's administrative office (行署, 地区行政公署: "行署将把饮水安全…") and the State Council
 * (国务院), neither followed by one of its departments or offices (行署水利局, 国务院办公厅). A regex source; the one list
 * of governments the statements after the last exchange are read by (head-statements.ts too).
 */
export const GOVERNMENT = String.raw`(?:(?:省|市|县|区|州|盟|旗|自治区|自治州|自治县)(?:人民)?政府(?!办)|(?:地区)?(?:行署|行政公署)(?!${UNIT})|国务院(?!${UNIT}))`;

/**
 * The frame a speech is told in, before its verb: "作", "做了", "进行简短的" ("作表态发言", "做了简短表态"). A regex source.
 */
export const SPEECH_FRAME = String.raw`(?:作|做|进行)?了?(?:简短的?)?`;
/** The statement of position itself: 表态, 表个态, 表一下态. A regex source. */
export const POSITION = String.raw`表(?:个|一下|一个)?态`;
/**
 * A statement of position in its frame ("作表态发言", "作简短表态", "表个态"): the one source of it for the government's
 * statements here, closing-narration.ts and on-behalf.ts.
 */
export const STATES_POSITION = SPEECH_FRAME + POSITION;

/**
 * Right after the speaker's mention: their label's colon (a bracket or bold marks before it) and a short lead at most
 * ("我", "受县长委托,我", "下面,我"), or the report's words ("在会上"), then 代表 + the government, a few words more at most
 * ("及各有关部门", "向各位委员"), then the statement of position (表态, 表个态, 作表态发言).
 */
const SPEAKS_FOR = gated([['代表'], ['政府', '行署', '行政公署', '国务院']], () => new RegExp(String.raw`^\s*(?:同志)?\s*(?:\*\*|__)?\s*(?:\([^()\n]{1,12}\))?\s*(?:\*\*|__)?\s*(?::\s*(?:\*\*|__)?)?[^。?!\n:]{0,16}?代表${GOVERNMENT}[^。?!\n]{0,10}?${STATES_POSITION}`, 'u'));

/** `after` (the view from the end of a speaker's mention, a few dozen characters) speaks for the government in its 表态. */
export function speaksForGovernment(after: string): boolean {
  return SPEAKS_FOR.test(after);
}

/** The request names the government or its leaders: "请区政府表态", "下面请市人民政府作表态发言", "请县政府领导表个态". */
const NAMES_GOVERNMENT = new RegExp(String.raw`请(?!问)[^。?!;\n就]{0,24}?(?:${GOVERNMENT}|政府(?:主要)?(?:领导|负责同志))`, 'u');

/**
 * `line`, a request for a statement of position (closers.ts, callsForStatement: no subject of its own, no 就 tying it to
 * the question just asked), asks it of the government: the next speaker gives it, whatever their post.
 */
export function asksGovernment(line: string): boolean {
  return NAMES_GOVERNMENT.test(line);
}
