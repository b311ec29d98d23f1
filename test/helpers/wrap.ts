/**
 * Hard-wrap a transcript the way a PDF copy comes out: every indented paragraph line broken at
 * `columns` display columns (a full-width character counts 2), its indentation kept on the
 * first line only; closing punctuation hangs past the width rather than open a line. Unindented
 * lines (headlines, dates, page furniture) stay as they are.
 * Example: wrapAt("    某某委员：请问…？", 12) → "    某某委\n员：请问…？".
 */
export function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c >= 0x2e80 || (c >= 0x2018 && c <= 0x201f) || c === 0x2014 || c === 0x2026 ? 2 : 1;
  }
  return n;
}

/** What typesetting never puts at the start of a line. */
const HANGING = '，。、；：？！”’）》」』';

export function wrapAt(text: string, columns: number, newline = '\n'): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (!/^(?: {2,}|\u3000+)\S/u.test(line)) { out.push(line); continue; }
    let current = '';
    let width = 0;
    for (const ch of line) {
      const w = displayWidth(ch);
      // Closing punctuation never opens a line: it hangs past the width, as typesetting does.
      if (width + w > columns && !HANGING.includes(ch)) {
        // A space at the break opens the next line (it is content: "委员 彭家林").
        const space = current.endsWith(' ') && current.trim() ? ' ' : '';
        out.push(space ? current.slice(0, -1) : current);
        current = space;
        width = space.length;
      }
      current += ch;
      width += w;
    }
    out.push(current);
  }
  return out.join(newline);
}

/** An invented gazette transcript, one paragraph per line (paragraphs indented 4 spaces). */
export const GAZETTE = [
  '青峰省人民代表大会常务委员会公报',
  '',
  '省十三届人大常委会第九次会议联组会议',
  '关于全省义务教育均衡发展情况专题询问发言摘要',
  '',
  '（2024年5月21日）',
  '',
  '    沈文涛委员（省人大常委会委员、省人大教育科学文化卫生委员会副主任委员）：近年来我省城镇学校大班额问题有所缓解，但部分县城学位依然紧张。请问省教育厅，如何扩大县城学位供给？',
  '    省教育厅厅长范明远：谢谢沈委员的提问。截至2023年底，全省共消除56人以上大班额1.27万个，县城新增学位18.6万个。下一步我们将做好三件事：一是新建改扩建县城学校236所；二是推行集团化办学，组建教育集团412个；三是用2至3年时间基本消除县城大班额。',
  '    省财政厅副厅长：今年省级财政安排义务教育薄弱环节改善资金43.5亿元，比上年增长8.2%，重点向县城和乡镇寄宿制学校倾斜。',
  '    冯丽娟委员（省人大常委会委员、省妇联副主席）：乡村教师流失较多，请问省人力资源社会保障厅有什么留人的办法？',
  '    省人力资源和社会保障厅厅长孔德胜：我们将推行“三项倾斜”：职称评聘向乡村教师倾斜、绩效工资向乡村教师倾斜、表彰奖励向乡村教师倾斜。今年乡村教师平均工资同比提高6.7%，流失率下降到3.1%。',
  '    副省长高振华：委员们提出的问题都很实在，省政府将一项一项抓落实，确保到2026年县域义务教育基本均衡全部通过国家认定。',
].join('\n');
