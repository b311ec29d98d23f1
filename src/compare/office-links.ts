/**
 * Offices one session says are one: a renamed office and an office whose duties moved to another.
 *
 * Example: B's responder "区数据资源和政务服务局（原区行政审批局）局长方晓岚" names the office A called
 * 区行政审批局 by its new name: renamed, the former name in the bracket after the office. B's answer
 * "燃气行业管理职责已由市住房和城乡建设局划转至我局" by the 市城市管理和综合执法局's head says that office
 * took over what A's 市住房和城乡建设局 did: duties moved (职责划入), 我局/我委/本局 being the speaker's office.
 * Read from the record (people's mentions, the turns of named speakers), so a saved record gives the same
 * links as its transcript. A bracket that is no former name ("（主持人）", "（原局长）": a former post of the
 * person, no office) and a transfer between two offices of which neither is the speaker's or named
 * ("由市里统一划转资金") are left alone: the old name must itself be an office (ends in an office's suffix).
 * A session may also say so in a sentence of its own, in a turn, the closing or (when compare has the transcript's
 * text) the introduction: "今年5月，市政务服务和大数据管理局更名为市数据局" (renamed), "原县乡村振兴局职责划入
 * 县农业农村局", "县扶贫办并入县农业农村局", "整合县扶贫办的职责，组建县乡村振兴局" / "组建县数据局，不再保留县大数据中心"
 * (duties moved). "更名为“一网通办”" (no office after it) and "组建专班" (no office) are left alone.
 */
import type { InquiryRecord, Mention } from '../model/record.js';
import { INSTITUTION_WORD } from '../model/org-names.js';

export interface OfficeLink {
  /** The office as it was (区行政审批局), and as it is now or took the duties (区数据资源和政务服务局). */
  old: string;
  now: string;
  /** renamed: "X（原Y）"; duties: "职责由Y划转至X". */
  how: 'renamed' | 'duties';
  /** Where the record says so. */
  evidence: Mention;
}

/** An office's name ends in an institution word (局, 委, 办, 厅, 院, 政府 …: model/org-names.ts's list). */
const OFFICE_END = INSTITUTION_WORD;
/** "X（原Y）…": X an office, Y its former name; the bracket may be full- or half-width. */
const RENAMED = new RegExp(`^(.+?${OFFICE_END})[（(]原([^（）()]+?${OFFICE_END})[）)]`, 'u');
/** "…职责(已)由Y划转至/划入/调整到 X": duties moved from Y to X (我局 = the speaker's office). */
const DUTIES = new RegExp(`(?:职责|职能)(?:已|已经|已于[^，。；由]{1,12})?由([^，。；、由]{2,24}?${OFFICE_END})(?:整体)?(?:划转|划入|移交|调整)(?:至|到|给)?((?:我|本)(?:局|委|办|厅|院|中心)|[^，。；、]{2,24}?${OFFICE_END})`, 'u');

/** An office's name in a sentence: up to 24 characters ending in an institution word. */
const NAME = `[^，。；、：:,;“”"（）()\\s]{2,24}?${OFFICE_END}`;
/** "X更名为Y", "X改名为Y": renamed. */
const RENAMED_TO = new RegExp(`(${NAME})(?:已经?|正式)*(?:更名为|改名为|更名|改称)(${NAME})(?![^，。；、：\\s]{0,3}(?:局|委|办|厅))`, 'u');
/** "原X职责划入Y", "X的职能划转至Y", "X并入Y": X's duties moved to Y. */
const MOVED_TO = new RegExp(`(${NAME})(?:的|承担的)?(?:(?:相关|全部|部分)?(?:职责|职能))?(?:已经?)?(?:整体)?(?:划入|划转至|划转到|并入|移交至|移交给)(${NAME})`, 'u');
/** "整合X(、Z)的职责，组建Y" / "将X(和Z)整合组建Y": each X's duties moved to Y. */
const FORMED = new RegExp(`(?:整合|将|把)((?:${NAME}[、和与及]?)+)(?:的(?:相关)?(?:职责|职能))?[，,]?(?:整合|合并)?(?:组建|成立)(?:为)?(${NAME})`, 'u');
/** "组建Y，不再保留X": Y took X's place. */
const FORMED_KEEPING_NOT = new RegExp(`(?:组建|成立)(${NAME})[，,](?:不再保留|撤销)(${NAME})`, 'u');

