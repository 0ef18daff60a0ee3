// Reading and writing a review's content by field path (["theorems", id, "assumptions", "width"]). Immutable,
// and an emptied answer is removed rather than stored as "" or null, so drafts stay minimal and valid.
export type Content = Record<string, unknown>;

export function getAt(content: Content, path: readonly string[]): unknown {
  let node: unknown = content;
  for (const key of path) node = node && typeof node === "object" ? (node as Content)[key] : undefined;
  return node;
}

export function setAt(content: Content, path: readonly string[], value: unknown): Content {
  const [head, ...rest] = path;
  if (head === undefined) return content;
  const next = { ...content };
  const child = rest.length ? setAt((content[head] as Content | undefined) ?? {}, rest, value) : value;
  const empty = child === undefined || (typeof child === "object" && child !== null && !Array.isArray(child) && Object.keys(child).length === 0);
  if (empty) delete next[head];
  else next[head] = child;
  return next;
}

/** The DOM id of a field path, and the key of its errors (the server's dotted path). */
export const domId = (path: readonly string[]) => `f-${path.join("-")}`;
export const errorKey = (path: readonly string[]) => path.join(".");
