/**
 * Two small hand-built sessions whose differences are known: the same 市公安局 (once in
 * Traditional), one repeated promise, one reworded promise, a moved percentage, a moved count,
 * an organization questioned once on each side, a deputy mayor whose title changed.
 */
import { buildRecord } from './build-record.js';

export const sessionA = buildRecord({
  name: 'a-2024.txt',
  session: { title: '某市人大常委会就平安建设开展专题询问', body: '某市人大常委会', meeting: '第十次会议', date: '2024-06' },
  questions: [
    {
      text: '市公安局如何推进矛盾纠纷化解?', addressees: ['市公安局'], asker: ['王某某', '市人大常委会委员'],
      responders: [['李某', '市公安局局长', '市公安局']],
      measures: ['推进综治中心规范化建设', '打击电信诈骗犯罪', '加强执法队伍培训'],
      quantities: [{ text: '97.78%', value: 97.78, unit: '%', kind: 'percent', indicator: '矛盾纠纷化解率' }, { text: '120件', value: 120, unit: '件', indicator: '信访积案' }],
    },
    {
      text: '如何保障校园食品安全?', addressees: ['市市场监管局'], asker: ['赵某', '市人大常委会委员'],
      responders: [['钱某', '市市场监管局局长', '市市场监管局']],
      measures: ['健全校园食品安全监管机制', '开展食品安全专项整治行动'],
    },
    {
      text: '市政府如何提升依法决策水平?', addressees: ['市政府'], asker: ['孙某', '市人大常委会副主任'],
      responders: [['周某某', '市政府副市长', '市政府']],
      measures: ['提升科学民主依法决策水平'],
    },
  ],
});

export const sessionB = buildRecord({
  name: 'b-2025.txt',
  session: { title: '某市人大常委会就平安建设开展专题询问', body: '某市人大常委会', meeting: '第十八次会议', date: '2025-06' },
  questions: [
    {
      text: '市政府如何推进依法决策?', addressees: ['市政府'], asker: ['孙某', '市人大常委会副主任'],
      responders: [['周某某', '市政府常务副市长', '市政府']],
      measures: ['提升科学民主依法决策水平', '完善行政执法监督平台'],
    },
    {
      text: '市公安局如何推进矛盾纠纷源头治理?', addressees: ['市公安局'], asker: ['吴某', '市人大常委会委员'],
      responders: [['李某', '市公安局局长', '市公安局']],
      measures: ['持续推进综治中心规范化建设', '深化数字赋能源头治理'],
      quantities: [{ text: '98.60%', value: 98.6, unit: '%', kind: 'percent', indicator: '矛盾纠纷化解率' }, { text: '90件', value: 90, unit: '件', indicator: '信访积案' }],
    },
    {
      text: '如何做好违建整治?', addressees: ['市城管局'], asker: ['郑某', '市人大常委会委员'],
      responders: [['冯某', '市城管局局长', '市城管局']],
      measures: ['开展违建整治专项行动'],
    },
  ],
});
