// Worker-thread entry: TypeScript modules need tsx's loader, which worker threads do not inherit from the
// parent's --import. Registered here, then the real entry (builtin-thread.ts) is imported.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register({ tsconfig: workerData.tsconfig });
await import(workerData.entry);
