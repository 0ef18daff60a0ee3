// The reminder a chair sends a reviewer whose reviews are missing. Titles only: reviewers never see authors.
import { formatAoE } from "@/lib/time/aoe";
import type { OutgoingMail } from "./transport";

export function reviewReminderMail(args: {
  to: string;
  name: string;
  venueName: string;
  link: string;
  papers: { number: number; title: string; deadline: Date | null; late: boolean }[];
}): OutgoingMail {
  const n = args.papers.length;
  const late = args.papers.some((p) => p.late);
  return {
    to: args.to,
    subject: `${args.venueName}: ${n === 1 ? "a review is" : `${n} reviews are`} ${late ? "overdue" : "still missing"}`,
    text: [
      `Dear ${args.name},`,
      "",
      `The chairs of ${args.venueName} are still waiting for your review${n === 1 ? "" : "s"} of:`,
      "",
      ...args.papers.map((p) => `  #${p.number} ${p.title}${p.deadline ? ` — due ${formatAoE(p.deadline)}${p.late ? " (overdue)" : ""}` : ""}`),
      "",
      "Your drafts are saved as you type. Open your reviewer console to finish them:",
      args.link,
    ].join("\n"),
  };
}
