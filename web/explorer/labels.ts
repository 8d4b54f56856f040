// Short labels that tell the nodes of a view apart, and the full names for hover and details.
// Pure (no DOM): test/unit/explorerLabels.test.ts.
import { titleCase } from '../app/i18n/format.js';
import type { Kind } from './types.js';

/** The longest label drawn on the graph; the full name is on hover and in the details. */
export const LABEL_MAX = 32;

/** Provinces known by a short form in planning documents (Bappenas, Kemendagri). */
const PROVINCE_SHORT: Record<string, string> = {
  'NUSA TENGGARA TIMUR': 'NTT',
  'NUSA TENGGARA BARAT': 'NTB',
  'DAERAH ISTIMEWA YOGYAKARTA': 'DIY',
  'DI YOGYAKARTA': 'DIY',
  'DKI JAKARTA': 'DKI Jakarta',
  'DAERAH KHUSUS IBUKOTA JAKARTA': 'DKI Jakarta',
  'DAERAH KHUSUS JAKARTA': 'DKI Jakarta',
  'KEPULAUAN BANGKA BELITUNG': 'Kep. Bangka Belitung',
};

/** A province's name in its short form: "NUSA TENGGARA TIMUR" -> "NTT", "JAWA BARAT" -> "Jawa Barat". */
export function provinceShort(name: string): string {
  const bare = name.trim().replace(/^PROVINSI\s+/i, '');
  return PROVINCE_SHORT[bare.toUpperCase()] ?? titleCase(bare).replace(/^Kepulauan\s/, 'Kep. ');
}

/**
 * A region's short name: "KABUPATEN NUNUKAN" -> "Kab. Nunukan", "KOTA ADMINISTRASI JAKARTA PUSAT" ->
 * "Kota Jakarta Pusat", a province "NUSA TENGGARA TIMUR" -> "Prov. NTT", "INDONESIA" -> "Indonesia",
 * a district as its name in title case.
 */
export function regionShort(name: string, level?: unknown): string {
  const upper = name.trim().toUpperCase();
  const regency = /^KABUPATEN\s+(.+)$/.exec(upper);
  if (regency) return `Kab. ${titleCase(regency[1]!)}`;
  const city = /^KOTA\s+(?:ADMINISTRASI\s+)?(.+)$/.exec(upper);
  if (city) return `Kota ${titleCase(city[1]!)}`;
  if (level === 'PROVINCE' || /^PROVINSI\s/.test(upper)) return `Prov. ${provinceShort(upper)}`;
  return titleCase(name.trim());
}

/**
 * Region words inside a longer name, shortened the same way: "... Kabupaten Bangka Barat" ->
 * "... Kab. Bangka Barat", "Pemerintah Provinsi Nusa Tenggara Timur" -> "Pemprov NTT".
 */
export function shortenRegionWords(text: string): string {
  let out = text
    .replace(/^Pemerintah\s+Kabupaten\s+/i, 'Pemkab ')
    .replace(/^Pemerintah\s+Kota\s+(?:Administrasi\s+)?/i, 'Pemkot ')
    .replace(/^Pemerintah\s+Provinsi\s+/i, 'Pemprov ')
    .replace(/\bKabupaten\s+/g, 'Kab. ')
    .replace(/\bKota\s+Administrasi\s+/g, 'Kota ')
    .replace(/\bProvinsi\s+/g, 'Prov. ');
  for (const [long, short] of Object.entries(PROVINCE_SHORT)) {
    if (short === 'DKI Jakarta' || short.startsWith('Kep.')) continue;
    out = out.replace(new RegExp(`\\b${titleCase(long)}\\b`, 'g'), short);
  }
  return out;
}

/**
 * A long name cut in the middle so that both ends stay: the head says what it is, the tail
 * (after a colon, or its last words) says which one. "Integrasi data kependudukan untuk layanan
 * dasar Kab. Bangka Barat" -> "Integrasi data… Kab. Bangka Barat".
 */
