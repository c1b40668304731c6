// Preloaded (node --import) into the built CLI by test/precompiled.test.ts, and so into each of its
// worker threads: records every existsSync() answer, one "<path>\t<true|false>" line per call, in the
// file $RECORD_EXISTS.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const { existsSync, appendFileSync } = fs;
fs.existsSync = (path) => {
  const found = existsSync(path);
  appendFileSync(process.env.RECORD_EXISTS, `${String(path)}\t${found}\n`);
  return found;
};
syncBuiltinESMExports();
