/**
 * A comparison for the terminal: one table per section, cells wrapped by display width.
 *
 * Example row of the figures table: "矛盾纠纷化解率 │ 97.78% │ 98.60% │ +0.82 个百分点".
 * Colour only when `color` > 0 (the CLI decides from the TTY, NO_COLOR and FORCE_COLOR);
 * chalk is constructed with that level, never left to guess. With colour on, the
 * distinctive terms also get a small bar chart per session. Transcript text goes
 * through `safe()`, so no control character reaches the terminal.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { doneTitle, reportPlace, statusMark } from './compare-status.js';
import type { ClosingSpeakerRef, Comparison, FigureRef, MeasureRef, OrganizationRow, QuestionRef, SharedTerm, TermScore } from '../compare/types.js';
import { questionName } from '../compare/refs.js';
import { shortText } from '../compare/headline.js';
import { titleChanges } from '../compare/people.js';
import { closingSpeaker, framingNotice, num, officeLinkNote, successorLine, pack, restatedNote, promisePlace, safe, spanText, width, wrap } from './compare-cells.js';
import { hanging, table, type Col } from './compare-table.js';

export interface TerminalOptions {
  /** chalk level: 0 none, 1 basic, 2 256 colours, 3 truecolor. */
  color?: 0 | 1 | 2 | 3;
  /** Terminal width in columns (default 100). */
  columns?: number;
  /** Longest list printed of measures, questions or figures on one side only (default 30; the rest are counted). */
  limit?: number;
  /** Lines printed under the header, e.g. that the sessions were put in time order (see the compare command). */
  notice?: string | readonly string[] | null;
  /**
   * What the header calls A and B: the paths typed (`out/p01.json (p01-yulin-2024.txt)`, see the compare command);
   * by default the records' source names.
   */
  names?: { a: string; b: string };
}

