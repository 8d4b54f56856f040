import { useLocation, useParams } from 'react-router';
import { NotFound } from '../layout/Layout.js';
import { PROFILE_KINDS, type ProfileKind } from '../paths.js';
import { AgencyProfile } from './profile/AgencyProfile.js';
import { ForumProfile } from './profile/ForumProfile.js';
import { PartnerProfile } from './profile/PartnerProfile.js';
import { ProgramProfile } from './profile/ProgramProfile.js';
import { RegionProfile } from './profile/RegionProfile.js';
import { ThemeProfile } from './profile/ThemeProfile.js';

const BY_SEGMENT = Object.fromEntries(Object.entries(PROFILE_KINDS).map(([kind, segment]) => [segment, kind])) as Record<string, ProfileKind>;

/**
 * The profile of one agency, program, region, theme, partner or forum: "siapa mengerjakan apa"
 * for one actor at a glance. The kind is the address's first segment, the key (an id, or a
 * region's code) the second; each kind is one query and one component under ./profile/.
 */
export default function Profile() {
  const { pathname } = useLocation();
  const { key = '' } = useParams();
  const kind = BY_SEGMENT[pathname.split('/')[1] ?? ''];
  // A new key is a new page: remount, so tables and filters start afresh.
  switch (kind) {
    case 'AGENCY': return <AgencyProfile key={key} id={key} />;
    case 'PROGRAM': return <ProgramProfile key={key} id={key} />;
    case 'REGION': return <RegionProfile key={key} code={key} />;
    case 'THEME': return <ThemeProfile key={key} id={key} />;
    case 'PARTNER': return <PartnerProfile key={key} id={key} />;
    case 'FORUM': return <ForumProfile key={key} id={key} />;
    default: return <NotFound />;
  }
}
