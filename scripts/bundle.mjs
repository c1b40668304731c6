#!/usr/bin/env node
// Last step of `npm run build`: the modules a thread starts from (the CLI and the three worker entries)
// are replaced by bundles of themselves, each one file instead of some 80 modules and packages to
// resolve and load. Every thread of a large check, diff or build starts from one of them; a run on the shipped
// catalogs starts some 70 ms sooner. The other built modules stay as tsc wrote them, for the API.
//
// A bundle keeps each module's own location: `import.meta.url` in a module becomes that module's URL
// (relative to the bundle, which sits where its entry was), so files found beside a module — the
// precompiled validators, registries.json, the worker entries, schemas/ and templates/ — are found
// as before. The packages src/lazy.ts loads on first use are carried and still evaluated on first use,
// but for ajv: the built CLI validates with precompiled code and needs it only to compile a schema.
import { renameSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const entries = ["cli/index.js", "check/worker.js", "diff/worker.js", "render/worker.js"];

/** `import.meta.url` in `file`, written relative to the bundle for `entry`. */
function locationOf(file, entry) {
  const path = relative(dirname(`${dist}${entry}`), file).split("\\").join("/");
  return `new URL(${JSON.stringify(path.startsWith(".") ? path : `./${path}`)}, import.meta.url).href`;
}

/** lazy.js's own `require` (src/lazy.ts), which the bundle drops so its require() calls are the bundler's. */
const lazyRequire = /^const require = createRequire\(import\.meta\.url\);$/m;

const ownLocations = (entry) => ({
  name: "own-locations",
  setup(bundler) {
    bundler.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, async ({ path }) => {
      let source = await readFile(path, "utf8");
      if (path === `${dist}lazy.js`) {
        if (!lazyRequire.test(source)) throw new Error("dist/lazy.js: its `const require = createRequire(import.meta.url);` line is gone; update scripts/bundle.mjs");
        source = source.replace(lazyRequire, "");
      }
      return { contents: source.replaceAll("import.meta.url", locationOf(path, entry)), loader: "js" };
    });
  },
});

for (const entry of entries) {
  const { outputFiles } = await build({
    entryPoints: [`${dist}${entry}`],
    outfile: `${dist}${entry}`,
    write: false,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    // CommonJS packages inside an ES module bundle call require(); give them Node's.
    banner: { js: 'import { createRequire as createRequireForBundle } from "node:module"; const require = createRequireForBundle(import.meta.url);' },
    // exceljs (catalog import only) is large: loaded from node_modules when an .xlsx is read, not parsed at every start.
    external: ["*.cjs", "ajv", "ajv-formats", "exceljs"],
    plugins: [ownLocations(entry)],
    logLevel: "warning",
  });
  // Atomic, as tests may start the CLI while another test rebuilds it.
  for (const { path, contents } of outputFiles) {
    writeFileSync(`${path}.tmp`, contents);
    renameSync(`${path}.tmp`, path);
  }
}
