import { PageHeader } from '../components/PageHeader.js';

/** Placeholder: being built. */
export default function Profile() {
  return <PageHeader title="Profile" />;
}
