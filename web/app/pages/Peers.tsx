import { PageHeader } from '../components/PageHeader.js';

/** Placeholder: being built. */
export default function Peers() {
  return <PageHeader title="Peers" />;
}
