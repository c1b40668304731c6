/**
 * Reads 公开时限 text (format.md §1, domain.md §4) into trigger, amount, unit and notice period.
 * 日 and 工作日 stay distinct: 财政's "批准后20日内" is calendar days.
 */
import type { Phrases } from "./registries.js";
import { parseNumeral } from "./numerals.js";
import type { Duration, TimeLimit, TimeLimitDefect, TimeLimitPart, TimeUnit } from "./types.js";

const durationPattern = /([0-9０-９]+|[一二两三四五六七八九十]+)(个)?(工作日|日|天|小时|个月|月)/;
const numbering = /^(?:\d+|[一二三四五六七八九十]+)[.、．）)]\s*/;

function unitOf(text: string): TimeUnit {
  if (text === "天") return "日";
  if (text === "个月") return "月";
  return text as TimeUnit;
}

function readDuration(segment: string): { duration: Duration; missingGe: boolean } | undefined {
  const m = durationPattern.exec(segment);
  if (!m) return undefined;
  const amount = parseNumeral(m[1]!);
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
  const text = stripEnd(raw.replace(/[\s\u3000]+/g, ""));
  const result: TimeLimit = { raw, parts: [], vague: false, defects };
  if (!text) return result;

  if (phrases.time_limit_vague.some((v) => stripEnd(v) === text)) {
    result.vague = true;
    return result;
  }
  const standing = phrases.time_limit_standing.find((s) => text.startsWith(stripEnd(s)));
  if (standing) result.standing = standing;
  const periodic = phrases.time_limit_periodic.find((p) => text.startsWith(p));
  if (periodic) result.periodic = periodic;

  const triggers = [...phrases.time_limit_triggers].sort((a, b) => b.length - a.length);
  for (const piece of text.split(/[；;。]/)) {
    for (const segment of piece.split(/[，,]/)) {
      const clean = segment.replace(numbering, "");
      if (!clean) continue;
      const read = readDuration(clean);
      const previous = result.parts[result.parts.length - 1];
      if (read && /^公示/.test(clean) && previous) {
        previous.notice = read.duration;
        previous.raw += `，${clean}`;
        continue;
      }
      const part: TimeLimitPart = { raw: clean };
      const trigger = triggers.find((t) => clean.includes(t));
      if (trigger) part.trigger = trigger;
      if (read) {
        part.duration = read.duration;
        if (read.missingGe && !defects.includes("missing-ge")) defects.push("missing-ge");
        const periodicPart = /^每/.test(clean);
        const extension = /延长/.test(clean);
        if (!trigger && !periodicPart && !extension && !defects.includes("missing-trigger")) defects.push("missing-trigger");
      }
      result.parts.push(part);
    }
  }
  const hasStandingPart = result.parts.some((p) => phrases.time_limit_standing.some((s) => p.raw.replace(/^.*[:：]/, "").startsWith(stripEnd(s))));
  result.vague = !result.parts.some((p) => p.duration) && !standing && !periodic && !hasStandingPart;
  return result;
}

/** The longest publication delay of a time limit in working days (calendar days × 5/7), ignoring notice periods. */
export function longestDelayInWorkingDays(limit: TimeLimit): number | undefined {
  let longest: number | undefined;
  for (const part of limit.parts) {
    if (!part.duration || /延长/.test(part.raw) || /^每/.test(part.raw)) continue;
    const { amount, unit } = part.duration;
    const days = unit === "工作日" ? amount : unit === "日" ? Math.floor((amount * 5) / 7) : unit === "月" ? amount * 21 : 0;
    longest = Math.max(longest ?? 0, days);
  }
  return longest;
}
