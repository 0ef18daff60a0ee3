// Runs one built-in kernel inside a worker thread; the parent gets progress, the result, or the error, and can
// cancel by message (the kernel checks its AbortSignal between units of work).
import { parentPort, workerData } from "node:worker_threads";
import { runKernel } from "@/lib/engines/theory/registry";

const { kernel, params } = workerData as { kernel: string; params: unknown };
const controller = new AbortController();
parentPort!.on("message", (m: { type: string }) => {
  if (m.type === "cancel") controller.abort(new Error("cancelled"));
});

let last = -1;
runKernel(kernel, params, {
  signal: controller.signal,
  onProgress: (f) => {
    if (f - last >= 0.01 || f === 1) {
      last = f;
      parentPort!.postMessage({ type: "progress", fraction: f });
    }
  },
}).then(
  (result) => parentPort!.postMessage({ type: "result", result }),
  (e: unknown) => parentPort!.postMessage({ type: "error", name: (e as Error).name, message: (e as Error).message }),
);
