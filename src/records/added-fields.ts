/**
 * Fields added to the inquiry-record/1 schema after records were first saved: a record written
 * by an earlier build lacks them, and reads back with each one null ("not read"), as the
 * contract allows adding fields without a new schema version.
 *
 * Example: a record saved before `session.closing` existed, `{"schema":"inquiry-record/1",
 * "session":{…no closing…}, "questions":[{…, "turns":[{…no answerTo…}]}]}`, gets
 * `session.closing: null` (and `session.chair: null`), `group: null` and `written: null` on each question and `answerTo: null` on each turn;
 * a closing vote saved before votes were read per organization gets `byOrganization: null`, and a closing saved
 * before its speakers were read gets `statements: null`; a quantity saved before directions were read (`{"text":"8.6%",…}`)
 * gets `direction: null` (no direction read; `rank` and `identifier` are optional and stay absent).
 * Anything else missing or mistyped is left for the schema to report.
 */

/** Where each added field lives, and the value it takes when absent. */
export function addMissingFields(value: Record<string, unknown>): void {
  const session = value.session;
  if (isObject(session) && !('closing' in session)) session.closing = null;
  if (isObject(session) && !('chair' in session)) session.chair = null;
  const vote = isObject(session) && isObject(session.closing) ? session.closing.vote : null;
  if (isObject(vote) && !('byOrganization' in vote)) vote.byOrganization = null;
  if (isObject(session) && isObject(session.closing) && !('statements' in session.closing)) session.closing.statements = null;
  if (isObject(session)) { directions(session.quantities); if (isObject(session.closing)) directions(session.closing.quantities); }
  const questions = value.questions;
  if (!Array.isArray(questions)) return;
  for (const q of questions) {
    if (!isObject(q)) continue;
    directions(q.quantities);
    if (!('group' in q)) q.group = null;
    if (!('written' in q)) q.written = null;
    if (Array.isArray(q.turns)) for (const t of q.turns) if (isObject(t) && !('answerTo' in t)) t.answerTo = null;
  }
}

/** `direction: null` on each quantity of the list saved without one. */
function directions(list: unknown): void {
  if (Array.isArray(list)) for (const x of list) if (isObject(x) && !('direction' in x)) x.direction = null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
