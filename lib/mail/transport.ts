// Email goes through nodemailer: SMTP when SMTP_URL is set, otherwise each message is written to the outbox
// folder (.tangent/outbox by default) as a real .eml file plus a .json summary that people and tests can read.
import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env, outboxDir } from "@/lib/config/env";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

let transporter: Transporter | undefined;

function transport(): Transporter {
  transporter ??= env().SMTP_URL
    ? nodemailer.createTransport(env().SMTP_URL)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transporter;
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const info = await transport().sendMail({ from: env().MAIL_FROM, ...mail });
  if (env().SMTP_URL) return;
  const dir = outboxDir();
  await mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const base = `${stamp}-${mail.to.replace(/[^a-zA-Z0-9@._-]/g, "_")}`;
  await writeFile(path.join(dir, `${base}.eml`), info.message as Buffer);
  await writeFile(path.join(dir, `${base}.json`), JSON.stringify({ ...mail, sentAt: new Date().toISOString() }, null, 2));
}
