// The example manifest shown in the built-in form: the demo's own, so it is always a valid, runnable manifest.
import { readFileSync } from "node:fs";
import path from "node:path";

let cached: string | undefined;

export function readDemoManifestExample(): string {
  cached ??= readFileSync(path.join(process.cwd(), "prisma/demo/experiments/double-descent-builtin/tangent.experiment.json"), "utf8");
  return cached;
}
