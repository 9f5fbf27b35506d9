import type { Location } from 'react-router';

export const PATHS = {
  home: '/',
  signIn: '/inloggen',
  group: (slug: string) => `/groepen/${encodeURIComponent(slug)}`,
  invitation: (token: string) => `/uitnodiging/${encodeURIComponent(token)}`,
  module: (id: string, pageId?: string) => `/modules/${encodeURIComponent(id)}${pageId ? `?pagina=${encodeURIComponent(pageId)}` : ''}`,
} as const;

/** Router state used to come back to a page after signing in. */
export interface ReturnState {
  from?: Pick<Location, 'pathname' | 'search' | 'hash'>;
}


/** Router state carrying a one-off confirmation to show on the next page. */
export interface FlashState {
  flash?: string;
}
