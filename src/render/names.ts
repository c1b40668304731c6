/**
 * Output file names come from catalog content (jurisdiction code and name, domain), so they are made
 * safe for every file system and web server: no path separators or characters Windows refuses, no
 * control characters, no leading dots (hidden files, `..`), no reserved device names, bounded length.
 */
import type { Level } from "../model/types.js";

const unsafe = /[\u0000-\u001f\u007f-\u009f/\\:*?"<>|#%\u2028\u2029\ufeff]/g;
const reserved = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Most file systems allow 255 bytes per name; leave room for a suffix and an extension. */
const maxBytes = 180;

export function safeName(text: string, fallback: string): string {
  let name = text.normalize("NFC").replace(unsafe, "_").replace(/\s+/g, " ").replace(/^[.\s]+/, "");
  while (new TextEncoder().encode(name).length > maxBytes) name = [...name].slice(0, -1).join("");
  // After cutting too: a name never ends in a dot or a space (Windows drops them).
  name = name.replace(/[.\s]+$/, "");
  if (!name || /^_+$/.test(name)) name = fallback;
  return reserved.test(name) ? `_${name}` : name;
}

/** Hands out names unique within one folder, case-insensitively (Windows and macOS fold case). */
export class NameSet {
  private readonly taken = new Set<string>();
  constructor(reservedNames: readonly string[] = []) {
    for (const name of reservedNames) this.taken.add(name.toLowerCase());
  }
  claim(name: string): string {
    let candidate = name;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${name}-${n}`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}

/** 苏州市吴中区木渎镇 → 木渎镇; 苏州市吴中区 → 吴中区: the name without the units above it (the folder name of init and import). */
export function shortName(name: string, level: Level): string {
  const above = level === "乡级" ? /^(?:.+?(?:省|自治区))?(?:.+?(?:自治州|地区|盟|市))?(?:.+?(?:区|县|旗|市))?/ : /^(?:.+?(?:省|自治区))?(?:.+?(?:自治州|地区|盟|市))?/;
  const rest = name.slice(above.exec(name)?.[0].length ?? 0);
  return rest.length >= 2 ? rest : name;
}
