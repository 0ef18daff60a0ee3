// The name of the score source the affinity job writes; imported score files are "import:<name>".
export const AFFINITY_SOURCE = "tangent-lexical";
