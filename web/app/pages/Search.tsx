import { PageHeader } from '../components/PageHeader.js';

/** Placeholder: being built. */
export default function Search() {
  return <PageHeader title="Search" />;
}
