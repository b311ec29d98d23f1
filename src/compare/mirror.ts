/**
 * mirror(comparison): the same comparison read from the other side, B as A.
 *
 * Example: a figure pair 97.78% → 98.60% (+0.82 个百分点) becomes 98.60% → 97.78%
 * (−0.82 个百分点); promises "new in B" become "not seen again". It defines what
 * "compare(b, a) is the mirror of compare(a, b)" means, and the tests hold compare to it.
 */
import type { Comparison, OfficeLinkRef, OrganizationRow, PersonRow, PromisePair, Sides } from './types.js';
import { figurePair } from './figure-progress.js';
import { doneOrder } from './promise-reports.js';

const swap = <T>(s: Sides<T>): Sides<T> => ({ a: s.b, b: s.a });
const byA = <T extends { a: { span: [number, number] }; b: { span: [number, number] } }>(xs: T[]) =>
  [...xs].sort((p, q) => p.a.span[0] - q.a.span[0] || p.b.span[0] - q.b.span[0]);

export function mirror(c: Comparison): Comparison {
  const link = (l: OfficeLinkRef): OfficeLinkRef => ({ ...l, evidence: swap(l.evidence) });
  const org = (r: OrganizationRow): OrganizationRow => ({ key: r.key, name: swap(r.name), questions: swap(r.questions), ...(r.link ? { link: link(r.link) } : {}) });
  const person = (r: PersonRow): PersonRow => ({ ...r, person: swap(r.person), ...(r.officeLink ? { officeLink: link(r.officeLink) } : {}) });
  const promise = <T extends PromisePair>(p: T): T => ({
    ...p, a: p.b, b: p.a, clause: p.clause && swap(p.clause), places: p.places && swap(p.places),
    ...(p.restated ? { restated: { value: p.restated.value && swap(p.restated.value), deadline: p.restated.deadline && { ...swap(p.restated.deadline), ...(p.restated.deadline.resolved ? { resolved: swap(p.restated.deadline.resolved) } : {}) } } } : {}),
    terms: p.terms.map((t) => (t.forms ? { ...t, forms: swap(t.forms) } : t)),
  });
  const fields = Object.fromEntries(Object.entries(c.sessions.fields).map(([k, v]) => [k, swap(v)])) as Comparison['sessions']['fields'];
  const counts = Object.fromEntries(Object.entries(c.sessions.counts).map(([k, v]) => [k, swap(v)])) as Comparison['sessions']['counts'];
  return {
    kind: c.kind,
    source: swap(c.source),
    framing: { kind: c.framing.kind, bodies: swap(c.framing.bodies), topics: swap(c.framing.topics) },
    sessions: { fields, counts },
    organizations: { both: c.organizations.both.map(org), onlyA: c.organizations.onlyB.map(org), onlyB: c.organizations.onlyA.map(org) },
    people: {
      both: c.people.both.map(person), onlyA: c.people.onlyB.map(person), onlyB: c.people.onlyA.map(person),
      chair: c.people.chair && { ...c.people.chair, titles: swap(c.people.chair.titles) },
      successors: c.people.successors.map((s) => ({ ...s, name: swap(s.name), person: swap(s.person) })),
    },
    topics: {
      pairs: byA(c.topics.pairs.map((p) => ({ ...p, a: p.b, b: p.a }))),
      onlyA: c.topics.onlyB,
      onlyB: c.topics.onlyA,
    },
    promises: {
      pairs: byA(c.promises.pairs.map(promise)),
      done: c.promises.done.map((d) => ({ ...d, side: d.side === 'a' ? 'b' as const : 'a' as const })).sort(doneOrder),
      reversed: byA(c.promises.reversed.map((p) => ({ ...promise(p), halt: { ...p.halt, side: p.halt.side === 'a' ? 'b' as const : 'a' as const } }))),
      onlyA: c.promises.onlyB,
      onlyB: c.promises.onlyA,
    },
    closing: { pairs: byA(c.closing.pairs.map((p) => ({ ...p, a: p.b, b: p.a }))), onlyA: c.closing.onlyB, onlyB: c.closing.onlyA },
    figures: {
      // Progress where the comparison read one (one body, the target not the later side).
      // (The verdict read beside the report, interim or late, carried over as the progress states it; a pending miss is the
      // arithmetic's, not the report's word, which would make it 未达标 before its deadline.)
      pairs: byA(c.figures.pairs.map((p) => figurePair(p.b, p.a, p.progress !== null, p.progress?.pending === true, p.progress ? {
        verdict: p.progress.met === undefined || p.progress.pending ? null : p.progress.met ? 'met' : 'missed', named: [], late: p.progress.late === true, interim: p.progress.interim === true,
      } : undefined))),
      onlyA: c.figures.onlyB,
      onlyB: c.figures.onlyA,
      unlabeled: swap(c.figures.unlabeled),
      twoBodies: c.figures.twoBodies,
    },
    terms: { a: c.terms.b.map((t) => ({ ...t, count: swap(t.count) })), b: c.terms.a.map((t) => ({ ...t, count: swap(t.count) })), totals: swap(c.terms.totals) },
  };
}
