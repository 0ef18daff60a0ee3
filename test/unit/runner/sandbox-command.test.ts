import { describe, expect, it } from "vitest";
import { containerCommand, processSandboxCommand, THREADS_PER_PROCESS } from "@/lib/runner/executors/sandbox-command";
import { executorConfig } from "@/lib/experiments/runner/executor-config";

const limits = { cpuSeconds: 60, wallSeconds: 120, memoryMb: 512, outputMb: 8, processes: 2 };

describe("process sandbox command", () => {
  it("wraps the interpreter in prlimit, a network namespace and a dedicated uid, in that order", () => {
    const { command, args, enforced } = processSandboxCommand({
      runtime: "python",
      interpreter: "/usr/bin/python3",
      entry: "run.py",
      limits,
      caps: { prlimit: true, netNamespace: "root", dropToUid: 64017 },
    });
    expect([command, ...args]).toEqual([
      "prlimit", "--cpu=60:61", `--as=${512 * 1024 * 1024}`, `--fsize=${8 * 1024 * 1024}`, `--nproc=${2 * THREADS_PER_PROCESS}`, "--core=0", "--",
      "unshare", "--net", "--",
      "setpriv", "--reuid=64017", "--regid=64017", "--clear-groups", "--",
      "/usr/bin/python3", "-I", "-u", "run.py",
    ]);
    expect(enforced.network).toMatch(/^none/);
    expect(enforced.processes).toMatch(/uid 64017/);
  });

  it("caps Node's heap and gives its address-space reservations room; uses a user namespace when not root", () => {
    const { command, args, enforced } = processSandboxCommand({ runtime: "node", interpreter: "/usr/bin/node", entry: "main.mjs", limits, caps: { prlimit: true, netNamespace: "user-namespace", dropToUid: null } });
    expect(command).toBe("prlimit");
    expect(args).toContain(`--as=${(512 * 2 + 1024) * 1024 * 1024}`);
    expect(args.slice(args.indexOf("unshare"), args.indexOf("unshare") + 5)).toEqual(["unshare", "--net", "--user", "--map-root-user", "--"]);
    expect(args).not.toContain("setpriv");
    expect(args.slice(-3)).toEqual(["--max-old-space-size=512", "--disallow-code-generation-from-strings", "main.mjs"]);
    expect(enforced.processes).toMatch(/approximate/);
  });

  it("says plainly what is not enforced on a machine without the tools", () => {
    const { command, enforced } = processSandboxCommand({ runtime: "python", interpreter: "python3", entry: "a.py", limits, caps: { prlimit: false, netNamespace: null, dropToUid: null } });
    expect(command).toBe("python3");
    expect(enforced.network).toMatch(/NOT isolated/);
    expect(enforced.cpu).toMatch(/not enforced/);
  });
});

describe("container command", () => {
  it("runs with no network, a read-only root and bundle, dropped capabilities and the manifest's limits", () => {
    const { command, args } = containerCommand({
      engine: "podman",
      image: "tangent-runner-python:1",
      runtime: "python",
      entry: "src/run.py",
      bundleDir: "/data/bundles/abc/files",
      workDir: "/tmp/tangent-run-x",
      limits,
      name: "tangent-run-x",
      env: { TANGENT_RUN_ID: "r1", TANGENT_PARAMS: "/run/tangent.params.json" },
    });
    expect(command).toBe("podman");
    const line = args.join(" ");
    expect(line).toContain("--network none");
    expect(line).toContain("--read-only");
    expect(line).toContain("--cap-drop ALL");
    expect(line).toContain("--security-opt no-new-privileges");
    expect(line).toContain("--memory 512m --memory-swap 512m");
    expect(line).toContain(`--pids-limit ${2 * THREADS_PER_PROCESS}`);
    expect(line).toContain("--ulimit cpu=60:60");
    expect(line).toContain("type=bind,source=/data/bundles/abc/files,target=/bundle,readonly");
    expect(line).toContain("type=bind,source=/tmp/tangent-run-x,target=/run");
    expect(args.slice(-5)).toEqual(["tangent-runner-python:1", "python3", "-I", "-u", "/bundle/src/run.py"]);
    expect(args.indexOf("--env")).toBeLessThan(args.indexOf("tangent-runner-python:1"));
    expect(args).toContain("TANGENT_PARAMS=/run/tangent.params.json");
  });

  it("is selected by configuration", () => {
    expect(executorConfig({})).toEqual({ kind: "process" });
    expect(executorConfig({ TANGENT_EXECUTOR: "container", TANGENT_CONTAINER_ENGINE: "docker" })).toMatchObject({ kind: "container", engine: "docker" });
    expect(() => executorConfig({ TANGENT_EXECUTOR: "vm" })).toThrow();
  });
});
