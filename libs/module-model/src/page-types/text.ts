/** Text pages: plain text, title, timed bullets, columns, summary and orientation. Written from Xerte's wizard files (see define.ts). */
import type { NodeTypeDef, PageTypeDef } from '../registry-types';
import { L, bodyRichText, bool, choice, colour, media, num, richText, plain } from './define';

export const text: PageTypeDef = {
  type: 'text',
  label: L('Tekst', 'Text'),
  description: L('Een pagina met opgemaakte tekst, eventueel met afbeeldingen en links.', 'A page of formatted text, optionally with images and links.'),
  category: 'text',
  icon: 'file-text',
  fields: [
    bodyRichText(L('Inhoud', 'Content')),
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    choice('textWidth', L('Tekstbreedte', 'Text width'), [['300', 'Klein', 'Small'], ['450', 'Middel', 'Medium'], ['600', 'Groot', 'Large'], ['760', 'Volledig', 'Full']], { optional: true, whenAdded: '300' }),
    bool('subSuper', L('Superscript-ondersteuning', 'Superscript support'), { optional: true, deprecated: true, whenAdded: 'false' }),
  ],
};

export const title: PageTypeDef = {
  type: 'title',
  label: L('Titelpagina', 'Title page'),
  description: L('Een startpagina met een grote titel en een startknop.', 'A start page with a large title and a start button.'),
  category: 'text',
  icon: 'heading',
  fields: [
    bodyRichText(L('Inhoud', 'Content')),
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    choice('size', L('Tekstgrootte', 'Text size'), [['20', '20', '20'], ['24', '24', '24'], ['30', '30', '30'], ['36', '36', '36'], ['40', '40', '40'], ['48', '48', '48'], ['70', '70', '70']], { default: '30' }),
    choice('titleVAlign', L('Titel verticaal', 'Title vertical position'), [['20', 'Boven', 'Top'], ['200', 'Midden', 'Middle'], ['400', 'Onder', 'Bottom']], { default: '200' }),
    choice('titleHAlign', L('Titel horizontaal', 'Title horizontal position'), [['left', 'Links', 'Left'], ['center', 'Midden', 'Centre'], ['right', 'Rechts', 'Right']], { default: 'center' }),
    richText('additionalTxt', L('Extra tekst', 'Additional text'), { optional: true }),
    bool('startBtn', L('Startknop', 'Start button'), { optional: true, whenAdded: 'true' }),
    media('url', L('Media', 'Media'), { optional: true, altField: 'tip' }),
    plain('tip', L('Alternatieve tekst', 'Alternative text'), { optional: true }),
    media('audioImg', L('Afbeelding bij geluid', 'Audio image'), { optional: true }),
    richText('audioTranscript', L('Transcriptie van geluid', 'Audio transcript'), { optional: true }),
    choice('bgImageVAlign', L('Achtergrond verticaal', 'Background vertical position'), [['top', 'Boven', 'Top'], ['middle', 'Midden', 'Middle'], ['bottom', 'Onder', 'Bottom']], { optional: true, whenAdded: 'middle' }),
    choice('bgImageHAlign', L('Achtergrond horizontaal', 'Background horizontal position'), [['left', 'Links', 'Left'], ['centre', 'Midden', 'Centre'], ['right', 'Rechts', 'Right']], { optional: true, whenAdded: 'centre' }),
    num('bgImageVConstrain', L('Achtergrond maximale hoogte', 'Background max height'), { optional: true, min: 0, max: 500, step: 10 }),
    num('bgImageHConstrain', L('Achtergrond maximale breedte', 'Background max width'), { optional: true, min: 0, max: 800, step: 10 }),
    colour('titleTextColour', L('Kleur titeltekst', 'Title text colour'), { optional: true, deprecated: true, whenAdded: '0x016A71' }),
    bool('hideTitleTxt', L('Titels verbergen', 'Hide titles'), { optional: true, whenAdded: 'true' }),
    bool('hideIcon', L('Pictogram/logo verbergen', 'Hide icon/logo'), { optional: true, whenAdded: 'true' }),
    plain('startBtnTxt', L('Tekst startknop', 'Start button text'), { html: true, default: 'Start' }),
  ],
};

