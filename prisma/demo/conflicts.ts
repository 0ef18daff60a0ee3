// Conflicts deliberately built into the demo data, for tests of automatic conflict detection.
// One entry per (submission, reviewer) pair, with its primary kind (see detect.ts for the reference rules).
//   email-domain: eight reviewers share a current email domain with an author.
//   institution:  five reviewers were at an author's institution in overlapping years ending 2024 or 2025 and
//                 have since moved (different current domain).
//   co-author:    six reviewers co-authored a 2024–2025 publication with an author (exact full name); for
//                 Elif Demir, Oskar Nilsson, Arash Tehrani and Ming Zhao the author's own profile lists the
//                 publication too.
import type { DemoExpectedConflict } from "./types";

export const expectedConflicts: DemoExpectedConflict[] = [
  // email-domain
  { submissionNumber: 21, reviewerKey: "r-stefan-muller", kind: "email-domain" }, // ethz.ch — Felix Hartmann
  { submissionNumber: 7, reviewerKey: "r-marcus-oyelaran", kind: "email-domain" }, // stanford.edu — Amara Okonkwo
  { submissionNumber: 40, reviewerKey: "r-marcus-oyelaran", kind: "email-domain" },
  { submissionNumber: 3, reviewerKey: "r-camille-dubois", kind: "email-domain" }, // inria.fr — Élodie Marchand
  { submissionNumber: 30, reviewerKey: "r-camille-dubois", kind: "email-domain" },
  { submissionNumber: 12, reviewerKey: "r-jonathan-reyes", kind: "email-domain" }, // mit.edu — Olivia Brennan
  { submissionNumber: 32, reviewerKey: "r-jonathan-reyes", kind: "email-domain" },
  { submissionNumber: 5, reviewerKey: "r-chloe-bernard", kind: "email-domain" }, // epfl.ch — Sofia Papadopoulou
  { submissionNumber: 21, reviewerKey: "r-chloe-bernard", kind: "email-domain" },
  { submissionNumber: 2, reviewerKey: "r-hiroshi-tanaka", kind: "email-domain" }, // u-tokyo.ac.jp — Kenji Watanabe
  { submissionNumber: 22, reviewerKey: "r-hiroshi-tanaka", kind: "email-domain" },
  { submissionNumber: 18, reviewerKey: "r-ethan-brooks", kind: "email-domain" }, // meridian-ai.com — Pedro Alves
  { submissionNumber: 33, reviewerKey: "r-rania-mansour", kind: "email-domain" }, // nyu.edu — Ibrahim Haddad
  { submissionNumber: 34, reviewerKey: "r-rania-mansour", kind: "email-domain" },

  // institution (past, overlapping, recent; reviewer has moved)
  { submissionNumber: 32, reviewerKey: "r-mehdi-karimi", kind: "institution" }, // Princeton 2020–2024 — Zoe Carter
  { submissionNumber: 40, reviewerKey: "r-mehdi-karimi", kind: "institution" },
  { submissionNumber: 13, reviewerKey: "r-eleanor-hughes", kind: "institution" }, // Oxford 2021–2025 — Daniel Whitfield
  { submissionNumber: 7, reviewerKey: "r-katarzyna-zielinska", kind: "institution" }, // CMU 2019–2024 — Arjun Mehta
  { submissionNumber: 15, reviewerKey: "r-katarzyna-zielinska", kind: "institution" },
  { submissionNumber: 10, reviewerKey: "r-min-jun-kang", kind: "institution" }, // KAIST 2022–2025 — Ji-woo Park
  { submissionNumber: 25, reviewerKey: "r-nadia-rahman", kind: "institution" }, // Columbia 2019–2024 — Aisha Bello
  { submissionNumber: 35, reviewerKey: "r-nadia-rahman", kind: "institution" },

  // co-author
  { submissionNumber: 8, reviewerKey: "r-elif-demir", kind: "co-author" }, // Priya Raghunathan
  { submissionNumber: 37, reviewerKey: "r-elif-demir", kind: "co-author" },
  { submissionNumber: 3, reviewerKey: "r-oskar-nilsson", kind: "co-author" }, // Chiara Lombardi
  { submissionNumber: 4, reviewerKey: "r-oskar-nilsson", kind: "co-author" },
  { submissionNumber: 36, reviewerKey: "r-oskar-nilsson", kind: "co-author" },
  { submissionNumber: 36, reviewerKey: "r-paolo-conti", kind: "co-author" }, // Mateo Rossi
  { submissionNumber: 16, reviewerKey: "r-yerlan-abenov", kind: "co-author" }, // Hannah Lindqvist
  { submissionNumber: 14, reviewerKey: "r-arash-tehrani", kind: "co-author" }, // Samuel Adeyemi, Yasmin Rahimi
  { submissionNumber: 33, reviewerKey: "r-arash-tehrani", kind: "co-author" }, // Yasmin Rahimi
  { submissionNumber: 34, reviewerKey: "r-arash-tehrani", kind: "co-author" }, // Samuel Adeyemi
  { submissionNumber: 9, reviewerKey: "r-ming-zhao", kind: "co-author" }, // Yutong Shen, Xinyi Guo
  { submissionNumber: 22, reviewerKey: "r-ming-zhao", kind: "co-author" }, // Xinyi Guo
];

/**
 * Near misses that detection with a 3-year window must NOT flag: the reviewer shared a domain with an author,
 * but the overlap ended long ago.
 */
export const expectedNonConflicts: { submissionNumber: number; reviewerKey: string; reason: string }[] = [
  { submissionNumber: 1, reviewerKey: "r-pablo-jimenez-ruiz", reason: "uam.es overlap with Lucía Fernández-Ortiz ended 2018" },
  { submissionNumber: 28, reviewerKey: "r-pablo-jimenez-ruiz", reason: "uam.es overlap with Lucía Fernández-Ortiz ended 2018" },
  { submissionNumber: 6, reviewerKey: "r-magnus-holm", reason: "ku.dk overlap with Lars Eriksen ended 2020" },
  { submissionNumber: 36, reviewerKey: "r-magnus-holm", reason: "ku.dk overlap with Lars Eriksen ended 2020" },
];
