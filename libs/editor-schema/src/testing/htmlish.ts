import fc from 'fast-check';

/** HTML-ish building blocks: tags, attributes, quotes, entities and URL tricks in any order. */
export const FRAGMENTS = [
  '<script>', '</script>', '<img', '<a', '</a>', '<svg', '<math>', '<mtext>', '<mglyph>', '<iframe', '</iframe>', '<style>',
  '</style>', '<!--', '-->', '<!-->', '<![CDATA[', ']]>', '<noscript>', '</noscript>', '<template>', '<p>', '</p>', '<p',
  '<div', '</div>', '<span', '</span>', '<table>', '<tr>', '<td>', '</td>', '<textarea>', '</textarea>', '<title>',
  '<xmp>', '<pre>', '<code>', '<h1>', '<ul>', '<li>', '<ol', '<b>', '</b>', '<i>', '<br>', '<hr/>', '<form', '<input',
  '<object', '<base', '<meta', '<body', '<?', '?>', '<!DOCTYPE html>', '<center>', '<font', '<o:p>', '>', '/>', '/', '<',
  '"', "'", '`', '=', ' ', '\t', '\n', '\u0000', '\u0001', 'on', 'onerror=', 'onload=', 'onclick=', ' href=', ' src=',
  ' style=', ' srcdoc=', ' xlink:href=', ' action=', ' formaction=', ' srcset=', ' data-page-link=', ' target=_blank',
  ' align=center', ' colspan=2', 'javascript:', 'JaVaScRiPt:', 'java&#x09;script:', 'java\tscript:', '&#106;',
  '&#x6A;', '&colon;', '&NewLine;', 'jav&#97;script', 'vbscript:', 'data:text/html,', 'data:image/png;base64,AAAA',
  'data:image/svg+xml,', 'url(', 'expression(', '\\75rl(', 'u\\72l(', '/**/', 'text-align:right;', 'alert(1)', 'x',
  'word', '&amp;', '&lt;', '&gt;', '&quot;', '&nbsp;', '&', '#', '#PG1', 'PG1', 'media/a.png',
  'https://www.youtube.com/embed/a', '//player.vimeo.com/video/1', 'https://evil.example/', 'mailto:a@b.nl',
  // Tag names beyond ASCII letters (Xerte pseudo-code), page links on any element, and data
  // URLs long enough for the sanitisers to remember their verdict.
  '<nome_da_variável>', '<expressão>', '</expressão>', '<a_b', '<x.y>', '<x<y', '<ÉTAPE>', '<lin\u212a', '<button',
  '</button>', ' data-page-link="PG2"', ' data-page-link="bad id"', '<img src=', ' src="data:image/png;base64,',
  'A'.repeat(1500), 'data:image/gif;base64,' + 'R0lGOD'.repeat(300), '\u00a0', '\u3000',
];

export const htmlish = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 5 })), { maxLength: 40 }).map((p) => p.join('')) },
);
