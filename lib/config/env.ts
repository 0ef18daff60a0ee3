// Every environment variable Tangent reads, parsed once. .env.example documents each of them.
import path from "node:path";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url("DATABASE_URL must be a postgresql:// URL").optional(),
  /** Where local state lives: embedded database, email outbox, uploads. */
  TANGENT_DATA_DIR: z.string().default(".tangent"),
  /** Public base URL used in emailed links. */
  APP_URL: z.string().url().default("http://localhost:3000"),
  /** SMTP server as a URL (smtp://user:pass@host:587); unset → messages go to the outbox folder. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Tangent <no-reply@tangent.local>"),
  INVITE_TTL_HOURS: z.coerce.number().int().positive().default(168),
  RESET_TTL_MINUTES: z.coerce.number().int().positive().default(60),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}

export function dataDir(): string {
  return path.resolve(env().TANGENT_DATA_DIR);
}

export function outboxDir(): string {
  return path.join(dataDir(), "outbox");
}
