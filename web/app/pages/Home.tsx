import { PageHeader } from '../components/PageHeader.js';

/** Placeholder: being built. */
export default function Home() {
  return <PageHeader title="Home" />;
}
