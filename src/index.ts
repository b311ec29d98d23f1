/**
 * The public API of inquiry: parse transcripts into records, compare records, format them.
 * Example: `parse(fs.readFileSync('seeds/qujing-2025-safety-rule-of-law.txt'))`.
 */
export { parse, type ParseOptions } from './pipeline.js';
export { SCHEMA_VERSION } from './model/record.js';
export type * from './model/record.js';
export type { Span, Located } from './model/span.js';
export { WARNING_CODES, type Warning, type WarningCode } from './model/diagnostics.js';
export { SCHEMA } from './model/schema.js';
export { decode, DecodeError, ENCODINGS, type EncodingName, type Decoded } from './source/decode.js';
export { normalize } from './source/normalize.js';
export { LineIndex } from './source/location.js';
export type { Segmenter, Token } from './segment/segmenter.js';
export { toJson, toJsonLines } from './format/json.js';
export { toYaml, toYamlStream } from './format/yaml.js';
export { compare, mirror, COMPARISON_VERSION, DEFAULT_TOPIC_THRESHOLD, DEFAULT_PROMISE_THRESHOLD, type CompareOptions } from './compare/index.js';
export type * from './compare/types.js';
export { readRecord, looksLikeRecord, type ReadResult, type ReadOptions } from './records/read.js';
export { formatComparisonTerminal, type TerminalOptions } from './format/compare-terminal.js';
export { formatComparisonMarkdown } from './format/compare-markdown.js';
export { htmlToText, looksLikeHtml } from './source/html.js';
export { defaultSegmenter, jiebaSegmenter } from './segment/jieba.js';
export { toTable, toTables } from './format/table.js';
export { toCsv } from './format/csv.js';
export { viewRows, VIEWS, type View } from './format/views.js';
export { forTerminal } from './format/terminal.js';
