import { PageHeader } from '../components/PageHeader.js';

/** Placeholder: being built. */
export default function IndicatorProgress() {
  return <PageHeader title="IndicatorProgress" />;
}
