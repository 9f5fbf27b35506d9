/** Media pages: text with an image, advanced image, video, YouTube, PDF, the thumbnail gallery and morphing images. Written from Xerte's wizard files (see define.ts). */
import type { NodeTypeDef, PageTypeDef } from '../registry-types';
import { L, bodyRichText, bodyScript, bool, choice, hotspotGeometry, media, num, richText, plain } from './define';

export const textGraphics: PageTypeDef = {
  type: 'textGraphics',
  label: L('Tekst met afbeelding', 'Text and image'),
  description: L('Tekst met een afbeelding en eventueel geluid.', 'Text with an image and optional sound.'),
  category: 'media',
  icon: 'image',
  fields: [
    bodyRichText(L('Inhoud', 'Content')),
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    choice('align', L('Tekst uitlijnen', 'Align text'), [['Left', 'Links', 'Left'], ['Right', 'Rechts', 'Right'], ['Top', 'Boven', 'Top'], ['Bottom', 'Onder', 'Bottom']], { default: 'Left' }),
    media('url', L('Afbeelding', 'Image'), { default: '', altField: 'tip' }),
    choice('imagesize', L('Afbeeldingsgrootte', 'Image size'), [['small', 'Klein', 'Small'], ['auto', 'Middel', 'Medium'], ['big', 'Groot', 'Large'], ['full screen', 'Volledig scherm', 'Full screen'], ['actual size', 'Werkelijke grootte', 'Actual size']], { default: 'auto' }),
    plain('tip', L('Alternatieve tekst', 'Alternative text'), { default: '' }),
    plain('transcriptbuttonlabel', L('Tekst knop Transcriptie', 'Transcript button label'), { html: true, default: 'Transcript', localizedDefault: L('Transcriptie', 'Transcript') }),
    plain('caption', L('Bijschrift', 'Caption'), { html: true, optional: true }),
    bool('magnifier', L('Vergrootglas', 'Magnifier'), { optional: true, whenAdded: 'true' }),
    num('magnifierSize', L('Grootte vergrootglas', 'Magnifier size'), { optional: true, min: 50, max: 500, step: 20, whenAdded: '100' }),
    bool('magnifierForce', L('Vergroting afdwingen', 'Force magnification'), { optional: true, whenAdded: 'false' }),
    media('sound', L('Geluidsbestand', 'Sound file'), { optional: true }),
    richText('transcript', L('Transcriptie', 'Transcript'), { optional: true }),
    choice('transcriptPos', L('Positie transcriptie', 'Transcript position'), [['below', 'Onder audiospeler', 'Below audio player'], ['lightbox', 'Lightbox', 'Lightbox']], { optional: true, whenAdded: 'lightbox' }),
    bool('hidePanel', L('Paneel verbergen', 'Hide panel'), { optional: true, whenAdded: 'false' }),
  ],
};

