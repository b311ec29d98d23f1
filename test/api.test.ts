/**
 * The public surface of the package: the names `import … from 'inquiry'` gives. A change here
 * is a change for every library user: review it, and bump the schema version when records change.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('[api]', () => {
  it('exposes the public names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "COMPARISON_VERSION",
        "DEFAULT_PROMISE_THRESHOLD",
        "DEFAULT_TOPIC_THRESHOLD",
        "DecodeError",
        "ENCODINGS",
        "LineIndex",
        "SCHEMA",
        "SCHEMA_VERSION",
        "VIEWS",
        "WARNING_CODES",
        "compare",
        "decode",
        "defaultSegmenter",
        "forTerminal",
        "formatComparisonMarkdown",
        "formatComparisonTerminal",
        "htmlToText",
        "jiebaSegmenter",
        "looksLikeHtml",
        "looksLikeRecord",
        "mirror",
        "normalize",
        "parse",
        "readRecord",
        "toCsv",
        "toJson",
        "toJsonLines",
        "toTable",
        "toTables",
        "toYaml",
        "toYamlStream",
        "viewRows",
      ]
    `);
  });

  it('parse, compare and the formatters work together on plain text', () => {
    const text = '问题一:市政府如何做到依法决策?\n市人大常委会委员王某某提问。市政府副市长李某某回应称,将从两方面推进:一是加强学习;二是完善制度。';
    const record = api.parse(text, { name: 'mini' });
    expect(record.schema).toBe(api.SCHEMA_VERSION);
    expect(api.compare(record, record).kind).toBe(api.COMPARISON_VERSION);
    expect(api.toJson(record)).toContain('一是');
    expect(api.toYaml(record)).toContain('schema: inquiry-record/1');
  });
});