export function cutMiddle(text: string, max = LABEL_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const colon = clean.lastIndexOf(': ');
  let head: string[];
  let tail: string;
  if (colon > 0 && clean.length - colon - 2 <= max - 6) {
    head = clean.slice(0, colon).split(' ');
    tail = clean.slice(colon + 2);
  } else {
    const words = clean.split(' ');
    // The tail: last words while they fit in about half the label (at least one word).
    const tailWords: string[] = [];
    while (words.length > 1) {
      const next = [words[words.length - 1]!, ...tailWords].join(' ');
      if (tailWords.length > 0 && next.length > Math.floor(max * 0.6)) break;
      tailWords.unshift(words.pop()!);
    }
    head = words;
    tail = tailWords.join(' ');
  }
  if (tail.length > max - 2) return `${tail.slice(0, max - 1).trimEnd()}…`;
  // At least the first word of the head: give up tail words (from the front) until it fits.
  let tailWords = tail.split(' ');
  while (tailWords.length > 1 && (head[0] ?? '').length + 2 + tailWords.join(' ').length > max) {
    head = [...head, tailWords[0]!];
    tailWords = tailWords.slice(1);
  }
  tail = tailWords.join(' ');
  const kept: string[] = [];
  for (const word of head) {
    if ([...kept, word].join(' ').length + 2 + tail.length > max) break;
    kept.push(word);
  }
  return kept.length ? `${kept.join(' ')}… ${tail}` : `…${tail}`;
}

/** An agency's acronym as it is usually written: "Kementerian PANRB" -> "KemenPANRB". */
export function acronymShort(acronym: string): string {
  const kemen = /^Kementerian\s+([A-Z][A-Za-z]*[A-Z])$/.exec(acronym.trim());
  return kemen ? `Kemen${kemen[1]}` : acronym.trim();
}

export interface Labelled {
  id: string;
  kind: Kind;
  key: string;
  label: string;
  properties: Record<string, unknown>;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The node's whole name, for hover and the details: regions in title case. */
export function fullName(node: Labelled): string {
  const name = text(node.properties.name) ?? text(node.properties.title) ?? node.label;
  return node.kind === 'REGION' ? titleCase(name) : name;
}

/** The short label of one node, before the view makes the labels distinct. */
export function shortLabel(node: Labelled, max = LABEL_MAX): string {
  const acronym = text(node.properties.acronym);
  if (acronym && acronym.length <= max) return acronymShort(acronym);
  const name = text(node.properties.name) ?? text(node.properties.title) ?? node.label;
  if (node.kind === 'REGION') return cutMiddle(regionShort(name, node.properties.level), max);
  return cutMiddle(shortenRegionWords(name), max);
}

/**
 * Labels for a whole view, distinct: nodes whose short labels collide get longer ones (up to
 * the full name), and what still collides gets its key. Map of node id -> label.
 */
export function distinctLabels(nodes: readonly Labelled[], max = LABEL_MAX): Map<string, string> {
  const labels = new Map(nodes.map((n) => [n.id, shortLabel(n, max)]));
  const tries = [max + 15, max + 40, Infinity];
  for (const longer of tries) {
    const clashing = clashes(labels);
    if (clashing.size === 0) return labels;
    for (const node of nodes) {
      if (!clashing.has(node.id)) continue;
      const name = fullName(node);
      labels.set(node.id, longer === Infinity ? shortenRegionWords(name) : cutMiddle(node.kind === 'REGION' ? regionShort(name, node.properties.level) : shortenRegionWords(name), longer));
    }
  }
  for (const node of nodes) if (clashes(labels).has(node.id)) labels.set(node.id, `${labels.get(node.id)} (${node.key})`);
  return labels;
}

function clashes(labels: Map<string, string>): Set<string> {
  const byLabel = new Map<string, string[]>();
  for (const [id, label] of labels) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  return new Set([...byLabel.values()].filter((ids) => ids.length > 1).flat());
}
