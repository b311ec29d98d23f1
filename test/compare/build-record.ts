/**
 * Test helper: a small, valid inquiry record from a compact description, its text
 * written out so every span slices to its item.
 *
 * Example: buildRecord({ questions: [{ text: '市公安局如何化解矛盾纠纷?', asker: ['王某某', '市人大常委会委员'],
 * responders: [['李某', '市公安局局长', '市公安局']], measures: ['推进综治中心规范化建设'] }] })
 * writes "问题一:市公安局如何化解矛盾纠纷?\n市人大常委会委员王某某询问。\n市公安局局长李某表示,一是推进综治中心规范化建设。\n".
 */
import { createHash } from 'node:crypto';
import type { InquiryRecord, Person, Quantity, Question, Measure } from '../../src/model/record.js';
import type { Segmenter, Token } from '../../src/segment/segmenter.js';

export interface QuantitySpec { text: string; value: number | null; unit?: string | null; kind?: Quantity['kind']; indicator: string | null; direction?: Quantity['direction'] }
export interface QuestionSpec {
  text: string;
  addressees?: string[];
  /** [name, title]; the organization of an asker is not compared. */
  asker?: [string, string];
  /** [name, title, organization] */
  responders?: [string, string, string][];
  /** Measures of the first responder; a nested list as [text, [items]]. */
  measures?: (string | [string, string[]])[];
  quantities?: QuantitySpec[];
}
export interface RecordSpec {
  name?: string;
  session?: Partial<Record<'title' | 'body' | 'meeting' | 'format' | 'topic' | 'date', string>>;
  questions: QuestionSpec[];
}

const NUMERALS = '一二三四五六七八九十';

