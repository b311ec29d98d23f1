import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GATE_READS, GATES, Gated, gated } from '../../src/source/gated.js';
import { decode } from '../../src/source/decode.js';
import { normalize } from '../../src/source/normalize.js';
// (Importing the parser makes every gate of it.)
import '../../src/pipeline.js';

/** The parser's gates (made at import, before this file's own). */
const PARSER_GATES = [...GATES];

/** What the ungated regexp gives: a fresh copy of it, so that lastIndex is the caller's alone. */
const plain = (g: Gated) => new RegExp(g.regexp.source, g.regexp.flags);

describe('[gated] a regexp behind its required words', () => {
  const WRITTEN = /^(\p{sc=Han}{2,12}?)书面(?:答复|回复)\s*:/u;
  it.each<[string, string, boolean]>([
    ['a hit', '市财政局书面答复:今年…', true],
    ['a miss with the word (the gate lets it through)', '请有关部门书面答复。', false],
    ['a miss without the word (the regexp never runs)', '市财政局局长 王某:今年…', false],
    ['an empty text', '', false],
  ])('%s: exactly what the regexp gives', (_, text, hit) => {
    let built = 0;
    const gate = gated(['书面'], () => { built++; return WRITTEN; });
    expect(gate.test(text)).toBe(hit);
    expect(gate.test(text)).toBe(WRITTEN.test(text));
    expect(gate.exec(text)).toEqual(WRITTEN.exec(text));
    // (Built only once a text holds the word.)
    expect(built).toBe(text.includes('书面') ? 1 : 0);
  });

  it('a text longer than a gate reads goes to the regexp itself (an anchored pattern fails at once; includes would read it all)', () => {
    let built = 0;
    const gate = gated(['书面'], () => { built++; return WRITTEN; });
    const long = '市财政局局长 王某:今年…'.repeat(Math.ceil(GATE_READS / 10) + 1);
    expect(long.length).toBeGreaterThan(GATE_READS);
    expect(gate.admits(long)).toBe(true);
    expect(gate.exec(long)).toEqual(WRITTEN.exec(long));
    expect(built).toBe(1);
    expect(gate.admits(long.slice(0, GATE_READS))).toBe(false);
  });

  it('several groups: one word of each, or no run', () => {
    const re = /去年(\p{sc=Han}{2,8}?)(?:承诺|表示)[^?]*\?/u;
    const gate = gated([['去年'], ['承诺', '表示'], ['?']], () => re);
    for (const text of ['去年市住建局承诺年内完成,现在完成了多少?', '去年市住建局承诺年内完成。', '市住建局承诺年内完成,现在完成了多少?', '去年市住建局安排资金,现在多少?']) {
      expect([text, gate.admits(text)]).toEqual([text, ['去年', '?'].every((w) => text.includes(w)) && /承诺|表示/u.test(text)]);
      expect([text, gate.exec(text)]).toEqual([text, re.exec(text)]);
    }
  });

  it('a sticky or global regexp: lastIndex as after its own run, hit or miss', () => {
    const sticky = gated(['问', '答'], () => /问|答/uy);
    const twin = /问|答/uy;
    for (const [text, at] of [['请问答', 2], ['请问', 1], ['请问', 0], ['没有', 1], ['答', 0]] as const) {
      sticky.regexp.lastIndex = at;
      twin.lastIndex = at;
      expect([text, sticky.exec(text)?.[0]]).toEqual([text, twin.exec(text)?.[0]]);
      expect([text, sticky.regexp.lastIndex]).toEqual([text, twin.lastIndex]);
    }
    const global = gated(['局'], () => /\p{sc=Han}{1,3}局/gu);
    expect([...global.matchAll('市财政局和市民政局')].map((m) => m[0])).toEqual([...'市财政局和市民政局'.matchAll(/\p{sc=Han}{1,3}局/gu)].map((m) => m[0]));
    expect([...global.matchAll('市政府')]).toEqual([]);
    expect(global.replace('市财政局和市政府', '[$&]')).toBe('市财政局和市政府'.replace(/\p{sc=Han}{1,3}局/gu, '[$&]'));
    expect(global.replace('市政府', (m) => `[${m}]`)).toBe('市政府');
  });
});

/**
 * Every gate of the parser, on the seeds and fixtures (each text's view, whole and line by line): wherever its regexp
 * matches (anywhere: a sticky one is read as global), the gate lets the text through. And an example of each gate's hits,
 * the same gated and ungated.
 */
