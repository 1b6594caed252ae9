/**
 * The duplicate groups of the whole corpus, kept up to date incrementally. When some documents change,
 * only the groups with a passage in a changed document or in one of its partners are regrouped (from their
 * unchanged pieces plus the changed documents' current pieces): spans elsewhere are unchanged, so no other
 * group can merge with them. The result is the same as grouping every piece afresh.
 */
import { groupPieces, sortByReach, type SlotGroup, type SlotPiece } from './groups';

export interface PieceSource {
  /** Current pieces of a document (with every partner and itself). */
  piecesOf(slot: number): Iterable<SlotPiece>;
  /** Documents the document shares a piece with. */
  partnersOf(slot: number): Iterable<number>;
  nameOf(slot: number): string;
}

export class GroupSet {
  private groups = new Set<SlotGroup>();
  private bySlot = new Map<number, Set<SlotGroup>>();
  private sorted: SlotGroup[] | null = null;

  /** Regroup around the changed documents. */
  update(changed: Iterable<number>, source: PieceSource): void {
    const changedSet = new Set(changed);
    if (!changedSet.size) return;
    const around = new Set<number>();
    for (const c of changedSet) { around.add(c); for (const p of source.partnersOf(c)) around.add(p); }
    const affected = new Set<SlotGroup>();
    for (const s of around) for (const g of this.bySlot.get(s) ?? []) affected.add(g);
    const pieces = new Set<SlotPiece>();
    for (const g of affected) for (const p of g.pieces) if (!changedSet.has(p.a) && !changedSet.has(p.b)) pieces.add(p);
    for (const c of changedSet) for (const p of source.piecesOf(c)) pieces.add(p);
    for (const g of affected) this.remove(g);
    for (const g of groupPieces([...pieces], s => source.nameOf(s))) this.add(g);
    this.sorted = null;
  }

  list(nameOf: (slot: number) => string): SlotGroup[] {
    if (!this.sorted) this.sorted = sortByReach([...this.groups], nameOf);
    return this.sorted;
  }

  private add(g: SlotGroup): void {
    this.groups.add(g);
    for (const p of g.passages) {
      let set = this.bySlot.get(p.slot);
      if (!set) this.bySlot.set(p.slot, (set = new Set()));
      set.add(g);
    }
  }

  private remove(g: SlotGroup): void {
    this.groups.delete(g);
    for (const p of g.passages) {
      const set = this.bySlot.get(p.slot);
      set?.delete(g);
      if (set && !set.size) this.bySlot.delete(p.slot);
    }
  }
}
