import { lazy, Suspense, type ReactElement } from 'react';
import { BrowserRouter, Navigate, NavLink, Route, Routes } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../lib/i18n';
import type { Role } from '../lib/session';
import { SessionProvider, useSession } from './session-context';
import PublicPage from './PublicPage';

// The public page, the one most visitors open, ships with the app (no second script round trip
// before its first query); every other view is its own chunk, so the public page does not load
// the staff tools.
const SignInPage = lazy(() => import('./SignInPage'));
const ScenariosPage = lazy(() => import('../features/scenarios/ScenariosPage'));
const InboxPage = lazy(() => import('../features/inbox/InboxPage'));
const RequestPage = lazy(() => import('../features/inbox/RequestPage'));
const RepresentationPage = lazy(() => import('./RepresentationPage'));
const PartnerPage = lazy(() => import('../features/partner/PartnerPage'));
const SchoolReportPage = lazy(() => import('../features/school-reports/SchoolReportPage'));

const BUDGET: Role[] = ['BUDGET_STAFF', 'ADMIN'];
const LIAISON: Role[] = ['LIAISON', 'ADMIN'];
const PARTNER: Role[] = ['PARTNER'];
const SCHOOL_REPORTS: Role[] = ['LIAISON', 'BUDGET_STAFF', 'ADMIN'];

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Shell />
      </BrowserRouter>
    </SessionProvider>
  );
}

function Shell() {
  const { t, i18n } = useTranslation();
  const { session, resolving, signOut } = useSession();
  const role = session.role;
  const allowed = (roles: Role[]) => role !== null && roles.includes(role);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="site-header">
        <div className="brand">
          <span className="brand-name">{t('shell.title')}</span>
          <span className="brand-tag">{t('shell.demoNote')}</span>
        </div>
        <nav aria-label={t('shell.navLabel')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.public')}
              </NavLink>
            </li>
            {allowed(BUDGET) && (
              <li>
                <NavLink to="/scenarios">{t('nav.scenarios')}</NavLink>
              </li>
            )}
            {allowed(LIAISON) && (
              <>
                <li>
                  <NavLink to="/inbox">{t('nav.inbox')}</NavLink>
                </li>
                <li>
                  <NavLink to="/representation">{t('nav.representation')}</NavLink>
                </li>
              </>
            )}
            {allowed(SCHOOL_REPORTS) && (
              <li>
                <NavLink to="/school-reports">{t('nav.schoolReports')}</NavLink>
              </li>
            )}
            {allowed(PARTNER) && (
              <li>
                <NavLink to="/partner">{t('nav.partner')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <div className="header-tools">
          <label>
            <span className="visually-hidden">{t('shell.language')}</span>
            <select aria-label={t('shell.language')} value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
              {LANGUAGES.map((language) => (
                <option key={language.code} value={language.code} lang={language.code}>
                  {language.name}
                </option>
              ))}
            </select>
          </label>
          {role ? (
            <span className="who">
              <span data-testid="signed-in-role">{t(`roles.${role}`)}</span>{' '}
              {session.token && (
                <button type="button" onClick={signOut}>
                  {t('shell.signOut')}
                </button>
              )}
            </span>
          ) : (
            !resolving && <NavLink to="/sign-in">{t('shell.signIn')}</NavLink>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <Routes>
            <Route path="/" element={<PublicPage />} />
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/scenarios" element={<Guard roles={BUDGET} element={<ScenariosPage />} />} />
            <Route path="/inbox" element={<Guard roles={LIAISON} element={<InboxPage />} />} />
            <Route path="/requests/:id" element={<Guard roles={LIAISON} element={<RequestPage />} />} />
            <Route path="/representation" element={<Guard roles={LIAISON} element={<RepresentationPage />} />} />
            <Route path="/school-reports" element={<Guard roles={SCHOOL_REPORTS} element={<SchoolReportPage />} />} />
            <Route path="/partner" element={<Guard roles={PARTNER} element={<PartnerPage />} />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('shell.footer')}</p>
      </footer>
    </>
  );
}

/** Views for a role: others are sent to sign in (the API refuses them anyway). */
function Guard({ roles, element }: { roles: Role[]; element: ReactElement }) {
  const { session, resolving } = useSession();
  const { t } = useTranslation();
  if (resolving) return <p role="status">{t('common.loading')}</p>;
  if (session.role && roles.includes(session.role)) return element;
  return <Navigate to="/sign-in" replace />;
}
