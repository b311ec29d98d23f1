import { describe, expect, it } from 'vitest';
import { looksLikeRecord, readRecord } from '../../src/records/read.js';
import { toJson } from '../../src/format/json.js';
import { toYaml } from '../../src/format/yaml.js';
import { buildRecord } from '../compare/build-record.js';

const record = buildRecord({
  name: 'a.txt',
  session: { title: '某市人大常委会开展专题询问', body: '某市人大常委会' },
  questions: [{ text: '市公安局如何化解矛盾纠纷?', asker: ['王某某', '市人大常委会委员'], responders: [['李某', '市公安局局长', '市公安局']], measures: ['推进综治中心规范化建设', ['健全机制', ['一站式受理', '闭环处置']]], quantities: [{ text: '97.78%', value: 97.78, unit: '%', kind: 'percent', indicator: '矛盾纠纷化解率' }] }],
});

describe('[records/read] reading saved records back', () => {
  it.each([
    ['JSON', toJson(record)],
    ['YAML', toYaml(record)],
    ['JSON with a byte-order mark', '\uFEFF' + toJson(record)],
    ['a YAML document with ---', '---\n' + toYaml(record)],
  ])('%s reads back to the same record', (_, text) => {
    expect(readRecord(text)).toEqual({ ok: true, record });
  });

  const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill('*' + String.fromCharCode(97 + i)).join(',')}]`);
  const wrongVersion = toJson({ ...record, schema: 'inquiry-record/2' });
  const spanOutside = structuredClone(record);
  spanOutside.questions[0].span = [0, record.source.length + 5];
  const withPeople = (edit: (r: typeof record) => void) => {
    const r = structuredClone(record);
    edit(r);
    return toJson(r);
  };
  const missingField = structuredClone(record) as unknown as Record<string, unknown>;
  delete missingField.people;

  it.each([
    ['bad YAML', 'schema: inquiry-record/1\nsource: [unclosed\n', /not valid YAML/],
    ['bad JSON', '{"schema": "inquiry-record/1",', /not valid JSON/],
    ['an alias bomb', 'schema: inquiry-record/1\n' + bomb.join('\n') + '\n', /alias/],
    ['deep nesting (JSON)', '{"schema":"inquiry-record/1","x":' + '['.repeat(100000) + ']'.repeat(100000) + '}', /nested/],
    ['deep nesting (YAML flow)', 'schema: inquiry-record/1\nx: ' + '['.repeat(100000) + ']'.repeat(100000) + '\n', /nested/],
    ['another schema version', wrongVersion, /record schema inquiry-record\/2 is not supported \(this inquiry reads inquiry-record\/1\)/],
    ['JSON that is not a record', '{"name": "曲靖", "questions": []}', /not an inquiry record: it has no "schema" field/],
    ['a foreign schema field', '{"schema": "https://json-schema.org/draft-07/schema#"}', /not an inquiry record: schema is/],
    ['a list of records', toJson([record, record]), /list of 2 items/],
    ['a list with one record', toJson([record]), /holds a list with one record; give the record itself/],
    ['a deep list (JSON)', '['.repeat(100000) + ']'.repeat(100000), /^not an inquiry record: the file holds a list, not an object$/],
    ['a list of one number', '[1]', /^not an inquiry record: the file holds a list, not an object$/],
    ['an asker nobody is', withPeople((r) => { r.questions[0].askers = ['p-does-not-exist']; }), /^not a valid inquiry-record\/1 record: \/questions\/0\/askers\/0 "p-does-not-exist" is no id in \/people$/],
    ['a responder nobody is', withPeople((r) => { r.questions[0].responders.push('p99'); }), /\/questions\/0\/responders\/1 "p99" is no id in \/people/],
    ['a turn spoken by nobody', withPeople((r) => { r.questions[0].turns[0].speaker = 'p0'; }), /\/questions\/0\/turns\/0\/speaker "p0" is no id in \/people/],
    ['an answer by nobody', withPeople((r) => { r.questions[0].answers[0].responder = 'x'; }), /\/questions\/0\/answers\/0\/responder "x" is no id in \/people/],
    ['a follow-up of no question', withPeople((r) => { r.questions[0].followUpOf = 7; }), /\/questions\/0\/followUpOf 7 is no question's index/],
    ['an answer to no question', withPeople((r) => { r.questions[0].turns[0].answerTo = 5; }), /\/questions\/0\/turns\/0\/answerTo 5 is no question's index/],
    ['people left out', withPeople((r) => { r.people = []; }), /\/questions\/0\/askers\/0 "p1" is no id in \/people/],
    ['a bare string', '"inquiry-record/1"', /not an object/],
    ['a record missing a field', toJson(missingField), /not a valid inquiry-record\/1 record: \/ must have required property 'people'/],
    ['a span outside the text', toJson(spanOutside), /questions\/0\/span .* outside the text/],
    ['duplicate YAML keys', 'schema: inquiry-record/1\nschema: inquiry-record/1\n', /not valid YAML: Map keys must be unique/],
    ['two YAML documents', '---\n' + toYaml(record) + '---\n' + toYaml(record), /2 YAML documents/],
    ['two JSON Lines records (parse --format jsonl)', JSON.stringify(record) + '\n' + JSON.stringify(record) + '\n', /^holds 2 JSON Lines records; give one record per file$/],
    ['JSON Lines with CRLF', JSON.stringify(record) + '\r\n' + JSON.stringify(record) + '\r\n\r\n' + JSON.stringify(record), /^holds 3 JSON Lines records/],
    ['one JSON object then garbage (no JSON Lines)', JSON.stringify(record) + '\nnot json\n', /^not valid JSON: /],
    ['two objects on one line', JSON.stringify(record) + JSON.stringify(record), /^not valid JSON: /],
    ['an empty file', '  \n', /empty/],
    ['a huge file', 'x'.repeat(2000), /too large/],
  ])('%s gets a one-line error', (_, text, message) => {
    const result = readRecord(text, { maxLength: _ === 'a huge file' ? 1000 : undefined });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(message);
    expect(result.error).not.toMatch(/\n/);
  });

  it.each([
    [toJson(record), true],
    [toYaml(record), true],
    ['---\nschema: inquiry-record/1\n', true],
    ['问题一:市公安局如何化解矛盾纠纷?\n', false],
    ['[曲靖日报]近日,曲靖市六届人大常委会…', false],
    ['---\n问题一:市公安局如何化解矛盾纠纷?\n', false],
    ['{"schema": "inquiry-record/1"}', true],
    ['[{"schema": "inquiry-record/1"}]', true],
    ['曲靖“多问”探寻提升路径\n近日,曲靖市六届人大常委会…', false],
  ])('looksLikeRecord(%#) is %s', (text, expected) => {
    expect(looksLikeRecord(text)).toBe(expected);
  });
});
