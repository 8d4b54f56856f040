import type { FactSet } from '../../src/seed/factTypes.js';
import { RAKOR_BANDUNG } from './articles.js';

const DIRECTIVE = 'arahan-menpanrb-rakor-paguyuban-bandung';

/**
 * The Minister's directives to BKN, LAN and ANRI at the Bandung coordination meeting: one
 * Regulation of kind DIRECTIVE granting three mandates. The article dates the meeting
 * "Kamis (5/11)" and gives no year, so `year` is left out.
 */
export const directives: FactSet = {
  regulations: [
    {
      id: DIRECTIVE, kind: 'DIRECTIVE', sources: [RAKOR_BANDUNG],
      title: 'Arahan Menteri PANRB kepada BKN, LAN, dan ANRI pada Rapat Koordinasi Kementerian PANRB dan Instansi Paguyuban di Bandung',
    },
  ],
  mandates: [
    {
      id: 'mandat-bkn-manajemen-asn', legalBasis: 'Arahan Menteri PANRB, butir 1', sources: [RAKOR_BANDUNG],
      title: 'Meningkatkan efisiensi proses manajemen ASN berbasis merit, mempercepat digitalisasi rekrutmen dan '
        + 'pengembangan karier ASN, serta mengembangkan sistem data terintegrasi',
    },
    {
      id: 'mandat-lan-pelatihan-asn', legalBasis: 'Arahan Menteri PANRB, butir 2', sources: [RAKOR_BANDUNG],
      title: 'Memperkuat inovasi pelatihan berbasis teknologi, menciptakan model pembelajaran adaptif, dan menjangkau '
        + 'ASN di wilayah terpencil',
    },
    {
      id: 'mandat-anri-kearsipan', legalBasis: 'Arahan Menteri PANRB, butir 3', sources: [RAKOR_BANDUNG],
      title: 'Meningkatkan digitalisasi arsip, mengintegrasikannya dengan SPBE, serta memastikan pengelolaan arsip yang inklusif',
    },
  ],
  links: [
    ...([
      ['bkn', 'mandat-bkn-manajemen-asn', 'manajemen-asn'],
      ['lan', 'mandat-lan-pelatihan-asn', 'pelatihan-asn'],
      ['anri', 'mandat-anri-kearsipan', 'kearsipan'],
    ] as const).flatMap(([agency, mandate, theme]) => [
      { relation: 'HOLDS' as const, from: agency, to: mandate, sources: [RAKOR_BANDUNG] },
      { relation: 'GRANTED_BY' as const, from: mandate, to: DIRECTIVE, sources: [RAKOR_BANDUNG] },
      { relation: 'CONCERNS' as const, from: mandate, to: theme, sources: [RAKOR_BANDUNG] },
    ]),
  ],
};
