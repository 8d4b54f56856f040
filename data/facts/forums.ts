import type { FactSet } from '../../src/seed/factTypes.js';
import { KOLABORASI_LINTAS_SEKTOR, PAGUYUBAN, RAKOR_BANDUNG, RBXPERIENCE } from './articles.js';

/**
 * The forums the articles describe, and who the articles place in them. RBXperience gathered
 * 639 agencies; the articles name only Kementerian PANRB, so that is the one fact member here
 * (a handful of others are added as synthetic data, src/seed/synthetic/).
 *
 * The Bandung meeting is dated "Kamis (5/11)" with no year, so its year is left out.
 */
export const forums: FactSet = {
  forums: [
    {
      id: 'paguyuban', name: 'Paguyuban', kind: 'COMMUNITY',
      sources: [PAGUYUBAN, RAKOR_BANDUNG],
    },
    {
      id: 'rakor-panrb-paguyuban-bandung', name: 'Rapat Koordinasi Kementerian PANRB dan Instansi Paguyuban',
      kind: 'MEETING', place: 'Bandung', sources: [RAKOR_BANDUNG],
    },
    {
      id: 'rbxperience-2023', name: 'RBXperience', kind: 'EVENT', year: 2023,
      place: 'Nusa Dua, Kabupaten Badung, Bali', sources: [RBXPERIENCE],
    },
    {
      id: 'forum-transformasi-layanan-publik-jakarta', name: 'Forum transformasi layanan publik', kind: 'EVENT',
      year: 2025, place: 'Jakarta', sources: [KOLABORASI_LINTAS_SEKTOR],
    },
  ],
  links: [
    // "Rapat Koordinasi Kementerian PANRB dan Instansi Paguyuban": PANRB with BKN, LAN and ANRI.
    ...['kemenpanrb', 'bkn', 'lan', 'anri'].map((agency) => ({
      relation: 'MEMBER_OF' as const, from: agency, to: 'paguyuban', sources: [RAKOR_BANDUNG],
    })),
    // The meeting: the same four, and Komisi II DPR RI, whose chair "turut hadir".
    ...['kemenpanrb', 'bkn', 'lan', 'anri', 'komisi-ii-dpr-ri'].map((agency) => ({
      relation: 'MEMBER_OF' as const, from: agency, to: 'rakor-panrb-paguyuban-bandung', sources: [RAKOR_BANDUNG],
    })),
    { relation: 'MEMBER_OF', from: 'kemenpanrb', to: 'rbxperience-2023', sources: [RBXPERIENCE] },
    { relation: 'MEMBER_OF', from: 'kemenpanrb', to: 'forum-transformasi-layanan-publik-jakarta', sources: [KOLABORASI_LINTAS_SEKTOR] },
  ],
};
