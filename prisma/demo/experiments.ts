// The demo's experiments: a built-in kernel that reproduces its paper's figure (paper 1), a Node script that
// partially does (papers 7 and 8), and a Python script that does not (paper 36). Attached through the same checks as an author's upload; their first
// runs are queued for the job worker.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { create as createTar } from "tar";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "experiments");

export interface DemoExperiment {
  submissionNumber: number;
  folder: string;
  kind: "builtin" | "bundle";
}

export const demoExperiments: DemoExperiment[] = [
  { submissionNumber: 1, folder: "double-descent-builtin", kind: "builtin" },
  { submissionNumber: 7, folder: "lazy-training-node", kind: "bundle" },
  { submissionNumber: 36, folder: "ridgeless-python", kind: "bundle" },
  // The same bundle on a paper the demo reviewer Yaw Asante reviews, so he can stress-test it (stored once, by hash).
  { submissionNumber: 8, folder: "lazy-training-node", kind: "bundle" },
];

export function demoExperimentDir(folder: string): string {
  return path.join(root, folder);
}

/** A folder as a tar.gz with fixed timestamps and owners, so the same files always give the same hash. */
export async function packFolder(dir: string): Promise<Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
  const chunks: Buffer[] = [];
  const stream = createTar({ gzip: true, cwd: dir, portable: true, mtime: new Date(0), noDirRecurse: true }, files);
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function readDemoFile(folder: string, file: string): string {
  return readFileSync(path.join(root, folder, file), "utf8");
}