export const bleedingImage: PageTypeDef = {
  type: 'bleedingImage',
  label: L('Geavanceerde afbeelding', 'Advanced image'),
  description: L('Tekst met een afbeelding die tot de rand van de pagina loopt.', 'Text with an image that runs to the edge of the page.'),
  category: 'media',
  icon: 'image-plus',
  fields: [
    bodyRichText(L('Inhoud', 'Content')),
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    choice('align', L('Tekst uitlijnen', 'Align text'), [['Left', 'Links', 'Left'], ['Right', 'Rechts', 'Right'], ['Top', 'Boven', 'Top'], ['Bottom', 'Onder', 'Bottom']], { default: 'Left' }),
    media('url', L('Afbeelding', 'Image'), { default: '', altField: 'tip' }),
    choice('imagesize', L('Afbeeldingsgrootte', 'Image size'), [['small', 'Klein', 'Small'], ['medium', 'Middel', 'Medium'], ['large', 'Groot', 'Large'], ['auto', 'Vast', 'Fixed'], ['full screen', 'Volledig scherm', 'Full screen']], { default: 'medium' }),
    plain('tip', L('Alternatieve tekst', 'Alternative text'), { default: '' }),
    bool('magnifier', L('Vergrootglas', 'Magnifier'), { optional: true, whenAdded: 'true' }),
    num('magnifierSize', L('Grootte vergrootglas', 'Magnifier size'), { optional: true, min: 50, max: 500, step: 20, whenAdded: '100' }),
    bool('magnifierForce', L('Vergroting afdwingen', 'Force magnification'), { optional: true, whenAdded: 'false' }),
    media('sound', L('Geluidsbestand', 'Sound file'), { optional: true }),
    richText('soundTranscript', L('Transcriptie van geluid', 'Sound transcript'), { optional: true }),
    plain('link', L('Link-URL', 'Link URL'), { optional: true }),
    plain('linkIntro', L('Linkbeschrijving', 'Link description'), { optional: true }),
    plain('linktarget', L('Linkdoel', 'Link target'), { optional: true, whenAdded: '_blank' }),
    plain('caption', L('Bijschrift', 'Caption'), { html: true, optional: true }),
    bool('addmargin', L('Marge rond afbeelding', 'Image margin'), { optional: true, whenAdded: 'false' }),
    choice('size', L('Tekstgrootte', 'Text size'), [['12', '12', '12'], ['14', '14', '14'], ['16', '16', '16'], ['18', '18', '18'], ['20', '20', '20'], ['22', '22', '22'], ['24', '24', '24'], ['26', '26', '26'], ['28', '28', '28'], ['30', '30', '30'], ['32', '32', '32'], ['34', '34', '34'], ['36', '36', '36'], ['38', '38', '38'], ['40', '40', '40'], ['48', '48', '48'], ['70', '70', '70']], { optional: true, deprecated: true, whenAdded: '18' }),
  ],
};

export const textVideo: PageTypeDef = {
  type: 'textVideo',
  label: L('Video', 'Video'),
  description: L('Tekst met een video (bestand, YouTube- of Vimeo-link).', 'Text with a video (file, YouTube or Vimeo link).'),
  category: 'media',
  icon: 'film',
  fields: [
    bodyRichText(L('Inhoud', 'Content')),
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    choice('align', L('Tekst uitlijnen', 'Align text'), [['Left', 'Links', 'Left'], ['Right', 'Rechts', 'Right'], ['Top', 'Boven', 'Top'], ['Bottom', 'Onder', 'Bottom']], { default: 'Left' }),
    media('url', L('Video', 'Video'), { default: '', altField: 'tip' }),
    plain('tip', L('Alternatieve tekst', 'Alternative text'), { default: '' }),
    bool('full', L('Volledig scherm', 'Full screen'), { default: 'false' }),
    bool('reset', L('Terugzetten na afloop', 'Reset on completion'), { deprecated: true, whenAdded: 'false' }),
    plain('transcriptTabTxt', L('Tekst knop Transcriptie', 'Transcript button label'), { html: true, default: 'Transcript', localizedDefault: L('Transcriptie', 'Transcript') }),
    plain('transcriptTabTip', L('Tip knop Transcriptie', 'Transcript button tip'), { deprecated: true }),
    num('transcriptTabWidth', L('Breedte knop Transcriptie', 'Transcript button width'), { deprecated: true, min: 80, max: 150, step: 10, whenAdded: '90' }),
    plain('startFrame', L('Begintijd', 'Start time'), { optional: true, whenAdded: '0' }),
    plain('endFrame', L('Eindtijd', 'End time'), { optional: true, whenAdded: '0' }),
    plain('movieSize', L('Videogrootte', 'Video size'), { optional: true }),
    plain('iframeMax', L('Maximale relatieve breedte', 'Maximum relative width'), { optional: true }),
    plain('iframeRatio', L('Beeldverhouding', 'Aspect ratio'), { optional: true }),
    richText('transcript', L('Transcriptie', 'Transcript'), { optional: true }),
    plain('trackingWeight', L('Gewicht voor score', 'Tracking score weight'), { optional: true, whenAdded: '1.0' }),
  ],
};

