import type { IndicatorDirection, ProgramTrack } from '../vocabulary.js';

/**
 * The vocabulary the synthetic generator draws from: program templates per theme, each with an
 * output indicator, and one outcome indicator per theme. Names are plausible Indonesian
 * program names; every value generated from them is demo data, not fact.
 */
export interface IndicatorSpec {
  readonly name: string;
  readonly unit: string;
  readonly direction: IndicatorDirection;
  /** A typical value in the first year measured. */
  readonly base: number;
  /** How far the target moves each year (negative where lower is better). */
  readonly step: number;
  /** Values never go past this (100 for a percentage). */
  readonly max?: number;
  /** Counted in whole units (households, villages), not fractions. */
  readonly whole?: boolean;
}

export interface ProgramTemplate {
  readonly name: string;
  /** The theme it addresses first; `alsoThemes` are addressed too. */
  readonly theme: string;
  readonly alsoThemes?: readonly string[];
  readonly output: IndicatorSpec;
  /** Aimed at remote regencies (those with outermost small islands). */
  readonly remote?: boolean;
}

/** The outcome indicator of each theme, measured nationally and in the regions programs reach. */
export interface ThemeIndicator extends IndicatorSpec {
  readonly id: string;
  readonly theme: string;
  /** How much a province's and a regency's value differ from one another, as a fraction of `base`. */
  readonly spread: number;
  /** Multipliers for counts that shrink with the area (a percentage keeps 1). */
  readonly perLevel?: { readonly PROVINCE: number; readonly REGENCY: number };
}

const pct = (base: number, step: number, direction: IndicatorDirection = 'HIGHER_IS_BETTER') =>
  ({ unit: '%', direction, base, step, max: 100 }) as const;
const count = (unit: string, base: number, step: number, whole = true) =>
  ({ unit, direction: 'HIGHER_IS_BETTER', base, step, whole }) as const;

export const THEME_INDICATORS: readonly ThemeIndicator[] = [
  { id: 'ind-penduduk-miskin-ekstrem', theme: 'penanggulangan-kemiskinan-ekstrem', name: 'Persentase penduduk miskin ekstrem', ...pct(2.1, -0.35, 'LOWER_IS_BETTER'), spread: 0.6 },
  { id: 'ind-penduduk-miskin', theme: 'pengurangan-kemiskinan', name: 'Persentase penduduk miskin', ...pct(10.1, -0.3, 'LOWER_IS_BETTER'), spread: 0.5 },
  { id: 'ind-realisasi-investasi', theme: 'peningkatan-investasi', name: 'Realisasi investasi', ...count('triliun rupiah', 900, 150, false), spread: 0.6, perLevel: { PROVINCE: 1 / 30, REGENCY: 1 / 300 } },
  { id: 'ind-layanan-dasar-daring', theme: 'digitalisasi-pelayanan-dasar', name: 'Persentase layanan dasar tersedia daring', ...pct(35, 9), spread: 0.4 },
  { id: 'ind-indeks-spbe', theme: 'digitalisasi-administrasi-pemerintahan', name: 'Indeks SPBE', unit: 'indeks (0-5)', direction: 'HIGHER_IS_BETTER', base: 2.3, step: 0.2, max: 5, spread: 0.25 },
  { id: 'ind-inflasi-tahunan', theme: 'pengendalian-inflasi', name: 'Inflasi tahunan (yoy)', ...pct(3.5, -0.2, 'LOWER_IS_BETTER'), spread: 0.3 },
  { id: 'ind-belanja-produk-dalam-negeri', theme: 'penguatan-belanja-produk-dalam-negeri', name: 'Persentase belanja produk dalam negeri', ...pct(40, 6), spread: 0.3 },
  { id: 'ind-efisiensi-belanja', theme: 'efisiensi-belanja', name: 'Persentase efisiensi belanja', ...pct(3, 1), spread: 0.5 },
  { id: 'ind-indeks-rb', theme: 'tata-kelola', name: 'Indeks reformasi birokrasi', unit: 'nilai (0-100)', direction: 'HIGHER_IS_BETTER', base: 62, step: 2.5, max: 100, spread: 0.15 },
  { id: 'ind-indeks-sistem-merit', theme: 'manajemen-asn', name: 'Indeks sistem merit', unit: 'nilai (0-100)', direction: 'HIGHER_IS_BETTER', base: 58, step: 4, max: 100, spread: 0.2 },
  { id: 'ind-asn-pengembangan-kompetensi', theme: 'pelatihan-asn', name: 'Persentase ASN yang mengikuti pengembangan kompetensi', ...pct(55, 6), spread: 0.25 },
  { id: 'ind-arsip-terdigitalisasi', theme: 'kearsipan', name: 'Persentase arsip terdigitalisasi', ...pct(20, 8), spread: 0.5 },
  { id: 'ind-indeks-pelayanan-publik', theme: 'pelayanan-publik', name: 'Indeks pelayanan publik', unit: 'indeks (0-5)', direction: 'HIGHER_IS_BETTER', base: 3.6, step: 0.12, max: 5, spread: 0.12 },
];

