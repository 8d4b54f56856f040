/**
 * The fixed allow-list of node labels and their keys. Labels, relationship types and property
 * names that vary in a Cypher template come from here and nowhere else.
 */
export const LABELS = {
  Agency: { key: 'id', what: 'Agency' },
  Mandate: { key: 'id', what: 'Mandate' },
  Regulation: { key: 'id', what: 'Regulation' },
  Program: { key: 'id', what: 'Program' },
  Theme: { key: 'id', what: 'Theme' },
  Indicator: { key: 'id', what: 'Indicator' },
  Region: { key: 'code', what: 'Region' },
  Partner: { key: 'id', what: 'Partner' },
  Forum: { key: 'id', what: 'Forum' },
  Measurement: { key: 'id', what: 'Measurement' },
} as const;

export type Label = keyof typeof LABELS;
export type KeyOf<L extends Label> = (typeof LABELS)[L]['key'];

export function keyOf(label: Label): 'id' | 'code' {
  return LABELS[label].key;
}
