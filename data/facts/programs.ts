import type { FactSet } from '../../src/seed/factTypes.js';
import { KOLABORASI_LINTAS_SEKTOR, RAKOR_BANDUNG, RBXPERIENCE } from './articles.js';

/**
 * The programs the articles name. Years are left out where the articles give none. SPBE and
 * INA Digital are on track OTHER: the articles do not put them on the RB general or thematic track.
 */
export const programs: FactSet = {
  programs: [
    {
      id: 'rb-general', name: 'Reformasi Birokrasi General', track: 'RB_GENERAL', status: 'ACTIVE',
      description: 'Satu dari dua jalur (double track) RB: penguatan tata kelola pemerintahan yang bersih dan akuntabel.',
      sources: [RBXPERIENCE],
    },
    {
      id: 'rb-tematik', name: 'Reformasi Birokrasi Tematik', track: 'RB_THEMATIC', status: 'ACTIVE',
      description: 'Jalur RB yang berfokus pada dampak: pengurangan kemiskinan, peningkatan investasi, digitalisasi, '
        + 'pengendalian inflasi dan penguatan belanja produk dalam negeri; 002 menambahkan efisiensi belanja negara dan daerah.',
      sources: [RBXPERIENCE, KOLABORASI_LINTAS_SEKTOR],
    },
    {
      id: 'spbe', name: 'Sistem Pemerintahan Berbasis Elektronik (SPBE)', track: 'OTHER', status: 'ACTIVE',
      description: 'Program transformasi digital pemerintahan yang disebut Menteri PANRB; ANRI diminta mengintegrasikan arsip digital dengannya.',
      sources: [RAKOR_BANDUNG],
    },
    {
      id: 'ina-digital', name: 'INA Digital', track: 'OTHER', status: 'ACTIVE',
      description: 'Program layanan publik digital yang disebut Menteri PANRB bersama SPBE.',
      sources: [RAKOR_BANDUNG],
    },
  ],
  links: [
    { relation: 'PARTICIPATES_IN', from: 'kemenpanrb', to: 'rb-general', role: 'LEAD', sources: [RBXPERIENCE] },
    { relation: 'PARTICIPATES_IN', from: 'kemenpanrb', to: 'rb-tematik', role: 'LEAD', sources: [RBXPERIENCE] },
    { relation: 'PARTICIPATES_IN', from: 'kemenpanrb', to: 'spbe', role: 'LEAD', sources: [RAKOR_BANDUNG] },
    { relation: 'PARTICIPATES_IN', from: 'kemenpanrb', to: 'ina-digital', role: 'LEAD', sources: [RAKOR_BANDUNG] },
    // Arahan 3: ANRI integrates digital archives with SPBE.
    { relation: 'PARTICIPATES_IN', from: 'anri', to: 'spbe', role: 'IMPLEMENTER', sources: [RAKOR_BANDUNG] },

    { relation: 'ADDRESSES', from: 'rb-general', to: 'tata-kelola', sources: [RBXPERIENCE] },
    { relation: 'ADDRESSES', from: 'rb-tematik', to: 'pengurangan-kemiskinan', sources: [RBXPERIENCE] },
    { relation: 'ADDRESSES', from: 'rb-tematik', to: 'penanggulangan-kemiskinan-ekstrem', sources: [KOLABORASI_LINTAS_SEKTOR] },
    { relation: 'ADDRESSES', from: 'rb-tematik', to: 'peningkatan-investasi', sources: [RBXPERIENCE, KOLABORASI_LINTAS_SEKTOR] },
    { relation: 'ADDRESSES', from: 'rb-tematik', to: 'digitalisasi', sources: [RBXPERIENCE] },
    { relation: 'ADDRESSES', from: 'rb-tematik', to: 'digitalisasi-pelayanan-dasar', sources: [KOLABORASI_LINTAS_SEKTOR] },
    { relation: 'ADDRESSES', from: 'rb-tematik', to: 'pengendalian-inflasi', sources: [RBXPERIENCE] },
    { relation: 'ADDRESSES', from: 'rb-tematik', to: 'penguatan-belanja-produk-dalam-negeri', sources: [RBXPERIENCE] },
    { relation: 'ADDRESSES', from: 'rb-tematik', to: 'efisiensi-belanja', sources: [KOLABORASI_LINTAS_SEKTOR] },
    { relation: 'ADDRESSES', from: 'spbe', to: 'digitalisasi-administrasi-pemerintahan', sources: [RAKOR_BANDUNG] },
    { relation: 'ADDRESSES', from: 'spbe', to: 'pelayanan-publik', sources: [RAKOR_BANDUNG] },
    { relation: 'ADDRESSES', from: 'ina-digital', to: 'digitalisasi-pelayanan-dasar', sources: [RAKOR_BANDUNG] },
    { relation: 'ADDRESSES', from: 'ina-digital', to: 'pelayanan-publik', sources: [RAKOR_BANDUNG] },
  ],
};
