// City-scale corpus generator for `npm run bench`: 10 counties × (1 + 9 townships) × 26 pilot domains ×
// 30 items ≈ 2,600 catalogs and 78,000 items, built from the registries so every item is realistic and
// valid; 1% of files carry one defect so the position path is exercised too. `revision` derives a
// second corpus: 5% of items changed, some removed, some added, for the diff benchmark. `heavy` gives
// the same city as counties hold it: most files carry warnings (generic subjects, the 条例 cited
// without its version, older domain names) and are laid out as people write them (comments, blank
// lines, 4-space indents, flow lists, quoted values, CRLF).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";

const registry = (name) =>
  yaml.load(readFileSync(new URL(`../src/registries/${name}.yaml`, import.meta.url), "utf8"), { schema: yaml.CORE_SCHEMA });

/** Laws an item may cite in a clean catalog issued in 2026: in force, numbered, not expired by then. */
const citable = (laws) =>
  laws.filter((l) => l.status === "现行有效" && l.doc_no && !l.sets_time_limit && !/政府信息公开条例/.test(l.title) && !(l.valid_until && String(l.valid_until) < "2026-12-31"));

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Real counties, each with nine real townships (镇, 乡, 街道) from the divisions registry, so the clean
// corpus passes the jurisdiction-code checks as real catalogs do.
const counties = [
  ["320506", "苏州市吴中区"], ["320507", "苏州市相城区"], ["320509", "苏州市吴江区"], ["320581", "常熟市"],
  ["320582", "张家港市"], ["320281", "江阴市"], ["320282", "宜兴市"], ["320412", "常州市武进区"],
  ["320481", "溧阳市"], ["320612", "南通市通州区"],
];
const townshipsPerCounty = 9;

/** The first townships of a county in the divisions registry, as [code, name]. */
function townshipsOf(county, divisions) {
  const found = Object.keys(divisions)
    .filter((code) => code.length === 9 && code.startsWith(county) && /(镇|乡|街道)$/.test(divisions[code]))
    .sort()
    .slice(0, townshipsPerCounty);
  if (found.length < townshipsPerCounty) throw new Error(`divisions registry: fewer than ${townshipsPerCounty} townships in ${county}`);
  return found.map((code) => [code, divisions[code]]);
}
const categories = ["政策文件", "办事指南", "行政许可", "行政检查", "公共服务", "结果公开"];
const names = ["政策法规文件", "办理条件和流程", "审核信息", "审批结果", "监督渠道"];
const contents = ["办理事项、办理条件、申请材料", "办理流程、办理时间、办理地点", "咨询电话、监督投诉渠道", "收费依据及标准", "结果信息（隐去个人隐私）"];
const channels = ["政府网站", "政务服务中心", "公开查阅点", "两微一端", "社区/企事业单位/村公示栏（电子屏）", "便民服务站"];
const limits = ["信息形成或者变更之日起20个工作日内", "制定或获取信息之日起10个工作日内", "信息形成或者变更之日起20个工作日内", "实时"];

const genericSubjects = ["相关部门", "地方各级财政部门", "县级人民政府", "各级民政部门", "乡镇人民政府、相关部门"];
const unversionedOgi = ["《中华人民共和国政府信息公开条例》第二十条", "《中华人民共和国政府信息公开条例》", "《政府信息公开条例》第十九条"];