export function formatComparisonTerminal(c: Comparison, options: TerminalOptions = {}): string {
  const ch = new Chalk({ level: options.color ?? 0 });
  const columns = Math.max(60, options.columns ?? 100);
  const limit = options.limit ?? 30;
  /** The first `limit` lines of a list, then how many more there are. */
  const list = <T>(items: T[], line: (item: T) => string[]) => {
    for (const item of items.slice(0, limit)) out.push(...line(item));
    if (items.length > limit) note(`  … 另有 ${items.length - limit} 项 (--all 全部列出)`);
  };
  const out: string[] = [];
  const heading = (n: number, title: string) => out.push('', ...wrap(`${n}. ${title}`, columns).map((l) => ch.bold.underline(l)));
  const grid = (head: string[], cols: Col[], rows: string[][]) => out.push(table(ch, columns, head, cols, rows));
  const note = (s: string) => out.push(...wrap(s, columns).map((l) => ch.dim(l)));

  out.push(ch.bold('inquiry compare'));
  const nameA = safe(options.names?.a ?? c.source.a.name) || '(text)';
  const nameB = safe(options.names?.b ?? c.source.b.name) || '(text)';
  out.push(...hanging(ch.cyan('A'), `${nameA}  sha256 ${c.source.a.sha256.slice(0, 12)}`, columns));
  out.push(...hanging(ch.magenta('B'), `${nameB}  sha256 ${c.source.b.sha256.slice(0, 12)}`, columns));
  for (const notice of [options.notice ?? []].flat()) out.push(...wrap(safe(notice), columns).map((l) => ch.yellow(l)));
  const framed = framingNotice(c);
  if (framed) out.push(...wrap(safe(framed), columns).map((l) => ch.yellow(l)));

  heading(1, '会议概况 Sessions');
  const f = c.sessions.fields;
  const n = c.sessions.counts;
  const label: [string, { a: unknown; b: unknown }][] = [
    ['标题', f.title], ['机关', f.body], ['会议', f.meeting], ['形式', f.format], ['主题', f.topic], ['日期', f.date], ['主持', f.chair],
    ['问题', n.questions], ['询问人', n.askers], ['应询人', n.responders], ['措施', n.measures], ['数字', n.quantities],
  ];
  grid(['', 'A', 'B'], [8, 'flex', 'flex'], label.map(([k, v]) => {
    const show = (x: unknown) => (x === null || x === undefined ? ch.dim('—') : safe(String(x)));
    const differ = v.a !== v.b;
    // The same chair with another title: flagged as a title change, like the people of section 3.
    const changed = v === f.chair && c.people.chair?.titleChanged ? ' (职务有变化)' : '';
    return [k, show(v.a), differ ? ch.yellow(show(v.b) + changed) : show(v.b)];
  }));

  heading(2, '被询问的机构 Organizations questioned');
  const orgRow = (r: OrganizationRow, where: string) => [
    safe(r.name.a && r.name.b && r.name.a !== r.name.b ? `${r.name.a} / ${r.name.b}` : r.name.a ?? r.name.b),
    questions(r.questions.a), questions(r.questions.b), where,
  ];
  grid(['机构', 'A 问题', 'B 问题', ''], ['flex', 14, 14, 8], [
    // One office under two names, as a session says: renamed (更名) or its duties moved (职责划入).
    ...c.organizations.both.map((r) => orgRow(r, ch.green(r.link ? (r.link.how === 'renamed' ? '更名' : '划入') : '两次'))),
    ...c.organizations.onlyA.map((r) => orgRow(r, ch.cyan('仅 A'))),
    ...c.organizations.onlyB.map((r) => orgRow(r, ch.magenta('仅 B'))),
  ]);

  heading(3, '人员 People in both');
  if (c.people.both.length) {
    grid(['姓名', '机构', 'A 职务', 'B 职务'], [10, 16, 'flex', 'flex'], c.people.both.map((p) => [
      // Moved between offices (one place's body): the titles on each side say from where to where.
      safe(p.name), safe(p.organization) || ch.dim(p.officeChanged ? '调任' : '—'),
      safe(p.person.a?.titles.join(';')), p.titleChanged ? ch.yellow(`${safe(p.person.b?.titles.join(';'))} (职务有变化)`) : safe(p.person.b?.titles.join(';')),
    ]));
  } else note('(无)');
  note(`仅 A ${c.people.onlyA.length} 人, 仅 B ${c.people.onlyB.length} 人; 职务有变化 ${titleChanges(c.people)} 人${chairChanged(c)}`);
  for (const l of c.organizations.both.filter((r) => r.link)) note(`${safe(officeLinkNote(l.link!))}: ${safe((l.link!.evidence.a ?? l.link!.evidence.b)!.text)}`);
  // A head post held by another person in B (市水利局局长 彭国华 → 唐建军).
  list(c.people.successors, (s) => hanging(ch.yellow('•'), `继任: ${successorLine(s, safe)}`, columns));

  heading(4, '议题 Topics');
  if (c.topics.pairs.length) {
    grid(['A 问题', 'B 问题', '相似度', '共同词'], ['flex', 'flex', 8, 22], c.topics.pairs.map((p) => [question(p.a), question(p.b), num(p.score, 2), terms(p.terms)]));
  } else note('(没有对得上的问题)');
  list(c.topics.onlyA, (q) => hanging(ch.cyan('•'), `仅在 A: ${question(q)}`, columns));
  list(c.topics.onlyB, (q) => hanging(ch.magenta('•'), `仅在 B: ${question(q)}`, columns));

  heading(5, '承诺 Promises: measures of B that repeat or resemble one of A');
  if (c.promises.pairs.length) {
    grid(['A 措施', 'B 措施', '相似度', '共同词'], ['flex', 'flex', 8, 22], c.promises.pairs.map((p) => [
      measure(p.a, '\n', p.clause?.a), measure(p.b, '\n', p.clause?.b),
      (p.kind === 'repeated' ? ch.green('重复') : p.kind === 'same-headline' ? ch.green('同题') : p.kind === 'shared-clause' ? `${num(p.score, 2)}\n分句` : p.places ? ch.yellow(`${num(p.score, 2)}\n异地`) : num(p.score, 2))
        + (p.places && p.kind !== 'similar' ? `\n${ch.yellow('异地')}` : '')
        + (p.restated ? `\n${ch.yellow('重申')}` : ''),
      terms(p.terms),
    ]));
    note('重复: 原文相同; 同题: 首句相同, 展开不同; 分句: 各有一句相近 (» 所示); 异地: 措施相近, 地点不同; 数值: TF-IDF 余弦相似度, 共同词为其来源');
    for (const p of c.promises.pairs) if (p.restated) note(`重申: ${safe(p.a.text.slice(0, 16))}… ${safe(restatedNote(p.restated))}`);
    // (Each pair of places once: two bodies' sessions give every pair the same two.)
    for (const l of new Set(c.promises.pairs.filter((p) => p.places).map((p) => `异地: ${safe(p.places!.a.join('、'))} (A) / ${safe(p.places!.b.join('、'))} (B)`))) note(l);
  } else note('(无)');
  if (c.promises.reversed.length) {
    out.push(ch.bold(`撤回、停止或暂缓的措施 (${c.promises.reversed.length})`));
    grid(['A 措施', 'B 措施', '反向词', '共同词'], ['flex', 'flex', 8, 22], c.promises.reversed.map((p) => [
      measure(p.a, '\n', p.halt.side === 'a' ? p.halt.clause : undefined), measure(p.b, '\n', p.halt.side === 'b' ? p.halt.clause : undefined), ch.yellow(`${safe(p.halt.text)}\n(${p.halt.side.toUpperCase()})`), terms(p.terms),
    ]));
  }
  if (c.promises.done.length) {
    // A promise the later session reports carried out: neither new nor dropped.
    out.push(ch.bold(`${doneTitle(c.promises.done)} (${c.promises.done.length})`));
    grid(['承诺', '报告', '相似度', '共同词'], ['flex', 'flex', 8, 22], c.promises.done.map((d) => [
      `${d.side.toUpperCase()} ${measure(d.promise, '\n')}`,
      `${d.side === 'a' ? 'B' : 'A'} ${statusMark(d)}${safe(shortText(d.report.text))}${d.clause ? `\n» ${safe(d.clause.text)}` : ''}\n(${reportPlace(d.report.question)} ${spanText(d.report.span)})`,
      d.score.toFixed(2), terms(d.terms),
    ]));
  }
  // Only a follow-up adds (新增) or drops (未再出现) promises: else each side's are its own.
  const follows = c.framing.kind === 'follow-up';
  out.push(ch.bold(`${follows ? 'B 新增措施' : '仅 B 的措施'} (${c.promises.onlyB.length})`));
  list(c.promises.onlyB, (m) => hanging(ch.magenta('+'), measure(m), columns));
  out.push(ch.bold(`${follows ? 'A 中未再出现的措施' : '仅 A 的措施'} (${c.promises.onlyA.length})`));
  list(c.promises.onlyA, (m) => hanging(ch.cyan('−'), measure(m), columns));
  // The closings' speakers (the chair, a head's 表态), when either names one: by person, else by office.
  const closing = c.closing;
  if (closing.pairs.length || closing.onlyA.length || closing.onlyB.length) {
    out.push(ch.bold(`结语发言 (${closing.pairs.length} 对应)`));
    list(closing.pairs, (p) => hanging(ch.green('='), `${p.match === 'same-person' ? '同一人' : '同一职务'}: A ${said(p.a)} / B ${said(p.b)}`, columns));
    list(closing.onlyA, (x) => hanging(ch.cyan('•'), `仅在 A: ${said(x)}`, columns));
    list(closing.onlyB, (x) => hanging(ch.magenta('•'), `仅在 B: ${said(x)}`, columns));
  }

  heading(6, '数字 Figures');
  if (c.figures.pairs.length) {
    // Two places' figures: a difference between them, no change over time.
    grid(['指标', 'A', 'B', c.figures.twoBodies ? '差值' : '变化'], ['flex', 22, 22, 22], c.figures.pairs.map((p) => [
      safe(p.indicator), figure(p.a), figure(p.b),
      p.change === null ? (p.progress ? safe(p.progress.text) : ch.dim('—')) : p.change.difference > 0 ? ch.green(p.change.text) : p.change.difference < 0 ? ch.red(p.change.text) : p.change.text,
    ]));
  } else note('(没有指标相同的数字)');
  list(c.figures.onlyA, (x) => hanging(ch.cyan('•'), `仅在 A: ${safe(x.indicator)} ${safe(x.text)}${cited(x)} ${where(x)}`, columns));
  list(c.figures.onlyB, (x) => hanging(ch.magenta('•'), `仅在 B: ${safe(x.indicator)} ${safe(x.text)}${cited(x)} ${where(x)}`, columns));
  note(`无指标的数字: A ${c.figures.unlabeled.a}, B ${c.figures.unlabeled.b}`);

  heading(7, '特色词 Distinctive terms (weighted log-odds, z-scores)');
  const rows = Math.max(c.terms.a.length, c.terms.b.length);
  if (rows && ch.level > 0) {
    // With colour, a bar per term (the largest z of both sides fills the bar).
    const max = Math.max(...[...c.terms.a, ...c.terms.b].map((t) => t.z));
    out.push(...bars(ch, 'A', c.terms.a, ch.cyan, max), ...bars(ch, 'B', c.terms.b, ch.magenta, max));
    note('* z ≥ 1.96: unlikely to be chance (5%)');
  } else if (rows) {
    grid(['A 词', 'z', 'B 词', 'z'], ['flex', 8, 'flex', 8], Array.from({ length: rows }, (_, i) => [
      safe(c.terms.a[i]?.term), zText(c.terms.a[i]), safe(c.terms.b[i]?.term), zText(c.terms.b[i]),
    ]));
    note('* z ≥ 1.96: unlikely to be chance (5%)');
  } else note('(两次会议用词没有显著差异)');
  return out.join('\n') + '\n';
}


