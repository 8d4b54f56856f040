import { defineMessages } from '../define.js';

/** The search page: every kind by name, acronym, id or code. */
export const search = defineMessages({
  'title': 'Cari',
  'question': 'Temukan instansi, wilayah, tema, program, mitra, atau forum menurut nama, singkatan, atau kode. Huruf besar-kecil dan aksen diabaikan; "Kab.", "Kabupaten", dan "Kota" dipahami.',
  'label': 'Kata kunci',
  'kind': 'Jenis',
  'allKinds': 'Semua jenis',
  'submit': 'Cari',
  'results': '{count} hasil untuk "{text}"',
  'none': 'Tidak ada yang cocok dengan "{text}".',
  'suggestions': 'Mungkin maksud Anda:',
  'noSuggestion': 'Tidak ada saran. Coba ejaan lain, kata yang lebih pendek, atau kode wilayah (misalnya 65.03).',
  'name': 'Nama',
  'key': 'Kode / id',
  'detail': 'Keterangan',
  'prompt': 'Ketik nama, singkatan, atau kode, lalu tekan Enter.',
}, {
  'title': 'Search',
  'question': 'Find an agency, region, theme, program, partner or forum by name, acronym or code. Case and accents are ignored; "Kab.", "Kabupaten" and "Kota" are understood.',
  'label': 'Search for',
  'kind': 'Kind',
  'allKinds': 'All kinds',
  'submit': 'Search',
  'results': ({ count, text }) => `${count} ${count === '1' ? 'result' : 'results'} for "${text}"`,
  'none': 'Nothing matches "{text}".',
  'suggestions': 'Did you mean:',
  'noSuggestion': 'No suggestion. Try another spelling, a shorter word, or a region code (65.03, say).',
  'name': 'Name',
  'key': 'Code / id',
  'detail': 'Details',
  'prompt': 'Type a name, acronym or code, then press Enter.',
});
