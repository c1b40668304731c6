/**
 * The text scan (src/locate/scan.ts) asked directly. The locate stage asks the `yaml` AST wherever the
 * scan gives up, so a scan that gave up on everything would pass every output test and only be slower;
 * issue 19's speed on findings-heavy corpora rests on the scan answering nearly every finding itself.
 * Here it must answer, with the AST's range, every path of the layouts it is built for: catalogs as
 * `init`, `import` and people write them, as js-yaml dumps them (the bench corpora), and the findings of
 * a findings-heavy sample. Where it cannot be sure it must leave the path to the AST rather than guess.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import jsyaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { mess, messyText, random } from "../../bench/generate.mjs";
import { TextScan } from "../../src/locate/scan.js";
import { itemLayout } from "../../src/load/revision.js";
import { parseWithPositions } from "../../src/load/parse.js";
import { rangeOf } from "../../src/load/positions.js";
import type { SourcePath } from "../../src/model/types.js";
import { checkTexts, findingsOf, withoutCoverage } from "../helpers/check.js";
import { rotated, sampled } from "../helpers/runs.js";
import { compareScan, itemPaths } from "../helpers/scan.js";

const root = join(import.meta.dirname, "../..");
/** The shipped catalogs with items (a county's and a township's, including village and supplementary lists). */
const shipped = ["catalogs/320506-吴中区", "catalogs/320506103-木渎镇"]
  .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(root, dir, name)))
  .filter((file) => /^items:/m.test(readFileSync(file, "utf8")))
  .sort();
const load = (text: string) => jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });

describe("the text scan answers itself", () => {
  it("every path of every shipped catalog, as shipped and as js-yaml dumps it in the styles tools write", () => {
    const styles: jsyaml.DumpOptions[] = [{}, { indent: 4 }, { noArrayIndent: true }, { indent: 4, noArrayIndent: true }, { quotingType: "'" }, { quotingType: '"', forceQuotes: true }, { quotingType: "'", forceQuotes: true }];
    // Under mutation testing, one file as shipped and one in each style.
    const texts = [
      ...rotated(shipped, 0).map((file) => readFileSync(file, "utf8")),
      ...styles.flatMap((style, i) => rotated(shipped, 3 * i + 1).map((file) => jsyaml.dump(load(readFileSync(file, "utf8")), { lineWidth: -1, noRefs: true, ...style }))),
    ];
    for (const text of texts) {
      const counts = compareScan(text);
      expect(counts.answered, text.slice(0, 200)).toBeGreaterThan(100);
      expect(counts.unanswered, text.slice(0, 200)).toEqual([]);
    }
  });

  it("nearly every finding of a findings-heavy sample (the bench generator's legacy warnings and messy layouts)", () => {
    const { domains } = load(readFileSync(join(root, "src/registries/domains.yaml"), "utf8")) as { domains: { name: string; aliases?: string[] }[] };
    const texts = shipped.flatMap((file) =>
      [1, 2, 3].map((seed) => {
        const catalog = load(readFileSync(file, "utf8")) as { domain: string; kind?: string };
        const rnd = random(seed);
        const domain = domains.find((d) => d.name === catalog.domain);
        if (domain && !catalog.kind) mess(catalog, domain, rnd);
        return { file, text: messyText(catalog, rnd) };
      }),
    );
    let answered = 0;
    let left = 0;
    for (const { file, text } of sampled(texts)) {
      const findings = findingsOf(checkTexts({ [file]: text }, { severities: withoutCoverage }));
      const scan = new TextScan(text, itemLayout(text, true)!);
      const whole = parseWithPositions(text);
      for (const finding of findings) {
        const range = scan.rangeOf(finding.path, finding.target);
        if (range === undefined) left++;
        else {
          expect(range, `${file} ${JSON.stringify(finding.path)}`).toEqual(rangeOf(whole, finding.path, finding.target));
          answered++;
        }
      }
    }
    // Only an item written with a flow map (js-yaml's flowLevel 3 over a structured citation) is left to the AST.
    expect(answered).toBeGreaterThan(30);
    expect(left / (answered + left)).toBeLessThan(0.01);
  });
});
