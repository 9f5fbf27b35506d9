/** Navigators: the multi-navigator, the legacy tab/accordion/slideshow/button navigators and topics with tabs. Written from Xerte's wizard files (see define.ts). */
import type { NodeTypeDef, PageTypeDef } from '../registry-types';
import { L, bool, choice, media, num, richText, plain } from './define';

export const nav: PageTypeDef = {
  type: 'nav',
  label: L('Multinavigator', 'Multi-navigator'),
  description: L('Inhoud verdeeld over tabbladen, een accordeon, knoppen, kolommen of dia’s.', 'Content split into tabs, an accordion, buttons, columns or slides.'),
  category: 'navigators',
  icon: 'panels-top-left',
  fields: [
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    richText('text', L('Paginatekst', 'Page text'), { default: '' }),
    choice('type', L('Soort navigator', 'Navigator type'), [['Acc', 'Accordeon', 'Accordion'], ['Button', 'Knoppen', 'Buttons'], ['Col', 'Kolommen', 'Columns'], ['Slide', 'Diavoorstelling', 'Slideshow'], ['Tab', 'Tabbladen', 'Tabs']], { default: 'Tab' }),
    choice('panelWidth', L('Breedte van navigator', 'Navigator width'), [['Small', 'Klein', 'Small'], ['Medium', 'Middel', 'Medium'], ['Large', 'Groot', 'Large'], ['Full', 'Volledig', 'Full'], ['Custom', 'Eigen', 'Custom']], { default: 'Medium' }),
    num('panelWidthCustom', L('Eigen breedte (%)', 'Custom width (%)'), { min: 10, max: 90, step: 1, default: '50' }),
    choice('panelHeight', L('Hoogte van navigator', 'Navigator height'), [['fill', 'Ruimte vullen', 'Fill space'], ['fit', 'Passend bij inhoud', 'Fit content']], { default: 'fill' }),
    choice('panelPos', L('Positie van navigator', 'Navigator position'), [['Right', 'Rechts', 'Right'], ['Left', 'Links', 'Left']], { default: 'Right' }),
    choice('buttonPos', L('Positie van knoppen', 'Button position'), [['', '(geen)', ''], ['Top', 'Boven', 'Top'], ['Bottom', 'Onder', 'Bottom']], { default: 'Top' }),
    bool('collapsible', L('Accordeon inklappen', 'Collapse accordion'), { default: 'false' }),
    bool('panelStyle', L('Paneelstijl weglaten', 'Remove panel style'), { default: 'false' }),
    bool('removeTxt', L('Paginatekst weglaten', 'Remove page text'), { default: 'true' }),
    bool('showTitles', L('Kolomtitels', 'Column titles'), { default: 'true' }),
    num('minWidth', L('Minimale kolombreedte (px)', 'Minimum column width (px)'), { min: 20, max: 1000, default: '100' }),
    choice('columnPanelStyle', L('Paneel', 'Panel'), [['none', 'Geen', 'None'], ['single', 'Eén paneel', 'Single panel'], ['each', 'Elke kolom', 'Each column']], { default: 'none' }),
    plain('columnWidth', L('Kolombreedtes', 'Column widths'), { optional: true }),
    richText('textTop', L('Tekst boven paneel', 'Text above panel'), { optional: true }),
    bool('textTopWidth', L('Tekst boven paneel over volle breedte', 'Text above panel full width'), { optional: true, whenAdded: 'false' }),
    richText('textBottom', L('Tekst onder paneel', 'Text below panel'), { optional: true }),
    bool('textBottomWidth', L('Tekst onder paneel over volle breedte', 'Text below panel full width'), { optional: true, whenAdded: 'false' }),
    plain('nextBtnTip', L('Tip diavoorstelling (volgende)', 'Slideshow button tip (next)'), { default: 'Next', localizedDefault: L('Volgende', 'Next') }),
    plain('prevBtnTip', L('Tip diavoorstelling (vorige)', 'Slideshow button tip (previous)'), { default: 'Previous', localizedDefault: L('Vorige', 'Previous') }),
    plain('slideCount', L('Dia {i} van {n}', 'Slide {i} of {n}'), { html: true, default: 'Slide {i} of {n}', localizedDefault: L('Dia {i} van {n}', 'Slide {i} of {n}') }),
  ],
  children: [{ type: 'navPage' }],
};

export const navPage: NodeTypeDef = {
  type: 'navPage',
  label: L('Subpagina', 'Nested page'),
  fields: [
    plain('name', L('Titel', 'Title'), { html: true, default: 'Enter Title Here', localizedDefault: L('Nieuwe titel', 'Enter Title Here') }),
    richText('text', L('Tekst', 'Text'), { default: '' }),
    media('url', L('Media', 'Media'), { optional: true, altField: 'tip' }),
    plain('tip', L('Alternatieve tekst', 'Alternative text'), { optional: true }),
    choice('align', L('Positie van media', 'Media position'), [['Top', 'Boven', 'Top'], ['Bottom', 'Onder', 'Bottom']], { optional: true, whenAdded: 'Top' }),
    richText('transcript', L('Transcriptie', 'Transcript'), { optional: true }),
    plain('caption', L('Bijschrift', 'Caption'), { html: true, optional: true }),
  ],
};

