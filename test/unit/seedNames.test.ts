import { describe, expect, it } from 'vitest';
import { buildAreas, readAreaData, type Area } from '../../src/seed/areaData.js';
import { governmentsOf, provinceGovernment, regencyGovernment } from '../../src/seed/governments.js';
import { slugify, titleCase } from '../../src/seed/slug.js';

const regency = (code: string, name: string): Area => ({
  code, name, level: 'REGENCY', parentCode: code.slice(0, 2), isCity: name.startsWith('KOTA '), outermostIslandCount: 0,
});

describe('slugify', () => {
  it.each([
    ['ACEH SELATAN', 'aceh-selatan'],
    ['Pulau  Yiew -- Besar!', 'pulau-yiew-besar'],
    ['  DKI JAKARTA  ', 'dki-jakarta'],
    ['TOLI-TOLI', 'toli-toli'],
    ['Pangkajene dan Kepulauan', 'pangkajene-dan-kepulauan'],
    ['Café é', 'cafe-e'],
  ])('%s -> %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('titleCase', () => {
  it.each([
    ['KABUPATEN ACEH SELATAN', 'Kabupaten Aceh Selatan'],
    ['DKI JAKARTA', 'DKI Jakarta'],
    ['KABUPATEN PANGKAJENE DAN KEPULAUAN', 'Kabupaten Pangkajene dan Kepulauan'],
    ['KABUPATEN TOLI-TOLI', 'Kabupaten Toli-Toli'],
  ])('%s -> %s', (text, title) => {
    expect(titleCase(text)).toBe(title);
  });
});

describe('government agencies', () => {
  it('names provincial, regency and city governments after their region', () => {
    expect(provinceGovernment({ ...regency('11', 'ACEH'), level: 'PROVINCE', parentCode: 'ID', isCity: null })).toEqual({
      id: 'pemprov-aceh', name: 'Pemerintah Provinsi Aceh', kind: 'PROVINCIAL_GOVERNMENT', level: 'PROVINCIAL', regionCode: '11',
    });
    expect(regencyGovernment(regency('11.01', 'KABUPATEN ACEH SELATAN'))).toMatchObject({
      id: 'pemkab-aceh-selatan', name: 'Pemerintah Kabupaten Aceh Selatan', kind: 'REGENCY_GOVERNMENT', level: 'LOCAL',
    });
    expect(regencyGovernment(regency('11.71', 'KOTA BANDA ACEH'))).toMatchObject({
      id: 'pemkot-banda-aceh', name: 'Pemerintah Kota Banda Aceh', kind: 'CITY_GOVERNMENT', level: 'LOCAL',
    });
  });

  it("leaves 'Administrasi' out of Jakarta's ids but not its names", () => {
    expect(regencyGovernment(regency('31.71', 'KOTA ADMINISTRASI JAKARTA PUSAT'))).toMatchObject({
      id: 'pemkot-jakarta-pusat', name: 'Pemerintah Kota Administrasi Jakarta Pusat',
    });
  });

  it('refuses two regions that would give one id', () => {
    const areas = {
      country: { ...regency('ID', 'INDONESIA'), level: 'COUNTRY' as const },
      provinces: [],
      regencies: [regency('11.01', 'KABUPATEN BARU'), regency('12.01', 'KABUPATEN BARU')],
      districts: [],
    };
    expect(() => governmentsOf(areas)).toThrow(/pemkab-baru/);
  });

  it('gives the 552 governments of idn-area-data unique ids', async () => {
    const governments = governmentsOf(buildAreas(await readAreaData()));
    expect(governments).toHaveLength(38 + 514);
    expect(new Set(governments.map((g) => g.id)).size).toBe(552);
    expect(governments.map((g) => g.id)).toEqual(expect.arrayContaining(['pemprov-aceh', 'pemkab-aceh-selatan', 'pemkot-banda-aceh']));
  });
});
