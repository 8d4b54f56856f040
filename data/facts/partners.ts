import type { FactSet } from '../../src/seed/factTypes.js';
import { KOLABORASI_LINTAS_SEKTOR } from './articles.js';

/**
 * The quadruple-helix partners article 002 describes. It names no organisation, so these are
 * the kinds of partner it lists, under generic names; it ties them to no named program, so
 * they have no PARTNERS_IN here.
 */
export const partners: FactSet = {
  partners: [
    { id: 'startup-teknologi-layanan-publik', name: 'Startup teknologi layanan publik', helix: 'INDUSTRY', sources: [KOLABORASI_LINTAS_SEKTOR] },
    { id: 'perguruan-tinggi-riset-dan-pelatihan-asn', name: 'Perguruan tinggi (riset dan pelatihan SDM ASN)', helix: 'ACADEMIA', sources: [KOLABORASI_LINTAS_SEKTOR] },
    { id: 'media-literasi-layanan-publik', name: 'Media (literasi layanan publik)', helix: 'MEDIA', sources: [KOLABORASI_LINTAS_SEKTOR] },
    { id: 'komunitas-digital', name: 'Komunitas digital', helix: 'CIVIL_SOCIETY', sources: [KOLABORASI_LINTAS_SEKTOR] },
  ],
};
