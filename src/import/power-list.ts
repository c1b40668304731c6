/**
 * A 权责清单 (power list) or 公共服务事项清单 (public-service list) as counties publish it: tables from the
 * shared readers (merged cells already resolved) → entries with a name, a type, a department and a basis.
 * Published headings vary (事项名称 / 权力事项名称 / 项目名称 / 职权名称, 权力类型 / 事项类型 / 行政职权类别,
 * 实施主体 / 实施机关 / 法定主体 / 行政决定部门 …), a heading may hold a line break (权力\n类型), a title row
 * may stand above the header, and 大项 / 子项 may sit under a merged 权力事项名称. Pure: no files.
 */
import { key } from "./header.js";
import { ImportError } from "./limits.js";
import { singleText } from "./map.js";
import { oneLine } from "./values.js";
import type { Cell, RawTable } from "./table.js";
import type { ListEntry } from "../model/list-coverage.js";

/** The types the lists use (国务院 权责清单 guidance), and 公共服务 for the service list. */
export const entryTypes = ["行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认", "行政奖励", "行政裁决", "其他行政权力", "公共服务"] as const;


export interface PowerList {
  /** the table's place in its file: 表1, 工作表「Sheet1」. */
  table: string;
  title?: string;
  entries: ListEntry[];
}

type Role = "name" | "parent" | "sub" | "type" | "department" | "basis";


/**
 * A heading's role. The columns of the 责任清单 half (责任事项, 责任事项依据, 追责情形, 承办机构) and the
 * service list's 服务对象 are not entries' facts, so they are named first and left out.
 */
function roleOf(heading: string): Role | undefined {
  const k = key(heading);
  if (!k || k.length > 20) return undefined;
  if (/责任事项|追责|问责|承办|备注|层级|对象|相对人|流程|时限|收费|权限划分|编码|代码|序号|^编号$|是否/.test(k)) return undefined;
  if (/依据/.test(k)) return "basis";
  if (/类型|类别|种类|^权力性质$/.test(k)) return "type";
  if (/主体|实施机关|实施部门|实施单位|责任部门|责任单位|决定部门|行使部门|^部门(名称)?$|^单位(名称)?$|^实施机构$/.test(k)) return "department";
  if (/^子项(名称)?$|^子项目(名称)?$/.test(k)) return "sub";
  if (/^(主项|大项)(名称)?$|^主项目(名称)?$/.test(k)) return "parent";
  if (/名称|^(事项|权力|职权|项目|服务事项)$/.test(k)) return "name";
  return undefined;
}

interface ListHeader {
  at: number;
  height: number;
  roles: (Role | undefined)[];
}

/** The first row (within the first 30) naming an entry's name and one more of its facts; a row of 大项 / 子项 under it joins it. */
function findHeader(rows: readonly Cell[][]): ListHeader | undefined {
  for (let at = 0; at < Math.min(rows.length, 30); at++) {
    const top = rows[at]!.map((c) => roleOf(c.text));
    // A header row names two columns at least; a title row above it names none.
    if (top.filter(Boolean).length < 2) continue;
    const next = rows[at + 1]?.map((c) => roleOf(c.text));
    const subs = next !== undefined && next.some((r, i) => (r === "sub" || r === "parent") && rows[at + 1]![i]!.text !== rows[at]![i]!.text);
    const roles = subs ? top.map((r, i) => (rows[at + 1]![i]!.text !== rows[at]![i]!.text && next[i] ? next[i] : r)) : top;
    const named = roles.some((r) => r === "name" || r === "sub" || r === "parent");
    const facts = new Set(roles.filter((r) => r === "type" || r === "department" || r === "basis")).size;
    if (named && facts >= 1) return { at, height: subs ? 2 : 1, roles };
  }
  return undefined;
}

const typeIn = (text: string): string | undefined => {
  const k = key(text);
  const found = entryTypes.find((t) => k.includes(t));
  if (found) return found;
  if (/^其他(行政)?(权力|职权)/.test(k)) return "其他行政权力";
  return undefined;
};

/** A type from the wording of a power's name, for lists without a type column: 对……的行政处罚, ……的处罚. */
const nameTypes: [RegExp, string][] = [
  [/(行政)?处罚$/, "行政处罚"],
  [/(行政)?强制(措施|执行)?$|^(查封|扣押|冻结)/, "行政强制"],
  [/(行政)?检查$|^对.+的(监督)?检查/, "行政检查"],
  [/(行政)?许可$|审批$/, "行政许可"],
  [/(行政)?征收$/, "行政征收"],
  [/(行政)?给付$/, "行政给付"],
  [/(行政)?确认$/, "行政确认"],
  [/(行政)?奖励$|表彰$/, "行政奖励"],
  [/(行政)?裁决$/, "行政裁决"],
];

