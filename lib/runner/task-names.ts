// The jobs Tangent runs, and the payload each takes. Later features add theirs here.
import type { OutgoingMail } from "@/lib/mail/transport";

export interface TaskPayloads {
  "send-mail": OutgoingMail;
}

export type TaskName = keyof TaskPayloads;
