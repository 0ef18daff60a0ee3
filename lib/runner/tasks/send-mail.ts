import type { Task } from "graphile-worker";
import { z } from "zod";
import { sendMail } from "@/lib/mail/transport";

const payloadSchema = z.object({
  to: z.string().email(),
  subject: z.string().min(1),
  text: z.string(),
  html: z.string().optional(),
});

/** Deliver one email; a transport error fails the job, and graphile-worker retries it with backoff. */
export const sendMailTask: Task = async (payload, helpers) => {
  const mail = payloadSchema.parse(payload);
  await sendMail(mail);
  helpers.logger.info(`sent "${mail.subject}" to ${mail.to}`);
};
