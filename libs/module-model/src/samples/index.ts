/**
 * One sample node per declared page type, every declared field filled with a value as Xerte
 * stores it (rich text as editor HTML). The registry tests round-trip and render them; the Xerte
 * mapping reuses them as data.xml fixtures. Sample linkIDs are `PG17000000000NN`; the `text`
 * sample (PG1700000000001) and the `title` sample (PG1700000000002) are the targets of the
 * sample page references.
 */
import { MODULE_JSON_FORMAT, type ModuleJson, type NodeJson } from '../module-json';
import { rootSampleAttributes } from './root';
import { textSample } from './text';
import { titleSample } from './title';
import { bulletsSample } from './bullets';
import { columnPageSample } from './columnPage';
import { summarySample } from './summary';
import { orientSample } from './orient';
import { textGraphicsSample } from './textGraphics';
import { bleedingImageSample } from './bleedingImage';
import { textVideoSample } from './textVideo';
import { youtubeSample } from './youtube';
import { pdfSample } from './pdf';
import { thumbnailViewerSample } from './thumbnailViewer';
import { morphImagesSample } from './morphImages';
import { navSample } from './nav';
import { tabNavExtraSample } from './tabNavExtra';
import { tabNavSample } from './tabNav';
import { accNavSample } from './accNav';
import { slideshowSample } from './slideshow';
import { buttonNavSample } from './buttonNav';
import { mcqSample } from './mcq';
import { quizSample } from './quiz';
import { gapFillSample } from './gapFill';
import { dragDropLabelSample } from './dragDropLabel';
import { hotspotImageSample } from './hotspotImage';
import { categoriesSample } from './categories';
import { timelineSample } from './timeline';
import { textMatchSample } from './textMatch';
import { gridSample } from './grid';
import { textHighlightSample } from './textHighlight';
import { wordsearchSample } from './wordsearch';
import { cMcqSample } from './cMcq';
import { connectorHotspotImageSample } from './connectorHotspotImage';
import { tableSample } from './table';
import { chartSample } from './chart';
import { linksSample } from './links';
import { embedDivSample } from './embedDiv';
import { chapterSample } from './chapter';

export const SAMPLE_NODES: Readonly<Record<string, NodeJson>> = {
  text: textSample,
  title: titleSample,
  bullets: bulletsSample,
  columnPage: columnPageSample,
  summary: summarySample,
  orient: orientSample,
  textGraphics: textGraphicsSample,
  bleedingImage: bleedingImageSample,
  textVideo: textVideoSample,
  youtube: youtubeSample,
  pdf: pdfSample,
  thumbnailViewer: thumbnailViewerSample,
  morphImages: morphImagesSample,
  nav: navSample,
  tabNavExtra: tabNavExtraSample,
  tabNav: tabNavSample,
  accNav: accNavSample,
  slideshow: slideshowSample,
  buttonNav: buttonNavSample,
  mcq: mcqSample,
  quiz: quizSample,
  gapFill: gapFillSample,
  dragDropLabel: dragDropLabelSample,
  hotspotImage: hotspotImageSample,
  categories: categoriesSample,
  timeline: timelineSample,
  textMatch: textMatchSample,
  grid: gridSample,
  textHighlight: textHighlightSample,
  wordsearch: wordsearchSample,
  cMcq: cMcqSample,
  connectorHotspotImage: connectorHotspotImageSample,
  table: tableSample,
  chart: chartSample,
  links: linksSample,
  embedDiv: embedDivSample,
  chapter: chapterSample,
};

/** A module holding every sample page (the chapter last), with every root property filled. */
export function sampleModule(): ModuleJson {
  return structuredClone({ format: MODULE_JSON_FORMAT, attributes: rootSampleAttributes, pages: Object.values(SAMPLE_NODES) });
}
