/**
 * One small bundle that touches every kind of record the tests need, in JSON form and the same
 * content in CSV form (one source per record, since a CSV row has one sourceRef/sourceTitle).
 */
export const SPBE_SOURCE = { ref: 'https://jdih.menpan.go.id/perpres-95-2018', title: 'Perpres 95/2018, SPBE' };

export const VALID_BUNDLE = {
  format: 'kolaborasi-bundle',
  version: 1,
  regions: [
    { code: 'ID', name: 'Indonesia', level: 'COUNTRY' },
    { code: '32', name: 'Jawa Barat', level: 'PROVINCE', parent: 'ID', outermostIslandCount: 0 },
    { code: '32.73', name: 'Kota Bandung', level: 'REGENCY', parent: '32', isCity: true },
  ],
  agencies: [
    { id: 'kementerian-panrb', name: 'Kementerian PANRB, Pusat', kind: 'MINISTRY', level: 'NATIONAL', acronym: 'PANRB', sources: [SPBE_SOURCE] },
    { id: 'pemkot-bandung', name: 'Pemerintah Kota Bandung', kind: 'CITY_GOVERNMENT', level: 'LOCAL' },
  ],
  themes: [
    { id: 'digital', name: 'Digital government' },
    { id: 'e-gov', name: 'E-government services', description: 'Online public services' },
  ],
  programs: [
    { id: 'spbe', name: 'SPBE', track: 'RB_GENERAL', status: 'ACTIVE', startYear: 2020, endYear: 2024 },
  ],
  indicators: [
    { id: 'indeks-spbe', name: 'Indeks SPBE', unit: 'index', direction: 'HIGHER_IS_BETTER' },
  ],
  measurements: [
    { indicator: 'indeks-spbe', year: 2023, region: '32.73', target: 3.5, actual: 3.12, sources: [SPBE_SOURCE] },
    { indicator: 'indeks-spbe', year: 2023, target: 3 },
  ],
  links: {
    PARTICIPATES_IN: [
      { from: 'kementerian-panrb', to: 'spbe', role: 'LEAD', sources: [SPBE_SOURCE] },
      { from: 'pemkot-bandung', to: 'spbe', role: 'IMPLEMENTER' },
    ],
    THEME_PART_OF: [{ from: 'e-gov', to: 'digital' }],
    ADDRESSES: [{ from: 'spbe', to: 'e-gov' }],
    MEASURED_BY: [{ from: 'spbe', to: 'indeks-spbe' }],
    COVERS: [{ from: 'spbe', to: '32.73' }],
    JURISDICTION: [{ from: 'pemkot-bandung', to: '32.73' }],
  },
};

const src = `${SPBE_SOURCE.ref},"${SPBE_SOURCE.title}"`;

export const VALID_CSV: Record<string, string> = {
  'regions.csv': [
    'code,name,level,parent,isCity,outermostIslandCount,sourceRef,sourceTitle',
    'ID,Indonesia,COUNTRY,,,,,',
    '32,Jawa Barat,PROVINCE,ID,,0,,',
    '32.73,Kota Bandung,REGENCY,32,true,,,',
  ].join('\n'),
  'agencies.csv': [
    'id,name,kind,level,acronym,sourceRef,sourceTitle',
    `kementerian-panrb,"Kementerian PANRB, Pusat",MINISTRY,NATIONAL,PANRB,${src}`,
    'pemkot-bandung,Pemerintah Kota Bandung,CITY_GOVERNMENT,LOCAL,,,',
  ].join('\n'),
  'themes.csv': [
    'id,name,description',
    'digital,Digital government,',
    'e-gov,E-government services,Online public services',
  ].join('\n'),
  'programs.csv': [
    'id,name,track,status,startYear,endYear',
    'spbe,SPBE,RB_GENERAL,ACTIVE,2020,2024',
  ].join('\n'),
  'indicators.csv': ['id,name,unit,direction', 'indeks-spbe,Indeks SPBE,index,HIGHER_IS_BETTER'].join('\n'),
  'measurements.csv': [
    'indicator,year,region,target,actual,sourceRef,sourceTitle',
    `indeks-spbe,2023,32.73,3.5,3.12,${src}`,
    'indeks-spbe,2023,,3,,,',
  ].join('\n'),
  'links/PARTICIPATES_IN.csv': [
    'from,to,role,sourceRef,sourceTitle',
    `kementerian-panrb,spbe,LEAD,${src}`,
    'pemkot-bandung,spbe,IMPLEMENTER,,',
  ].join('\n'),
  'links/THEME_PART_OF.csv': 'from,to\ne-gov,digital\n',
  'links/ADDRESSES.csv': 'from,to\nspbe,e-gov\n',
  'links/MEASURED_BY.csv': 'from,to\nspbe,indeks-spbe\n',
  'links/COVERS.csv': 'from,to\nspbe,32.73\n',
  'links/JURISDICTION.csv': 'from,to\npemkot-bandung,32.73\n',
};

export const VALID_NODE_COUNTS = { Region: 3, Agency: 2, Theme: 2, Program: 1, Indicator: 1, Measurement: 2 };
export const VALID_LINK_COUNTS = {
  REGION_PART_OF: 2, HAS_MEASUREMENT: 2, MEASURED_IN: 1, PARTICIPATES_IN: 2, THEME_PART_OF: 1,
  ADDRESSES: 1, MEASURED_BY: 1, COVERS: 1, JURISDICTION: 1,
};
export const VALID_RECORDS = 3 + 2 + 2 + 1 + 1 + 2 + 2 + 1 + 1 + 1 + 1 + 1;
