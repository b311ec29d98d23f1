/**
 * A comparison as Markdown, for a journalist's draft: headings, short tables, lists.
 *
 * Example line: "| 矛盾纠纷化解率 | 97.78% | 98.60% | +0.82 个百分点 |". Transcript text is
 * made safe (no control characters) and Markdown-escaped (| * _ ` [ ] < > \), so a
 * measure reading "A|B" cannot break a table. Positions are given as question, list
 * position and [start, end) span so every line can be checked against the transcript.
 */
import type { ClosingSpeakerRef, Comparison, FigureRef, MeasureRef, OrganizationRow, QuestionRef, SharedTerm } from '../compare/types.js';
import { doneTitle, reportPlace, statusMark } from './compare-status.js';
import { questionName } from '../compare/refs.js';
import { shortText } from '../compare/headline.js';
import { closingSpeaker, framingNotice, num, officeLinkNote, successorLine, promisePlace, restatedNote, safe, spanText } from './compare-cells.js';

/** Escape what Markdown would read as markup or as a table border. */
export function md(text: string | null | undefined): string {
  return safe(text).replace(/[\\|*_`[\]<>#~]/g, (c) => `\\${c}`);
}

/**
 * `notice`: paragraphs under the header, e.g. that the sessions were put in time order (see the compare command);
 * `names`: what A and B are called, the paths typed (by default the records' source names).
 */
export function formatComparisonMarkdown(c: Comparison, options: { notice?: string | readonly string[] | null; names?: { a: string; b: string } } = {}): string {
  const out: string[] = [];
  const nameA = md(options.names?.a ?? c.source.a.name) || 'A';
  const nameB = md(options.names?.b ?? c.source.b.name) || 'B';
  const row = (cells: string[]) => out.push(`| ${cells.join(' | ')} |`);
  const tableHead = (cells: string[]) => { row(cells); row(cells.map(() => '---')); };

  out.push(`# 专题询问对比:${nameA} 与 ${nameB}`, '');
  out.push(`A = ${nameA}(sha256 ${c.source.a.sha256.slice(0, 12)}),B = ${nameB}(sha256 ${c.source.b.sha256.slice(0, 12)})。位置为问题序号与 [起, 止) 字符区间。`, '');
  for (const notice of [options.notice ?? []].flat()) out.push(`> ${md(notice)}`, '');
  const framed = framingNotice(c);
  if (framed) out.push(`> ${md(framed)}`, '');

  out.push('## 会议概况', '');
  tableHead(['', 'A', 'B']);
  const f = c.sessions.fields;
  const n = c.sessions.counts;
  const fields: [string, { a: unknown; b: unknown }][] = [
    ['标题', f.title], ['机关', f.body], ['会议', f.meeting], ['形式', f.format], ['主题', f.topic], ['日期', f.date], ['主持', f.chair],
    ['问题', n.questions], ['询问人', n.askers], ['应询人', n.responders], ['措施', n.measures], ['数字', n.quantities],
  ];
  for (const [k, v] of fields) {
    const b = v.b == null ? '—' : md(String(v.b));
    // The same chair with another title: flagged as the title changes of the people are.
    row([k, v.a == null ? '—' : md(String(v.a)), v === f.chair && c.people.chair?.titleChanged ? `**${b}**(职务有变化)` : b]);
  }

  out.push('', '## 被询问的机构', '');
  // Both spellings when they differ (市住房和城乡建设局 / 市住建局), as the terminal shows them.
  const org = (r: OrganizationRow) => md(r.name.a && r.name.b && r.name.a !== r.name.b ? `${r.name.a} / ${r.name.b}` : r.name.a ?? r.name.b);
  const qs = (list: number[]) => list.map((i) => `问题${i}`).join('、');
  const linked = (r: OrganizationRow) => (r.link ? `,${md(officeLinkNote(r.link))}` : '');
  out.push(`- **两次都被询问**:${c.organizations.both.map((r) => `${org(r)}(A ${qs(r.questions.a)};B ${qs(r.questions.b)}${linked(r)})`).join(';') || '无'}`);
  out.push(`- **只在 A**:${c.organizations.onlyA.map((r) => `${org(r)}(${qs(r.questions.a)})`).join(';') || '无'}`);
  out.push(`- **只在 B**:${c.organizations.onlyB.map((r) => `${org(r)}(${qs(r.questions.b)})`).join(';') || '无'}`);

  out.push('', '## 两次都出席的人员', '');
  if (c.people.both.length) {
    tableHead(['姓名', '机构', 'A 职务', 'B 职务']);
    for (const p of c.people.both) {
      const b = md(p.person.b?.titles.join(';'));
      row([md(p.name), md(p.organization) || (p.officeChanged ? '调任' : '—'), md(p.person.a?.titles.join(';')), p.titleChanged ? `**${b}**(职务有变化)` : b]);
    }
  } else out.push('无。');
  if (c.people.successors.length) {
    out.push('', `继任(同一职务,换人):${c.people.successors.map((s) => successorLine(s, md, '', '→')).join(';')}`);
  }

  out.push('', '## 议题对照', '');
  if (c.topics.pairs.length) {
    tableHead(['A 问题', 'B 问题', '相似度', '共同词']);
    for (const p of c.topics.pairs) row([question(p.a), question(p.b), num(p.score), terms(p.terms)]);
  } else out.push('两次会议没有内容相近的问题。');
  if (c.topics.onlyA.length) out.push('', `只在 A 问到:${c.topics.onlyA.map(question).join(';')}`);
  if (c.topics.onlyB.length) out.push('', `只在 B 问到:${c.topics.onlyB.map(question).join(';')}`);

  out.push('', '## 承诺:再次出现或相近的措施', '');
  if (c.promises.pairs.length) {
    tableHead(['A 的措施', 'B 的措施', '相似度', '共同词']);
    for (const p of c.promises.pairs) {
      const clause = (x: { text: string; span: [number, number] } | undefined) => (x ? `<br>相近分句:“${md(x.text)}”${spanText(x.span)}` : '');
      const how = p.kind === 'repeated' ? '原文重复' : p.kind === 'same-headline' ? '首句相同' : p.kind === 'shared-clause' ? `${num(p.score)}(分句)`
        : p.places ? `${num(p.score)}(地点不同:${md(p.places.a.join('、'))} / ${md(p.places.b.join('、'))})` : num(p.score);
      const apart = p.places && p.kind !== 'similar' ? `(地点不同:${md(p.places.a.join('、'))} / ${md(p.places.b.join('、'))})` : '';
      // A new target or deadline: restated, with what changed.
      const restated = p.restated ? `<br>**重申**:${md(restatedNote(p.restated))}` : '';
      row([measure(p.a) + clause(p.clause?.a), measure(p.b) + clause(p.clause?.b), how + apart + restated, terms(p.terms)]);
    }
    out.push('', '相似度为 TF-IDF 余弦(整条、首句或最相近分句中取高者),“共同词”是它的来源。');
  } else out.push('没有再次出现的措施。');
  if (c.promises.reversed.length) {
    out.push('', `### 撤回、停止或暂缓的措施(${c.promises.reversed.length})`, '');
    tableHead(['A 的措施', 'B 的措施', '反向词', '共同词']);
    const halted = (side: 'a' | 'b', p: (typeof c.promises.reversed)[number]) => (p.halt.side === side ? `<br>反向分句:“${md(p.halt.clause.text)}”${spanText(p.halt.clause.span)}` : '');
    for (const p of c.promises.reversed) row([measure(p.a) + halted('a', p), measure(p.b) + halted('b', p), `“${md(p.halt.text)}”(${p.halt.side.toUpperCase()})${spanText(p.halt.span)}`, terms(p.terms)]);
  }
  if (c.promises.done.length) {
    out.push('', `### ${doneTitle(c.promises.done)}(${c.promises.done.length})`, '');
    tableHead(['承诺', '另一次会议的报告', '相似度', '共同词']);
    for (const d of c.promises.done) {
      const clause = d.clause ? `<br>相近分句:“${md(d.clause.text)}”${spanText(d.clause.span)}` : '';
      row([`${d.side.toUpperCase()}:${measure(d.promise)}`, `${d.side === 'a' ? 'B' : 'A'}:${statusMark(d)}${md(shortText(d.report.text))}(${reportPlace(d.report.question)},${spanText(d.report.span)})${clause}`, num(d.score), terms(d.terms)]);
    }
  }
  // Only a follow-up adds or drops promises: else each side's are its own.
  const follows = c.framing.kind === 'follow-up';
  out.push('', `### ${follows ? 'B 新提出的措施' : '只在 B 的措施'}(${c.promises.onlyB.length})`, '');
  for (const m of c.promises.onlyB) out.push(`- ${measure(m)}`);
  out.push('', `### ${follows ? 'A 提出、B 未再提及的措施' : '只在 A 的措施'}(${c.promises.onlyA.length})`, '');
  for (const m of c.promises.onlyA) out.push(`- ${measure(m)}`);
  // The closings' speakers (the chair, a head's 表态), when either names one: by person, else by office.
  const closing = c.closing;
  if (closing.pairs.length || closing.onlyA.length || closing.onlyB.length) {
    out.push('', '### 结语发言(同一人或同一职务)', '');
    if (closing.pairs.length) {
      tableHead(['A 发言', 'B 发言', '对应']);
      for (const p of closing.pairs) row([said(p.a), said(p.b), p.match === 'same-person' ? '同一人' : '同一职务']);
    }
    for (const x of closing.onlyA) out.push(`- 只在 A:${said(x)}`);
    for (const x of closing.onlyB) out.push(`- 只在 B:${said(x)}`);
  }

  out.push('', '## 数字变化', '');
  if (c.figures.pairs.length) {
    tableHead(['指标', 'A', 'B', c.figures.twoBodies ? '差值' : '变化']);
    for (const p of c.figures.pairs) row([md(p.indicator), figure(p.a), figure(p.b), p.change ? md(p.change.text) : p.progress ? md(p.progress.text) : '—']);
  } else out.push('没有指标相同的数字。');
  if (c.figures.onlyA.length) out.push('', `只在 A:${c.figures.onlyA.map((x) => `${md(x.indicator)} ${figure(x)}${x.stance === 'cited' ? '(引述前次)' : ''}`).join(';')}`);
  if (c.figures.onlyB.length) out.push('', `只在 B:${c.figures.onlyB.map((x) => `${md(x.indicator)} ${figure(x)}${x.stance === 'cited' ? '(引述前次)' : ''}`).join(';')}`);

  out.push('', '## 特色词', '', '加权对数优势比(Monroe、Colaresi、Quinn 2008,以两次会议合并词频为先验),z 值越大越有特色。', '');
  const rows = Math.max(c.terms.a.length, c.terms.b.length);
  if (rows) {
    tableHead(['A 特色词', 'z', 'B 特色词', 'z']);
    for (let i = 0; i < rows; i++) {
      const a = c.terms.a[i];
      const b = c.terms.b[i];
      row([a ? md(a.term) : '', a ? num(a.z) : '', b ? md(b.term) : '', b ? num(b.z) : '']);
    }
  } else out.push('两次会议用词没有显著差异。');
  return out.join('\n') + '\n';
}

function question(q: QuestionRef): string {
  return `${md(questionName(q))} ${md(q.text)}`;
}

/** A measure by its headline ("…" when it goes on); the span covers the whole measure. */
function measure(m: MeasureRef): string {
  return `${md(shortText(m.text))}(${promisePlace(m)},${spanText(m.span)})`;
}

/** A closing's speaker and the start of each of their stretches. */
function said(x: ClosingSpeakerRef): string {
  return `${md(closingSpeaker(x))}:${x.statements.map((t) => `${md(shortText(t.text))}(${spanText(t.span)})`).join('<br>')}`;
}

function figure(x: FigureRef): string {
  return `${md(x.text)}(${x.question !== null ? `问题${x.question}` : x.part === 'closing' ? '结语' : '导语'},${spanText(x.span)})`;
}

function terms(list: SharedTerm[]): string {
  return list.map((t) => md(t.term)).join('、');
}
