import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Role } from '../lib/session';
import { useSession } from './session-context';

const HOME_OF: Record<Role, string> = {
  ADMIN: '/scenarios',
  BUDGET_STAFF: '/scenarios',
  LIAISON: '/inbox',
  PARTNER: '/partner',
  VIEWER: '/',
};

/**
 * District staff sign in with the district's account (/auth/login, a cookie session) where the
 * hub has it configured; a token can always be pasted (service use, demo).
 */
export default function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await signIn(token.trim());
      navigate(session.role ? HOME_OF[session.role] : '/');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>{t('signIn.heading')}</h1>
      <section className="card">
        <h2>{t('signIn.districtHeading')}</h2>
        <p>{t('signIn.districtText')}</p>
        <p>
          <a className="button" href="/auth/login">
            {t('signIn.districtButton')}
          </a>
        </p>
      </section>
      <section className="card">
        <h2>{t('signIn.tokenHeading')}</h2>
        <form onSubmit={submit}>
          <p>
            <label htmlFor="token">{t('signIn.tokenLabel')}</label>
            <br />
            <input id="token" type="password" autoComplete="off" value={token} onChange={(event) => setToken(event.target.value)} required aria-describedby="token-help" />
          </p>
          <p id="token-help" className="muted">
            {t('signIn.tokenHelp')}
          </p>
          {error && (
            <p className="notice notice-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" disabled={busy}>
            {t('signIn.tokenButton')}
          </button>
        </form>
      </section>
    </>
  );
}
