/**
 * The organization of a responder named by a bare post, from the question it answers.
 *
 * Example: "赵明远委员:请问省水利厅,…?" then "刘振华厅长:…" — 刘振华's label names no
 * organization, but the question is put to one organization, 省水利厅, and a 厅 is headed by a
 * 厅长: 刘振华 answers for 省水利厅. Only then: a question put to several organizations, or to
 * one whose head holds another post (局长 answering for 省水利厅), gives none, and a person
 * whose questions point to different organizations keeps none (no guess among several).
 */
import type { Person } from '../model/record.js';

/** The bare posts that head an organization, each with the endings of the organizations they head. */
const HEADS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^(?:常务)?副?厅长$/u, /厅$/u],
  [/^(?:常务)?副?局长$/u, /局$/u],
  [/^(?:常务)?副?分局局长$/u, /分局$/u],
  [/^(?:常务)?副?主任$/u, /(?:委|委员会|管委会|办|办公室|中心)$/u],
  [/^(?:常务)?副?院长$/u, /院$/u],
  [/^(?:常务)?副?检察长$/u, /检察院$/u],
  [/^(?:常务)?副?关长$/u, /海关$/u],
];

/** True when the bare post `title` heads an organization named `org` (厅长 → 省水利厅). */
export function postHeads(title: string, org: string): boolean {
  for (const [post, ending] of HEADS) if (post.test(title)) return ending.test(org);
  return false;
}

/** What `assignPostOrganizations` reads of a question: who answered, and to whom it was put. */
export interface Answered {
  responders: readonly string[];
  addressees: readonly string[];
}

/**
 * True when `org`, written in none of the person's mentions, was only put together from the text's level and the post
 * ("分局局长 景一鸣" in a district's report: 区分局), and `asked` names that office in full (区规划和自然资源分局).
 */
function refinedBy(p: Person, org: string, asked: string): boolean {
  if (p.mentions.some((m) => m.text.includes(org))) return false;
  return asked.length > org.length && asked[0] === org[0] && asked.endsWith(org.slice(1));
}

/**
 * Give each responder with no organization (or one only put together from a level and the post) and only bare posts
 * the one organization the questions they answer are put to, when each such question names exactly one organization
 * and the post heads it (mutates `persons`).
 */
export function assignPostOrganizations(persons: Person[], questions: readonly Answered[]): void {
  for (const p of persons) {
    if (!p.titles.length || !p.roles.includes('responder')) continue;
    let found: string | null = null;
    let clash = false;
    for (const q of questions) {
      if (!q.responders.includes(p.id) || q.addressees.length !== 1) continue;
      const org = q.addressees[0];
      if (!p.titles.every((t) => postHeads(t, org))) continue;
      if (found !== null && found !== org) clash = true;
      found = org;
    }
    if (found !== null && !clash && (p.organization === null || refinedBy(p, p.organization, found))) p.organization = found;
  }
}
