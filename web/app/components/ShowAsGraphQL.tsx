import { playgroundUrl, type Variables } from '../api/client.js';
import { useT } from '../i18n/I18nProvider.js';

/** "Show as GraphQL": the page's own query, filled in, opened in the playground. */
export function ShowAsGraphQL({ query, variables = {} }: { query: string; variables?: Variables }) {
  const t = useT('common');
  return (
    <a className="show-graphql" href={playgroundUrl(query, variables)} title={t('graphql.showHint')} data-testid="show-graphql">
      {'{ }'} {t('graphql.show')}
    </a>
  );
}
