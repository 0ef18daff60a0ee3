#!/usr/bin/env node
// Keeps package-lock.json acceptable to `npm ci` when it was written against a registry mirror that serves
// only this machine's platform binaries. npm then omits the other platforms' optional packages (esbuild,
// rollup, next-swc, tailwind oxide…) from the lock, and `npm ci` refuses the lock as "out of sync".
// This adds an entry for each missing optional dependency with its exact version and the os/cpu/libc that its
// name states, so npm skips it on every other platform exactly as it would with a complete lock (and fetches
// it by name, where the registry has it, on the platform it is for).
// Run after `npm install`, then `npm install --package-lock-only` to let npm put the entries in its own order.
import { readFileSync, writeFileSync } from "node:fs";

const OS = ["android", "darwin", "freebsd", "linux", "win32", "openbsd", "netbsd", "sunos", "aix", "openharmony"];
const CPU = { arm64: "arm64", x64: "x64", arm: "arm", ia32: "ia32", ppc64: "ppc64", s390x: "s390x", riscv64: "riscv64", loong64: "loong64", wasm32: "wasm32" };

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.map((p) => CPU[p]).find(Boolean);
  const libc = parts.some((p) => p.startsWith("musl")) ? "musl" : parts.some((p) => p.startsWith("gnu")) && os === "linux" ? "glibc" : undefined;
  return { os, cpu, libc };
}

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const added = [];
for (const [where, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = where ? `${where}/node_modules/${dep}` : `node_modules/${dep}`;
    if (lock.packages[base] || lock.packages[`node_modules/${dep}`]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os && cpu !== "wasm32") continue; // not a platform binary: leave the lock as npm wrote it
    lock.packages[`node_modules/${dep}`] = {
      version,
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(libc ? { libc: [libc] } : {}),
    };
    added.push(`${dep}@${version}`);
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Added ${added.length} platform entries:\n  ${added.join("\n  ")}` : "Lock already complete.");
