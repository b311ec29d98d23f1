/**
 * The JSON Schema of the inquiry record, version 1: the single source of
 * schema/inquiry-record.schema.json (`npm run schema` writes the file; a test checks
 * they agree) and of `inquiry schema`. Spans are [start, end): 0-based,
 * end-exclusive UTF-16 offsets into the decoded text.
 */
import { SCHEMA_VERSION } from './record.js';

const span = { $ref: '#/definitions/span' };
const nullableSpan = { anyOf: [span, { type: 'null' }] };
const str = { type: 'string' };
const nstr = { type: ['string', 'null'] };
const nint = { type: ['integer', 'null'] };
const ids = { type: 'array', items: str };

function object(properties: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { type: 'object', required: Object.keys(properties), properties, ...extra };
}

const measure = object({
  index: { type: 'integer', minimum: 1 },
  marker: nstr,
  text: str,
  span,
  items: { type: 'array', items: { $ref: '#/definitions/measure' } },
});

const quantity = object({
  text: str,
  value: { type: ['number', 'null'] },
  unit: { ...nstr, description: 'The unit of value ("%", "元", "元/人/月", "户"); for kind other also "比" (a ratio a:b, value a ÷ b: "19:1" → 19) and "年一遇" (a return period, value N: "50年一遇" → 50, "百年一遇" → 100, "1~2年一遇" → range [1, 2]); null for a bare figure.' },
  kind: { enum: ['percent', 'percentage_point', 'count', 'quantity', 'money', 'year', 'other'], description: 'other: ranks, coefficients, bare figures, numbers to call (identifier), ratios (unit 比), return periods (unit 年一遇) and rates per a base (8.7/10万: unit /10万); a return period is never a duration in 年, a ratio never a time of day.' },
  indicator: nstr,
  approximate: { type: 'boolean' },
  qualifier: nstr,
  range: { anyOf: [{ type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 }, { type: 'null' }] },
  direction: { enum: ['up', 'down', null], description: 'The way a change went, from the verb of change right before the figure: down after 下降/减少/降低/回落/下滑/负增长 (同比下降8.6% → value 8.6, direction down), up after 增长/增加/提高/上升/提升; null for a level (下降到5%) or a figure with no such verb. value stays as written (a written minus, -2.3%, is negative): the signed change is −value when down.' },
  span,
});
// A number to call (拨打12345) carries identifier: true; figures have no such property (not required).
(quantity.properties as Record<string, unknown>).identifier = { const: true };
// A place in a league table (在全省排第十位, 第2名, 排名前三) carries rank: true: no amount; figures have no such property.
(quantity.properties as Record<string, unknown>).rank = { const: true, description: 'A place in a league table (在全省排第十位 → 10, unit 位; 排名前三 → 3, qualifier 前): kind other, no measured amount.' };

const formulation = object({ text: str, number: { type: ['number', 'null'] }, span });
// The parts the text spells it out into (“三个不”,即不知道、不落实、不重视), as read; absent when none (not required).
(formulation.properties as Record<string, unknown>).parts = {
  type: 'array',
  items: object({ text: str, span }),
  description: 'The parts the text spells the formulation out into right after it (即…、…; 指的是…; :…;…), as read; absent when none. A count other than number gives stated-count-mismatch.',
};

const nnum = { type: ['number', 'null'] };
/** One organization's share: "对市公安局的回答，满意28票，基本满意3票". */
const organizationVote = object({
  organization: str, organizationSpan: span, satisfied: nint, basicallySatisfied: nint, unsatisfied: nint, rate: nnum, text: str, span,
});
const vote = object({
  expected: nint, present: nint, satisfied: nint, basicallySatisfied: nint, unsatisfied: nint, rate: nnum,
  byOrganization: { anyOf: [{ type: 'array', items: organizationVote }, { type: 'null' }] },
  text: str, span,
});

