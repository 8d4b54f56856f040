import DataLoader from 'dataloader';
import type { Executor } from '../db/executor.js';
import { nodeStore } from '../modules/nodes/nodeStore.js';
import { relationStore } from '../modules/nodes/relationStore.js';
import { measurementStore } from '../modules/indicator/measurements/measurementStore.js';
import type { Label } from '../model/labels.js';
import { RELATIONS, type Direction, type RelationName } from '../model/relations.js';
import type { Linked, MeasurementRecord, Records } from '../model/records.js';

type Spec<R extends RelationName> = (typeof RELATIONS)[R];
/** The label found at the other end when `relation` is followed in `direction`. */
export type FarLabel<R extends RelationName, D extends Direction> = D extends 'OUT' ? Spec<R>['to'] : Spec<R>['from'];

/**
 * Per-request batching: every nested field asks a loader, and each loader sends one statement
 * per tick for all the keys asked in that tick. A list of N agencies with their programs and
 * the programs' regions costs three statements, whatever N is.
 */
export class Loaders {
  private readonly nodes = new Map<Label, DataLoader<string, unknown>>();
  private readonly links = new Map<string, DataLoader<string, Linked<unknown>[]>>();

  readonly measurements: DataLoader<string, MeasurementRecord[]>;

  constructor(private readonly db: Executor) {
    this.measurements = new DataLoader((keys) => measurementStore.byIndicators(this.db, keys));
  }

  node<L extends Label>(label: L): DataLoader<string, Records[L] | null> {
    let loader = this.nodes.get(label);
    if (!loader) {
      loader = new DataLoader<string, unknown>((keys) => nodeStore.byKeys(this.db, label, keys));
      this.nodes.set(label, loader);
    }
    return loader as DataLoader<string, Records[L] | null>;
  }

  linked<R extends RelationName, D extends Direction>(relation: R, direction: D): DataLoader<string, Linked<Records[FarLabel<R, D>]>[]> {
    const id = `${relation}:${direction}`;
    let loader = this.links.get(id);
    if (!loader) {
      loader = new DataLoader((keys) => relationStore.neighbours(this.db, relation, direction, keys));
      this.links.set(id, loader);
    }
    return loader as unknown as DataLoader<string, Linked<Records[FarLabel<R, D>]>[]>;
  }

  /** The nodes (without roles) linked to `key`. */
  async nodesLinked<R extends RelationName, D extends Direction>(relation: R, direction: D, key: string): Promise<Records[FarLabel<R, D>][]> {
    return (await this.linked(relation, direction).load(key)).map((link) => link.node);
  }

  /** Forgets everything loaded: after a mutation, nested fields read the new state. */
  clear(): void {
    for (const loader of this.nodes.values()) loader.clearAll();
    for (const loader of this.links.values()) loader.clearAll();
    this.measurements.clearAll();
  }
}
