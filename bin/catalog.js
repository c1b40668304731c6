#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";

// A run lasts seconds, and a fifth of its CPU (perf, on the city diff) went to V8's optimising
// compiler, which by default inlines up to 920 bytes of bytecode into each hot function. A smaller
// budget compiles smaller code for the same hot loops: the city diff benchmark ran 8% faster
// (3.18 -> 2.93 s, 7 interleaved runs), validate 5%. Set before the CLI's modules load; worker
// threads share the process's flags.
setFlagsFromString("--max-inlined-bytecode-size-cumulative=300");

const { run } = await import("../dist/cli/index.js");
process.exitCode = await run(process.argv.slice(2));