/** The chair counts among the title changes (section 1 shows the titles): said so beside the count. */
function chairChanged(c: Comparison): string {
  const chair = c.people.chair;
  return chair?.titleChanged && !c.people.both.some((p) => p.titleChanged && p.name === chair.name) ? ` (含主持人 ${safe(chair.name)})` : '';
}

function questions(list: number[]): string {
  return list.length ? list.map((i) => `问题${i}`).join(' ') : '—';
}

function question(q: QuestionRef): string {
  return `${safe(questionName(q))} ${safe(q.text)}`;
}

/** A measure by its headline ("…" when it goes on); the span covers the whole measure. */
function measure(m: MeasureRef, sep = ' ', clause?: { text: string; span: [number, number] }): string {
  const shared = clause ? `${sep}» ${safe(clause.text)}` : '';
  return `${safe(shortText(m.text))}${shared}${sep}(${promisePlace(m)} ${spanText(m.span)})`;
}

/** A closing's speaker and the start of their first stretch. */
function said(x: ClosingSpeakerRef): string {
  return `${safe(closingSpeaker(x))} ${safe(shortText(x.statements[0].text))} (${spanText(x.span)})`;
}

function figure(x: FigureRef): string {
  return `${safe(x.text)}\n${where(x)}`;
}

/** Last session's figure quoted back (去年提出…95%): listed, never paired. */
function cited(x: FigureRef): string {
  return x.stance === 'cited' ? ' (引述前次)' : '';
}

function where(x: FigureRef): string {
  return `(${x.question !== null ? `问题${x.question}` : x.part === 'closing' ? '结语' : '导语'} ${spanText(x.span)})`;
}

/** Shared terms packed into the 22-column cell (20 inside the padding), never split. */
function terms(list: SharedTerm[]): string {
  return pack(list.map((t) => safe(t.term)), 20).join('\n');
}

function zText(t: TermScore | undefined): string {
  return t ? `${num(t.z, 2)}${t.significant ? '*' : ''}` : '';
}

/** One bar per term, its length proportional to z (`max` fills 24 columns). */
function bars(ch: ChalkInstance, side: string, list: TermScore[], paint: (s: string) => string, max: number): string[] {
  if (!list.length) return [];
  const pad = Math.min(20, Math.max(...list.map((t) => width(safe(t.term)))));
  return ['', ch.bold(`${side} 特色词`), ...list.map((t) => {
    const term = safe(t.term);
    return `  ${term}${' '.repeat(Math.max(0, pad - width(term)))} ${paint('█'.repeat(Math.max(1, Math.round((t.z / max) * 24))))} ${zText(t)}`;
  })];
}
