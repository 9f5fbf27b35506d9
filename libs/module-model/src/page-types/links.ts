/** Links and embedded content. Written from Xerte's wizard files (see define.ts). */
import type { NodeTypeDef, PageTypeDef } from '../registry-types';
import { L, bool, choice, num, richText, script, plain } from './define';

export const links: PageTypeDef = {
  type: 'links',
  label: L('Links', 'Hyperlinks'),
  description: L('Een lijst met links naar websites.', 'A list of links to websites.'),
  category: 'links',
  icon: 'link',
  fields: [
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    richText('text', L('Paginatekst', 'Page text'), { default: '' }),
    bool('showTitles', L('Linktitels', 'Link titles'), { whenAdded: 'true' }),
    num('cols', L('Aantal kolommen', 'Number of columns'), { min: 1, max: 5, step: 1, default: '3' }),
    num('minWidth', L('Minimale kolombreedte (px)', 'Minimum column width (px)'), { min: 20, max: 1000, whenAdded: '75' }),
    choice('panelStyle', L('Paneel', 'Panel'), [['none', 'Geen', 'None'], ['single', 'Eén paneel', 'Single panel'], ['each', 'Elke link', 'Each link']], { whenAdded: 'each' }),
    richText('textTop', L('Tekst boven paneel', 'Text above panel'), { optional: true }),
    richText('textBottom', L('Tekst onder paneel', 'Text below panel'), { optional: true }),
  ],
  children: [{ type: 'link' }],
};

export const link: NodeTypeDef = {
  type: 'link',
  label: L('Link', 'Link'),
  fields: [
    plain('name', L('Titel van link', 'Link title'), { html: true, default: 'Link Title', localizedDefault: L('Titel van link', 'Link Title') }),
    richText('text', L('Beschrijving', 'Description'), { default: '' }),
    plain('url', L('URL', 'URL'), { default: '' }),
    plain('urlTxt', L('Linktekst', 'Link text'), { html: true, default: '' }),
    choice('target', L('Openen in', 'Open in'), [['new', 'Nieuw venster', 'New window'], ['lightbox', 'Lightbox', 'Lightbox']], { default: 'new' }),
  ],
};

export const embedDiv: PageTypeDef = {
  type: 'embedDiv',
  label: L('Ingesloten inhoud', 'Embedded content'),
  description: L('Sluit een webpagina of insluitcode in.', 'Embeds a web page or embed code.'),
  category: 'links',
  icon: 'code',
  fields: [
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    richText('text', L('Paginatekst', 'Page text'), { default: '' }),
    script('src', L('Insluitcode of URL', 'Embed code or URL'), { default: '' }),
    choice('windowWidth', L('Vensterbreedte', 'Window width'), [['Small', 'Klein', 'Small'], ['Medium', 'Middel', 'Medium'], ['Large', 'Groot', 'Large'], ['Full', 'Volledig', 'Full'], ['Custom', 'Eigen', 'Custom']], { default: 'Medium' }),
    num('panelWidthCustom', L('Eigen breedte (%)', 'Custom width (%)'), { min: 10, max: 90, step: 1, default: '50' }),
    choice('align', L('Paneelpositie', 'Panel position'), [['Left', 'Links', 'Left'], ['Right', 'Rechts', 'Right']], { default: 'Left' }),
    bool('panelStyle', L('Paneelstijl weglaten', 'Remove panel style'), { default: 'false' }),
    bool('removeTxt', L('Paginatekst weglaten', 'Remove page text'), { default: 'false' }),
    richText('textTop', L('Tekst boven paneel', 'Text above panel'), { optional: true }),
    bool('textTopWidth', L('Tekst boven paneel over volle breedte', 'Text above panel full width'), { optional: true, whenAdded: 'false' }),
    richText('textBottom', L('Tekst onder paneel', 'Text below panel'), { optional: true }),
    bool('textBottomWidth', L('Tekst onder paneel over volle breedte', 'Text below panel full width'), { optional: true, whenAdded: 'false' }),
  ],
};