export const TEMPLATES: readonly ProgramTemplate[] = [
  { theme: 'penanggulangan-kemiskinan-ekstrem', name: 'Percepatan penghapusan kemiskinan ekstrem', output: { name: 'Rumah tangga miskin ekstrem yang menerima intervensi terpadu', ...count('rumah tangga', 1200, 300) } },
  { theme: 'penanggulangan-kemiskinan-ekstrem', name: 'Pemutakhiran data sasaran kemiskinan ekstrem', output: { name: 'Persentase data sasaran terverifikasi', ...pct(40, 15) } },
  { theme: 'pengurangan-kemiskinan', name: 'Hilirisasi pertanian untuk pengurangan kemiskinan', output: { name: 'Petani yang bermitra dengan industri pengolahan', ...count('orang', 800, 200) } },
  { theme: 'pengurangan-kemiskinan', alsoThemes: ['peningkatan-investasi'], name: 'Pariwisata berbasis masyarakat', output: { name: 'Desa wisata aktif', ...count('desa', 10, 4) } },
  { theme: 'peningkatan-investasi', alsoThemes: ['digitalisasi-administrasi-pemerintahan'], name: 'Percepatan perizinan berusaha terpadu', output: { name: 'Rata-rata waktu penerbitan izin', unit: 'hari', direction: 'LOWER_IS_BETTER', base: 14, step: -2, whole: true } },
  { theme: 'peningkatan-investasi', name: 'Promosi dan fasilitasi investasi daerah', output: { name: 'Nilai komitmen investasi baru', ...count('miliar rupiah', 500, 120) } },
  { theme: 'digitalisasi-pelayanan-dasar', name: 'Integrasi data kependudukan untuk layanan dasar', output: { name: 'Layanan dasar yang memakai NIK sebagai kunci tunggal', ...count('layanan', 5, 3) } },
  { theme: 'digitalisasi-pelayanan-dasar', name: 'Layanan kesehatan digital', output: { name: 'Persentase puskesmas dengan rekam medis elektronik', ...pct(30, 15) } },
  { theme: 'digitalisasi-pelayanan-dasar', name: 'Sekolah terhubung untuk layanan pendidikan daring', output: { name: 'Persentase sekolah dasar yang terhubung internet', ...pct(50, 10) } },
  { theme: 'digitalisasi-administrasi-pemerintahan', name: 'Penerapan SPBE terpadu', output: { name: 'Aplikasi layanan yang terintegrasi', ...count('aplikasi', 8, 4) } },
  { theme: 'digitalisasi-administrasi-pemerintahan', name: 'Pembayaran pajak daerah daring', output: { name: 'Persentase pajak daerah yang dibayar daring', ...pct(35, 12) } },
  { theme: 'pengendalian-inflasi', name: 'Gerakan pengendalian inflasi daerah', output: { name: 'Operasi pasar dan pasar murah terlaksana', ...count('kegiatan', 12, 4) } },
  { theme: 'pengendalian-inflasi', name: 'Kerja sama antardaerah pasokan pangan', output: { name: 'Komoditas pangan dengan kerja sama pasokan', ...count('komoditas', 3, 1) } },
  { theme: 'penguatan-belanja-produk-dalam-negeri', name: 'Belanja produk dalam negeri dan UMKM', output: { name: 'Persentase belanja daerah untuk produk UMKM', ...pct(25, 8) } },
  { theme: 'efisiensi-belanja', name: 'Penganggaran berbasis kinerja', output: { name: 'Persentase program dengan indikator kinerja terukur', ...pct(50, 10) } },
  { theme: 'tata-kelola', name: 'Pembangunan zona integritas', output: { name: 'Unit kerja berpredikat WBK/WBBM', ...count('unit kerja', 3, 2) } },
  { theme: 'tata-kelola', name: 'Penguatan akuntabilitas kinerja', output: { name: 'Nilai SAKIP', unit: 'nilai (0-100)', direction: 'HIGHER_IS_BETTER', base: 60, step: 3, max: 100 } },
  { theme: 'pelayanan-publik', name: 'Inovasi pelayanan publik', output: { name: 'Inovasi pelayanan publik yang direplikasi', ...count('inovasi', 4, 2) } },
  { theme: 'pelayanan-publik', name: 'Mal pelayanan publik', output: { name: 'Jenis layanan di mal pelayanan publik', ...count('layanan', 40, 15) } },
  { theme: 'manajemen-asn', name: 'Digitalisasi rekrutmen ASN', output: { name: 'Persentase formasi yang diseleksi secara daring', ...pct(70, 8) } },
  { theme: 'manajemen-asn', name: 'Sistem informasi ASN terintegrasi', output: { name: 'Persentase instansi dengan data ASN tersinkron', ...pct(40, 15) } },
  { theme: 'manajemen-asn', name: 'Penilaian sistem merit instansi', output: { name: 'Instansi dengan predikat sistem merit baik', ...count('instansi', 5, 3) } },
  { theme: 'pelatihan-asn', name: 'Pelatihan ASN berbasis teknologi', output: { name: 'ASN yang menyelesaikan pelatihan daring', ...count('orang', 2000, 600) } },
  { theme: 'pelatihan-asn', name: 'Pembelajaran adaptif ASN di wilayah terpencil', remote: true, output: { name: 'ASN di wilayah terpencil yang terjangkau pelatihan', ...count('orang', 300, 120) } },
  { theme: 'kearsipan', name: 'Digitalisasi arsip daerah', output: { name: 'Arsip statis yang didigitalkan', ...count('ribu lembar', 50, 20) } },
  { theme: 'kearsipan', name: 'Integrasi arsip dinamis dengan SPBE', output: { name: 'Instansi dengan aplikasi arsip terintegrasi SPBE', ...count('instansi', 4, 3) } },
];

