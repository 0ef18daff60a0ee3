// The email a reviewer gets when a deploy gives them new papers. Titles only: reviewers never see authors.
import type { OutgoingMail } from "./transport";

export function newAssignmentsMail(args: { to: string; name: string; venueName: string; link: string; papers: { number: number; title: string }[] }): OutgoingMail {
  const n = args.papers.length;
  return {
    to: args.to,
    subject: `${args.venueName}: ${n} new paper${n === 1 ? "" : "s"} to review`,
    text: [
      `Dear ${args.name},`,
      "",
      `You have been assigned ${n === 1 ? "a new paper" : `${n} new papers`} to review for ${args.venueName}:`,
      "",
      ...args.papers.map((p) => `  #${p.number} ${p.title}`),
      "",
      "Open your reviewer console to read them and start your reviews:",
      args.link,
    ].join("\n"),
  };
}
