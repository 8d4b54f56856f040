import { describe, expect, it } from 'vitest';
import { acronymShort, cutMiddle, distinctLabels, fullName, LABEL_MAX, regionShort, shortenRegionWords, shortLabel, type Labelled } from '../../web/explorer/labels.js';
import { findInView } from '../../web/explorer/find.js';
import { nodeSources } from '../../web/explorer/sources.js';

const node = (kind: Labelled['kind'], key: string, properties: Record<string, unknown>): Labelled => ({ id: `${kind}:${key}`, kind, key, label: String(properties.acronym ?? properties.name ?? properties.title ?? key), properties });

describe('the explorer\'s short labels (web/explorer/labels.ts)', () => {
  it('shortens regions the way planning documents write them', () => {
    expect(regionShort('KABUPATEN NUNUKAN', 'REGENCY')).toBe('Kab. Nunukan');
    expect(regionShort('KOTA BANDUNG', 'REGENCY')).toBe('Kota Bandung');
    expect(regionShort('KOTA ADMINISTRASI JAKARTA PUSAT', 'REGENCY')).toBe('Kota Jakarta Pusat');
    expect(regionShort('NUSA TENGGARA TIMUR', 'PROVINCE')).toBe('Prov. NTT');
    expect(regionShort('NUSA TENGGARA BARAT', 'PROVINCE')).toBe('Prov. NTB');
    expect(regionShort('DAERAH ISTIMEWA YOGYAKARTA', 'PROVINCE')).toBe('Prov. DIY');
    expect(regionShort('DI YOGYAKARTA', 'PROVINCE')).toBe('Prov. DIY');
    expect(regionShort('DKI JAKARTA', 'PROVINCE')).toBe('Prov. DKI Jakarta');
    expect(regionShort('JAWA BARAT', 'PROVINCE')).toBe('Prov. Jawa Barat');
    expect(regionShort('KEPULAUAN BANGKA BELITUNG', 'PROVINCE')).toBe('Prov. Kep. Bangka Belitung');
    expect(regionShort('INDONESIA', 'COUNTRY')).toBe('Indonesia');
    expect(regionShort('Bakongan', 'DISTRICT')).toBe('Bakongan');
  });

  it('takes the acronym when there is one, the usual short form for ministries', () => {
    expect(acronymShort('Kementerian PANRB')).toBe('KemenPANRB');
    expect(acronymShort('Bappenas')).toBe('Bappenas');
    expect(shortLabel(node('AGENCY', 'kemenpanrb', { name: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', acronym: 'Kementerian PANRB' }))).toBe('KemenPANRB');
    expect(shortLabel(node('AGENCY', 'bappenas', { name: 'Badan Perencanaan Pembangunan Nasional', acronym: 'Bappenas' }))).toBe('Bappenas');
  });

  it('keeps the part of a regional government\'s name that tells it apart (issue 13: every node was "Pemerintah K…")', () => {
    expect(shortenRegionWords('Pemerintah Kabupaten Gresik')).toBe('Pemkab Gresik');
    expect(shortenRegionWords('Pemerintah Kota Blitar')).toBe('Pemkot Blitar');
    expect(shortenRegionWords('Pemerintah Provinsi Nusa Tenggara Timur')).toBe('Pemprov NTT');
    const governments = ['Pemerintah Kabupaten Bolaang Mongondow', 'Pemerintah Kabupaten Bolaang Mongondow Selatan', 'Pemerintah Kabupaten Manggarai', 'Pemerintah Kabupaten Manggarai Barat', 'Pemerintah Kabupaten Manggarai Timur', 'Pemerintah Kota Surabaya', 'Pemerintah Provinsi Jawa Timur']
      .map((name, i) => node('AGENCY', `g${i}`, { name }));
    const labels = [...distinctLabels(governments).values()];
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.every((l) => l.length <= LABEL_MAX && !l.startsWith('Pemerintah'))).toBe(true);
    expect(labels).toContain('Pemkab Bolaang Mongondow Selatan');
  });

  it('cuts long names in the middle, keeping the head and the distinguishing tail', () => {
    expect(cutMiddle('Integrasi data kependudukan untuk layanan dasar Kab. Bangka Barat')).toBe('Integrasi… Kab. Bangka Barat');
    expect(cutMiddle('Sistem Pemerintahan Berbasis Elektronik')).toBe('Sistem… Berbasis Elektronik');
    expect(cutMiddle('Digitalisasi arsip terintegrasi SPBE')).toBe('Digitalisasi… terintegrasi SPBE');
    expect(cutMiddle('Layanan kesehatan digital')).toBe('Layanan kesehatan digital');
    for (const name of ['Melaksanakan RB tematik di daerah: digitalisasi pelayanan dasar', 'LSM pemberdayaan masyarakat Kalimantan Selatan', 'Pedoman pelaksanaan reformasi birokrasi tematik di daerah (contoh)']) {
      expect(cutMiddle(name).length).toBeLessThanOrEqual(LABEL_MAX);
    }
  });

  it('makes colliding labels longer, then adds the key, so that no two labels of a view are equal', () => {
    const programs = [
      node('PROGRAM', 'a', { name: 'Integrasi data kependudukan untuk layanan dasar Kabupaten Bangka Barat' }),
      node('PROGRAM', 'b', { name: 'Integrasi data kependudukan untuk layanan kesehatan Kabupaten Bangka Barat' }),
      node('PARTNER', 'c', { name: 'Komunitas digital' }),
      node('PARTNER', 'd', { name: 'Komunitas digital' }),
    ];
    const labels = distinctLabels(programs);
    expect(new Set(labels.values()).size).toBe(4);
    expect(labels.get('PARTNER:c')).toBe('Komunitas digital (c)');
  });

  it('gives the full name for hover and details, regions in title case', () => {
    expect(fullName(node('REGION', '65.03', { name: 'KABUPATEN NUNUKAN', level: 'REGENCY' }))).toBe('Kabupaten Nunukan');
    expect(fullName(node('MANDATE', 'm', { title: 'Digitalisasi arsip terintegrasi SPBE' }))).toBe('Digitalisasi arsip terintegrasi SPBE');
  });
});

describe('sources and finding (web/explorer/sources.ts, find.ts)', () => {
  it('pairs refs with titles, real sources first, synthetic ones marked', () => {
    expect(nodeSources({ sourceRefs: ['synthetic', '001_a.txt', 'https://example.org/x'], sourceTitles: ['Generated demo data', 'Menteri PANRB Dorong Sinergi', 'Berita'] })).toEqual([
      { ref: '001_a.txt', title: 'Menteri PANRB Dorong Sinergi', synthetic: false },
      { ref: 'https://example.org/x', title: 'Berita', synthetic: false, url: 'https://example.org/x' },
      { ref: 'synthetic', title: 'Generated demo data', synthetic: true },
    ]);
    expect(nodeSources({})).toEqual([]);
  });

  it('finds a node by its label, its full name or its key, exact and prefix matches first', () => {
    const nodes = [{ id: '1', key: 'pemkab-aceh-selatan', names: ['Pemkab Aceh Selatan', 'Pemerintah Kabupaten Aceh Selatan'] }, { id: '2', key: 'aceh', names: ['Prov. Aceh', 'Aceh'] }];
    expect(findInView('aceh', nodes, (n) => n.names).map((n) => n.id)).toEqual(['2', '1']);
    expect(findInView('kabupaten aceh', nodes, (n) => n.names).map((n) => n.id)).toEqual(['1']);
    expect(findInView('  ', nodes, (n) => n.names)).toEqual([]);
  });
});
