// What isolation this worker's operating system allows, probed once per process by trying it.

import { spawnSync } from "node:child_process";
import type { SandboxCapabilities } from "./sandbox-command";

/** Runs get uids from this block (one per concurrent slot), which no real account uses. */
export const SANDBOX_UID_BASE = 64_000;

let cached: SandboxCapabilities | undefined;

function works(command: string, args: string[]): boolean {
  const r = spawnSync(command, args, { stdio: "ignore", timeout: 5000 });
  return r.status === 0;
}

export function probeSandbox(): SandboxCapabilities {
  if (cached) return cached;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const prlimit = works("prlimit", ["--version"]);
  let netNamespace: SandboxCapabilities["netNamespace"] = null;
  if (isRoot && works("unshare", ["--net", "true"])) netNamespace = "root";
  else if (works("unshare", ["--net", "--user", "--map-root-user", "true"])) netNamespace = "user-namespace";
  const canDrop = isRoot && works("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "true"]);
  cached = { netNamespace, dropToUid: canDrop ? SANDBOX_UID_BASE : null, prlimit };
  return cached;
}
