import { describe, expect, it } from 'vitest';
import { readRecord } from '../../src/records/read.js';
import { toJson } from '../../src/format/json.js';
import { buildRecord } from '../compare/build-record.js';

const record = buildRecord({
  name: 'a.txt',
  session: { title: '某市人大常委会开展专题询问', body: '某市人大常委会' },
  questions: [{ text: '市公安局如何化解矛盾纠纷?', asker: ['王某某', '市人大常委会委员'], responders: [['李某', '市公安局局长', '市公安局']],
    quantities: [{ text: '8.6%', value: 8.6, unit: '%', kind: 'percent', indicator: '发案数' }] }],
});

/** The record as an earlier build saved it: without the fields added to the schema since. */
function savedBefore(): Record<string, any> {
  const old = JSON.parse(toJson(record));
  delete old.session.closing;
  delete old.session.chair;
  for (const q of old.questions) {
    delete q.group;
    delete q.written;
    for (const t of q.turns) delete t.answerTo;
    for (const x of q.quantities) delete x.direction;
  }
  return old;
}

describe('[records/added-fields] a record saved before fields were added to inquiry-record/1', () => {
  it('reads back with the added fields null', () => {
    const result = readRecord(JSON.stringify(savedBefore()));
    expect(result).toEqual({ ok: true, record });
  });

  it('a closing vote saved before votes were read per organization reads back with byOrganization null', () => {
    const withVote = structuredClone(record);
    withVote.session.closing = {
      text: '满意20票', span: [0, 5], quantities: [],
      vote: { expected: null, present: null, satisfied: 20, basicallySatisfied: null, unsatisfied: null, rate: null, byOrganization: null, text: '满意20票', span: [0, 5] },
      statements: null,
    };
    const old = JSON.parse(toJson(withVote));
    delete old.session.closing.vote.byOrganization;
    delete old.session.closing.statements;
    expect(readRecord(JSON.stringify(old))).toEqual({ ok: true, record: withVote });
  });

  it('a closing saved before its speakers were read reads back with statements null (read as none)', () => {
    const withClosing = structuredClone(record);
    withClosing.session.closing = { text: '主任某某作总结讲话。', span: [0, 10], quantities: [], vote: null, statements: null };
    const old = JSON.parse(toJson(withClosing));
    delete old.session.closing.statements;
    expect(readRecord(JSON.stringify(old))).toEqual({ ok: true, record: withClosing });
  });

  it('a quantity saved before directions were read reads back with direction null, and a wrong direction is refused', () => {
    expect(record.questions[0].quantities[0].direction).toBeNull();
    const old = savedBefore();
    expect('direction' in old.questions[0].quantities[0]).toBe(false);
    expect(readRecord(JSON.stringify(old))).toEqual({ ok: true, record });
    old.questions[0].quantities[0].direction = 'sideways';
    expect(readRecord(JSON.stringify(old)).ok).toBe(false);
  });

  it('a field of the original schema missing is still refused', () => {
    const broken = savedBefore();
    delete broken.questions[0].askers;
    const result = readRecord(JSON.stringify(broken));
    expect(result.ok).toBe(false);
  });
});
