import { describe, expect, it } from 'vitest';
import { agendaItems } from '../../src/structure/agenda.js';
import { findHeaderCandidates } from '../../src/structure/headings.js';
import { splitLines } from '../../src/structure/blocks.js';
import { normalize } from '../../src/source/normalize.js';
import { buildStructure } from '../../src/structure/build.js';

/**
 * The agenda's labels in `text`: askers start at every "委员…:" line, responders at every "局长…:"
 * line (a stand-in for the speech events the layout reader finds).
 */
function agenda(text: string): string[] {
  const view = normalize(text);
  const candidates = findHeaderCandidates({ text, view }, splitLines(view));
  const askers = [...text.matchAll(/^[^\n:：]*委员[^\n:：]*[:：]/gmu)].map((m) => m.index);
  const responders = [...text.matchAll(/^[^\n:：]*局长[^\n:：]*[:：]/gmu)].map((m) => m.index);
  const found = agendaItems(candidates, [...askers, ...responders].sort((a, b) => a - b), askers);
  return candidates.filter((h) => found.has(h)).map((h) => h.label);
}

describe('[agenda] a list of questions in the introduction', () => {
  it.each<[string, string, string[]]>([
    ['1. items, then labelled turns', '主任会议确定了3个问题:\n1.河道保洁为何反弹?\n2.污水管网何时完工?\n3.黑臭水体如何根治?\n市人大常委会委员甲:我先问第一个问题。\n市水务局局长乙:原因有三。', ['1', '2', '3']],
    ['(一) items with a sentence between them', '询问问题:\n(一)学位供给够不够?\n由市教育局答复。\n(二)校车安全谁来管?\n委员甲:学位够不够?\n市教育局局长乙:够。', ['一', '二']],
    ['问题一 items, then the same headers over the exchanges', '问题一:学位供给够不够?\n问题二:校车安全谁来管?\n问题一:学位供给够不够?\n委员甲:够不够?\n市教育局局长乙:够。\n问题二:校车安全谁来管?\n委员丙:谁来管?\n市教育局局长丁:我们。', ['问题一', '问题二']],
  ])('%s', (_name, text, labels) => {
    expect(agenda(text)).toEqual(labels);
  });
  it.each<[string, string]>([
    ['headers that each open an exchange', '1.河道保洁为何反弹?\n委员甲:为何?\n市水务局局长乙:原因有三。\n2.污水管网何时完工?\n委员丙:何时?\n市水务局局长丁:年底。'],
    ['a list after the first asker (an answer\'s measures)', '委员甲:如何整改?\n市水务局局长乙:\n1.加强巡查\n2.完善制度\n委员丙:还有呢?'],
    ['a list with no asker after it', '问题清单:\n1.河道保洁为何反弹?\n2.污水管网何时完工?\n市水务局局长乙:原因有三。'],
    ['one item', '问题清单:\n1.河道保洁为何反弹?\n委员甲:为何?\n市水务局局长乙:原因有三。'],
    ['a list not numbered from 1', '问题清单:\n2.河道保洁为何反弹?\n3.污水管网何时完工?\n委员甲:为何?\n市水务局局长乙:原因有三。'],
    ['a responder speaking between the items', '1.河道保洁为何反弹?\n市水务局局长乙:原因有三。\n2.污水管网何时完工?\n委员甲:何时?'],
  ])('no agenda: %s', (_name, text) => {
    expect(agenda(text)).toEqual([]);
  });
});

describe('[agenda] in the layout', () => {
  const text = [
    '5月20日,南屏市人大常委会对全市水环境治理工作开展专题询问。问题清单共列出3个问题:',
    '1.河道保洁为何反弹?',
    '2.污水管网何时完工?',
    '3.黑臭水体如何根治?',
    '市人大常委会委员严立群:我先问第一个问题,河道保洁为什么反弹?',
    '市水务局局长蔡德明:主要是保洁经费不足,今年增加到800万元。',
    '市人大常委会委员柯晓燕:污水管网什么时候完工?',
    '市住房城乡建设局局长邬建成:年底前全部完工。',
  ].join('\n');
  const view = normalize(text);
  const s = buildStructure({ text, view });
  it('keeps the agenda in the introduction and opens a question at each asker', () => {
    expect(s.questions.map((q) => [q.label, q.askers.length, q.responders.length])).toEqual([[null, 1, 1], [null, 1, 1]]);
    expect(text.slice(...s.session.span!)).toContain('3.黑臭水体如何根治?');
    expect(s.warnings.filter((w) => w.code === 'question-without-asker')).toEqual([]);
  });
});
