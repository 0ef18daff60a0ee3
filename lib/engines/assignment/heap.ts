// Indexed binary min-heap over node ids with decrease-key, keyed by an external Float64Array.
// Ties break on the node id so the pop order never depends on insertion history.

export class NodeHeap {
  private readonly items: Int32Array;
  /** Position of a node in items, or -1. */
  private readonly pos: Int32Array;
  private n = 0;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
  ) {
    this.items = new Int32Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
  }

  get size(): number {
    return this.n;
  }

  clear(): void {
    for (let i = 0; i < this.n; i++) this.pos[this.items[i]!] = -1;
    this.n = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    return ka < kb || (ka === kb && a < b);
  }

  /** Inserts the node, or moves it up after its key decreased. */
  pushOrDecrease(v: number): void {
    let i = this.pos[v]!;
    if (i < 0) {
      i = this.n++;
      this.items[i] = v;
      this.pos[v] = i;
    }
    this.siftUp(i);
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    this.pos[top] = -1;
    const last = items[--this.n]!;
    if (this.n > 0) {
      items[0] = last;
      this.pos[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(i: number): void {
    const items = this.items;
    const v = items[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const u = items[parent]!;
      if (!this.less(v, u)) break;
      items[i] = u;
      this.pos[u] = i;
      i = parent;
    }
    items[i] = v;
    this.pos[v] = i;
  }

  private siftDown(i: number): void {
    const items = this.items;
    const n = this.n;
    const v = items[i]!;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && this.less(items[c + 1]!, items[c]!)) c++;
      const u = items[c]!;
      if (!this.less(u, v)) break;
      items[i] = u;
      this.pos[u] = i;
      i = c;
    }
    items[i] = v;
    this.pos[v] = i;
  }
}
