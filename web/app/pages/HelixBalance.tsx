import { PageHeader } from '../components/PageHeader.js';

/** Placeholder: being built. */
export default function HelixBalance() {
  return <PageHeader title="HelixBalance" />;
}
