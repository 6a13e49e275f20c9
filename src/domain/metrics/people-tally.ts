// Distinct people per group of a breakdown (a week, a team, a product group…), counted only up to
// a cap (the privacy rule's minimum): enough to tell whether a group reaches the minimum and, for
// a group under it, exactly who is in it, so that groups can be joined (docs/privacy.md). A person
// is a number (an index in the counter's dictionary), never an id that leaves the server.

export class PeopleTally {
  private readonly ids: Int32Array;
  private readonly counts: Int32Array;

  constructor(
    readonly size: number,
    readonly cap: number,
  ) {
    this.ids = new Int32Array(size * cap);
    this.counts = new Int32Array(size);
  }

  add(key: number, person: number): void {
    const n = this.counts[key]!;
    if (n >= this.cap) return;
    const base = key * this.cap;
    for (let j = 0; j < n; j++) if (this.ids[base + j] === person) return;
    this.ids[base + n] = person;
    this.counts[key] = n + 1;
  }

  /** whether the group has at least `cap` different people */
  reaches(key: number): boolean {
    return this.counts[key]! >= this.cap;
  }

  /** the group's people: all of them under the cap, `cap` of them otherwise */
  people(key: number): readonly number[] {
    return Array.from(this.ids.subarray(key * this.cap, key * this.cap + this.counts[key]!));
  }
}

/**
 * how many different people groups hold together, counted up to `cap`: a group given with `cap`
 * people reaches it on its own; the others list all their people
 */
export function peopleTogether(groups: Iterable<readonly number[]>, cap: number): number {
  const union = new Set<number>();
  for (const people of groups) {
    if (people.length >= cap) return cap;
    for (const person of people) union.add(person);
    if (union.size >= cap) return cap;
  }
  return union.size;
}
