/** ProseMirror JSON of the editor schema, as stored, sent and compared. */
export interface EditorMarkJson {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface EditorNodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: EditorNodeJson[];
  marks?: EditorMarkJson[];
  text?: string;
}

/** A whole rich-text field: `doc` holding blocks. */
export interface DocJson extends EditorNodeJson {
  type: 'doc';
  content?: EditorNodeJson[];
}
