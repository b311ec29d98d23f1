/**
 * An office named without its level takes the level every other office and body of the text shares: in a session of the
 * 自治区 ("自治区人大常委会…", "自治区教育厅副厅长苏日娜", "自治区工业和信息化厅副厅长张继东"), "人力资源和社会保障厅副厅长额尔敦"
 * is of 自治区人力资源和社会保障厅 — as a 、-list's later items take the first one's level (inherited-orgs.ts), here over the
 * whole text. Only when one level is named (a city's session naming 县 offices too adds none), only to a government's
 * office (厅, 局, 委, 办: no congress committee, 教科文卫委员会 or 财经委, no company, no ministry's agency), only a 厅 at a province's level (省, 自治区: a
 * city has 局). `mentions` are changed in place; names are compared on their normalized form.
 */
import type { SpeakerMention } from './mentions.js';
import { normalize } from '../source/normalize.js';

/** The level an organization's name opens with (自治区 before 区). */
const LEVEL = /^(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)/u;
/** Any level character in a name: it holds its own level (县财政局, 市场监管局), or may. */
const LEVEL_CHAR = /[省市县区州盟旗]|自治/u;
/** A government's office: 厅, 局, 委 (not 委员会), 办. */
const OFFICE = /(?:厅|局|(?<!委员)委|办)$/u;
/**
 * Bodies no government's level opens: a congress's, a company's, the nation's (a ministry's agency, 交通运输部长江航务
 * 管理局; a 总局, a 海关), a party's; and an office pointed back at (该局, 本局, 此办: the one named before, resolved later).
 */
const NOT_LEVELLED = /人大|公司|集团|中国|国家|全国|党|部|总局|海关|^[该本此其我]/u;
/** The levels that have 厅. */
const PROVINCE = /^(?:省|自治区)$/u;

export function addTextLevel(mentions: SpeakerMention[]): void {
  let level: string | null = null;
  for (const m of mentions) {
    const l = m.organization ? LEVEL.exec(normalize(m.organization))?.[0] : undefined;
    if (!l) continue;
    if (level !== null && level !== l) return;
    level = l;
  }
  if (level === null) return;
  for (const m of mentions) {
    if (!m.organization || m.congress) continue; // (财经委: the congress's committee, 省人大财经委, no government's office)
    const own = normalize(m.organization);
    const office = OFFICE.exec(own)?.[0];
    if (!office || LEVEL_CHAR.test(own) || NOT_LEVELLED.test(own) || (office === '厅' && !PROVINCE.test(level))) continue;
    m.organization = level + m.organization;
  }
}
