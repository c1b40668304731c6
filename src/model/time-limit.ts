/**
 * Reads 公开时限 text (docs/format.md, Time limits) into trigger, amount, unit and notice period.
 * 日 and 工作日 stay distinct: 财政's "批准后20日内" is calendar days.
 */
import type { Phrases } from "./registries.js";
import { parseNumeral } from "./numerals.js";
import type { Duration, TimeLimit, TimeLimitDefect, TimeLimitPart, TimeUnit } from "./types.js";

const durationPattern = /([0-9０-９]+|[一二两三四五六七八九十]+)(个)?(工作日|日|天|小时|个月|月)/;
const numbering = /^(?:\d+|[一二三四五六七八九十]+)[.、．）)]\s*/;
/** "3月31日" is a date (a deadline such as "每年3月31日前"), not a duration of 3 months or 31 days. */
const datePattern = /(?:[0-9０-９]+|[一二三四五六七八九十]+)月(?:[0-9０-９]+|[一二三四五六七八九十]+)日/g;
/** "配租结果确定之日起10个工作日内": whatever precedes 之日起/后 + a number is the start event, known phrase or not. */
const triggerClause = /^(?:自|在)?(.+?)(?:之日起|之日后|之后|后)\s*(?:[0-9０-９]+|[一二两三四五六七八九十]+)/;
/** "处罚决定：20个工作日内": the label names the information whose formation starts the clock. */
const label = /^[^：:]+[：:]/;
/**
 * A publicity period, which says how long something stays published, not how late it is published:
 * 公示不少于30日, 公示期7个工作日, 报送审批前公告30日 (城乡规划法 art. 26).
 */
const publicity = /^公示|(?:公示|公告|征求意见)(?:期|时间|期限)|不少于|不得少于|不低于|不短于|至少|前[^后]*(?:公示|公告|征求意见)/;
/** The last characters cut off: a dangling 之日起, 个, 工作, number, connector or open bracket. */
const truncatedEnd = /(?:之日起|日起|之日|[0-9０-９]+|[一二两三四五六七八九十]+|个|个工作|工作|予以|、|或|及|和|[（(][^）)]*)$/;

function unitOf(text: string): TimeUnit {
  if (text === "天") return "日";
  if (text === "个月") return "月";
  return text as TimeUnit;
}

function readDuration(segment: string): { duration: Duration; missingGe: boolean } | undefined {
  // Stryker disable next-line StringLiteral: any stand-in for a date without a digit or unit reads the same
  const m = durationPattern.exec(segment.replace(datePattern, ""));
  if (!m) return undefined;
  const amount = parseNumeral(m[1]!);
  // Stryker disable next-line ConditionalExpression: parseNumeral reads every numeral the pattern captures; the check is for the type
  if (amount === undefined) return undefined;
  return { duration: { amount, unit: unitOf(m[3]!) }, missingGe: m[3] === "工作日" && !m[2] };
}

function stripEnd(text: string): string {
  return text.replace(/[。.；;，,\s]+$/, "");
}

export function parseTimeLimit(raw: string, phrases: Phrases): TimeLimit {
  const defects: TimeLimitDefect[] = [];
  // "制 定 或 获 取 信 息之日起 10 个 工作日内": spaces between characters are layout damage.
  if (/[\u4e00-\u9fa5]\s+[\u4e00-\u9fa5]/.test(raw)) defects.push("spaced");
  // Stryker disable next-line Regex: with the g flag, removing a run of spaces at once or one by one is the same
  const text = stripEnd(raw.replace(/[\s\u3000]+/g, ""));
  const result: TimeLimit = { raw, parts: [], vague: false, defects };
  if (!text) return result;

  // Only a sentence can be cut short: a bare number ("-5") is no time limit at all.
  if (/\p{Script=Han}/u.test(text) && truncatedEnd.test(text) && !phrases.time_limit_vague.some((v) => stripEnd(v) === text)) defects.push("truncated");
  if (phrases.time_limit_vague.some((v) => stripEnd(v) === text)) {
    result.vague = true;
    return result;
  }
  const standing = phrases.time_limit_standing.find((s) => text.startsWith(stripEnd(s)));
  if (standing) result.standing = standing;
  // 每 + a number is periodic too (每20个工作日更新).
  const periodicPrefix = (segment: string) => phrases.time_limit_periodic.find((p) => segment.startsWith(p)) ?? /^每/.exec(segment)?.[0];
  const periodic = periodicPrefix(text);
  if (periodic) result.periodic = periodic;

  const triggers = [...phrases.time_limit_triggers].sort((a, b) => b.length - a.length);
  for (const piece of text.split(/[；;。]/)) {
    for (const segment of piece.split(/[，,]/)) {
      const clean = segment.replace(numbering, "");
      if (!clean) continue;
      const read = readDuration(clean);
      const previous = result.parts[result.parts.length - 1];
      if (read && publicity.test(clean)) {
        if (previous && !previous.notice) {
          previous.notice = read.duration;
          previous.raw += `，${clean}`;
        } else result.parts.push({ raw: clean, notice: read.duration });
        continue;
      }
      const part: TimeLimitPart = { raw: clean };
      if (periodic || periodicPrefix(clean)) part.periodic = true;
      const trigger = triggers.find((t) => clean.includes(t)) ?? triggerClause.exec(clean)?.[1];
      if (trigger) part.trigger = trigger;
      if (read) {
        part.duration = read.duration;
        if (read.missingGe && !defects.includes("missing-ge")) defects.push("missing-ge");
        const extension = /延长/.test(clean);
        const labelled = label.test(clean);
        if (!trigger && !part.periodic && !extension && !labelled && !defects.includes("missing-trigger")) defects.push("missing-trigger");
      }
      result.parts.push(part);
    }
  }
  // Stryker disable next-line Regex: a greedy .* matches from the start anyway
  const hasStandingPart = result.parts.some((p) => phrases.time_limit_standing.some((s) => p.raw.replace(/^.*[:：]/, "").startsWith(stripEnd(s))));
  const hasDeadline = text.search(datePattern) !== -1;
  // A limit cut short is reported as truncated, not as one that never stated a period.
  result.vague = !result.parts.some((p) => p.duration || p.notice) && !standing && !periodic && !hasStandingPart && !hasDeadline && !defects.includes("truncated");
  return result;
}

/** A duration as the official wording spells it: 20个工作日, 20日, 3个月. */
export function spellDuration({ amount, unit }: Duration): string {
  return `${amount}${unit === "工作日" ? "个工作日" : unit === "月" ? "个月" : unit}`;
}

/** A part's publication delay in working days (calendar days × 5/7, months × 21); none for publicity, extension or periodic parts. */
function delayInWorkingDays(part: TimeLimitPart): number | undefined {
  if (!part.duration || part.periodic || /延长/.test(part.raw)) return undefined;
  const { amount, unit } = part.duration;
  return unit === "工作日" ? amount : unit === "日" ? Math.floor((amount * 5) / 7) : unit === "月" ? amount * 21 : 0;
}

/** The part with the longest publication delay, and that delay in working days. */
export function longestDelay(limit: TimeLimit): { part: TimeLimitPart; workingDays: number } | undefined {
  let longest: { part: TimeLimitPart; workingDays: number } | undefined;
  for (const part of limit.parts) {
    const workingDays = delayInWorkingDays(part);
    // Stryker disable next-line ConditionalExpression: undefined > n is false too; the check is for the type
    if (workingDays !== undefined && workingDays > (longest?.workingDays ?? -1)) longest = { part, workingDays };
  }
  return longest;
}
