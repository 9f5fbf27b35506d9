import { createContext, useContext } from 'react';

/**
 * Reports a refused edit (a module-model rule such as a limit or a page that may not go there)
 * to the editor, which shows it in one live region. The edit itself was not applied.
 */
export type ReportEditError = (error: unknown) => void;

export const EditorErrorContext = createContext<ReportEditError>(() => undefined);

export const useEditorErrors = (): ReportEditError => useContext(EditorErrorContext);

/** The reason code of a DomainError (`too_long`, `not_allowed_here`…), if it has one. */
export function editErrorReason(error: unknown): { reason: string | null; message: string } {
  if (error && typeof error === 'object' && 'message' in error) {
    const reason = 'reason' in error && typeof error.reason === 'string' ? error.reason : null;
    return { reason, message: String(error.message) };
  }
  return { reason: null, message: String(error) };
}
