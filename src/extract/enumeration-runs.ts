/**
 * Runs: markers of one family that follow each other in order form a list.
 *
 * Example: "一是完善发现机制;二是聚焦重点领域…;三是加强部门联合…" gives one run 一是 二是 三是;
 * a later "一是" starts a new run; a lone "一是" (no 二是) or "首先介绍了基本情况" with no 其次/最后
 * after it is no run at all. Header markers ("管案方面," "管人方面,") run when two or more of the
 * same shape follow each other. Offsets are UTF-16 code units, 0-based, end-exclusive.
 */
import type { Marker, MarkerFamily } from './markers.js';
import { isHeader } from './header-markers.js';

export interface Run {
  family: MarkerFamily;
  markers: Marker[];
}

/**
 * Split the markers (reading order) into runs of ≥ 2, one family at a time, then order runs by
 * start. `within(last, next, run)`: whether `next` may continue `run` (its markers so far), standing
 * where the item opened by `last` would otherwise run on (see continueWithSequence); without it,
 * no run is continued.
 */
export function buildRuns(markers: Marker[], within?: (last: Marker, next: Marker, run: readonly Marker[]) => boolean): Run[] {
  const byFamily = new Map<MarkerFamily, Marker[]>();
  for (const m of markers) {
    const list = byFamily.get(m.family);
    if (list) list.push(m); // (pushed, not copied per marker: an answer of thousands of 一是…二是… made that quadratic)
    else byFamily.set(m.family, [m]);
  }
  const found: Run[] = [];
  for (const [family, list] of byFamily) {
    const runs = isHeader(family) ? [list] : family === 'sequence' ? sequenceRuns(list.filter(keepSequence)) : ordinalRuns(list);
    for (const r of runs) if (r.length > 0) found.push({ family, markers: r });
  }
  if (within) continueWithSequence(markers, found, within);
  return found.filter((r) => r.markers.length >= 2).sort((a, b) => a.markers[0].span[0] - b.markers[0].span[0]);
}

/** Families of spoken ordinals that 其次 / 再次 / 然后 / 最后 may continue (and that may go on a 首先/其次 run). */
const CONTINUED: ReadonlySet<MarkerFamily> = new Set(['shi', 'di', 'qi']);

/**
 * A spoken list often opens with one kind of ordinal and goes on with sequence words
 * ("第一,今年整治1000亩;其次,引导合作社流转经营;最后,发展林果", "一是…;二是…;最后,…"): a
 * sequence word that no 首先 opened continues the run of 一是/第一/其一 just before it when it is
 * the next marker, opens a clause, stands where the run's last item would otherwise run on (a
 * "最后,我表个态" after the list has ended is no item of it) and keeps the order: 其次 only after
 * the first item, 再次/然后 after the second, 最后 closes. (`within` also refuses a run that already
 * holds the items its announcement counts: "三项工作:一是…;二是…;三是…。最后,请各位委员放心" has three.)
 */
function continueWithSequence(markers: Marker[], runs: Run[], within: (last: Marker, next: Marker, run: readonly Marker[]) => boolean): void {
  // Each marker's place in reading order (markers.indexOf for every run searched all markers: quadratic in the runs).
  const place = new Map<Marker, number>();
  for (let i = markers.length - 1; i >= 0; i--) place.set(markers[i], i);
  const indexOf = (m: Marker): number => place.get(m) ?? -1;
  const taken = new Set<Marker>();
  for (const r of runs) if (r.markers.length >= 2) for (const m of r.markers) taken.add(m);
  for (const run of runs) {
    if (!CONTINUED.has(run.family) && !(run.family === 'sequence' && run.markers.length >= 2)) continue;
    if (run.family === 'sequence') countedBetween(markers, run, taken, indexOf);
    let last = run.markers[run.markers.length - 1];
    for (let i = indexOf(last) + 1; i < markers.length; i++) {
      const m = markers[i];
      if (taken.has(m) || !m.opensClause || last.ordinal === 99) break;
      const position = last.family === 'sequence' ? last.ordinal : run.markers.length;
      if (m.family !== 'sequence') {
        if (!countsOn(run, m)) break;
      } else if (m.ordinal === 1 || (m.ordinal === 2 && position !== 1) || (m.ordinal === 3 && position < 2)) break;
      if (!within(last, m, run.markers)) break;
      run.markers.push(m);
      taken.add(m);
      last = m;
    }
  }
}

/**
 * "首先,…;其次,…;第三,…;第四,…" (or 三是): after 首先 and 其次 the speaker may go on counting with the
 * numbered ordinals; one that claims the next place (the run's length + 1, from three on) continues the
 * run, and 再次/最后 may follow it. A lone 首先 is continued by no number ("首先…第二…" counts nothing yet).
 */
function countsOn(run: Run, m: Marker): boolean {
  const mixed = run.markers.filter((x) => x.family === 'sequence').length >= 2;
  return mixed && CONTINUED.has(m.family) && m.ordinal >= 3 && m.ordinal === run.markers.length + 1;
}

/**
 * "首先…;其次…;第三…;最后…": sequenceRuns joined 首先, 其次 and 最后; a numbered ordinal between two of
 * them that claims the next place (countsOn) and precedes 再次/最后 is the run's item too.
 */
function countedBetween(markers: Marker[], run: Run, taken: Set<Marker>, indexOf: (m: Marker) => number): void {
  const out: Marker[] = [run.markers[0]];
  for (let k = 1; k < run.markers.length; k++) {
    const next = run.markers[k];
    if (next.ordinal >= 3) {
      for (let i = indexOf(out[out.length - 1]) + 1; i < indexOf(next); i++) {
        const m = markers[i];
        if (taken.has(m) || !m.opensClause || !countsOn({ family: run.family, markers: out }, m)) continue;
        out.push(m);
        taken.add(m);
      }
    }
    out.push(next);
  }
  run.markers.length = 0;
  for (const m of out) run.markers.push(m); // (not splice(…, ...out): a run may hold more markers than a call takes arguments)
}

/**
 * 1, 2, 3 … in order; a new 1 closes the run and opens the next; any other number is skipped.
 * Only the first marker may follow its subject ("市政府一是…"); the others must open clauses.
 */
function ordinalRuns(list: Marker[]): Marker[][] {
  const runs: Marker[][] = [];
  let cur: Marker[] = [];
  for (const m of list) {
    const last = cur[cur.length - 1];
    if (last && m.ordinal === last.ordinal + 1 && m.opensClause) cur.push(m);
    else if (m.ordinal === 1) { runs.push(cur); cur = [m]; }
  }
  runs.push(cur);
  return runs;
}

/** A 首先 inside a clause ("我们首先要…") counts only when the next marker is 其次 opening a clause. */
function keepSequence(m: Marker, i: number, list: Marker[]): boolean {
  return m.opensClause || list[i + 1]?.ordinal === 2;
}

/** 首先 opens; 其次 (once), then 再次/然后 (repeatable), then 最后 (closes) follow in that order. */
function sequenceRuns(list: Marker[]): Marker[][] {
  const runs: Marker[][] = [];
  let cur: Marker[] = [];
  for (const m of list) {
    const last = cur[cur.length - 1];
    const follows = last && last.ordinal !== 99 && (m.ordinal > last.ordinal || (m.ordinal === 3 && last.ordinal === 3));
    if (follows) cur.push(m);
    else if (m.ordinal === 1) { runs.push(cur); cur = [m]; }
  }
  runs.push(cur);
  return runs;
}