/** One speaker's stretch of the closing: "副市长 晏伯钧：我代表市政府表个态，…" → the vice-mayor, role government. */
const closingStatement = object({
  speaker: object({ name: nstr, titles: { type: 'array', items: str }, organization: nstr }),
  role: { enum: ['chair', 'government', 'other'] },
  text: str,
  span,
});

const closing = object({
  text: str,
  span,
  quantities: { type: 'array', items: { $ref: '#/definitions/quantity' } },
  vote: { anyOf: [vote, { type: 'null' }] },
  statements: { anyOf: [{ type: 'array', items: closingStatement }, { type: 'null' }] },
});

/** Who presides: "全国人大常委会副委员长钱明远主持联组会议" → name 钱明远, titles [全国人大常委会副委员长]. */
const chair = object({ name: nstr, titles: { type: 'array', items: str }, organization: nstr, span, text: str });

const sessionSpans = ['title', 'body', 'meeting', 'format', 'topic', 'date', 'statedAskerCount'];

export const SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://inquiry.invalid/schema/inquiry-record-1.json',
  title: 'inquiry record',
  description: 'One special-inquiry transcript read into questions, people, measures and figures. Spans are [start, end): 0-based, end-exclusive UTF-16 offsets into the decoded text.',
  ...object({
    schema: { const: SCHEMA_VERSION },
    source: object({
      name: nstr,
      sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      encoding: str,
      length: { type: 'integer', minimum: 0 },
      hasBom: { type: 'boolean' },
      newline: { enum: ['lf', 'crlf', 'cr', 'mixed', 'none'] },
    }),
    session: object({
      title: nstr, body: nstr, meeting: nstr, format: nstr, topic: nstr,
      date: nstr,
      statedAskerCount: nint,
      span: nullableSpan,
      spans: object(Object.fromEntries(sessionSpans.map((k) => [k, nullableSpan]))),
      quantities: { type: 'array', items: { $ref: '#/definitions/quantity' } },
      formulations: { type: 'array', items: { $ref: '#/definitions/formulation' } },
      chair: { anyOf: [chair, { type: 'null' }] },
      closing: { anyOf: [closing, { type: 'null' }] },
    }),
    people: {
      type: 'array',
      items: object({
        id: str,
        name: nstr,
        titles: { type: 'array', items: str },
        organization: nstr,
        roles: { type: 'array', items: { enum: ['asker', 'responder'] } },
        mentions: { type: 'array', items: object({ text: str, span }) },
      }),
    },
    questions: {
      type: 'array',
      items: object({
        index: { type: 'integer', minimum: 1 },
        label: nstr,
        text: str,
        span,
        sectionSpan: span,
        askers: ids,
        addressees: ids,
        responders: ids,
        turns: {
          type: 'array',
          items: object({ speaker: nstr, role: { enum: ['asker', 'responder', 'narration'] }, text: str, span, answerTo: { type: ['integer', 'null'], minimum: 1 } }),
        },
        answers: {
          type: 'array',
          items: object({
            responder: nstr,
            span,
            statedCount: nint,
            statedCountText: nstr,
            statedCountSpan: nullableSpan,
            marker: nstr,
            measures: { type: 'array', items: { $ref: '#/definitions/measure' } },
          }),
        },
        quantities: { type: 'array', items: { $ref: '#/definitions/quantity' } },
        formulations: { type: 'array', items: { $ref: '#/definitions/formulation' } },
        keywords: { type: 'array', items: str },
        followUpOf: nint,
        group: { anyOf: [object({ text: str, span, label: str, topic: nstr }), { type: 'null' }] },
        written: { anyOf: [object({ organization: nstr, organizationSpan: nullableSpan, heading: nstr, headingSpan: nullableSpan }), { type: 'null' }] },
      }),
    },
    warnings: {
      type: 'array',
      items: object({ code: str, message: str, span: nullableSpan }),
    },
  }),
  definitions: {
    span: { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 2, maxItems: 2 },
    measure,
    quantity,
    formulation,
  },
} as const;
