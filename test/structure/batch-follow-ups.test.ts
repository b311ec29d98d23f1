import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

const followUps = (text: string) => buildStructure({ text, view: normalize(text) }).questions.map((q) => q.followUpOf);

const HEAD = '某县人大常委会专题询问全县食品药品安全工作\n\n主持人：下面开始询问。先请三位委员集中提问，再由县食药监局统一回答。\n\n';
const ASKS = '县人大常委会委员 滕某诚：校园周边小摊小贩卖“三无”食品，有没有专项整治？\n\n'
  + '县人大常委会委员 卜某芳：农贸市场快检室很多形同虚设，检测数据是否真实？\n\n'
  + '县人大常委会委员 蒙某胜：基层监管所人手不够，一个所管好几个乡镇，怎么解决？\n\n';
const ANSWER = '县食品药品监督管理局局长 宁某安：感谢三位委员的提问。关于校园周边食品安全，今年取缔无证摊点63个。关于快检室的问题，我们将每月抽查一次检测记录。关于监管力量不足，县编办已同意增加编制10名。\n\n';

describe('[batch-follow-ups] a member of a batch pressing the answer to their own question (t72 p10)', () => {
  it.each<[string, string, (number | null)[]]>([
    ['addressing by surname and post who answered her question', '县人大常委会委员 卜某芳：宁局长，抽查结果会不会向社会公开？', [null, null, null, 2]],
    ['by full name, after thanks', '县人大常委会委员 滕某诚：谢谢。宁某安同志，取缔以后怎么防止反弹？', [null, null, null, 1]],
    // near-misses
    ['no one addressed: a question of its own', '县人大常委会委员 卜某芳：药品网络销售怎么监管？', [null, null, null, null]],
    ['a member who asked nothing in the batch', '县人大常委会委员 覃某远：宁局长，药店抽检怎么安排？', [null, null, null, null]],
    ['another official addressed', '县人大常委会委员 卜某芳：韦局长，药店抽检怎么安排？', [null, null, null, null]],
  ])('%s', (_name, next, expected) => {
    expect(followUps(`${HEAD}${ASKS}${ANSWER}${next}\n\n县食品药品监督管理局局长 宁某安：会公开。`)).toEqual(expected);
  });
});
