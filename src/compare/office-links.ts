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

/** The links a record states. */
export function officeLinks(record: InquiryRecord): OfficeLink[] {
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
  }
  const seen = new Set<string>();
  return out.filter((l) => { const k = `${l.old}\u0000${l.now}`; return !seen.has(k) && !!seen.add(k); });
}
