/**
 * Reads what the counsellor selected on the page. Runs inside the page via
 * `scripting.executeScript` (only after the counsellor's action grants
 * activeTab), so it must be self-contained: no imports, no closures.
 * Client systems often show notes in text areas, whose selection
 * `getSelection()` does not report, so those are read separately.
 */
export function readPageSelection(doc: Document = globalThis.document): string {
  const active = doc.activeElement as HTMLInputElement | HTMLTextAreaElement | null;
  const tag = active?.tagName;
  if (active && (tag === 'TEXTAREA' || (tag === 'INPUT' && active.type === 'text'))) {
    const start = active.selectionStart ?? 0;
    const end = active.selectionEnd ?? 0;
    if (end > start) return active.value.slice(start, end);
  }
  return doc.defaultView?.getSelection()?.toString() ?? '';
}