export const tabNav: PageTypeDef = {
  type: 'tabNav',
  label: L('Tabbladen (oud)', 'Tabbed navigator (legacy)'),
  description: L('Oude tabbladennavigator; gebruik voor nieuwe pagina’s de multinavigator.', 'Legacy tabbed navigator; use the multi-navigator for new pages.'),
  category: 'navigators',
  icon: 'folder-kanban',
  legacy: true,
  fields: [
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    richText('text', L('Paginatekst', 'Page text'), { default: 'Enter text for the page here' }),
    choice('panelWidth', L('Paneelbreedte', 'Panel width'), [['Small', 'Klein', 'Small'], ['Medium', 'Middel', 'Medium'], ['Large', 'Groot', 'Large'], ['Full', 'Volledig', 'Full']], { default: 'Medium' }),
    num('tabWidth', L('Tabbreedte', 'Tab width'), { deprecated: true, min: 20, max: 250, step: 10, whenAdded: '100' }),
    choice('panelHeight', L('Paneelhoogte', 'Panel height'), [['fill', 'Ruimte vullen', 'Fill space'], ['fit', 'Passend bij inhoud', 'Fit content']], { optional: true, whenAdded: 'fill' }),
  ],
  children: [{ type: 'nestedPage' }],
};

export const nestedPage: NodeTypeDef = {
  type: 'nestedPage',
  label: L('Subpagina', 'Nested page'),
  fields: [
    plain('name', L('Titel', 'Title'), { html: true, default: 'Enter Title Here', localizedDefault: L('Nieuwe titel', 'Enter Title Here') }),
    richText('text', L('Tekst', 'Text'), { default: '' }),
    choice('align', L('Tekst uitlijnen', 'Align text'), [['Top', 'Boven', 'Top'], ['Bottom', 'Onder', 'Bottom']], { default: 'Top' }),
    media('url', L('Afbeelding', 'Image'), { optional: true, altField: 'tip' }),
    plain('tip', L('Alternatieve tekst', 'Alternative text'), { optional: true }),
    plain('initObject', L('Init-object', 'Init object'), { optional: true, deprecated: true }),
    plain('movieSize', L('Videogrootte', 'Video size'), { optional: true, deprecated: true, whenAdded: '300,300' }),
    plain('synch', L('Synchronisatiepunt', 'Synch point')),
    plain('caption', L('Bijschrift', 'Caption'), { html: true, optional: true }),
  ],
};

export const accNav: PageTypeDef = {
  type: 'accNav',
  label: L('Accordeon (oud)', 'Accordion navigator (legacy)'),
  description: L('Oude accordeonnavigator; gebruik voor nieuwe pagina’s de multinavigator.', 'Legacy accordion navigator; use the multi-navigator for new pages.'),
  category: 'navigators',
  icon: 'chevrons-up-down',
  legacy: true,
  fields: [
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: '' }),
    richText('text', L('Paginatekst', 'Page text'), { default: 'Enter text for the page here' }),
    choice('panelWidth', L('Paneelbreedte', 'Panel width'), [['Small', 'Klein', 'Small'], ['Medium', 'Middel', 'Medium'], ['Large', 'Groot', 'Large'], ['Full', 'Volledig', 'Full']], { default: 'Medium' }),
    choice('panelHeight', L('Paneelhoogte', 'Panel height'), [['fill', 'Ruimte vullen', 'Fill space'], ['fit', 'Passend bij inhoud', 'Fit content']], { optional: true, whenAdded: 'fill' }),
  ],
  children: [{ type: 'nestedPage' }],
};

export const slideshow: PageTypeDef = {
  type: 'slideshow',
  label: L('Diavoorstelling (oud)', 'Slideshow (legacy)'),
  description: L('Oude diavoorstelling; gebruik voor nieuwe pagina’s de multinavigator.', 'Legacy slideshow; use the multi-navigator for new pages.'),
  category: 'navigators',
  icon: 'gallery-horizontal',
  legacy: true,
  fields: [
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    richText('text', L('Paginatekst', 'Page text'), { default: 'Enter text for the page here' }),
    choice('panelWidth', L('Paneelbreedte', 'Panel width'), [['Small', 'Klein', 'Small'], ['Medium', 'Middel', 'Medium'], ['Large', 'Groot', 'Large'], ['Full', 'Volledig', 'Full']], { default: 'Medium' }),
    plain('nextBtnTip', L('Tip knop Volgende', 'Next button tip'), { default: 'Next', localizedDefault: L('Volgende', 'Next') }),
    plain('priorBtnTip', L('Tip knop Vorige', 'Previous button tip'), { default: 'Previous', localizedDefault: L('Vorige', 'Previous') }),
    plain('slideCount', L('Dia {i} van {n}', 'Slide {i} of {n} slides'), { html: true, default: 'Slide {i} of {n}', localizedDefault: L('Dia {i} van {n}', 'Slide {i} of {n}') }),
  ],
  children: [{ type: 'nestedPage' }],
};

