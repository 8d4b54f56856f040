import type { FactSet } from '../../src/seed/factTypes.js';
import { KOLABORASI_ANTAR_INSTANSI, KOLABORASI_LINTAS_SEKTOR, PAGUYUBAN, RAKOR_BANDUNG, RBXPERIENCE } from './articles.js';

/**
 * The policy themes, as a small tree under 'reformasi-birokrasi':
 *
 *   reformasi-birokrasi
 *   ├── tata-kelola (RB general)
 *   │   └── manajemen-asn, pelatihan-asn, kearsipan
 *   ├── reformasi-birokrasi-tematik
 *   │   ├── pengurangan-kemiskinan
 *   │   │   └── penanggulangan-kemiskinan-ekstrem
 *   │   ├── peningkatan-investasi
 *   │   ├── digitalisasi
 *   │   │   └── digitalisasi-pelayanan-dasar, digitalisasi-administrasi-pemerintahan
 *   │   ├── pengendalian-inflasi
 *   │   │   └── penguatan-belanja-produk-dalam-negeri
 *   │   └── efisiensi-belanja
 *   └── pelayanan-publik
 *
 * The tree is ours (the articles name the themes, not how they nest); placing ASN management,
 * training and archives under governance follows 004's "RB general ... tata kelola".
 */
export const themes: FactSet = {
  themes: [
    {
      id: 'reformasi-birokrasi', name: 'Reformasi birokrasi',
      sources: [PAGUYUBAN, RAKOR_BANDUNG, KOLABORASI_LINTAS_SEKTOR, RBXPERIENCE],
    },
    {
      id: 'tata-kelola', name: 'Tata kelola pemerintahan yang bersih dan akuntabel', parent: 'reformasi-birokrasi',
      description: 'RB general: penguatan tata kelola pemerintahan yang bersih dan akuntabel.',
      sources: [RBXPERIENCE],
    },
    {
      id: 'manajemen-asn', name: 'Manajemen ASN berbasis merit', parent: 'tata-kelola',
      description: 'Rekrutmen, pengembangan karier dan data ASN (arahan kepada BKN).',
      sources: [RAKOR_BANDUNG],
    },
    {
      id: 'pelatihan-asn', name: 'Pelatihan dan pengembangan kompetensi ASN', parent: 'tata-kelola',
      description: 'Pelatihan berbasis teknologi dan pembelajaran adaptif, termasuk bagi ASN di wilayah terpencil.',
      sources: [RAKOR_BANDUNG, KOLABORASI_LINTAS_SEKTOR],
    },
    {
      id: 'kearsipan', name: 'Kearsipan', parent: 'tata-kelola',
      description: 'Digitalisasi dan pengelolaan arsip yang inklusif, terintegrasi dengan SPBE.',
      sources: [RAKOR_BANDUNG],
    },
    {
      id: 'reformasi-birokrasi-tematik', name: 'Reformasi birokrasi tematik', parent: 'reformasi-birokrasi',
      description: 'RB tematik: fokus pada dampak yang dirasakan masyarakat, bukan dokumen.',
      sources: [RBXPERIENCE, KOLABORASI_LINTAS_SEKTOR],
    },
    {
      id: 'pengurangan-kemiskinan', name: 'Pengurangan kemiskinan', parent: 'reformasi-birokrasi-tematik',
      sources: [RBXPERIENCE],
    },
    {
      id: 'penanggulangan-kemiskinan-ekstrem', name: 'Penanggulangan kemiskinan ekstrem', parent: 'pengurangan-kemiskinan',
      sources: [KOLABORASI_LINTAS_SEKTOR],
    },
    {
      id: 'peningkatan-investasi', name: 'Peningkatan investasi', parent: 'reformasi-birokrasi-tematik',
      sources: [RBXPERIENCE, KOLABORASI_LINTAS_SEKTOR],
    },
    {
      id: 'digitalisasi', name: 'Digitalisasi', parent: 'reformasi-birokrasi-tematik',
      description: 'Digitalisasi sebagai enabler, penggerak birokrasi.',
      sources: [RBXPERIENCE, RAKOR_BANDUNG],
    },
    {
      id: 'digitalisasi-pelayanan-dasar', name: 'Digitalisasi pelayanan dasar', parent: 'digitalisasi',
      sources: [KOLABORASI_LINTAS_SEKTOR],
    },
    {
      id: 'digitalisasi-administrasi-pemerintahan', name: 'Digitalisasi administrasi pemerintahan', parent: 'digitalisasi',
      description: 'Pemerintahan berbasis elektronik (SPBE) dan integrasi data antarinstansi.',
      sources: [RAKOR_BANDUNG, KOLABORASI_LINTAS_SEKTOR],
    },
    {
      id: 'pengendalian-inflasi', name: 'Pengendalian inflasi', parent: 'reformasi-birokrasi-tematik',
      // 004 prints "pengendalian informasi": the fourth RB tematik theme is inflation control.
      description: 'Artikel 004 menulis "pengendalian informasi"; yang dimaksud pengendalian inflasi.',
      sources: [RBXPERIENCE],
    },
    {
      id: 'penguatan-belanja-produk-dalam-negeri', name: 'Penguatan belanja produk dalam negeri', parent: 'pengendalian-inflasi',
      sources: [RBXPERIENCE],
    },
    {
      id: 'efisiensi-belanja', name: 'Efisiensi belanja negara dan daerah', parent: 'reformasi-birokrasi-tematik',
      sources: [KOLABORASI_LINTAS_SEKTOR],
    },
    {
      id: 'pelayanan-publik', name: 'Pelayanan publik', parent: 'reformasi-birokrasi',
      description: 'Layanan publik yang terintegrasi, inklusif, dan dapat diakses hingga wilayah terpencil.',
      sources: [RAKOR_BANDUNG, KOLABORASI_LINTAS_SEKTOR, KOLABORASI_ANTAR_INSTANSI, PAGUYUBAN],
    },
  ],
};
