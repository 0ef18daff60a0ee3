// Plain-data shapes of the demo venue (people, publications, submissions, theorems). No Prisma imports:
// prisma/seed.ts turns these into rows.
import type { Assumptions } from "@/lib/theorems/taxonomy";

export interface DemoInstitution {
  name: string;
  domain: string;
  startYear: number;
  /** null: current */
  endYear: number | null;
}

export interface DemoPublication {
  title: string;
  abstract: string;
  year: number;
  venue: string;
  /** Full names, spelled exactly as the people they name (co-author conflicts match on the exact name). */
  coAuthors: string[];
}

export interface DemoPerson {
  /** Stable slug, e.g. "r-ada-moreau". */
  key: string;
  name: string;
  /** firstname.lastname@<domain of current institution> */
  email: string;
  institutions: DemoInstitution[];
  seniority: "STUDENT" | "JUNIOR" | "SENIOR";
  publications: DemoPublication[];
  maxLoad?: number;
}

export interface DemoTheorem {
  label: string;
  /** Markdown with $math$. */
  statement: string;
  assumptions: Assumptions;
}

export interface DemoSubmission {
  number: number;
  title: string;
  abstract: string;
  keywords: string[];
  /** Keys of DemoPerson in authors.ts, in author order. */
  authorKeys: string[];
  theorems: DemoTheorem[];
  /** Key of one of the area chairs in chairs.ts. */
  areaChairKey: string;
}

export type DemoConflictKind = "email-domain" | "institution" | "co-author";

export interface DemoExpectedConflict {
  submissionNumber: number;
  reviewerKey: string;
  kind: DemoConflictKind;
}