describe('[gated] every gate of the parser is exact', () => {
  const root = new URL('../..', import.meta.url).pathname;
  const fixtures = join(root, 'test/fixtures/transcripts');
  const files = [
    ...readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'seeds', f)),
    ...readdirSync(fixtures).filter((d) => !d.startsWith('_')).flatMap((d) => readdirSync(join(fixtures, d)).filter((f) => f.startsWith('input')).map((f) => join(fixtures, d, f))),
  ];
  const views = files.map((f) => normalize(decode(readFileSync(f)).text));

  it('the parser has gates, each with words to look for', () => {
    expect(PARSER_GATES.length).toBeGreaterThanOrEqual(10);
    for (const g of PARSER_GATES) expect(g.needs.length > 0 && g.needs.every((group) => group.length > 0 && group.every((w) => w.length > 0))).toBe(true);
  });

  it('no text the regexp matches is refused', () => {
    const refused: string[] = [];
    for (const g of PARSER_GATES) {
      const anywhere = new RegExp(g.regexp.source, g.regexp.flags.replace(/[gy]/g, ''));
      for (const view of views) {
        for (const text of [view, ...view.split('\n')]) {
          if (anywhere.test(text) && !g.admits(text)) refused.push(`${g.regexp.source.slice(0, 40)} ⟵ ${text.slice(0, 40)}`);
        }
      }
    }
    expect(refused).toEqual([]);
  });

  // A phrase each gate's regexp matches (found by a fragment of its pattern): gated, it matches just as ungated.
  it.each<[string, string]>([
    ['书面(?:答复|回复|回答)(?:意见', '附件:区税务局书面答复'],
    ['(?:所提|提出|提|询问|所询|提问|关注|关心)', '一、关于宋志强委员所提“小规模纳税人减免政策落实”问题的答复'],
    ['书面(?:答复|回复|回答)[ \\t\\u3000]*\\)', '省民政厅(书面答复):纳入关爱服务的有1200人。'],
    ['{0,3}据', '对此,据'],
    ['图为', '图为询问现场'],
    ['邮政编码', '联系电话:0871-1234567'],
    ['问的是', '刚才有位列席的同志递了一张条子,问的是残疾人“两项补贴”的问题,请县民政局简要回答。'],
    ['(其中|关于)', '其中,第一个方面包括三项:'],
    ['会议上', '——2022年12月27日在衡阳市第十六届人民代表大会常务委员会第八次会议上'],
    ['等?(?:相关|有关)?问题', '就群众关心的停车难问题回答委员询问时'],
    ['代表(?:', '我代表县政府表态'],
    ['(?:投入|安排|拨付|下达|补助|补贴|奖补|奖励|资助|支持|发放|给予)', '每个村投入'],
    ['(?:承诺|答应|表示|表态|保证|提出|说过)(?=', '去年市住建局承诺年内完成改造120个,现在完成了多少?'],
    ['(?:来|也|再|共同|分别|一并|简要|简单|具体|详细)?(?:回答', '请市生态环境局和市市场监管局回答'],
    ['(?:(?<!的)(?:希望|建议|要求)|恳请', '希望省民政厅拿出办法'],
    ['(\\S.{1,58}?)', '某市人大常委会文件汇编(2026)          · 17 ·'],
    ['预览时标签不可点', '点击上方蓝字关注我们'],
    ['(?:收益|收入', '一亩地的纯收益'],
  ])('%s: %s', (fragment, phrase) => {
    const gates = PARSER_GATES.filter((g) => g.regexp.source.includes(fragment));
    expect(gates.length).toBeGreaterThan(0);
    const view = normalize(phrase);
    const hits = gates.filter((g) => new RegExp(g.regexp.source, g.regexp.flags.replace(/[gy]/g, '')).test(view));
    expect(hits.length).toBeGreaterThan(0);
    for (const g of hits) {
      const anywhere = new RegExp(g.regexp.source, g.regexp.flags.replace(/[gy]/g, ''));
      const gatedAnywhere = new Gated(g.needs, () => anywhere);
      expect(gatedAnywhere.exec(view)).toEqual(new RegExp(anywhere).exec(view));
      if (!g.regexp.sticky && !g.regexp.global) expect(g.exec(view)).toEqual(plain(g).exec(view));
    }
  });
});