export const bullets: PageTypeDef = {
  type: 'bullets',
  label: L('Getimede opsomming', 'Timed bullets'),
  description: L('Tekst die punt voor punt verschijnt.', 'Text that appears point by point.'),
  category: 'text',
  icon: 'list',
  fields: [
    bodyRichText(L('Inhoud', 'Content')),
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    richText('text', L('Paginatekst', 'Page text'), { default: '' }),
    num('delaySecs', L('Vertraging (seconden)', 'Delay (secs)'), { min: 1, max: 10, step: 0.25, default: '1' }),
    choice('showBullets', L('Opsommingstekens toevoegen', 'Add bullets to text'), [['1', 'Ja', 'Yes'], ['0', 'Nee', 'No']], { default: '0' }),
    choice('panelWidth', L('Paneelbreedte', 'Panel width'), [['Small', 'Klein', 'Small'], ['Medium', 'Middel', 'Medium'], ['Large', 'Groot', 'Large'], ['Full', 'Volledig', 'Full'], ['Custom', 'Eigen', 'Custom']], { default: 'Full' }),
    num('panelWidthCustom', L('Eigen breedte (%)', 'Custom width (%)'), { min: 10, max: 90, step: 1, default: '50' }),
    choice('align', L('Paneelpositie', 'Panel position'), [['Right', 'Rechts', 'Right'], ['Left', 'Links', 'Left']], { default: 'Left' }),
    bool('panelStyle', L('Paneelstijl weglaten', 'Remove panel style'), { default: 'false' }),
    bool('removeTxt', L('Paginatekst weglaten', 'Remove page text'), { default: 'true' }),
    choice('showPanel', L('Paneel tonen', 'Display panel'), [['1', 'Ja', 'Yes'], ['0', 'Nee', 'No']], { optional: true, deprecated: true, whenAdded: '0' }),
    richText('textTop', L('Tekst boven paneel', 'Text above panel'), { optional: true }),
    bool('textTopWidth', L('Tekst boven paneel over volle breedte', 'Text above panel full width'), { optional: true, whenAdded: 'false' }),
    richText('textBottom', L('Tekst onder paneel', 'Text below panel'), { optional: true }),
    bool('textBottomWidth', L('Tekst onder paneel over volle breedte', 'Text below panel full width'), { optional: true, whenAdded: 'false' }),
    plain('backBtn', L('Tekst knop Vorige', 'Previous button label'), { html: true, whenAdded: 'Back', localizedDefault: L('Terug', 'Back') }),
    plain('nextBtn', L('Tekst knop Volgende', 'Next button label'), { html: true, whenAdded: 'Next', localizedDefault: L('Volgende', 'Next') }),
    plain('pauseBtn', L('Tekst knop Pauze', 'Pause button label'), { html: true, whenAdded: 'Pause', localizedDefault: L('Pauze', 'Pause') }),
    plain('playBtn', L('Tekst knop Afspelen', 'Play button label'), { html: true, whenAdded: 'Play', localizedDefault: L('Afspelen', 'Play') }),
  ],
};

export const columnPage: PageTypeDef = {
  type: 'columnPage',
  label: L('Kolommen', 'Columns'),
  description: L('Inhoud naast elkaar in kolommen, elk met een titel, tekst en afbeelding.', 'Content side by side in columns, each with a title, text and image.'),
  category: 'text',
  icon: 'columns-3',
  fields: [
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    bool('showTitles', L('Kolomtitels', 'Column titles'), { default: 'true' }),
    num('minWidth', L('Minimale kolombreedte (px)', 'Minimum column width (px)'), { min: 20, max: 1000, default: '100' }),
    choice('panelStyle', L('Paneel', 'Panel'), [['none', 'Geen', 'None'], ['single', 'Eén paneel', 'Single panel'], ['each', 'Elke kolom', 'Each column']], { default: 'none' }),
    plain('columnWidth', L('Kolombreedtes', 'Column widths'), { optional: true }),
    richText('header', L('Tekst boven kolommen', 'Text above columns'), { optional: true }),
    richText('textBottom', L('Tekst onder paneel', 'Text below panel'), { optional: true }),
  ],
  // Older projects hold their columns as `nestedPage` (same properties; columnPage.xwd keeps them
  // "for backwards compatibility" and its player reads every child), e.g. corpus files 01 and 10.
  children: [{ type: 'nestedColumnPage' }, { type: 'nestedPage' }],
};

