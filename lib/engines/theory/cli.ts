// npm run experiment -- <kernel> [--params '<json>'] [--json] [--theory]
// Runs a built-in theory kernel; with --json the result is printed as the last line of stdout (one line
// of JSON, for scripts), progress goes to stderr. Ctrl-C cancels the run through its AbortSignal.

import { parseArgs } from "node:util";
import { KERNELS, KernelParamsError, UnknownKernelError, kernelTheory, runKernel } from "./registry";

function usage(): string {
  const lines = Object.entries(KERNELS).map(([name, k]) => `  ${name.padEnd(24)} ${k.description}`);
  return `usage: npm run experiment -- <kernel> [--params '<json>'] [--json] [--theory]\n\nkernels:\n${lines.join("\n")}`;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      params: { type: "string", default: "{}" },
      json: { type: "boolean", default: false },
      theory: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const name = positionals[0];
  if (values.help || !name) {
    console.error(usage());
    return name || values.help ? 0 : 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(values.params);
  } catch (e) {
    console.error(`--params is not valid JSON: ${(e as Error).message}`);
    return 2;
  }

  if (values.theory) {
    console.log(JSON.stringify(kernelTheory(name, raw)));
    return 0;
  }

  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort(new Error("SIGINT")));
  let lastShown = -1;
  const started = performance.now();
  const result = await runKernel(name, raw, {
    signal: controller.signal,
    onProgress: (f) => {
      const pct = Math.floor(f * 100);
      if (pct >= lastShown + 10 || f === 1) {
        lastShown = pct;
        process.stderr.write(`[${name}] ${pct}%\n`);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`[${name}] done in ${seconds.toFixed(2)} s\n`);
  console.log(values.json ? JSON.stringify(result) : JSON.stringify(result, null, 2));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof KernelParamsError || e instanceof UnknownKernelError) console.error(e.message);
    else if (e instanceof Error && e.name === "AbortError") console.error("cancelled");
    else console.error(e);
    process.exitCode = e instanceof Error && e.name === "AbortError" ? 130 : 1;
  },
);
