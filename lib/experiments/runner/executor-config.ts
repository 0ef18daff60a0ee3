// Which executor runs scripts on this worker. Development and the embedded default use the sandboxed
// process; production sets TANGENT_EXECUTOR=container (docs/decisions/0011-experiment-runner-and-sandbox.md).
import { z } from "zod";

const schema = z.object({
  TANGENT_EXECUTOR: z.enum(["process", "container"]).default("process"),
  TANGENT_CONTAINER_ENGINE: z.enum(["docker", "podman"]).default("podman"),
  TANGENT_PYTHON_IMAGE: z.string().min(1).default("tangent-runner-python:latest"),
  TANGENT_NODE_IMAGE: z.string().min(1).default("tangent-runner-node:latest"),
});

export type ExecutorConfig =
  | { kind: "process" }
  | { kind: "container"; engine: "docker" | "podman"; images: { python: string; node: string } };

export function executorConfig(env: Record<string, string | undefined> = process.env): ExecutorConfig {
  const e = schema.parse(env);
  if (e.TANGENT_EXECUTOR === "process") return { kind: "process" };
  return { kind: "container", engine: e.TANGENT_CONTAINER_ENGINE, images: { python: e.TANGENT_PYTHON_IMAGE, node: e.TANGENT_NODE_IMAGE } };
}
