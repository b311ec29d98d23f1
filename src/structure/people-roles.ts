/**
 * Who in the record asks and who answers: the people of the turns, and, where 问：/答： turns name no speaker,
 * those the introduction lists as asking or answering; numbered p1, p2 … in order of first appearance.
 *
 * Example: "常委会委员甲、乙、丙先后提问，县水利局局长丁…到会应询" before three unnamed 问：/答： pairs makes
 * 甲, 乙, 丙 askers and 丁 a responder; a record whose turns all name their speakers adds no one from it.
 */
import type { Person, Role } from '../model/record.js';
import type { QuestionFrame } from './types.js';
import type { Cast } from './cast.js';
import { announcedLists } from './announced.js';

/**
 * "常委会委员甲、乙、丙先后提问，县水利局局长丁、…到会应询" before the first question's first turn, in a
 * record where turns of that role have no speaker the text names (问：/答： with no names): the people
 * of the introduction's list are the ones asking or answering (announced.ts), noted in `roles`. Where
 * every turn is named, the list adds no one: "副区长某某…到会应询" does not make a responder of an
 * official who never speaks.
 */
export function addAnnouncedRoles(view: string, people: Cast, questions: readonly QuestionFrame[], roles: Map<string, Set<Role>>): void {
  const unnamed = new Set<Role>();
  for (const q of questions) for (const t of q.turns) if (t.role !== 'narration' && t.speaker === null) unnamed.add(t.role);
  if (unnamed.size === 0) return;
  const first = questions[0];
  const introEnd = first.turns.find((t) => t.role !== 'narration')?.span[0] ?? first.sectionSpan[0];
  for (const l of announcedLists(view, people.mentions)) {
    if (l.span[1] > introEnd) break;
    if (!unnamed.has(l.role)) continue;
    for (const m of l.members) {
      const id = people.idOf(m);
      roles.set(id, (roles.get(id) ?? new Set()).add(l.role));
    }
  }
}

/** The people who ask or answer, numbered p1, p2 … in order of first appearance; the questions' ids follow. */
export function renumberPeople(all: Person[], roles: Map<string, Set<Role>>, questions: QuestionFrame[]): Person[] {
  const speaking = all.filter((p) => roles.has(p.id));
  const renumber = new Map(speaking.map((p, i) => [p.id, `p${i + 1}`]));
  const persons: Person[] = speaking.map((p) => ({ ...p, id: renumber.get(p.id)!, roles: (['asker', 'responder'] as Role[]).filter((r) => roles.get(p.id)!.has(r)) }));
  const idOf = (id: string) => renumber.get(id) ?? id;
  for (const q of questions) {
    q.askers = q.askers.map(idOf);
    q.responders = q.responders.map(idOf);
    for (const t of q.turns) if (t.speaker) t.speaker = renumber.get(t.speaker) ?? null;
  }
  return persons;
}