export const youtube: PageTypeDef = {
  type: 'youtube',
  label: L('YouTube-video', 'YouTube video'),
  description: L('Een YouTube-video via insluitcode of video-ID.', 'A YouTube video from embed code or video ID.'),
  category: 'media',
  icon: 'youtube',
  fields: [
    bodyScript(L('Insluitcode of video-ID', 'Embed code or video ID'), { default: 'Enter Embed Code Here' }),
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    richText('text', L('Paginatekst', 'Page text'), { default: '' }),
    bool('autoplay', L('Automatisch afspelen', 'Auto-Play'), { optional: true, deprecated: true }),
    bool('toggle', L('Volledig scherm wisselen', 'Toggle full screen'), { optional: true, deprecated: true }),
    plain('videoSize', L('Videogrootte', 'Video size'), { optional: true }),
    plain('launchvideo', L('Link om video te starten', 'Launch video link'), { deprecated: true }),
    plain('trackingWeight', L('Gewicht voor score', 'Tracking score weight'), { optional: true, whenAdded: '1.0' }),
  ],
};

export const pdf: PageTypeDef = {
  type: 'pdf',
  label: L('Pdf-bestand', 'PDF file'),
  description: L('Toont een pdf-document met tekst erbij.', 'Shows a PDF document with accompanying text.'),
  category: 'media',
  icon: 'file-type',
  fields: [
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    richText('text', L('Paginatekst', 'Page text'), { default: '' }),
    media('url', L('Pdf-bestand', 'PDF file'), { default: '' }),
    choice('panelWidth', L('Paneelbreedte', 'Panel width'), [['Small', 'Klein', 'Small'], ['Medium', 'Middel', 'Medium'], ['Large', 'Groot', 'Large'], ['Full', 'Volledig', 'Full'], ['Custom', 'Eigen', 'Custom']], { default: 'Medium' }),
    num('panelWidthCustom', L('Eigen breedte (%)', 'Custom width (%)'), { min: 10, max: 90, step: 1, default: '50' }),
    // Xerte's newNodes writes `right` in lower case; its player accepts both.
    choice('align', L('Paneelpositie', 'Panel position'), [['Right', 'Rechts', 'Right'], ['Left', 'Links', 'Left']], { default: 'right', acceptedValues: ['right', 'left'] }),
    bool('panelStyle', L('Paneelstijl weglaten', 'Remove panel style'), { default: 'false' }),
    bool('removeTxt', L('Paginatekst weglaten', 'Remove page text'), { default: 'false' }),
    choice('pdfWidth', L('Breedte van pdf', 'PDF width'), [['small', 'Klein', 'Small'], ['medium', 'Middel', 'Medium'], ['large', 'Groot', 'Large'], ['full', 'Volledig', 'Full']], { optional: true, deprecated: true, whenAdded: 'full' }),
    choice('position', L('Tekstpositie', 'Text position'), [['L', 'Links', 'Left'], ['R', 'Rechts', 'Right'], ['T', 'Boven', 'Top']], { optional: true, deprecated: true, whenAdded: 'L' }),
    richText('textTop', L('Tekst boven paneel', 'Text above panel'), { optional: true }),
    bool('textTopWidth', L('Tekst boven paneel over volle breedte', 'Text above panel full width'), { optional: true, whenAdded: 'false' }),
    richText('textBottom', L('Tekst onder paneel', 'Text below panel'), { optional: true }),
    bool('textBottomWidth', L('Tekst onder paneel over volle breedte', 'Text below panel full width'), { optional: true, whenAdded: 'false' }),
    plain('open', L('Open pdf in nieuw tabblad', 'Open PDF in new tab'), { html: true, default: 'Open PDF', localizedDefault: L('Open pdf', 'Open PDF') }),
  ],
};