/** The department a title names: "青阳县民政局权责清单总表(2023)" → 青阳县民政局. */
function titleDepartment(title: string): string | undefined {
  const m = /^(?:附件\s*[\d一二三四五六七八九十]*\s*[:：.．、]?\s*)?(.+?)(?:\d{4}年(?:度)?)?(?:行政)?(?:权责清单|权力清单|责任清单|权力和责任清单|职权清单|公共服务事项清单|公共服务清单|事项清单)/.exec(key(title));
  const name = m?.[1]?.replace(/(关于|的)$/, "");
  return name && /(局|委|委员会|办|办公室|厅|政府|中心|所|站|队|院|会|署)$/.test(name) ? name : undefined;
}

/** The entries of every table whose header names them. No such table: ImportError "noList". */
export function readPowerLists(tables: readonly RawTable[]): PowerList[] {
  const lists: PowerList[] = [];
  for (const table of tables) {
    const header = findHeader(table.rows);
    if (!header) continue;
    const above = table.rows.slice(0, header.at).map(singleText).filter((t): t is string => Boolean(t));
    const title = [...table.before, ...above].reverse().find((t) => /清单|目录|一览表/.test(t));
    lists.push({ table: table.label, ...(title ? { title: oneLine(title) } : {}), entries: entriesOf(table.rows, header, title ? titleDepartment(title) : undefined) });
  }
  if (!lists.length) throw new ImportError("noList", { tables: tables.length });
  return lists;
}

const sectionHeading = new RegExp(`^(?:[一二三四五六七八九十]+|\\d+)?[、.．]?(${entryTypes.join("|")}|其他权力)(?:事项)?(?:\\(共?\\d+项\\))?$`);


function entriesOf(rows: readonly Cell[][], header: ListHeader, titled: string | undefined): ListEntry[] {
  const byRole = new Map<Role, number[]>();
  header.roles.forEach((r, i) => r && byRole.set(r, [...(byRole.get(r) ?? []), i]));
  const columns = (role: Role) => byRole.get(role) ?? [];
  const at = (row: readonly Cell[], role: Role) => {
    for (const i of columns(role)) {
      const text = oneLine(row[i]?.text ?? "");
      if (text) return text;
    }
    return "";
  };
  const headerKeys = rows[header.at]!.map((c, i) => new Set(rows.slice(header.at, header.at + header.height).map((row) => key(row[i]?.text ?? ""))));
  const entries: ListEntry[] = [];
  // A CSV export leaves a merged cell's copies empty: the type, the department and the 主项 carry down.
  const carried = { type: "", department: "", parent: "" };
  for (let r = header.at + header.height; r < rows.length; r++) {
    const row = rows[r]!;
    const single = singleText(row);
    // A section heading across the table (一、行政许可（共8项）) types the rows under it.
    const section = single === undefined ? undefined : sectionHeading.exec(key(single));
    if (section) {
      carried.type = typeIn(section[1]!)!;
      continue;
    }
    const filled = row.filter((c) => key(c.text)).length;
    if (filled === 0) continue;
    // The header repeated on a later page.
    if (row.filter((c, i) => key(c.text) && headerKeys[i]?.has(key(c.text))).length >= Math.max(2, filled * 0.6)) continue;
    const parentText = at(row, "parent") || (columns("sub").length ? at(row, "name") : "");
    const sub = at(row, "sub");
    const parent = parentText || (sub ? carried.parent : "");
    const name = sub || (columns("sub").length ? parent : at(row, "name"));
    if (!name) continue;
    if (parentText) carried.parent = parentText;
    const typeText = at(row, "type");
    if (typeText) carried.type = typeIn(typeText) ?? typeText;
    const department = at(row, "department") || carried.department || titled || "";
    if (at(row, "department")) carried.department = department;
    const type = typeText ? (typeIn(typeText) ?? typeText) : carried.type || nameTypes.find(([p]) => p.test(key(name)))?.[1] || "";
    entries.push({ row: r + 1, name, ...(sub && parent && parent !== sub ? { parent } : {}), type, department, basis: at(row, "basis") });
  }
  return entries;
}
