/**
 * Fields added to the inquiry-record/1 schema after records were first saved: a record written
 * by an earlier build lacks them, and reads back with each one null ("not read"), as the
 * contract allows adding fields without a new schema version.
 *
 * Example: a record saved before `session.closing` existed, `{"schema":"inquiry-record/1",
 * "session":{…no closing…}, "questions":[{…, "turns":[{…no answerTo…}]}]}`, gets
 * `session.closing: null` (and `session.chair: null`), `group: null` and `written: null` on each question and `answerTo: null` on each turn;
 * a closing vote saved before votes were read per organization gets `byOrganization: null`, and a closing saved
 * before its speakers were read gets `statements: null`.
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
  const questions = value.questions;
  if (!Array.isArray(questions)) return;
  for (const q of questions) {
    if (!isObject(q)) continue;
    if (!('group' in q)) q.group = null;
    if (!('written' in q)) q.written = null;
    if (Array.isArray(q.turns)) for (const t of q.turns) if (isObject(t) && !('answerTo' in t)) t.answerTo = null;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
