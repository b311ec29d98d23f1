/**
 * Whether a figure reaches a target: the one judgement behind "已达标 / 未达标" of the figures section and a promise
 * reported done (or still open) in the promises section, so the two never disagree.
 *
 * Example: target "年底前全市回收网点达到600个", reported "回收网点已达到620个": met (exceeded); target "压缩至3个工作日",
 * reported 2个工作日: met (a ceiling is reached from above); target 85%, reported "目前…比例为78%": not met.
 */

/** The reported value meets the target: at or above a floor (达到/不低于/改造120公里), at or below a ceiling (压缩至/控制在…以内). */
export function meetsTarget(goal: number, got: number, ceiling: boolean): boolean {
  return ceiling ? got <= goal : got >= goal;
}
