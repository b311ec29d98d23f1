/**
 * A generic department ("民政部门", "县教育部门") as the organization of an unnamed official, read
 * as the institution of that field the text has named before it.
 *
 * Example: "请问市民政局，养老机构床位空置率高的问题如何解决？…民政部门负责人回答，…" → the
 * office-only mention 民政部门负责人 answers for 市民政局 (field 民政 + 局, named in the question),
 * so it is the same person as a later "市民政局有关负责人". With no such institution before it the
 * organization stays "民政部门" as written; one of another level ("县民政局" for "市民政部门") does not count.
 * Offsets are UTF-16 into the text, [start, end); matching runs on the view.
 */
import type { TextPair } from './types.js';
import type { SpeakerMention } from './mentions.js';
import type { Lexicon } from './lexicon.js';
import { isField, readOrganization } from './titles.js';
import { normalize } from '../source/normalize.js';

const BUMEN = '部门';
/** The suffixes a field takes as an institution of the lexicon (民政局, 教育厅, 卫健委), as isField reads them. */
const FIELD_SUFFIXES = ['局', '厅', '委'];
/** Level words a generic department may open with (市民政部门). */
const LEVELS = new Set(Array.from('省市县区州盟旗镇乡'));
/** How far back the institution is looked for (code units): the question and the intro of a report. */
const REACH = 4000;

/** The field of a generic department ("市民政部门" → "民政"), or null when it names no listed institution's field. */
export function fieldOf(lex: Lexicon, department: string): string | null {
  if (!department.endsWith(BUMEN)) return null;
  const body = department.slice(LEVELS.has(department[0]) ? 1 : 0, -BUMEN.length);
  return isField(lex, body) ? body : null;
}

/**
 * Give each office-only mention whose organization is a generic department the institution of
 * its field named last before it (within REACH). `mentions` are changed in place.
 */
export function resolveFieldDepartments(pair: TextPair, lex: Lexicon, mentions: SpeakerMention[]): void {
  const { text, view } = pair;
  for (const m of mentions) {
    if (m.form !== 'office-only' || !m.organization || !m.organization.endsWith(BUMEN)) continue;
    const department = normalize(m.organization);
    const field = fieldOf(lex, department);
    if (field === null) continue;
    const level = LEVELS.has(department[0]) ? department[0] : null;
    let best: [number, number] | null = null;
    for (const suffix of FIELD_SUFFIXES) {
      const name = field + suffix;
      const at = view.lastIndexOf(name, m.span[0] - name.length);
      if (at < 0 || at < m.span[0] - REACH || (best && at < best[0])) continue;
      const o = readOrganization(lex, view, at + name.length, Math.max(0, at - 12)).organization;
      if (!o || o[1] !== at + name.length) continue;
      if (level !== null && view[o[0]] !== level) continue; // 市民政部门 is not 县民政局
      best = o;
    }
    if (best) m.organization = text.slice(best[0], best[1]);
  }
}
