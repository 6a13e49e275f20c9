// Display names of people seen in activities, so a card can say who decided what. Acknowledgements
// keep only Entra object ids; names are a courtesy learnt from the traffic this process sees, kept
// for a bounded number of people. A name not known here shows as "a colleague".

export class NameDirectory {
  private readonly names = new Map<string, string>();

  constructor(private readonly capacity = 5000) {}

  remember(aadObjectId: string | undefined, name: string | undefined): void {
    if (!aadObjectId || !name) return;
    const clean = name.trim().slice(0, 100);
    if (!clean) return;
    // re-insert so the map's order is least recently seen first
    this.names.delete(aadObjectId);
    this.names.set(aadObjectId, clean);
    if (this.names.size > this.capacity) {
      const oldest = this.names.keys().next().value;
      if (oldest !== undefined) this.names.delete(oldest);
    }
  }

  nameOf(aadObjectId: string): string | undefined {
    return this.names.get(aadObjectId);
  }
}
