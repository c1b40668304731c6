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
function random(seed) {
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
function mess(catalog, domain, rnd) {
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
function messyText(catalog, rnd) {
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
