import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';

/*
 * Fixture.
 * Themes: digital <- layanan-digital <- layanan-kependudukan (a chain of sub-themes); kemiskinan (apart).
 * Regulations: perpres-1, permen-2.
 * Holdings (agency HOLDS mandate CONCERNS theme; GRANTED_BY):
 *   kominfo         mandat-kominfo-digital    digital               perpres-1
 *   kominfo         mandat-kominfo-digital-2  digital               permen-2   (a second mandate on the same theme)
 *   pemprov-jabar   mandat-jabar-digital      digital               perpres-1, permen-2
 *   pemkot-bandung  mandat-kota-layanan       layanan-digital       (none)
 *   pemkot-bandung  mandat-kota-kependudukan  layanan-kependudukan  perpres-1
 *   bkn             mandat-bkn-miskin         kemiskinan            perpres-1
 *
 * Overlaps worked by hand (first = the broader theme; on the same theme, the smaller agency id):
 *   1. kominfo|pemprov-jabar          digital / digital               sameTheme (kominfo's two mandates
 *                                                                      give one row: mandat-kominfo-digital, the smaller id)
 *   2. kominfo|pemkot-bandung         digital / layanan-digital
 *   3. pemprov-jabar|pemkot-bandung   digital / layanan-digital
 *   4. kominfo|pemkot-bandung         digital / layanan-kependudukan  (two levels below)
 *   5. pemprov-jabar|pemkot-bandung   digital / layanan-kependudukan
 *   Not overlaps: kominfo with itself (two mandates on digital); pemkot-bandung's layanan-digital
 *   against its own layanan-kependudukan; bkn (nobody else on kemiskinan).
 * Sorted by first theme, second theme, then agency ids: 1, 2, 3, 4, 5 as numbered.
 */
const FIXTURE = `
CREATE (digital:Theme {id: 'digital', name: 'Digitalisasi'})
CREATE (layanan:Theme {id: 'layanan-digital', name: 'Layanan digital'})-[:PART_OF]->(digital)
CREATE (kependudukan:Theme {id: 'layanan-kependudukan', name: 'Layanan kependudukan'})-[:PART_OF]->(layanan)
CREATE (miskin:Theme {id: 'kemiskinan', name: 'Kemiskinan'})
CREATE (perpres:Regulation {id: 'perpres-1', title: 'Perpres SPBE', kind: 'PRESIDENTIAL_REGULATION', number: '95/2018', year: 2018})
CREATE (permen:Regulation {id: 'permen-2', title: 'Permen layanan digital', kind: 'MINISTERIAL_REGULATION', year: 2022})
CREATE (kominfo:Agency {id: 'kominfo', name: 'Kementerian Komunikasi dan Digital', kind: 'MINISTRY', level: 'NATIONAL'})
CREATE (pemprov:Agency {id: 'pemprov-jabar', name: 'Pemerintah Provinsi Jawa Barat', kind: 'PROVINCIAL_GOVERNMENT', level: 'PROVINCIAL'})
CREATE (pemkot:Agency {id: 'pemkot-bandung', name: 'Pemerintah Kota Bandung', kind: 'CITY_GOVERNMENT', level: 'LOCAL'})
CREATE (bkn:Agency {id: 'bkn', name: 'Badan Kepegawaian Negara', kind: 'NON_MINISTERIAL_AGENCY', level: 'NATIONAL'})
CREATE (m1:Mandate {id: 'mandat-kominfo-digital', title: 'Transformasi digital'})
CREATE (m2:Mandate {id: 'mandat-kominfo-digital-2', title: 'Infrastruktur digital'})
CREATE (m3:Mandate {id: 'mandat-jabar-digital', title: 'Jabar digital'})
CREATE (m4:Mandate {id: 'mandat-kota-layanan', title: 'Layanan digital kota'})
CREATE (m5:Mandate {id: 'mandat-kota-kependudukan', title: 'Layanan kependudukan kota'})
CREATE (m6:Mandate {id: 'mandat-bkn-miskin', title: 'ASN untuk pengentasan kemiskinan'})
CREATE (kominfo)-[:HOLDS]->(m1), (m1)-[:CONCERNS]->(digital), (m1)-[:GRANTED_BY]->(perpres)
CREATE (kominfo)-[:HOLDS]->(m2), (m2)-[:CONCERNS]->(digital), (m2)-[:GRANTED_BY]->(permen)
CREATE (pemprov)-[:HOLDS]->(m3), (m3)-[:CONCERNS]->(digital), (m3)-[:GRANTED_BY]->(perpres), (m3)-[:GRANTED_BY]->(permen)
CREATE (pemkot)-[:HOLDS]->(m4), (m4)-[:CONCERNS]->(layanan)
CREATE (pemkot)-[:HOLDS]->(m5), (m5)-[:CONCERNS]->(kependudukan), (m5)-[:GRANTED_BY]->(perpres)
CREATE (bkn)-[:HOLDS]->(m6), (m6)-[:CONCERNS]->(miskin), (m6)-[:GRANTED_BY]->(perpres)
`;

let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  ({ db, api } = await openApiSuite(async (db) => {
    await db.cypher(FIXTURE);
  }));
});

afterAll(() => closeApiSuite({ db, api }));

const OVERLAPS = `query ($filter: MandateOverlapFilter, $first: Int, $after: String) {
  mandateOverlaps(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    rule
    nodes {
      sameTheme
      first { agency { id } mandate { id } theme { id } regulations { id } }
      second { agency { id } mandate { id } theme { id } regulations { id } }
    }
  }
}`;