export function generateCorpus(dir, { revision = false, heavy = false, seed = 2026 } = {}) {
  const { domains } = registry("domains");
  const { laws } = registry("laws");
  const pilot = domains.filter((d) => d.pilot);
  const current = citable(laws);
  const cite = (law) => `《${law.title}》（${law.doc_no}）`;
  const ogi = "《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条";
  const { divisions } = JSON.parse(readFileSync(new URL("../src/registries/divisions.json", import.meta.url), "utf8"));
  rmSync(dir, { recursive: true, force: true });
  let files = 0;
  let items = 0;
  for (const [code, county] of counties) {
    const jurisdictions = [[code, county, "县级"], ...townshipsOf(code, divisions).map(([town, name]) => [town, `${county}${name}`, "乡级"])];
    for (const [jcode, jname, level] of jurisdictions) {
      const folder = join(dir, `${jcode}-${jname}`);
      mkdirSync(folder, { recursive: true });
      for (const domain of pilot) {
        // Each file draws from its own generator, so a revision changes only what revise() changes.
        const rnd = random(seed ^ hash(`${jcode}/${domain.name}`));
        const pick = (list) => list[Math.floor(rnd() * list.length)];
        const organ = level === "县级" ? `${jname}${domain.department.replace(/(部门|机关|机构)$/, "局")}` : `${jname}人民政府`;
        const list = [];
        for (let c = 0; c < categories.length; c++) {
          for (let n = 0; n < names.length; n++) {
            const active = rnd() < 0.9;
            list.push({
              id: `${domain.id_prefix}-${String(c + 1).padStart(2, "0")}-${String(n + 1).padStart(2, "0")}`,
              category: `${domain.name}${categories[c]}`,
              name: names[n],
              content: [pick(contents), pick(contents)],
              basis: [cite(pick(current)), ogi],
              time_limit: pick(limits),
              subject: organ,
              channels: [...new Set([pick(channels), pick(channels)])],
              audience: rnd() < 0.8 ? "全社会" : "特定群体",
              method: active ? "主动" : "依申请",
              levels: level === "县级" ? ["县级"] : ["县级", "乡级"],
            });
          }
        }
        const catalog = {
          format: 1,
          jurisdiction: { code: jcode, name: jname, level },
          domain: domain.name,
          revision: revision ? "2026年第2版" : "2026年第1版",
          issued: revision ? "2026-10-30" : "2026-03-31",
          compiler: organ,
          items: list,
        };
        const edit = random(seed ^ hash(`${jcode}/${domain.name}/edit`));
        if (revision) revise(catalog, edit, (l) => l[Math.floor(edit() * l.length)]);
        else if (heavy) mess(catalog, domain, edit);
        else if (edit() < 0.01) catalog.items[Math.floor(edit() * list.length)].subject = "";
        items += catalog.items.length;
        files++;
        const text = heavy ? messyText(catalog, edit) : yaml.dump(catalog, { lineWidth: -1, quotingType: '"', noRefs: true });
        writeFileSync(join(folder, `${domain.name}.yaml`), `# yaml-language-server: $schema=../../../schemas/catalog.schema.json\n${text}`);
      }
    }
  }
  return { files, items };
}

/**
 * One valid catalog with `count` items (a county's 社会救助, 50 categories of distinct items), for the
 * memory benchmark: a build of it must stay within bounded memory (issue 16).
 */
export function generateLargeCatalog(file, count = 10000, seed = 2026) {
  const { domains } = registry("domains");
  const { laws } = registry("laws");
  const domain = domains.find((d) => d.name === "社会救助");
  const current = citable(laws);
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const organ = "苏州市吴中区民政局";
  const perCategory = Math.ceil(count / 50);
  const items = Array.from({ length: count }, (_, i) => {
    const c = Math.floor(i / perCategory);
    return {
      id: `${domain.id_prefix}-${String(c + 1).padStart(2, "0")}-${String((i % perCategory) + 1).padStart(4, "0")}`,
      category: `${domain.name}${categories[c % categories.length]}${Math.floor(c / categories.length) + 1}`,
      name: `${pick(names)}（第${(i % perCategory) + 1}项）`,
      content: [pick(contents), pick(contents)],
      basis: [`《${pick(current).title}》（${pick(current).doc_no}）`, "《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条"],
      time_limit: pick(limits),
      subject: organ,
      channels: [...new Set([pick(channels), pick(channels)])],
      audience: rnd() < 0.8 ? "全社会" : "特定群体",
      method: rnd() < 0.9 ? "主动" : "依申请",
      levels: ["县级"],
    };
  });
  const catalog = { format: 1, jurisdiction: { code: "320506", name: "苏州市吴中区", level: "县级" }, domain: domain.name, revision: "2026年第1版", issued: "2026-03-31", compiler: organ, items };
  writeFileSync(file, yaml.dump(catalog, { lineWidth: -1, quotingType: '"', noRefs: true }));
  return { items: count };
}

function hash(text) {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0), 16777619);
  return h >>> 0;
}

/**
 * Legacy warnings as counties' catalogs carry them: four files in five have some; in those, a fifth of
 * the items name a generic subject and a fifth cite the 条例 without its version; a third of the
 * files still use an older domain name. A few items are left without a subject (an error) as well.
 */
export function mess(catalog, domain, rnd) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  if (rnd() < 0.2) return;
  if (domain.aliases?.length && rnd() < 0.6) catalog.domain = pick(domain.aliases);
  for (const item of catalog.items) {
    if (rnd() < 0.2) item.subject = pick(genericSubjects);
    if (rnd() < 0.2) item.basis = [item.basis[0], pick(unversionedOgi)];
    if (rnd() < 0.003) item.subject = "";
  }
}

