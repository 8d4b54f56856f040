import type { PartnerFact } from '../factTypes.js';
import { slugify } from '../slug.js';
import type { Helix, PartnerRole } from '../vocabulary.js';
import { SOURCES, type SyntheticContext } from './context.js';

/**
 * Synthetic quadruple-helix partners: ten national ones and thirty rooted in provinces where
 * programs run, under generic names (a kind of organisation and a place), then PARTNERS_IN
 * links from each program to none to three of them, preferring partners of its own province.
 */
const NATIONAL: ReadonlyArray<readonly [string, Helix]> = [
  ['Asosiasi startup govtech nasional', 'INDUSTRY'],
  ['Konsorsium penyedia layanan cloud', 'INDUSTRY'],
  ['Operator telekomunikasi nasional', 'INDUSTRY'],
  ['Asosiasi fintech pembayaran', 'INDUSTRY'],
  ['Forum rektor perguruan tinggi', 'ACADEMIA'],
  ['Pusat studi kebijakan publik nasional', 'ACADEMIA'],
  ['Jaringan LSM pemantau pelayanan publik', 'CIVIL_SOCIETY'],
  ['Yayasan literasi digital nasional', 'CIVIL_SOCIETY'],
  ['Kantor berita daring nasional', 'MEDIA'],
  ['Jaringan radio komunitas', 'MEDIA'],
];

const REGIONAL: Readonly<Record<Helix, readonly string[]>> = {
  INDUSTRY: ['Startup govtech', 'Bank pembangunan daerah', 'Kamar dagang dan industri daerah', 'Koperasi UMKM'],
  ACADEMIA: ['Universitas negeri', 'Politeknik negeri', 'Pusat studi kebijakan daerah'],
  CIVIL_SOCIETY: ['Komunitas relawan TIK', 'LSM pemberdayaan masyarakat', 'Forum warga peduli layanan publik'],
  MEDIA: ['Media daring lokal', 'Radio komunitas'],
};
const REGIONAL_COUNTS: Readonly<Record<Helix, number>> = { INDUSTRY: 9, ACADEMIA: 8, CIVIL_SOCIETY: 8, MEDIA: 5 };

const ROLES: Readonly<Record<Helix, readonly PartnerRole[]>> = {
  INDUSTRY: ['TECHNOLOGY', 'FUNDER', 'IMPLEMENTER'],
  ACADEMIA: ['RESEARCH', 'TRAINING'],
  CIVIL_SOCIETY: ['OUTREACH', 'IMPLEMENTER'],
  MEDIA: ['OUTREACH'],
};

interface PartnerPick {
  readonly id: string;
  readonly helix: Helix;
  /** Province code, or null for a national partner. */
  readonly province: string | null;
}

/** `factPartners`: the article's generic partners, which synthetic programs may also work with. */
export function generatePartners(ctx: SyntheticContext, factPartners: readonly PartnerFact[]): void {
  const pool: PartnerPick[] = factPartners.map((p) => ({ id: p.id, helix: p.helix, province: null }));
  const add = (name: string, helix: Helix, province: string | null) => {
    const id = slugify(name);
    if (ctx.graph.hasNode('Partner', id)) return false;
    ctx.graph.addNode('Partner', id, { name, helix }, SOURCES);
    pool.push({ id, helix, province });
    return true;
  };
  for (const [name, helix] of NATIONAL) add(name, helix, null);

  const programProvinces = [...new Set(ctx.programs.map((p) => p.province).filter((p): p is string => p !== null))].sort();
  for (const helix of Object.keys(REGIONAL_COUNTS) as Helix[]) {
    let made = 0;
    for (let attempt = 0; made < REGIONAL_COUNTS[helix] && attempt < 200; attempt += 1) {
      const province = ctx.random.pick(programProvinces);
      if (add(`${ctx.random.pick(REGIONAL[helix])} ${ctx.placeName(province)}`, helix, province)) made += 1;
    }
  }

  for (const program of ctx.programs) {
    const local = pool.filter((p) => p.province !== null && p.province === program.province);
    const national = pool.filter((p) => p.province === null);
    const howMany = ctx.random.pick([0, 0, 1, 1, 2, 3]);
    const chosen = ctx.random.shuffle([...ctx.random.shuffle(local).slice(0, 2), ...ctx.random.shuffle(national).slice(0, 2)]).slice(0, howMany);
    for (const partner of chosen) {
      ctx.graph.addLink('PARTNERS_IN', partner.id, program.id, SOURCES, ctx.random.pick(ROLES[partner.helix]));
    }
  }
}
