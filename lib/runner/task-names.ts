// The jobs Tangent runs, and the payload each takes. Later features add theirs here.
import type { OutgoingMail } from "@/lib/mail/transport";

export interface TaskPayloads {
  "send-mail": OutgoingMail;
  "compute-conflicts": { jobId: string };
  "compute-affinity": { jobId: string };
  "run-assignment": { runId: string };
  "run-experiment": { runId: string };
  "sweep-experiment-runs": Record<string, never>;
}

export type TaskName = keyof TaskPayloads;