interface Holding { agency: { id: string }; mandate: { id: string }; theme: { id: string }; regulations: Array<{ id: string }> }
interface Connection {
  totalCount: number; rule: string;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  nodes: Array<{ sameTheme: boolean; first: Holding; second: Holding }>;
}

async function overlaps(variables: Record<string, unknown> = {}): Promise<Connection> {
  return (await api.ok<{ mandateOverlaps: Connection }>(OVERLAPS, variables)).mandateOverlaps;
}
const rows = (connection: Connection) =>
  connection.nodes.map((n) => `${n.first.agency.id}|${n.second.agency.id}|${n.first.theme.id}|${n.second.theme.id}`);

const holding = (agency: string, mandate: string, theme: string, regulations: string[]): Holding => ({
  agency: { id: agency }, mandate: { id: mandate }, theme: { id: theme }, regulations: regulations.map((id) => ({ id })),
});

describe('mandateOverlaps', () => {
  it('pairs agencies on the same theme and on a theme and its sub-themes, with the granting regulations', async () => {
    const result = await overlaps();
    expect(result.totalCount).toBe(5);
    expect(result.rule).toContain('sub-theme');
    expect(result.nodes).toEqual([
      {
        sameTheme: true,
        first: holding('kominfo', 'mandat-kominfo-digital', 'digital', ['perpres-1']),
        second: holding('pemprov-jabar', 'mandat-jabar-digital', 'digital', ['permen-2', 'perpres-1']),
      },
      {
        sameTheme: false,
        first: holding('kominfo', 'mandat-kominfo-digital', 'digital', ['perpres-1']),
        second: holding('pemkot-bandung', 'mandat-kota-layanan', 'layanan-digital', []),
      },
      {
        sameTheme: false,
        first: holding('pemprov-jabar', 'mandat-jabar-digital', 'digital', ['permen-2', 'perpres-1']),
        second: holding('pemkot-bandung', 'mandat-kota-layanan', 'layanan-digital', []),
      },
      {
        sameTheme: false,
        first: holding('kominfo', 'mandat-kominfo-digital', 'digital', ['perpres-1']),
        second: holding('pemkot-bandung', 'mandat-kota-kependudukan', 'layanan-kependudukan', ['perpres-1']),
      },
      {
        sameTheme: false,
        first: holding('pemprov-jabar', 'mandat-jabar-digital', 'digital', ['permen-2', 'perpres-1']),
        second: holding('pemkot-bandung', 'mandat-kota-kependudukan', 'layanan-kependudukan', ['perpres-1']),
      },
    ]);
  });

  it('never pairs an agency with itself, even with two mandates on one theme', async () => {
    const result = await overlaps({ filter: { agency: 'kominfo' } });
    // kominfo's rows only, each once, never kominfo|kominfo.
    expect(rows(result)).toEqual([
      'kominfo|pemprov-jabar|digital|digital',
      'kominfo|pemkot-bandung|digital|layanan-digital',
      'kominfo|pemkot-bandung|digital|layanan-kependudukan',
    ]);
    const bandung = await overlaps({ filter: { agency: 'pemkot-bandung' } });
    // pemkot-bandung's layanan-digital and layanan-kependudukan mandates do not meet each other.
    expect(rows(bandung)).toEqual([
      'kominfo|pemkot-bandung|digital|layanan-digital',
      'pemprov-jabar|pemkot-bandung|digital|layanan-digital',
      'kominfo|pemkot-bandung|digital|layanan-kependudukan',
      'pemprov-jabar|pemkot-bandung|digital|layanan-kependudukan',
    ]);
  });

  it('filters by theme: the theme or its sub-themes on either side', async () => {
    expect(rows(await overlaps({ filter: { theme: 'layanan-kependudukan' } }))).toEqual([
      'kominfo|pemkot-bandung|digital|layanan-kependudukan',
      'pemprov-jabar|pemkot-bandung|digital|layanan-kependudukan',
    ]);
    expect((await overlaps({ filter: { theme: 'layanan-digital' } })).totalCount).toBe(4);
    expect((await overlaps({ filter: { theme: 'digital', agency: 'pemprov-jabar' } })).totalCount).toBe(3);
  });

  it('gives an empty result where nobody else holds a mandate', async () => {
    for (const filter of [{ theme: 'kemiskinan' }, { agency: 'bkn' }]) {
      const result = await overlaps({ filter });
      expect(result).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    }
  });

  it('pages with first and after', async () => {
    const one = await overlaps({ first: 2 });
    expect(rows(one)).toEqual(['kominfo|pemprov-jabar|digital|digital', 'kominfo|pemkot-bandung|digital|layanan-digital']);
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const two = await overlaps({ first: 2, after: one.pageInfo.endCursor });
    expect(rows(two)).toEqual(['pemprov-jabar|pemkot-bandung|digital|layanan-digital', 'kominfo|pemkot-bandung|digital|layanan-kependudukan']);
    expect(two.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const three = await overlaps({ first: 2, after: two.pageInfo.endCursor });
    expect(rows(three)).toEqual(['pemprov-jabar|pemkot-bandung|digital|layanan-kependudukan']);
    expect(three.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('refuses unknown ids as NOT_FOUND, naming the field', async () => {
    const theme = await api.run(OVERLAPS, { filter: { theme: 'tidak-ada' } });
    expect(theme.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'filter.theme' });
    const agency = await api.run(OVERLAPS, { filter: { agency: 'tidak-ada' } });
    expect(agency.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'filter.agency' });
    expect(agency.data).toBeNull();
  });

  it('answers in one statement', async () => {
    expect((await api.run(OVERLAPS)).statements).toBe(1);
  });
});
