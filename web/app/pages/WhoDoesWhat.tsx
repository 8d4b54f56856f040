import { PageHeader } from '../components/PageHeader.js';

/** Placeholder: being built. */
export default function WhoDoesWhat() {
  return <PageHeader title="WhoDoesWhat" />;
}
