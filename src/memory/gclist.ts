// Doubly linked lists of GC-tracked objects (CPython's PyGC_Head lists): the three
// generations and the permanent generation are such lists. The memory layer knows
// nothing of objects: anything with gcNext/gcPrev links can be a node. A list is a
// sentinel node; an untracked object has gcNext === null.

export interface GCNode {
  gcNext: GCNode | null;
  gcPrev: GCNode | null;
}

export class GCList {
  /** the sentinel: head.gcNext is the first element, head.gcPrev the last */
  readonly head: GCNode = { gcNext: null, gcPrev: null };
  length = 0;

  constructor() {
    this.head.gcNext = this.head;
    this.head.gcPrev = this.head;
  }

  /** Append at the end (gc_list_append); the node must not be in a list. */
  append(node: GCNode): void {
    const last = this.head.gcPrev!;
    node.gcPrev = last;
    node.gcNext = this.head;
    last.gcNext = node;
    this.head.gcPrev = node;
    this.length++;
  }

  /** Unlink a node that is in this list (gc_list_remove). */
  remove(node: GCNode): void {
    node.gcPrev!.gcNext = node.gcNext;
    node.gcNext!.gcPrev = node.gcPrev;
    node.gcNext = null;
    node.gcPrev = null;
    this.length--;
  }

  /** Move every node of `from` to the end of this list (gc_list_merge). */
  merge(from: GCList): void {
    if (from.length === 0) return;
    const first = from.head.gcNext!;
    const last = from.head.gcPrev!;
    const tail = this.head.gcPrev!;
    tail.gcNext = first;
    first.gcPrev = tail;
    last.gcNext = this.head;
    this.head.gcPrev = last;
    this.length += from.length;
    from.head.gcNext = from.head;
    from.head.gcPrev = from.head;
    from.length = 0;
  }

  *[Symbol.iterator](): Generator<GCNode> {
    for (let n = this.head.gcNext!; n !== this.head; n = n.gcNext!) yield n;
  }
}
