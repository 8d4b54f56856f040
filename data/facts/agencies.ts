import type { FactSet } from '../../src/seed/factTypes.js';
import { KOLABORASI_ANTAR_INSTANSI, KOLABORASI_LINTAS_SEKTOR, PAGUYUBAN, RAKOR_BANDUNG, RBXPERIENCE } from './articles.js';

/**
 * The central agencies the articles name. No REPORTS_TO: none of the articles says which
 * agency answers to which (BKN, LAN and ANRI work with Kementerian PANRB, in the articles'
 * words, "bersama").
 */
export const agencies: FactSet = {
  agencies: [
    {
      id: 'kemenpanrb', name: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
      acronym: 'Kementerian PANRB', kind: 'MINISTRY', level: 'NATIONAL',
      sources: [PAGUYUBAN, RAKOR_BANDUNG, KOLABORASI_LINTAS_SEKTOR, KOLABORASI_ANTAR_INSTANSI, RBXPERIENCE],
    },
    {
      id: 'bkn', name: 'Badan Kepegawaian Negara', acronym: 'BKN',
      kind: 'NON_MINISTERIAL_AGENCY', level: 'NATIONAL', sources: [RAKOR_BANDUNG],
    },
    {
      id: 'lan', name: 'Lembaga Administrasi Negara', acronym: 'LAN',
      kind: 'NON_MINISTERIAL_AGENCY', level: 'NATIONAL', sources: [RAKOR_BANDUNG],
    },
    {
      id: 'anri', name: 'Arsip Nasional Republik Indonesia', acronym: 'ANRI',
      kind: 'NON_MINISTERIAL_AGENCY', level: 'NATIONAL', sources: [RAKOR_BANDUNG],
    },
    {
      id: 'bappenas', name: 'Badan Perencanaan Pembangunan Nasional', acronym: 'Bappenas',
      kind: 'MINISTRY', level: 'NATIONAL', sources: [KOLABORASI_ANTAR_INSTANSI],
    },
    {
      id: 'komisi-ii-dpr-ri', name: 'Komisi II Dewan Perwakilan Rakyat Republik Indonesia', acronym: 'Komisi II DPR RI',
      kind: 'LEGISLATIVE_COMMITTEE', level: 'NATIONAL', sources: [RAKOR_BANDUNG],
    },
  ],
};
