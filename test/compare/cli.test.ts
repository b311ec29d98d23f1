/**
 * `inquiry compare` run in memory: the command registered on a fresh program, as main.ts does,
 * with files in a temporary directory.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerCompare } from '../../src/cli/commands/compare.js';
import { parse } from '../../src/pipeline.js';
import { compare } from '../../src/compare/compare.js';
import { toJson } from '../../src/format/json.js';
import { toYaml } from '../../src/format/yaml.js';
import { width } from '../../src/format/compare-cells.js';

const dir = mkdtempSync(join(tmpdir(), 'inquiry-compare-'));
const fixtures = new URL('../fixtures/compare/', import.meta.url).pathname;
const a = join(fixtures, 'xiling-2024.txt');
const b = join(fixtures, 'xiling-2025.txt');
const write = (name: string, content: string) => { const p = join(dir, name); writeFileSync(p, content); return p; };
// The order note under the two file lines names both paths, so how it wraps depends on where the project is
// cloned (at /check/work/main it took three lines of 100 columns, and a break at a space loses the space): the note
// tests print 1,000 columns wide and read the paragraph up to the blank line.
const WIDE = { columns: 1000 };
const orderNote = (stdout: string) => stdout.split('\n').slice(3).join('\n').split('\n\n')[0].replace(/\n/gu, '');

async function run(argv: string[], options: { env?: Record<string, string>; isTTY?: boolean; columns?: number } = {}) {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const io = {
    argv,
    stdout: { write: (s: string) => { stdout += s; }, isTTY: options.isTTY ?? false, columns: 'columns' in options ? options.columns : 100 },
    stderr: { write: (s: string) => { stderr += s; } },
    env: options.env ?? {},
    cwd: dir,
  };
  const program = new Command('inquiry').exitOverride().configureOutput({ writeOut: (s) => { stdout += s; }, writeErr: (s) => { stderr += s; } });
  registerCompare(program, io, (c) => { code = Math.max(code, c); });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch {
    code = 2;
  }
  return { code, stdout, stderr };
}

const bytes = (path: string) => readFileSync(path);
const recordA = parse(bytes(a), { name: 'xiling-2024.txt' });

describe('[cli] inquiry compare', () => {
  it('honours COLUMNS, in a pipe too (t73 f12); without it a pipe is 100 columns wide', async () => {
    const widest = (out: string) => Math.max(...out.split('\n').map((l) => width(l)));
    // (No columns on standard output: a pipe. The paths are printed too, so the header lines may be wider; the tables are not.)
    const tables = (out: string) => out.split('\n').filter((l) => /^[┌│├└]/u.test(l)).join('\n');
    expect(widest(tables((await run(['compare', a, b], { env: { COLUMNS: '80' }, columns: undefined })).stdout))).toBe(80);
    expect(widest(tables((await run(['compare', a, b], { env: { COLUMNS: '120' }, columns: undefined })).stdout))).toBe(120);
    expect(widest(tables((await run(['compare', a, b], { columns: undefined })).stdout))).toBe(100);
  });

  it('compares two transcripts in the terminal format by default, without colour off a TTY', async () => {
    const r = await run(['compare', a, b]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('+1.6 个百分点');
    expect(r.stdout).toContain('市城管局');
    expect(r.stdout).not.toMatch(/\u001b/);
  });

  it('--format json prints the library\'s comparison', async () => {
    const r = await run(['compare', a, b, '--format', 'json']);
    expect(r.code).toBe(0);
    const expected = compare(parse(bytes(a), { name: a }), parse(bytes(b), { name: b }));
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(toJson(expected)));
  });

  it.each([['json', toJson], ['yaml', toYaml]])('accepts a record saved as %s in place of a transcript', async (ext, save) => {
    const saved = write(`a.${ext}`, save(parse(bytes(a), { name: a })));
    const fromRecord = await run(['compare', saved, b, '--format', 'json']);
    const fromText = await run(['compare', a, b, '--format', 'json']);
    expect(fromRecord.code).toBe(0);
    expect(fromRecord.stdout).toBe(fromText.stdout);
  });

  it('markdown is what a journalist pastes into a draft', async () => {
    const r = await run(['compare', a, b, '--format', 'markdown']);
    expect(r.stdout).toMatch(/^# 专题询问对比/);
    expect(r.stdout).toContain('| 指标 | A | B | 变化 |');
  });

  it.each([
    ['a record of another schema version', () => write('v2.json', toJson({ ...recordA, schema: 'inquiry-record/2' })), /v2\.json: record schema inquiry-record\/2 is not supported/],
    ['a malformed record', () => write('bad.yaml', 'schema: inquiry-record/1\nsource: [\n'), /bad\.yaml: not valid YAML/],
    ['JSON that is not a record', () => write('other.json', '{"hello": "world"}'), /other\.json: not an inquiry record/],
    ['a missing file', () => join(dir, 'missing.txt'), /missing\.txt: no such file or directory/],
  ])('%s: one line naming the file, exit 2', async (_, make, message) => {
    const r = await run(['compare', make(), b]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    { where: 'a TTY', isTTY: true, env: {}, coloured: true },
    { where: 'a TTY with NO_COLOR', isTTY: true, env: { NO_COLOR: '1' }, coloured: false },
    { where: 'a pipe with FORCE_COLOR', isTTY: false, env: { FORCE_COLOR: '1' }, coloured: true },
    { where: 'a TTY with FORCE_COLOR and NO_COLOR', isTTY: true, env: { FORCE_COLOR: '1', NO_COLOR: '1' }, coloured: false },
    { where: 'a pipe', isTTY: false, env: {}, coloured: false },
  ])('colour on $where: $coloured', async ({ isTTY, env, coloured }) => {
    const r = await run(['compare', a, b], { isTTY, env });
    expect(/\u001b\[/.test(r.stdout)).toBe(coloured);
    // The bar chart of distinctive terms comes only with colour.
    expect(r.stdout.includes('█')).toBe(coloured);
  });

  it('never prints a control character from a transcript raw', async () => {
    const hostile = bytes(b).toString('utf8').replace('完善行政执法监督平台', '完善行政执法\u001b]0;pwned\u0007监督平台');
    const p = write('hostile.txt', hostile);
    // Shown as its escape, six visible characters (Markdown escapes the backslash once more, so it renders as \u001b).
    for (const [format, shown] of [['terminal', '完善行政执法\\u001b'], ['markdown', '完善行政执法\\\\u001b']]) {
      const r = await run(['compare', a, p, '--format', format], { isTTY: true });
      expect(r.stdout).not.toMatch(/\u001b\]|\u0007/);
      expect(r.stdout).toContain(shown);
    }
  });

  it.each([['--promise-threshold', '2'], ['--topic-threshold', 'x'], ['--terms', '-1']])('%s %s is a usage error', async (flag, value) => {
    const r = await run(['compare', a, b, flag, value]);
    expect(r.code).toBe(2);
  });

  describe('the header names A and B as typed', () => {
    it('a saved record: its path, then the transcript it was read from', async () => {
      const saved = write('p01.json', toJson(parse(bytes(a), { name: 'xiling-2024-report.txt' })));
      const r = await run(['compare', saved, b], WIDE);
      const [lineA, lineB] = r.stdout.split('\n').slice(1, 3);
      expect(lineA).toMatch(/^ *A .*p01\.json \(xiling-2024-report\.txt\)  sha256 /);
      expect(lineB).toContain(`B ${b}  sha256 `); // a transcript parsed here is named as typed, once
      const markdown = await run(['compare', saved, b, '--format', 'markdown']);
      expect(markdown.stdout.split('\n')[0]).toContain('p01.json (xiling-2024-report.txt)');
    });
    it('swapped into time order, the names go with their sessions', async () => {
      const early = write('early.yaml', toYaml(parse(bytes(join(fixtures, 'weitang-2024.txt')), { name: 'w24.txt' })));
      const late = write('late.yaml', toYaml(parse(bytes(join(fixtures, 'weitang-2025.txt')), { name: 'w25.txt' })));
      const r = await run(['compare', late, early], WIDE);
      expect(r.stdout.split('\n').slice(1, 3).join('\n')).toMatch(/A .*early\.yaml \(w24\.txt\)[\s\S]*B .*late\.yaml \(w25\.txt\)/);
    });
    it('the JSON keeps the records\' own names', async () => {
      const saved = write('p01b.json', toJson(parse(bytes(a), { name: 'xiling-2024-report.txt' })));
      const r = await run(['compare', saved, b, '--format', 'json']);
      expect(JSON.parse(r.stdout).source.a.name).toBe('xiling-2024-report.txt');
    });
  });

  it('one session twice (a transcript and its record): a note, exit 0', async () => {
    const saved = write('same.json', toJson(parse(bytes(a), { name: a })));
    const r = await run(['compare', a, saved], WIDE);
    expect(r.code).toBe(0);
    expect(orderNote(r.stdout)).toContain('A 与 B 是同一场会议');
    const json = await run(['compare', a, a, '--format', 'json']);
    expect(json.stderr).toMatch(/^inquiry: A 与 B 是同一场会议 \(sha256 [0-9a-f]{12} 相同\)/);
    expect((await run(['compare', a, b])).stdout).not.toContain('同一场会议');
  });

  it('--format table is the terminal format, as parse names it', async () => {
    const table = await run(['compare', a, b, '--format', 'table']);
    expect(table.code).toBe(0);
    expect(table.stdout).toBe((await run(['compare', a, b, '--format', 'terminal'])).stdout);
  });

  describe('time order: the earlier session is the baseline', () => {
    const early = join(fixtures, 'weitang-2024.txt'); // 2024-06-20
    const late = join(fixtures, 'weitang-2025.txt'); // 2025-06-18
    it('given later first, the sessions are swapped and the output says so', async () => {
      const given = await run(['compare', late, early, '--format', 'json']);
      const ordered = await run(['compare', early, late, '--format', 'json']);
      expect(given.code).toBe(0);
      expect(given.stdout).toBe(ordered.stdout);
      expect(given.stderr).toContain('按会议日期排序');
      expect(ordered.stderr).toBe('');
      const terminal = await run(['compare', late, early], WIDE);
      expect(terminal.stdout.split('\n').slice(1, 3).join('\n')).toMatch(/A .*weitang-2024\.txt[\s\S]*B .*weitang-2025\.txt/);
      expect(terminal.stdout).toContain('与参数顺序相反');
      expect((await run(['compare', late, early, '--format', 'markdown'])).stdout).toContain('> 按会议日期排序');
    });
    it('--keep-order keeps the order given and warns', async () => {
      const r = await run(['compare', late, early, '--keep-order'], WIDE);
      expect(r.stdout.split('\n')[1]).toContain('weitang-2025.txt');
      expect(r.stdout).toContain('晚于 B');
    });
    describe('one session undated (no year): the order from which quotes the other\'s promises, said in one line', () => {
      // weitang-2024 with its date cut to 6月20日 (no year); weitang-2025 asks about 去年承诺….
      const undated = () => write('weitang-undated.txt', readFileSync(early, 'utf8').replace('2024年6月20日', '6月20日'));
      it('the quoting session given second: the order given, and a line saying why', async () => {
        const r = await run(['compare', undated(), late], WIDE);
        expect(r.code).toBe(0);
        expect(orderNote(r.stdout)).toMatch(/A \(.*weitang-undated\.txt\) 无日期：B .*引述前次承诺.*按参数顺序比较/);
      });
      it('the quoting session given first: swapped, the same comparison, and a line saying so', async () => {
        const u = undated();
        const given = await run(['compare', late, u, '--format', 'json']);
        const ordered = await run(['compare', u, late, '--format', 'json']);
        expect(given.stdout).toBe(ordered.stdout);
        expect(given.stderr).toMatch(/weitang-undated\.txt 无日期：.*weitang-2025\.txt .*引述前次承诺.*与参数顺序相反/);
        const kept = await run(['compare', late, u, '--keep-order'], WIDE);
        expect(kept.stdout.split('\n')[1]).toContain('weitang-2025.txt');
        expect(kept.stdout).toMatch(/A 同一机关会次在后 [^；]*、引述前次承诺 \(去年承诺\)，应是较晚的一场/);
      });
      it('one dated, neither quoting: the order given, said so; neither dated nor quoting: no line', async () => {
        // xiling-2024 and -2025 carry no year; weitang-2024 is dated 2024-06-20; none quotes the other.
        const r = await run(['compare', a, early], WIDE);
        expect(orderNote(r.stdout)).toMatch(/A \(.*xiling-2024\.txt\) 无日期，也无会次、引述、跟踪询问或对承诺的报告可定先后：先后无从判断，按参数顺序比较/);
        // Neither dated, the meeting ordinals of one term tell the order (第十五次 < 第二十二次), said so; without them, no line.
        expect(orderNote((await run(['compare', a, b], WIDE)).stdout)).toMatch(/无日期：B 同一机关会次在后 \(第7届 第15次 < 第22次\)，是较晚的一场，按参数顺序比较/);
        const bare = (f: string, name: string) => write(name, readFileSync(f, 'utf8').replace(/七届人大常委会第[一二三四五六七八九十]+次会议/u, '人大常委会'));
        expect((await run(['compare', bare(a, 'xiling-a-bare.txt'), bare(b, 'xiling-b-bare.txt')])).stdout).not.toContain('无日期');
      });
    });
    describe('an undated follow-up quoting nothing: ordered by its meeting, title and reports (hechuan, fixtures README)', () => {
      const first = join(fixtures, 'hechuan-2021.txt');
      const follow = join(fixtures, 'hechuan-2022-undated.txt');
      it('the same comparison either way round, the note naming each reading; merged offices and a stand-in followed', async () => {
        const given = await run(['compare', follow, first, '--format', 'json']);
        const ordered = await run(['compare', first, follow, '--format', 'json']);
        expect(given.stdout).toBe(ordered.stdout);
        // (The undated later session named once: "…undated.txt 无日期，同一机关会次在后", not "无日期：…undated.txt 同一机关…".)
        expect(given.stderr.match(/hechuan-2022-undated\.txt/gu)).toHaveLength(2);
        expect(given.stderr).toMatch(/hechuan-2022-undated\.txt 无日期，同一机关会次在后 \(第8届 第12次 < 第20次\)、标题为跟踪询问 \(【跟踪问效】[^)]*\)、以过去时报告对方的承诺 \(去年完成水源置换村庄252个\)，是较晚的一场.*与参数顺序相反/);
        expect(ordered.stderr).toMatch(/B 同一机关会次在后.*是较晚的一场，按参数顺序比较/);
        const c = JSON.parse(ordered.stdout);
        expect(c.source.a.name).toMatch(/hechuan-2021\.txt$/);
        expect(c.organizations.both.filter((r: { link?: unknown }) => r.link).map((r: { name: { a: string; b: string } }) => [r.name.a, r.name.b]).sort())
          .toEqual([['市城市管理局', '市城市供水服务中心'], ['市水务局', '市水利局']]);
        expect(c.people.successors.map((s: { organization: string; post: string; name: { a: string; b: string } }) => [s.organization, s.post, s.name.a, s.name.b]))
          .toEqual([['市卫生健康委', '主任', '麻建英', '宓秋霞'], ['市水利局', '局长', '罗长青', '尉迟峰']]);
        // (The office renamed: A's head held it as 市水务局; one office under one name has no such pair.)
        expect(c.people.successors.map((s: { offices?: unknown }) => s.offices ?? null)).toEqual([null, { a: '市水务局', b: '市水利局' }]);
      });
    });
    it('no notice without two dates, or in time order', async () => {
      for (const argv of [[b, a], [early, late], [late, a]]) {
        const r = await run(['compare', ...argv]);
        expect(r.stdout).not.toMatch(/按会议日期排序|晚于 B/);
      }
    });
  });
});