/** Track by theme: the RB tematik themes are RB_THEMATIC, governance themes RB_GENERAL. */
const THEMATIC = new Set([
  'penanggulangan-kemiskinan-ekstrem', 'pengurangan-kemiskinan', 'peningkatan-investasi', 'digitalisasi-pelayanan-dasar',
  'digitalisasi-administrasi-pemerintahan', 'pengendalian-inflasi', 'penguatan-belanja-produk-dalam-negeri', 'efisiensi-belanja',
]);
const GENERAL = new Set(['tata-kelola', 'manajemen-asn', 'pelatihan-asn', 'kearsipan']);

export function trackOf(theme: string): ProgramTrack {
  if (THEMATIC.has(theme)) return 'RB_THEMATIC';
  return GENERAL.has(theme) ? 'RB_GENERAL' : 'OTHER';
}

export function isThematic(theme: string): boolean {
  return THEMATIC.has(theme);
}

/** Themes whose coverage is kept patchy in a few remote provinces, so coverage gaps show (see coverage.ts). */
export const GAP_THEMES: ReadonlySet<string> = new Set(['penanggulangan-kemiskinan-ekstrem', 'pengurangan-kemiskinan', 'digitalisasi-pelayanan-dasar']);

/** The themes each central agency runs programs on (its mandate, as the articles describe it). */
export const CENTRAL_THEMES: Readonly<Record<string, readonly string[]>> = {
  bkn: ['manajemen-asn'],
  lan: ['pelatihan-asn'],
  anri: ['kearsipan'],
  kemenpanrb: ['tata-kelola', 'pelayanan-publik', 'digitalisasi-administrasi-pemerintahan', 'digitalisasi-pelayanan-dasar'],
  bappenas: ['penanggulangan-kemiskinan-ekstrem', 'pengurangan-kemiskinan', 'peningkatan-investasi', 'efisiensi-belanja'],
};

/** The themes regional governments run programs on: RB tematik, governance and public service. */
export const REGIONAL_THEMES: readonly string[] = [
  'penanggulangan-kemiskinan-ekstrem', 'pengurangan-kemiskinan', 'peningkatan-investasi', 'digitalisasi-pelayanan-dasar',
  'digitalisasi-administrasi-pemerintahan', 'pengendalian-inflasi', 'penguatan-belanja-produk-dalam-negeri', 'efisiensi-belanja',
  'tata-kelola', 'pelayanan-publik',
];

/** The central agency that supports a regional program on a theme. */
export function centralSupporterOf(theme: string): string {
  for (const [agency, themes] of Object.entries(CENTRAL_THEMES)) if (themes.includes(theme)) return agency;
  return 'kemenpanrb';
}

/** National programs: they cover the country root, so never on a GAP_THEMES theme. */
export const NATIONAL_PROGRAMS: ReadonlyArray<{ readonly lead: string; readonly template: string; readonly name: string }> = [
  { lead: 'bkn', template: 'Digitalisasi rekrutmen ASN', name: 'Digitalisasi rekrutmen ASN nasional' },
  { lead: 'lan', template: 'Pelatihan ASN berbasis teknologi', name: 'Pelatihan ASN daring nasional' },
  { lead: 'anri', template: 'Digitalisasi arsip daerah', name: 'Gerakan nasional digitalisasi arsip' },
  { lead: 'kemenpanrb', template: 'Penguatan akuntabilitas kinerja', name: 'Evaluasi reformasi birokrasi nasional' },
  { lead: 'kemenpanrb', template: 'Mal pelayanan publik', name: 'Perluasan mal pelayanan publik nasional' },
  { lead: 'bappenas', template: 'Penganggaran berbasis kinerja', name: 'Perencanaan dan penganggaran berbasis kinerja nasional' },
];

export function templatesOn(theme: string): ProgramTemplate[] {
  return TEMPLATES.filter((t) => t.theme === theme);
}

export function templateNamed(name: string): ProgramTemplate {
  const template = TEMPLATES.find((t) => t.name === name);
  if (!template) throw new Error(`no program template named '${name}'`);
  return template;
}