export const nestedColumnPage: NodeTypeDef = {
  type: 'nestedColumnPage',
  label: L('Kolom', 'Column'),
  fields: [
    plain('name', L('Titel', 'Title'), { html: true, default: 'Enter Title Here', localizedDefault: L('Nieuwe titel', 'Enter Title Here') }),
    richText('text', L('Tekst', 'Text'), { default: '' }),
    choice('align', L('Tekst uitlijnen', 'Align text'), [['Top', 'Boven', 'Top'], ['Bottom', 'Onder', 'Bottom']], { default: 'Top' }),
    media('url', L('Afbeelding', 'Image'), { optional: true, altField: 'tip' }),
    plain('tip', L('Alternatieve tekst', 'Alternative text'), { optional: true }),
    plain('caption', L('Bijschrift', 'Caption'), { html: true, optional: true }),
    plain('initObject', L('Init-object', 'Init object'), { optional: true, deprecated: true }),
    plain('movieSize', L('Videogrootte', 'Video size'), { optional: true, deprecated: true, whenAdded: '300,300' }),
    plain('synch', L('Synchronisatiepunt', 'Synch point')),
  ],
};

export const summary: PageTypeDef = {
  type: 'summary',
  label: L('Samenvatting', 'Summary'),
  description: L('Een samenvatting en de volgende stappen.', 'A summary and the next steps.'),
  category: 'text',
  icon: 'clipboard-list',
  fields: [
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    plain('summaryHeader', L('Kop samenvatting', 'Summary heading'), { html: true, default: 'Summary', localizedDefault: L('Samenvatting', 'Summary') }),
    richText('summary', L('Samenvatting', 'Summary'), { default: '' }),
    plain('nextstepsHeader', L('Kop volgende stappen', 'Next steps heading'), { html: true, default: 'Next Steps', localizedDefault: L('Volgende stappen', 'Next Steps') }),
    richText('nextsteps', L('Volgende stappen', 'Next steps'), { default: '' }),
    media('url', L('Media', 'Media'), { optional: true, altField: 'tip' }),
    plain('tip', L('Alternatieve tekst', 'Alternative text'), { optional: true }),
    media('audioImg', L('Afbeelding bij geluid', 'Audio image'), { optional: true }),
    richText('audioTranscript', L('Transcriptie van geluid', 'Audio transcript'), { optional: true }),
  ],
};

export const orient: PageTypeDef = {
  type: 'orient',
  label: L('Oriëntatie', 'Orientation'),
  description: L('Doelen, doelgroep, voorkennis en werkwijze van de module.', 'Aims, audience, prerequisites and how to use the module.'),
  category: 'text',
  icon: 'compass',
  fields: [
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    plain('goalsHeader', L('Kop doelen', 'Aims heading'), { html: true, default: 'Aims and Objectives', localizedDefault: L('Doelen', 'Aims and Objectives') }),
    richText('goals', L('Doelen', 'Aims and objectives'), { default: '' }),
    plain('audienceHeader', L('Kop doelgroep', 'Audience heading'), { html: true, default: 'Target Audience', localizedDefault: L('Doelgroep', 'Target Audience') }),
    richText('audience', L('Doelgroep', 'Target audience'), { default: '' }),
    plain('prereqHeader', L('Kop voorkennis', 'Prerequisites heading'), { html: true, default: 'Pre-requisites', localizedDefault: L('Voorkennis', 'Pre-requisites') }),
    richText('prereq', L('Voorkennis', 'Prerequisites'), { default: '' }),
    plain('howtoHeader', L('Kop werkwijze', 'How-to heading'), { html: true, default: 'How to use this resource', localizedDefault: L('Zo gebruik je dit materiaal', 'How to use this resource') }),
    richText('howto', L('Werkwijze', 'How to use this resource'), { default: '' }),
    media('url', L('Media', 'Media'), { optional: true, altField: 'tip' }),
    plain('tip', L('Alternatieve tekst', 'Alternative text'), { optional: true }),
    media('audioImg', L('Afbeelding bij geluid', 'Audio image'), { optional: true }),
    richText('audioTranscript', L('Transcriptie van geluid', 'Audio transcript'), { optional: true }),
  ],
};