/** The catalog as people and older tools write it: one dump style per file, comments and blank lines, sometimes CRLF. */
export function messyText(catalog, rnd) {
  const style = { lineWidth: -1, noRefs: true, indent: rnd() < 0.05 ? 4 : 2, noArrayIndent: rnd() < 0.3, flowLevel: rnd() < 0.2 ? 3 : -1, quotingType: rnd() < 0.5 ? "'" : '"', forceQuotes: rnd() < 0.15 };
  let text = yaml.dump(catalog, style);
  // A comment and a blank line before some items, a trailing comment on some values.
  text = text.replace(/^( *)- id: (.*)$/gm, (line, indent, id) => (rnd() < 0.15 ? `\n${indent}# ${id} 待核\n${line}` : line));
  text = text.replace(/^( +time_limit: .*)$/gm, (line) => (rnd() < 0.05 ? `${line} # 按上级要求` : line));
  return rnd() < 0.1 ? text.replace(/\n/g, "\r\n") : text;
}

function revise(catalog, rnd, pick) {
  const kept = [];
  for (const item of catalog.items) {
    const roll = rnd();
    if (roll < 0.01) continue; // removed
    if (roll < 0.06) {
      const change = Math.floor(rnd() * 3);
      if (change === 0) item.time_limit = item.time_limit.replace("20个工作日", "15个工作日");
      else if (change === 1) item.name = `${item.name}（调整）`;
      else item.content = [...item.content, "办理结果"];
    }
    kept.push(item);
  }
  const added = Math.floor(rnd() * 2);
  for (let i = 0; i < added; i++) {
    const base = pick(kept);
    kept.push({ ...structuredClone(base), id: `${base.id.split("-")[0]}-99-${String(i + 1).padStart(2, "0")}`, name: `新增事项${i + 1}` });
  }
  catalog.items = kept;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = "bench/corpus/v1", flag] = process.argv.slice(2);
  console.log(generateCorpus(dir, { revision: flag === "--revision", heavy: flag === "--heavy" }));
}

// A city's 权责清单 as its counties publish them, for `coverage --against`: the corpus's counties and
// their departments (from the domains registry, named as the corpus's subjects are, plus departments no
// catalog covers), the types in the proportions published lists show (penalties dominate), names built
// from the lists' own patterns, and the mess of real exports: a title row, a header with a line break,
// merged cells left empty below their first row (type, department, 主项), 子项 rows, section headings,
// the header repeated per printed page, line breaks and full-width spaces inside names.
const objects = ["生产经营单位", "养老机构", "社会团体", "民办非企业单位", "建设单位", "施工单位", "医疗机构", "娱乐场所", "网吧经营单位", "出租汽车经营者", "道路运输经营者", "食品生产经营者", "用人单位", "职业培训机构", "民办学校", "旅行社", "印刷企业", "农药经营者", "种子生产经营者", "兽药经营企业", "排污单位", "危险化学品经营单位", "物业服务企业", "房地产开发企业", "殡葬服务单位", "律师事务所", "公证机构", "统计调查对象", "校外培训机构", "消防技术服务机构"];
const violations = ["未按规定办理登记", "未取得许可擅自从事经营活动", "拒绝、阻碍监督检查", "违反安全管理规定", "未按规定报送有关信息", "伪造、变造、出租、出借许可证件", "超越核准范围从事活动", "未按规定建立管理制度", "提供虚假材料骗取许可", "未按规定公示收费标准", "擅自变更登记事项", "未按规定保存原始记录"];
const permits = ["设立", "变更", "延续", "注销", "资质认定", "经营许可", "备案", "年度检验", "从业资格认定"];
const services = ["政策咨询", "办事指南查询", "档案查询", "证明开具", "信息查询服务", "技能培训补贴申领", "法律援助申请", "困难群众救助申请", "老年人优待证办理", "就业登记"];
const typeShares = [["行政处罚", 0.58], ["行政许可", 0.1], ["行政检查", 0.08], ["行政强制", 0.05], ["行政征收", 0.02], ["行政给付", 0.03], ["行政确认", 0.04], ["行政奖励", 0.02], ["行政裁决", 0.01], ["其他行政权力", 0.04], ["公共服务", 0.03]];
/** The type (B) and department (F) cells merged down a run of rows, as counties lay their lists out. */
function mergeRun(merges, from, to) {
  if (to > from) merges.push(`B${from}:B${to}`, `F${from}:F${to}`);
}
const extraDepartments = ["卫生健康委员会", "市场监督管理局", "应急管理局", "城市管理局", "水务局", "商务局", "退役军人事务局", "医疗保障局"];

