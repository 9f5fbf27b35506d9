/** Charts and tables. Written from Xerte's wizard files (see define.ts). */
import type { NodeTypeDef, PageTypeDef } from '../registry-types';
import { L, bool, choice, colour, dataGrid, media, num, richText, plain } from './define';

export const table: PageTypeDef = {
  type: 'table',
  label: L('Tabel', 'Table'),
  description: L('Een tabel met gegevens.', 'A table of data.'),
  category: 'charts',
  icon: 'table',
  fields: [
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    richText('text', L('Paginatekst', 'Page text'), { default: '' }),
    choice('align', L('Tekst uitlijnen', 'Align text'), [['left', 'Links', 'Left'], ['right', 'Rechts', 'Right'], ['top', 'Boven', 'Top'], ['bottom', 'Onder', 'Bottom']], { default: 'left' }),
    plain('loadingPrompt', L('Laadmelding', 'Loading message'), { html: true, deprecated: true }),
  ],
  children: [{ type: 'tableData' }],
  initialChildren: ['tableData'],
};

export const tableData: NodeTypeDef = {
  type: 'tableData',
  label: L('Tabelgegevens', 'Table data'),
  fields: [
    plain('name', L('Naam van tabel', 'Table name'), { html: true, default: 'Table Name', localizedDefault: L('Tabel', 'Table Name') }),
    dataGrid('data', L('Tabelgegevens', 'Table data'), [], { default: 'data|data' }),
    choice('size', L('Tekstgrootte', 'Text size'), [['small', 'Klein', 'Small'], ['medium', 'Middel', 'Medium'], ['large', 'Groot', 'Large'], ['full screen', 'Volledig scherm', 'Full screen']], { default: 'medium' }),
    choice('borders', L('Randen', 'Borders'), [['none', 'Geen', 'None'], ['full', 'Volledig raster', 'Full grid'], ['simple', 'Eenvoudig', 'Simple'], ['horizontal', 'Alleen horizontaal', 'Horizontal only'], ['vertical', 'Alleen verticaal', 'Vertical only'], ['outside', 'Buitenrand', 'Outside border']], { default: 'simple' }),
    choice('header', L('Kop-/voetrijen', 'Header/Footer rows'), [['none', 'Geen', 'None'], ['header', 'Kop', 'Header'], ['footer', 'Voetrij', 'Footer'], ['both', 'Beide', 'Both']], { default: 'header' }),
    bool('shadeHeader', L('Kop-/voetrij arceren', 'Shade header/footer'), { default: 'true' }),
    bool('shade', L('Om en om rijen arceren', 'Shade alternate rows'), { default: 'true' }),
    plain('caption', L('Bijschrift', 'Caption'), { html: true, optional: true }),
    plain('alt', L('Samenvatting (toegankelijkheid)', 'Summary (accessibility)'), { optional: true }),
    media('url', L('Csv-bestand', 'CSV file'), { optional: true }),
    choice('delimiter', L('Scheidingsteken csv', 'CSV delimiter'), [['comma', 'Komma', 'Comma'], ['semicolon', 'Puntkomma', 'Semicolon']], { optional: true, whenAdded: 'comma' }),
  ],
};

export const chart: PageTypeDef = {
  type: 'chart',
  label: L('Grafiek', 'Chart'),
  description: L('Een lijn-, staaf- of taartgrafiek van gegevens.', 'A line, bar or pie chart of data.'),
  category: 'charts',
  icon: 'chart-line',
  fields: [
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    richText('text', L('Paginatekst', 'Page text'), { default: '' }),
    plain('chartTitle', L('Titel van grafiek', 'Chart title'), { html: true, default: 'Chart Title', localizedDefault: L('Titel van grafiek', 'Chart Title') }),
    choice('chartType', L('Soort grafiek', 'Chart type'), [['line', 'Lijn', 'Line'], ['bar', 'Staaf', 'Bar'], ['stacked bar', 'Gestapelde staaf', 'Stacked bar'], ['pie', 'Taart', 'Pie']], { default: 'line' }),
    choice('panelWidth', L('Paneelbreedte', 'Panel width'), [['Small', 'Klein', 'Small'], ['Medium', 'Middel', 'Medium'], ['Large', 'Groot', 'Large'], ['Full', 'Volledig', 'Full'], ['Custom', 'Eigen', 'Custom']], { default: 'Medium' }),
    num('panelWidthCustom', L('Eigen breedte (%)', 'Custom width (%)'), { min: 10, max: 90, step: 1, default: '50' }),
    choice('align', L('Paneelpositie', 'Panel position'), [['left', 'Links', 'Left'], ['right', 'Rechts', 'Right']], { default: 'left' }),
    bool('panelStyle', L('Paneelstijl weglaten', 'Remove panel style'), { default: 'false' }),
    bool('removeTxt', L('Paginatekst weglaten', 'Remove page text'), { default: 'false' }),
    richText('textTop', L('Tekst boven paneel', 'Text above panel'), { optional: true }),
    bool('textTopWidth', L('Tekst boven paneel over volle breedte', 'Text above panel full width'), { optional: true, whenAdded: 'false' }),
    richText('textBottom', L('Tekst onder paneel', 'Text below panel'), { optional: true }),
    bool('textBottomWidth', L('Tekst onder paneel over volle breedte', 'Text below panel full width'), { optional: true, whenAdded: 'false' }),
    plain('alt', L('Samenvatting (toegankelijkheid)', 'Summary (accessibility)'), { optional: true }),
  ],
  children: [{ type: 'series' }],
};

export const series: NodeTypeDef = {
  type: 'series',
  label: L('Reeks', 'Series'),
  fields: [
    plain('name', L('Naam van reeks', 'Series name'), { html: true, default: 'Enter Series Name', localizedDefault: L('Nieuwe reeks', 'Enter Series Name') }),
    dataGrid('data', L('Grafiekgegevens', 'Chart data'), [L('X', 'X'), L('Y', 'Y')], { default: 'label|data' }),
    colour('colour', L('Kleur', 'Colour'), { default: '0xFF0000' }),
  ],
};