export function buildRecord(spec: RecordSpec): InquiryRecord {
  let text = '';
  const write = (s: string): [number, number] => { const start = text.length; text += s; return [start, text.length]; };
  const people: Person[] = [];
  const personId = (name: string, title: string, organization: string | null, role: 'asker' | 'responder', span: [number, number]) => {
    let p = people.find((x) => x.name === name && x.organization === organization);
    if (!p) { p = { id: `p${people.length + 1}`, name, titles: [], organization, roles: [], mentions: [] }; people.push(p); }
    if (!p.titles.includes(title)) p.titles.push(title);
    if (!p.roles.includes(role)) p.roles.push(role);
    p.mentions.push({ text: text.slice(span[0], span[1]), span });
    return p.id;
  };
  const s = spec.session ?? {};
  const titleSpan = s.title ? write(s.title) : null;
  if (s.title) write('\n');
  const introSpan: [number, number] | null = titleSpan ? [0, text.length] : null;
  const questions: Question[] = spec.questions.map((q, qi) => {
    const start = text.length;
    const label = write(`问题${NUMERALS[qi] ?? qi + 1}`);
    write(':');
    const span = write(q.text);
    write('\n');
    const turns: Question['turns'] = [];
    const askers: string[] = [];
    if (q.asker) {
      const t0 = text.length;
      const m = write(q.asker[1] + q.asker[0]);
      write('询问。\n');
      askers.push(personId(q.asker[0], q.asker[1], null, 'asker', m));
      turns.push({ speaker: askers[0], role: 'asker', text: text.slice(t0, text.length), span: [t0, text.length], answerTo: null });
    }
    const responders: string[] = [];
    const answers: Question['answers'] = [];
    const quantities: Quantity[] = [];
    for (const [ri, [name, title, org]] of (q.responders ?? []).entries()) {
      const t0 = text.length;
      const m = write(title + name);
      const id = personId(name, title, org, 'responder', m);
      responders.push(id);
      write('表示,');
      if (ri === 0 && q.measures?.length) {
        const measures: Measure[] = q.measures.map((item, mi) => {
          const marker = write(`${NUMERALS[mi]}是`);
          const [body, inner] = typeof item === 'string' ? [item, []] : item;
          const ms = write(body);
          const items: Measure[] = inner.map((t, ii) => { write(ii === 0 ? ':' : ';'); const is = write(t); return { index: ii + 1, marker: null, text: t, span: is, items: [] }; });
          write('。');
          return { index: mi + 1, marker: text.slice(marker[0], marker[1]), text: body, span: ms, items };
        });
        answers.push({ responder: id, span: [measures[0].span[0] - 2, text.length - 1], statedCount: null, statedCountText: null, statedCountSpan: null, marker: '一是', measures });
      }
      if (ri === 0) for (const f of q.quantities ?? []) {
        if (f.indicator) write(f.indicator + '达到');
        const qs = write(f.text);
        write(',');
        quantities.push({ text: f.text, value: f.value, unit: f.unit ?? null, kind: f.kind ?? 'count', indicator: f.indicator, approximate: false, qualifier: null, range: null, direction: f.direction ?? null, span: qs });
      }
      write('\n');
      turns.push({ speaker: id, role: 'responder', text: text.slice(t0, text.length), span: [t0, text.length], answerTo: null });
    }
    const sectionSpan: [number, number] = [start, text.length];
    turns.unshift({ speaker: null, role: 'narration', text: text.slice(start, turns[0]?.span[0] ?? text.length), span: [start, turns[0]?.span[0] ?? text.length], answerTo: null });
    return {
      index: qi + 1, label: text.slice(label[0], label[1]), text: q.text, span, sectionSpan, askers, addressees: q.addressees ?? [],
      responders, turns, answers, quantities, formulations: [], keywords: [], followUpOf: null, group: null, written: null,
    };
  });
  return {
    schema: 'inquiry-record/1',
    source: { name: spec.name ?? null, sha256: createHash('sha256').update(text).digest('hex'), encoding: 'utf-8', length: text.length, hasBom: false, newline: 'lf' },
    session: {
      title: s.title ?? null, body: s.body ?? null, meeting: s.meeting ?? null, format: s.format ?? null, topic: s.topic ?? null, date: s.date ?? null,
      statedAskerCount: null, span: introSpan,
      spans: { title: titleSpan, body: null, meeting: null, format: null, topic: null, date: null, statedAskerCount: null },
      quantities: [], formulations: [], chair: null, closing: null,
    },
    people,
    questions,
    warnings: [],
  };
}

/** The words the fake segmenter knows; everything else comes out one character at a time. */
export const TEST_WORDS = [
  '推进', '综治中心', '规范化', '建设', '矛盾纠纷', '化解', '化解率', '食品', '安全', '食品安全', '校园', '监管', '执法', '规范', '公正', '文明',
  '公益诉讼', '公共利益', '检察', '检察院', '生态', '环境', '保护', '行政', '决策', '依法', '科学', '民主', '提升', '水平', '队伍', '加强',
  '培训', '群众', '满意度', '安全感', '法治', '政府', '违建', '城管', '整治', '信访', '积案', '清理', '专项', '行动', '机制', '健全', '完善',
  '持续', '深化', '打击', '犯罪', '电信', '诈骗', '宣传', '平台', '服务', '办理', '案件', '数字', '赋能', '源头', '治理',
];

/** Longest match over `words` (then one character), spans into the input: a stand-in for jieba. */
export function fakeSegmenter(words: readonly string[] = TEST_WORDS): Segmenter {
  const dict = new Set(words);
  const longest = Math.max(...words.map((w) => w.length));
  const cut = (input: string): Token[] => {
    const out: Token[] = [];
    for (let i = 0; i < input.length;) {
      let len = 1;
      for (let l = Math.min(longest, input.length - i); l > 1; l--) if (dict.has(input.slice(i, i + l))) { len = l; break; }
      out.push({ text: input.slice(i, i + len), span: [i, i + len] });
      i += len;
    }
    return out;
  };
  return { cut, tag: cut, keywords: () => [], withWords: (more) => fakeSegmenter([...words, ...more]) };
}
