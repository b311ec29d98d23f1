/**
 * A generic department ("民政部门", "县教育部门") as the organization of an unnamed official, read
 * as the institution of that field the text has named before it.
 *
 * Example: "请问市民政局，养老机构床位空置率高的问题如何解决？…民政部门负责人回答，…" → the
 * office-only mention 民政部门负责人 answers for 市民政局 (field 民政 + 局, named in the question),
 * so it is the same person as a later "市民政局有关负责人". With no such institution before it the
 * organization stays "民政部门" as written; one of another level ("县民政局" for "市民政部门") does not count.
 * A field the lexicon does not list ("乡村振兴部门负责人", read as 部门负责人) is known the same way,
 * from "县乡村振兴局" named before it: the mention then starts at the field.
 * Offsets are UTF-16 into the text, [start, end); matching runs on the view.
 */
import type { TextPair } from './types.js';
import type { SpeakerMention } from './mentions.js';
import type { Lexicon } from './lexicon.js';
import { FIELD_SUFFIXES, isField, readOrganization } from './title-orgs.js';
import { normalize } from '../source/normalize.js';

const BUMEN = '部门';
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
    if (m.form !== 'office-only' || !m.titleSpan) continue;
    if (m.organization && m.organization.endsWith(BUMEN)) {
      const department = normalize(m.organization);
      const field = fieldOf(lex, department);
      const o = field === null ? null : namedBefore(lex, view, field, LEVELS.has(department[0]) ? department[0] : null, m.span[0]);
      if (o) m.organization = text.slice(o[0], o[1]);
    } else if (!m.organization && m.span[0] === m.titleSpan[0] && view.startsWith(BUMEN, m.span[0])) {
      unlistedField(pair, lex, m);
    }
  }
}

/**
 * "请问县乡村振兴局…?乡村振兴部门负责人回答": a field the lexicon does not list, known from the
 * institution named before; the mention (read as 部门负责人) then takes the field and its level word.
 */
function unlistedField(pair: TextPair, lex: Lexicon, m: SpeakerMention): void {
  const { text, view } = pair;
  const at = m.span[0];
  for (const len of [6, 5, 4, 3, 2]) {
    const s = at - len;
    if (s < 0 || !HAN_RUN.test(view.slice(s, at))) continue;
    // The field whole (乡村振兴: 乡 opens it), else a level word and the field (县城管执法).
    let o = namedBefore(lex, view, view.slice(s, at), null, s);
    if (!o && len > 2 && LEVELS.has(view[s])) {
      o = namedBefore(lex, view, view.slice(s + 1, at), view[s], s);
      if (!o && namedBefore(lex, view, view.slice(s + 1, at), null, s)) return; // 市城管执法部门 after 县城管执法局: another level
    }
    if (!o) continue;
    m.span = [s, m.span[1]];
    m.titleSpan = [s, m.titleSpan![1]];
    m.title = text.slice(s, m.titleSpan[1]);
    m.organization = text.slice(o[0], o[1]);
    return;
  }
}

/** Ideographs only: a field never holds punctuation or a break. */
const HAN_RUN = /^[\u4e00-\u9fff]+$/u;

/** The institution field + 局/厅/委 named last before `before` (within REACH), of the level given if any: its span, or null. */
function namedBefore(lex: Lexicon, view: string, field: string, level: string | null, before: number): [number, number] | null {
  let best: [number, number] | null = null;
  for (const suffix of FIELD_SUFFIXES) {
    const name = field + suffix;
    const at = view.lastIndexOf(name, before - name.length);
    if (at < 0 || at < before - REACH || (best && at < best[0])) continue;
    const o = readOrganization(lex, view, at + name.length, Math.max(0, at - 12)).organization;
    if (!o || o[1] !== at + name.length) continue;
    if (level !== null && view[o[0]] !== level) continue; // 市民政部门 is not 县民政局
    best = o;
  }
  return best;
}
