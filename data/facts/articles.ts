import type { Source } from '../../src/seed/sources.js';

/**
 * The five seed articles (/work/shared/seeds), by file name and title as the file gives it.
 * 002 has no title line: its title here is the outlet and dateline it opens with, plus its first
 * claim, in brackets to show it is ours.
 */
export const PAGUYUBAN: Source = {
  ref: '000_15c34ed328e19458.txt',
  title: 'Kolaborasi: Menteri PANRB Rini Widyantini dan Paguyuban',
};

export const RAKOR_BANDUNG: Source = {
  ref: '001_f42d7ce569d11d9e.txt',
  title: 'Menteri PANRB Dorong Sinergi untuk Wujudkan Layanan Publik Digital yang Inklusif dan Berdampak',
};

export const KOLABORASI_LINTAS_SEKTOR: Source = {
  ref: '002_a84b73c5c3840456.txt',
  title: '[OnePlusWeb web.id, Jakarta 2025, untitled] Pemerintahan modern tidak dapat lagi bekerja secara tunggal',
};

export const KOLABORASI_ANTAR_INSTANSI: Source = {
  ref: '003_1ae37f27f080cdf5.txt',
  title: 'Pentingnya Optimalkan Kolaborasi Antar Instansi untuk Perbaikan Layanan Publik',
};

export const RBXPERIENCE: Source = {
  ref: '004_38152f34437eacb5.txt',
  title: 'RBXperience, Menteri Anas: Reformasi Birokrasi Berbasis Digitalisasi',
};
