/** What a jurisdiction's code says about its level (6 digits = 县级, 9 = 乡级, 12 = 村级, a village list's; format.md §1). */
import type { Jurisdiction, Level } from "../model/types.js";

export function levelOfCode(code: string): Level | undefined {
  if (/^\d{6}$/.test(code)) return "县级";
  if (/^\d{9}$/.test(code)) return "乡级";
  if (/^\d{12}$/.test(code)) return "村级";
  return undefined;
}

/**
 * The catalog's level when it can be trusted: the declared one, unless the code says otherwise
 * (jurisdiction-level-mismatch reports that, and rules judging items by level stay silent).
 */
export function trustedLevel({ code, level }: Jurisdiction): Level | undefined {
  const byCode = levelOfCode(code);
  return byCode && level.canonical && byCode !== level.canonical ? undefined : level.canonical;
}
