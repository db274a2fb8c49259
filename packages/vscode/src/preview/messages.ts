/** Messages between the extension and the preview webview (both directions). */
import type { PreviewResult } from '@dunlint/language-server/protocol';

/** Extension → webview. */
export type ToWebview =
  /** A fresh rendering of the template `fileName`. */
  | { type: 'render'; fileName: string; preview: PreviewResult }
  /** Nothing to render: why (the server is not running, the file is not a template…). */
  | { type: 'notice'; fileName?: string; message: string };

/** Webview → extension. */
export type FromWebview =
  /** The script is loaded and listening: send the current state. */
  | { type: 'ready' }
  /** The user clicked a problem: show that place of the template (1-based line and column). */
  | { type: 'reveal'; line: number; column: number };
