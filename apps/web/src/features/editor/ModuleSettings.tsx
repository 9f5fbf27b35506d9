import { propertiesOf, ROOT, setField, type FieldDef } from '@samenwijs/module-model';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollabSession } from './collab/collab-session';
import { useYVersion } from './collab/hooks';
import { SimpleField } from './fields/SimpleField';

/** The outline entry (and `?pagina=` value) that opens the module's own settings. */
export const MODULE_SETTINGS_ID = 'instellingen';

const shown = (field: FieldDef) => !field.readOnly && !field.deprecated && field.kind !== 'richText';

/**
 * The module's root properties (Xerte's `<learningObject>` attributes: title, language,
 * navigation, theme…), bound to the Y.Doc like a page's fields. Xerte's many optional
 * properties sit under "more settings".
 */
export function ModuleSettings({ session, readOnly }: { session: CollabSession; readOnly: boolean }) {
  const { t } = useTranslation();
  const properties = propertiesOf(session.doc);
  useYVersion(properties);
  const fields = ROOT.fields.filter(shown);
  const main = fields.filter((f) => !f.optional || properties.has(f.name));
  const more = fields.filter((f) => !main.includes(f));
  const render = (field: FieldDef) => (
    <SimpleField
      key={field.name}
      field={field}
      write={(value) => setField(session.doc, null, field.name, value)}
      read={() => properties.get(field.name)}
      readOnly={readOnly}
      doc={session.doc}
      onUndoKey={(event: KeyboardEvent) => void session.handleUndoKey(event)}
    />
  );
  return (
    <div className="node-form" data-node-type="learningObject">
      {main.map(render)}
      {more.length > 0 ? (
        <details className="node-form__more">
          <summary>{t('editor.form.moreSettings', { count: more.length })}</summary>
          {more.map(render)}
        </details>
      ) : null}
    </div>
  );
}
