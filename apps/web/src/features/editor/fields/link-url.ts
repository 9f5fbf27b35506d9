import { isSafeLinkUrl } from '@samenwijs/editor-schema';

/**
 * The link address a person typed or pasted, as it is stored, or null when it cannot be a link
 * (empty, spaces, or a scheme that is not web, mail or phone). "www.school.nl" means the web
 * address; a scheme typed or pasted twice ("https://https://…", a paste after a pre-filled
 * scheme) counts once.
 */
export function linkUrl(typed: string): string | null {
  const text = typed.trim().replace(/^(?:https?:\/\/)+(?=https?:\/\/)/i, '');
  if (!text) return null;
  const url = /^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('/') || text.startsWith('#') ? text : `https://${text}`;
  if (/^https?:\/\/$/i.test(url) || /\s/.test(url) || !isSafeLinkUrl(url)) return null;
  return url;
}
