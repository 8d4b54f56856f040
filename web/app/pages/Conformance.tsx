import { PageHeader } from '../components/PageHeader.js';

/** Placeholder: being built. */
export default function Conformance() {
  return <PageHeader title="Conformance" />;
}
