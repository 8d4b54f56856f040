import { PageHeader } from '../components/PageHeader.js';

/** Placeholder: being built. */
export default function Overlaps() {
  return <PageHeader title="Overlaps" />;
}
