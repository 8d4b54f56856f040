import { Link } from 'react-router';
import { isProfileKind, profilePath } from '../paths.js';
import { titleCase } from '../i18n/format.js';

interface EntityLinkProps {
  readonly kind: string;
  /** id, or a region's code. */
  readonly id: string;
  readonly name: string;
  readonly acronym?: string | null;
}

/** A name that opens its profile page ("siapa mengerjakan apa" for one actor). Regions in title case. */
export function EntityLink({ kind, id, name, acronym }: EntityLinkProps) {
  const label = kind === 'REGION' ? titleCase(name) : name;
  const text = acronym && acronym !== name ? `${label} (${acronym})` : label;
  if (!isProfileKind(kind)) return <span>{text}</span>;
  return <Link to={profilePath(kind, id)} data-kind={kind} data-key={id}>{text}</Link>;
}

/** A list of entity links, comma-separated. */
export function EntityLinks({ kind, items }: { kind: string; items: readonly { id?: string; code?: string; name: string; acronym?: string | null }[] }) {
  if (items.length === 0) return <span className="muted">–</span>;
  return (
    <>
      {items.map((item, index) => (
        <span key={item.id ?? item.code ?? index}>
          {index > 0 && ', '}
          <EntityLink kind={kind} id={item.id ?? item.code ?? ''} name={item.name} acronym={item.acronym} />
        </span>
      ))}
    </>
  );
}
