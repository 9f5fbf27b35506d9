/**
 * Small builders that keep the page-type declarations readable: one line per Xerte property.
 * The declarations were written from Xerte's wizard files (`src/Nottingham/wizards/en-GB/*.xwd`):
 * property names, stored values, ranges and `newNodes` defaults as Xerte writes them.
 */
import { BODY_FIELD } from '../module-json';
import type { FieldDef, Labels } from '../registry-types';

export const L = (nl: string, en: string): Labels => ({ nl, en });

type Extra = Omit<Partial<FieldDef>, 'name' | 'kind' | 'label' | 'options' | 'columns'>;

const field = (name: string, kind: FieldDef['kind'], label: Labels, extra: Extra = {}): FieldDef => ({
  name,
  kind,
  label,
  ...extra,
});

/** The CDATA body of a page as rich text (`text`, `title`, `textGraphics`…). */
export const bodyRichText = (label: Labels, extra: Extra = {}): FieldDef =>
  field(BODY_FIELD, 'richText', label, { storage: 'body', ...extra });

/** The CDATA body of a page as raw code (`youtube` embed code). */
export const bodyScript = (label: Labels, extra: Extra = {}): FieldDef =>
  field(BODY_FIELD, 'script', label, { storage: 'body', multiline: true, ...extra });

/** Entity-escaped HTML in an attribute (Xerte TextArea). */
export const richText = (name: string, label: Labels, extra: Extra = {}): FieldDef =>
  field(name, 'richText', label, { storage: 'attribute', ...extra });

/** A plain string attribute; `html: true` for Xerte's one-line wysiwyg inputs. */
export const plain = (name: string, label: Labels, extra: Extra = {}): FieldDef => field(name, 'plainText', label, extra);

export const script = (name: string, label: Labels, extra: Extra = {}): FieldDef =>
  field(name, 'script', label, { multiline: true, ...extra });

export const media = (name: string, label: Labels, extra: Extra = {}): FieldDef => field(name, 'media', label, extra);

export const bool = (name: string, label: Labels, extra: Extra = {}): FieldDef => field(name, 'boolean', label, extra);

export const num = (name: string, label: Labels, extra: Extra = {}): FieldDef => field(name, 'number', label, extra);

export const colour = (name: string, label: Labels, extra: Extra = {}): FieldDef => field(name, 'colour', label, extra);

export const pageRef = (name: string, label: Labels, extra: Extra = {}): FieldDef => field(name, 'pageRef', label, extra);

/** A ComboBox: options as `[stored value, Dutch label, English label]`. */
export const choice = (name: string, label: Labels, options: [value: string, nl: string, en: string][], extra: Extra = {}): FieldDef => ({
  ...field(name, 'choice', label, extra),
  options: options.map(([value, nl, en]) => ({ value, label: { nl, en } })),
});

/** A DataGrid: rows joined by `||`, cells by `|`. */
export const dataGrid = (name: string, label: Labels, columns: Labels[], extra: Extra = {}): FieldDef => ({
  ...field(name, 'dataGrid', label, extra),
  columns,
});

/** Hotspot geometry the hotspot editor writes (x, y, w, h in image pixels). */
export const hotspotGeometry = (): FieldDef[] => [
  num('x', L('X (pixels)', 'X (pixels)'), { default: '0' }),
  num('y', L('Y (pixels)', 'Y (pixels)'), { default: '0' }),
  num('w', L('Breedte (pixels)', 'Width (pixels)'), { default: '100' }),
  num('h', L('Hoogte (pixels)', 'Height (pixels)'), { default: '100' }),
];

/** Free-shape hotspots (flexhotSpot editor): polygon points and drawing mode as Xerte's JSON strings. */
export const freeShapeGeometry = (): FieldDef[] => [
  ...hotspotGeometry(),
  plain('points', L('Punten van de vorm', 'Shape points'), { optional: true, maxLength: 100_000 }),
  plain('mode', L('Tekenmodus', 'Drawing mode'), { optional: true }),
  plain('shape', L('Vorm', 'Shape'), { optional: true, maxLength: 100_000 }),
];