/** Written as .csv (merged cells left empty, as an export leaves them) or .xlsx (merged for real, by exceljs). */
export async function generatePowerList(file, count = 52603, seed = 2026) {
  const { domains } = registry("domains");
  const { laws } = registry("laws");
  const current = laws.filter((l) => l.status === "现行有效" && !/政府信息公开条例/.test(l.title));
  const pilot = domains.filter((d) => d.pilot);
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const typeOf = () => {
    let x = rnd();
    for (const [type, share] of typeShares) if ((x -= share) < 0) return type;
    return "其他行政权力";
  };
  const organs = [...new Set([...pilot.map((d) => d.department.replace(/(部门|机关|机构)$/, "局")), ...extraDepartments])];
  const messy = (text) => (rnd() < 0.05 ? text.replace(/的/, "的\n") : rnd() < 0.05 ? `${text}\u3000` : rnd() < 0.03 ? ` ${text.replace(/(.{4})/, "$1\u3000")}` : text);
  const nameOf = (type, domain) => {
    const object = pick(objects);
    switch (type) {
      case "行政处罚": return `对${object}${pick(violations)}的行政处罚`;
      case "行政许可": return `${rnd() < 0.3 ? domain.name : object}${pick(permits)}${rnd() < 0.5 ? "审批" : "许可"}`;
      case "行政检查": return `对${object}的监督检查`;
      case "行政强制": return `对${object}${pick(violations)}相关场所、物品的查封、扣押`;
      case "公共服务": return `${domain.name}${pick(services)}`;
      case "行政给付": return `${domain.name}${pick(["补贴发放", "资金给付", "救助金给付"])}`;
      default: return `${domain.name}${object}${pick(permits)}${type.replace("行政", "").replace("其他权力", "")}`;
    }
  };
  const header = ["序号", "权力\n类型", "权力事项名称", "子项名称", "设定依据", "实施主体", "责任事项", "备注"];
  const rows = [["苏州市行政权力事项清单（2026年版）", "", "", "", "", "", "", ""], header];
  // Spreadsheet ranges merged over a run (1-based rows): "B3:B7".
  const merges = ["A1:H1"];
  let n = 0;
  while (n < count) {
    const [, county] = counties[Math.floor(rnd() * counties.length)];
    const domain = pick(pilot);
    const organ = pick(organs);
    // Counties write a department fully, by the county's short name, or as 区/县 … alone.
    const department = rnd() < 0.6 ? `${county}${organ}` : rnd() < 0.5 ? `${county.replace(/^苏州市/, "")}${organ}` : `${/区$/.test(county) ? "区" : "市"}${organ}`;
    // A run of one department's items of one type: the type and department cells merged over it.
    const run = 1 + Math.floor(rnd() * 12);
    const type = typeOf();
    if (rnd() < 0.02) rows.push([`${"一二三四五六七八九十"[Math.floor(rnd() * 10)]}、${type}（共${run}项）`, "", "", "", "", "", "", ""]);
    let runStart = rows.length + 1;
    for (let i = 0; i < run && n < count; i++) {
      const name = nameOf(type, domain);
      const law = pick(current);
      const basis = `《${law.title}》第${1 + Math.floor(rnd() * 80)}条`;
      const first = i === 0;
      // One item in ten has 子项: the 主项 cell merged over them, left empty in the export.
      if (rnd() < 0.1 && n + 3 <= count) {
        for (let s = 0; s < 3; s++, n++) rows.push([String(n + 1), first && s === 0 ? type : "", s === 0 ? messy(name) : "", `${name}（${pick(permits)}）`, basis, first && s === 0 ? department : "", "", ""]);
      } else {
        rows.push([String(n + 1), first ? type : "", messy(name), "", basis, first ? department : "", rnd() < 0.2 ? "1.受理责任：公示应当提交的材料。\n2.审查责任。" : "", ""]);
        n++;
      }
      if (rows.length % 5000 === 0) {
        mergeRun(merges, runStart, rows.length);
        rows.push(header);
        runStart = rows.length + 1;
      }
    }
    mergeRun(merges, runStart, rows.length);
  }
  if (file.endsWith(".xlsx")) {
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("权责清单");
    sheet.addRows(rows);
    for (const range of merges) sheet.mergeCells(range);
    await book.xlsx.writeFile(file);
  } else {
    const { stringify } = await import("csv-stringify/sync");
    writeFileSync(file, stringify(rows));
  }
  return { entries: n };
}
