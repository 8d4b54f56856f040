import { PageHeader } from '../components/PageHeader.js';

/** Placeholder: being built. */
export default function CoverageGaps() {
  return <PageHeader title="CoverageGaps" />;
}
