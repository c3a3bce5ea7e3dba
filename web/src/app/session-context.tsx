import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { createGraphQLClient } from '../lib/graphql-client';
import { PUBLIC_SESSION, resolveSession, storeToken, storedToken, type Session } from '../lib/session';

interface SessionValue {
  session: Session;
  /** Still learning who the visitor is (stored token or cookie session). */
  resolving: boolean;
  /** Resolves with the signed-in session; rejects when the token is refused. */
  signIn(token: string): Promise<Session>;
  signOut(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The visitor's identity and a GraphQL client made for it (a new one on sign-in and sign-out). */
export function SessionProvider({ children }: { children: ReactNode }) {
  // The stored token is known at once, so views query with it from the first render; only its
  // role (which views to offer) waits for the API.
  const [session, setSession] = useState<Session>(() => ({ ...PUBLIC_SESSION, token: storedToken() }));
  const [resolving, setResolving] = useState(true);

  useEffect(() => {
    resolveSession(storedToken())
      .then(setSession)
      .catch(() => {
        storeToken(null);
        setSession(PUBLIC_SESSION);
      })
      .finally(() => setResolving(false));
  }, []);

  const signIn = useCallback(async (token: string) => {
    const resolved = await resolveSession(token);
    storeToken(token);
    setSession(resolved);
    return resolved;
  }, []);

  const signOut = useCallback(() => {
    storeToken(null);
    setSession(PUBLIC_SESSION);
  }, []);

  const { token, csrfToken } = session;
  const client = useMemo(() => createGraphQLClient({ token, csrfToken }), [token, csrfToken]);
  const value = useMemo(() => ({ session, resolving, signIn, signOut }), [session, resolving, signIn, signOut]);
  return (
    <SessionContext.Provider value={value}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </SessionContext.Provider>
  );
}