export const buttonNav: PageTypeDef = {
  type: 'buttonNav',
  label: L('Knoppennavigator (oud)', 'Button navigator (legacy)'),
  description: L('Oude knoppennavigator; gebruik voor nieuwe pagina’s de multinavigator.', 'Legacy button navigator; use the multi-navigator for new pages.'),
  category: 'navigators',
  icon: 'square-menu',
  legacy: true,
  fields: [
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: '' }),
    richText('text', L('Paginatekst', 'Page text'), { default: 'Enter text for the page here' }),
    choice('panelWidth', L('Paneelbreedte', 'Panel width'), [['Small', 'Klein', 'Small'], ['Medium', 'Middel', 'Medium'], ['Large', 'Groot', 'Large'], ['Full', 'Volledig', 'Full']], { default: 'Medium' }),
    num('buttonWidth', L('Knopbreedte', 'Button width'), { deprecated: true, min: 20, max: 250, step: 10, whenAdded: '100' }),
    choice('buttonPos', L('Positie van knoppen', 'Button position'), [['Top', 'Boven', 'Top'], ['Bottom', 'Onder', 'Bottom']], { optional: true, whenAdded: 'Top' }),
  ],
  children: [{ type: 'nestedPage' }],
};

export const tabNavExtra: PageTypeDef = {
  type: 'tabNavExtra',
  label: L('Onderwerpen met tabbladen', 'Topics with tabs'),
  description: L('Een lijst onderwerpen, elk met eigen tabbladen.', 'A list of topics, each with its own tabs.'),
  category: 'navigators',
  icon: 'layout-list',
  fields: [
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    choice('panelWidth', L('Paneelbreedte', 'Panel width'), [['Small', 'Klein', 'Small'], ['Medium', 'Middel', 'Medium'], ['Large', 'Groot', 'Large'], ['Custom', 'Eigen', 'Custom']], { default: 'Large' }),
    num('panelWidthCustom', L('Eigen breedte (%)', 'Custom width (%)'), { min: 10, max: 90, step: 1, default: '50' }),
    choice('align', L('Paneelpositie', 'Panel position'), [['Right', 'Rechts', 'Right'], ['Left', 'Links', 'Left']], { default: 'Right' }),
    richText('text', L('Tekst', 'Text'), { optional: true }),
    choice('textPos', L('Positie', 'Position'), [['Top', 'Boven', 'Top'], ['Above', 'Boven lijst met onderwerpen', 'Above topic list']], { optional: true, whenAdded: 'Top' }),
    bool('autoNumber', L('Links automatisch nummeren', 'Auto-Number links'), { optional: true, whenAdded: 'false' }),
    bool('nextBtns', L('Navigatieknoppen opnemen', 'Include navigation buttons'), { optional: true, whenAdded: 'false' }),
    bool('hideBreadcrumbs', L('Titellinks verbergen', 'Hide title links'), { optional: true, whenAdded: 'false' }),
    bool('rememberTab', L('Op huidig tabblad blijven', 'Stay on current tab'), { optional: true }),
    num('tabWidth', L('Tabbreedte', 'Tab width'), { deprecated: true, min: 20, max: 250, step: 1, whenAdded: '100' }),
    plain('nextBtn', L('Tekst knop Volgende', 'Next button label'), { html: true, default: 'Next', localizedDefault: L('Volgende', 'Next') }),
    plain('prevBtn', L('Tekst knop Vorige', 'Previous button label'), { html: true, default: 'Previous', localizedDefault: L('Vorige', 'Previous') }),
  ],
  children: [{ type: 'topic' }],
};

export const topic: NodeTypeDef = {
  type: 'topic',
  label: L('Onderwerp', 'Topic'),
  fields: [
    plain('name', L('Naam van onderwerp', 'Topic name'), { html: true, default: 'Enter Topic Name', localizedDefault: L('Nieuw onderwerp', 'Enter Topic Name') }),
  ],
  children: [{ type: 'nestedTab' }],
  initialChildren: ['nestedTab'],
};

export const nestedTab: NodeTypeDef = {
  type: 'nestedTab',
  label: L('Tabblad', 'Tab'),
  fields: [
    plain('name', L('Naam van paneel', 'Panel name'), { html: true, default: 'Enter Tab Name', localizedDefault: L('Nieuw tabblad', 'Enter Tab Name') }),
  ],
  children: [{ type: 'nestedPage' }],
  initialChildren: ['nestedPage'],
};
