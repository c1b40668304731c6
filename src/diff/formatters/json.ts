/** format.md §3: the versioned result as it is, raw UTF-8 (JSON.stringify never escapes CJK). */
import type { DiffFormatter } from "./context.js";

export const json: DiffFormatter = (result) => `${JSON.stringify(result, null, 2)}\n`;
