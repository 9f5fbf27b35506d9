import type { NodeJson } from '../module-json';

/** A `morphImages` page with every declared field filled; its `hotspot` is the zoom region. */
export const morphImagesSample: NodeJson = {
  type: 'morphImages',
  attributes: [
    ['linkID', 'PG1700000000093'],
    ['name', 'Bacteriën op je handen'],
    ['url', "FileLocation + 'media/morphImages-hand.jpg'"],
    ['tip1', 'Een hand na het wassen'],
    ['url2', "FileLocation + 'media/morphImages-vingertop.jpg'"],
    ['tip2', 'Een vingertop onder de microscoop'],
    ['zoomSpeed', '4'],
    ['buttonLabel', 'Tekst <b>buttonLabel</b>'],
    ['zoomBtnTip', 'waarde zoomBtnTip'],
    ['zoomBtnWidth', '110'],
  ],
  richText: {
    text: { html: '<p>Zoom in op de vingertoppen: daar blijven de meeste bacteriën achter.</p>' },
  },
  children: [
    {
      type: 'hotspot',
      attributes: [
        ['linkID', 'PG1700000000094'],
        ['name', 'Vingertop'],
        ['x', '120'],
        ['y', '40'],
        ['w', '80'],
        ['h', '60'],
      ],
      children: [],
    },
  ],
};