/** The level a name opens with, where a sentence's word before it stops: "会议指出市政务服务…局" → 市政务服务…局. */
const LEVEL_START = /(?:国家|自治区|自治州|自治县|省|市|县|区|州|盟|旗|乡|镇)/u;
function trimmed(name: string): string | null {
  const former = /(?:^|[^原])原(?=[^原]+$)/u.exec(name);
  const x = former ? name.slice(former.index + former[0].length) : name;
  const at = LEVEL_START.exec(x);
  // A name opens with its level (市数据局), or, right after 原, may be written without it (原乡村振兴局): 我局 names none.
  return at ? x.slice(at.index) : former ? x : null;
}

/** The links stated in a sentence of `text` (absolute offset `base`). */
function statedLinks(text: string, base: number): OfficeLink[] {
  const out: OfficeLink[] = [];
  const evidence = (hit: RegExpExecArray): Mention => ({ text: hit[0], span: [base + hit.index, base + hit.index + hit[0].length] });
  const office = new RegExp(`^${NAME}$`, 'u');
  const add = (old: string, now: string, how: OfficeLink['how'], hit: RegExpExecArray) => {
    const [o, n] = [trimmed(old), trimmed(now)];
    if (o !== null && n !== null && o !== n && office.test(o) && office.test(n) && !/^[我本该这那各其此]/u.test(o)) out.push({ old: o, now: n, how, evidence: evidence(hit) });
  };
  for (const sentence of text.matchAll(/[^。；！？\n]+/gu)) {
    const at = sentence.index;
    const s = sentence[0];
    const local = (re: RegExp) => { const hit = re.exec(s); if (hit) hit.index += at; return hit; };
    const renamed = local(RENAMED_TO);
    if (renamed) add(renamed[1], renamed[2], 'renamed', renamed);
    const moved = local(MOVED_TO);
    if (moved) add(moved[1], moved[2], 'duties', moved);
    const formed = local(FORMED);
    if (formed) for (const old of formed[1].split(new RegExp(`(?<=${OFFICE_END})[、和与及]`, 'u')).filter((x) => new RegExp(`${OFFICE_END}$`, 'u').test(x))) add(old, formed[2], 'duties', formed);
    const replaced = local(FORMED_KEEPING_NOT);
    if (replaced) add(replaced[2], replaced[1], 'duties', replaced);
  }
  return out;
}

/**
 * The links a record states; `text`, the transcript's text when compare has it (a saved record has no
 * introduction's text: only its span), adds those the introduction states.
 */
export function officeLinks(record: InquiryRecord, text: string | null = null): OfficeLink[] {
  const out: OfficeLink[] = [];
  for (const p of record.people) {
    for (const m of p.mentions) {
      const hit = RENAMED.exec(m.text);
      if (!hit) continue;
      out.push({ old: hit[2], now: hit[1], how: 'renamed', evidence: { text: hit[0], span: [m.span[0], m.span[0] + hit[0].length] } });
    }
  }
  const orgOf = new Map(record.people.map((p) => [p.id, p.organization]));
  for (const q of record.questions) {
    for (const t of q.turns) {
      const hit = DUTIES.exec(t.text);
      if (!hit) continue;
      const self = /^(?:我|本)/u.test(hit[2]);
      const now = self ? (t.speaker ? orgOf.get(t.speaker) ?? null : null) : hit[2];
      if (!now || now === hit[1]) continue;
      const start = t.span[0] + hit.index;
      out.push({ old: hit[1], now, how: 'duties', evidence: { text: hit[0], span: [start, start + hit[0].length] } });
    }
    for (const t of q.turns) out.push(...statedLinks(t.text, t.span[0]));
  }
  const closing = record.session.closing;
  if (closing) out.push(...statedLinks(closing.text, closing.span[0]));
  const intro = record.session.span;
  if (text !== null && intro) out.push(...statedLinks(text.slice(intro[0], intro[1]), intro[0]));
  const seen = new Set<string>();
  return out.filter((l) => { const k = `${l.old}\u0000${l.now}`; return !seen.has(k) && !!seen.add(k); });
}
