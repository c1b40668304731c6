/**
 * Jurisdiction and domain from a table's title, as published: "附件1 苏州市吴中区木渎镇社会救助领域基层
 * 政务公开标准目录", "××县户籍管理领域基层政务公开标准目录（2021年版）", or a general one ("××镇基层政务公开
 * 标准目录"). The division code is never in a title's words: it comes from the options, a number in the
 * title, or the file's path (a folder named 320506103-木渎镇, as the project's own outputs are).
 */
import type { DomainEntry, Registries } from "../model/registries.js";

export interface TitleFacts {
  title?: string;
  domain?: DomainEntry;
  /** the title names no domain but reads as a catalog's title: a general catalog. */
  general?: boolean;
  /** the title calls the table a 补充目录: a supplementary catalog. */
  supplementary?: boolean;
  name?: string;
  code?: string;
}

// 政府信息主动公开补充目录 (a supplementary catalog's title) and 不予公开事项清单 (a non-disclosure list's) are read
// whole, so the name before them is the jurisdiction's.
const catalogWords = /(政府信息)?主动公开(事项)?(补充|基本)?目录|(政务公开)?不予(主动)?公开(的)?(政府信息|事项)?清单|政务公开负面清单|(领域)?(基层)?政务公开(事项)?(标准)?(目录|清单)|(标准)?目录|公开事项清单/;
const place = /(省|自治区|市|州|盟|地区|区|县|旗|镇|乡|街道|苏木|办事处|林区|特区|新区|开发区|管委会|村|社区|嘎查)$/;

/**
 * The domain a text names: the longest registered name or alias it holds. The general domain's aliases
 * (基层政务公开标准目录 …) are the words of every catalog's title, so they never name a domain here: a
 * title with no domain of its own is a general catalog (below).
 */
function domainIn(text: string, registries: Registries): { entry: DomainEntry; at: number; length: number } | undefined {
  let best: { entry: DomainEntry; at: number; length: number } | undefined;
  for (const entry of registries.domains) {
    if (entry.general) continue;
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      const at = text.indexOf(name);
      if (at >= 0 && (!best || name.length > best.length)) best = { entry, at, length: name.length };
    }
  }
  return best;
}

const stripLabel = (text: string) => text.replace(/^\s*附\s*件\s*[\d一二三四五六七八九十]*\s*[:：.．、]?\s*/, "").replace(/\s+/g, "");

/** The facts of the first line (nearest the table first) that reads as a catalog's title. */
export function titleFacts(candidates: readonly string[], registries: Registries): TitleFacts {
  for (const raw of [...candidates].reverse()) {
    const text = stripLabel(raw);
    if (!text || text.length > 80) continue;
    const domain = domainIn(text, registries);
    const words = catalogWords.exec(text);
    if (!domain && !words) continue;
    const end = domain ? domain.at : words!.index;
    const name = text.slice(0, end).replace(/(关于|的)$/, "");
    const code = /(?<!\d)(\d{12}|\d{9}|\d{6})(?!\d)/.exec(text)?.[1];
    return {
      title: text,
      ...(domain ? { domain: domain.entry } : { general: true }),
      ...(words?.[0].includes("补充目录") ? { supplementary: true } : {}),
      ...(place.test(name) ? { name: name.replace(/^\d+[-_ ]*/, "") } : {}),
      ...(code ? { code } : {}),
    };
  }
  return {};
}

/** A division code and name from a path: a folder or file named "320506103-苏州市吴中区木渎镇" (or a village's 12 digits). */
export function pathFacts(path: string): { code?: string; name?: string } {
  for (const part of path.split(/[\\/]/).reverse()) {
    const m = /(?<!\d)(\d{12}|\d{9}|\d{6})(?!\d)[-_ ]*([\u4e00-\u9fff]*)/.exec(part);
    if (m) return { code: m[1]!, ...(m[2] && place.test(m[2]) ? { name: m[2] } : {}) };
  }
  return {};
}
