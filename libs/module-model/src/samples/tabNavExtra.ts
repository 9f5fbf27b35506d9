import type { NodeJson } from '../module-json';

/** A `tabNavExtra` page with every declared field filled. */
export const tabNavExtraSample: NodeJson = {
  type: 'tabNavExtra',
  attributes: [
    ['linkID', 'PG1700000000020'],
    ['name', 'Voorbeeld &amp; oefening'],
    ['panelWidth', 'Small'],
    ['panelWidthCustom', '13'],
    ['align', 'Left'],
    ['textPos', 'Top'],
    ['autoNumber', 'true'],
    ['nextBtns', 'true'],
    ['hideBreadcrumbs', 'true'],
    ['rememberTab', 'true'],
    ['tabWidth', '21'],
    ['nextBtn', 'Tekst <b>nextBtn</b>'],
    ['prevBtn', 'Tekst <b>prevBtn</b>'],
  ],
  richText: {
    text: { html: '<p>Tekst voor <em>text</em>.</p>' },
  },
  children: [
    {
      type: 'topic',
      attributes: [
        ['linkID', 'PG1700000000021'],
        ['name', 'Voorbeeld &amp; oefening'],
      ],
      children: [
        {
          type: 'nestedTab',
          attributes: [
            ['linkID', 'PG1700000000022'],
            ['name', 'Voorbeeld &amp; oefening'],
          ],
          children: [
            {
              type: 'nestedPage',
              attributes: [
                ['linkID', 'PG1700000000023'],
                ['name', 'Voorbeeld &amp; oefening'],
                ['align', 'Bottom'],
                ['url', "FileLocation + 'media/nestedPage-url.jpg'"],
                ['tip', 'waarde tip'],
                ['initObject', 'waarde initObject'],
                ['movieSize', 'waarde movieSize'],
                ['synch', 'waarde synch'],
                ['caption', 'Tekst <b>caption</b>'],
              ],
              richText: {
                text: { html: '<p>Tekst voor <em>text</em>.</p>' },
              },
              children: [],
            },
            {
              type: 'nestedPage',
              attributes: [
                ['linkID', 'PG1700000000024'],
                ['name', 'Voorbeeld &amp; oefening'],
                ['align', 'Bottom'],
                ['url', "FileLocation + 'media/nestedPage-url.jpg'"],
                ['tip', 'waarde tip'],
                ['initObject', 'waarde initObject'],
                ['movieSize', 'waarde movieSize'],
                ['synch', 'waarde synch'],
                ['caption', 'Tekst <b>caption</b>'],
              ],
              richText: {
                text: { html: '<p>Tekst voor <em>text</em>.</p>' },
              },
              children: [],
            },
          ],
        },
        {
          type: 'nestedTab',
          attributes: [
            ['linkID', 'PG1700000000025'],
            ['name', 'Voorbeeld &amp; oefening'],
          ],
          children: [
            {
              type: 'nestedPage',
              attributes: [
                ['linkID', 'PG1700000000026'],
                ['name', 'Voorbeeld &amp; oefening'],
                ['align', 'Bottom'],
                ['url', "FileLocation + 'media/nestedPage-url.jpg'"],
                ['tip', 'waarde tip'],
                ['initObject', 'waarde initObject'],
                ['movieSize', 'waarde movieSize'],
                ['synch', 'waarde synch'],
                ['caption', 'Tekst <b>caption</b>'],
              ],
              richText: {
                text: { html: '<p>Tekst voor <em>text</em>.</p>' },
              },
              children: [],
            },
            {
              type: 'nestedPage',
              attributes: [
                ['linkID', 'PG1700000000027'],
                ['name', 'Voorbeeld &amp; oefening'],
                ['align', 'Bottom'],
                ['url', "FileLocation + 'media/nestedPage-url.jpg'"],
                ['tip', 'waarde tip'],
                ['initObject', 'waarde initObject'],
                ['movieSize', 'waarde movieSize'],
                ['synch', 'waarde synch'],
                ['caption', 'Tekst <b>caption</b>'],
              ],
              richText: {
                text: { html: '<p>Tekst voor <em>text</em>.</p>' },
              },
              children: [],
            },
          ],
        },
      ],
    },
    {
      type: 'topic',
      attributes: [
        ['linkID', 'PG1700000000028'],
        ['name', 'Voorbeeld &amp; oefening'],
      ],
      children: [
        {
          type: 'nestedTab',
          attributes: [
            ['linkID', 'PG1700000000029'],
            ['name', 'Voorbeeld &amp; oefening'],
          ],
          children: [
            {
              type: 'nestedPage',
              attributes: [
                ['linkID', 'PG1700000000030'],
                ['name', 'Voorbeeld &amp; oefening'],
                ['align', 'Bottom'],
                ['url', "FileLocation + 'media/nestedPage-url.jpg'"],
                ['tip', 'waarde tip'],
                ['initObject', 'waarde initObject'],
                ['movieSize', 'waarde movieSize'],
                ['synch', 'waarde synch'],
                ['caption', 'Tekst <b>caption</b>'],
              ],
              richText: {
                text: { html: '<p>Tekst voor <em>text</em>.</p>' },
              },
              children: [],
            },
            {
              type: 'nestedPage',
              attributes: [
                ['linkID', 'PG1700000000031'],
                ['name', 'Voorbeeld &amp; oefening'],
                ['align', 'Bottom'],
                ['url', "FileLocation + 'media/nestedPage-url.jpg'"],
                ['tip', 'waarde tip'],
                ['initObject', 'waarde initObject'],
                ['movieSize', 'waarde movieSize'],
                ['synch', 'waarde synch'],
                ['caption', 'Tekst <b>caption</b>'],
              ],
              richText: {
                text: { html: '<p>Tekst voor <em>text</em>.</p>' },
              },
              children: [],
            },
          ],
        },
        {
          type: 'nestedTab',
          attributes: [
            ['linkID', 'PG1700000000032'],
            ['name', 'Voorbeeld &amp; oefening'],
          ],
          children: [
            {
              type: 'nestedPage',
              attributes: [
                ['linkID', 'PG1700000000033'],
                ['name', 'Voorbeeld &amp; oefening'],
                ['align', 'Bottom'],
                ['url', "FileLocation + 'media/nestedPage-url.jpg'"],
                ['tip', 'waarde tip'],
                ['initObject', 'waarde initObject'],
                ['movieSize', 'waarde movieSize'],
                ['synch', 'waarde synch'],
                ['caption', 'Tekst <b>caption</b>'],
              ],
              richText: {
                text: { html: '<p>Tekst voor <em>text</em>.</p>' },
              },
              children: [],
            },
            {
              type: 'nestedPage',
              attributes: [
                ['linkID', 'PG1700000000034'],
                ['name', 'Voorbeeld &amp; oefening'],
                ['align', 'Bottom'],
                ['url', "FileLocation + 'media/nestedPage-url.jpg'"],
                ['tip', 'waarde tip'],
                ['initObject', 'waarde initObject'],
                ['movieSize', 'waarde movieSize'],
                ['synch', 'waarde synch'],
                ['caption', 'Tekst <b>caption</b>'],
              ],
              richText: {
                text: { html: '<p>Tekst voor <em>text</em>.</p>' },
              },
              children: [],
            },
          ],
        },
      ],
    },
  ],
};
