import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';

/** Loading and error states said in words; children render once data is there. */
export function QueryState({ fetching, error, children }: { fetching: boolean; error?: CombinedError; children: ReactNode }) {
  const { t } = useTranslation();
  if (error) {
    const code = error.graphQLErrors[0]?.extensions?.code;
    const message = code === 'UNAUTHENTICATED' ? t('errors.unauthenticated') : code === 'FORBIDDEN' ? t('errors.forbidden') : error.message;
    return (
      <p className="notice notice-error" role="alert">
        {message}
      </p>
    );
  }
  if (fetching) return <p role="status">{t('common.loading')}</p>;
  return <>{children}</>;
}

/** The message of a failed mutation, with the API's code, for a role="alert" line. */
export function errorMessage(error: CombinedError): string {
  const first = error.graphQLErrors[0];
  return first ? `${first.message} (${String(first.extensions?.code ?? 'ERROR')})` : error.message;
}