export const thumbnailViewer: PageTypeDef = {
  type: 'thumbnailViewer',
  label: L('Fotogalerij', 'Thumbnail viewer'),
  description: L('Een galerij van afbeeldingen met miniaturen.', 'A gallery of images with thumbnails.'),
  category: 'media',
  icon: 'images',
  fields: [
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    richText('text', L('Paginatekst', 'Page text'), { default: '' }),
    plain('nextBtnTip', L('Tip vooruit scrollen', 'Scroll forward tip'), { default: 'Scroll Forward', localizedDefault: L('Vooruit scrollen', 'Scroll Forward') }),
    plain('priorBtnTip', L('Tip terug scrollen', 'Scroll back tip'), { default: 'Scroll Back', localizedDefault: L('Terug scrollen', 'Scroll Back') }),
  ],
  children: [{ type: 'thumbnailImage' }],
};

export const thumbnailImage: NodeTypeDef = {
  type: 'thumbnailImage',
  label: L('Afbeelding', 'Image'),
  fields: [
    plain('name', L('Label', 'Label'), { html: true, default: 'Image', localizedDefault: L('Afbeelding', 'Image') }),
    richText('text', L('Tekst bij afbeelding', 'Image text'), { default: '' }),
    media('url', L('Afbeelding', 'Image'), { default: '', altField: 'tip' }),
    plain('tip', L('Alternatieve tekst', 'Alternative text'), { default: '' }),
    choice('linktarget', L('Linkdoel', 'Link target'), [['None', 'Geen', 'None'], ['Original image', 'Originele afbeelding', 'Original image'], ['Specified URL', 'Opgegeven URL', 'Specified URL']], { default: 'none', acceptedValues: ['none'] }),
    plain('link', L('Link-URL', 'Link URL'), { default: '' }),
  ],
};

/**
 * The zoom region of a `morphImages` page: the part of the first image the player zooms into
 * while it morphs into the second. Xerte writes it as a `<hotspot>` (name and geometry only,
 * drawn with its hotspot editor); it is not the labelled `hotspot` of `dragDropLabel`, so it is
 * declared for this parent only (see `childType`).
 */
const zoomRegion: NodeTypeDef = {
  type: 'hotspot',
  label: L('Zoomgebied', 'Zoom region'),
  fields: [
    plain('name', L('Naam', 'Name'), { html: true, default: 'Zoom Region', localizedDefault: L('Zoomgebied', 'Zoom Region') }),
    ...hotspotGeometry(),
  ],
};

export const morphImages: PageTypeDef = {
  type: 'morphImages',
  label: L('Overvloeiende afbeeldingen', 'Morph images'),
  description: L(
    'Twee afbeeldingen die in elkaar overvloeien, bijvoorbeeld om in te zoomen op een deel van een afbeelding.',
    'Two images that morph into each other, for instance to zoom in on part of an image.',
  ),
  category: 'media',
  icon: 'zoom-in',
  fields: [
    plain('name', L('Paginatitel', 'Page title'), { html: true, default: 'Enter Page Title', localizedDefault: L('Nieuwe pagina', 'Enter Page Title') }),
    richText('text', L('Paginatekst', 'Page text'), { default: '' }),
    media('url', L('Afbeelding 1', 'Image 1'), { default: '', altField: 'tip1' }),
    plain('tip1', L('Alternatieve tekst afbeelding 1', 'Image 1 alternative text'), { default: '' }),
    media('url2', L('Afbeelding 2', 'Image 2'), { default: '', altField: 'tip2' }),
    plain('tip2', L('Alternatieve tekst afbeelding 2', 'Image 2 alternative text'), { default: '' }),
    num('zoomSpeed', L('Zoomsnelheid', 'Zoom speed'), { min: 1, max: 10, step: 1, default: '3' }),
    plain('buttonLabel', L('Knoptekst', 'Button label'), { html: true, default: 'Zoom', localizedDefault: L('Inzoomen', 'Zoom') }),
    plain('zoomBtnTip', L('Tip van knop', 'Button tip'), { deprecated: true }),
    num('zoomBtnWidth', L('Knopbreedte', 'Button width'), { deprecated: true, min: 80, max: 250, step: 10, whenAdded: '100' }),
  ],
  // Xerte's newNodes creates the one zoom region and the wizard offers no way to add another.
  children: [{ type: 'hotspot', min: 1, max: 1, def: zoomRegion }],
  initialChildren: ['hotspot'],
};
