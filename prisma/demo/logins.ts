// Accounts shown on the demo sign-in page. Every demo account shares DEMO_PASSWORD.
import { authors } from "./authors";
import { areaChairs, programChair, seniorAreaChair } from "./chairs";
import { reviewers } from "./reviewers";
import type { DemoPerson } from "./types";

export const DEMO_PASSWORD = "tangent-demo";

function byKey(list: DemoPerson[], key: string): DemoPerson {
  const p = list.find((x) => x.key === key);
  if (!p) throw new Error(`demo login: no person ${key}`);
  return p;
}

export type DemoLoginRole = "PROGRAM_CHAIR" | "SENIOR_AREA_CHAIR" | "AREA_CHAIR" | "REVIEWER" | "AUTHOR";

export const demoLogins: { role: DemoLoginRole; email: string }[] = [
  { role: "PROGRAM_CHAIR", email: programChair.email },
  { role: "SENIOR_AREA_CHAIR", email: seniorAreaChair.email },
  { role: "AREA_CHAIR", email: byKey(areaChairs, "ac-helena-vargas").email },
  { role: "REVIEWER", email: byKey(reviewers, "r-yaw-asante").email },
  { role: "REVIEWER", email: byKey(reviewers, "r-jana-novak").email },
  { role: "AUTHOR", email: byKey(authors, "a-amara-okonkwo").email },
];
