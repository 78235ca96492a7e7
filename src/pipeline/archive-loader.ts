/**
 * The lazy loading of the archive readers: this module is small and loaded with the pipeline; the
 * readers (and their libraries) load only when an archive is met, so a commit without one pays
 * nothing at start-up.
 */

type Reader = typeof import('./archive-reader.js');
let reader: Reader | undefined;
let loading: Promise<Reader> | undefined;

/** The archive readers, if already loaded. */
export function loadedArchiveReader(): Reader | undefined {
  return reader;
}

/** Loads the archive readers (once). */
export function loadArchiveReader(): Promise<Reader> {
  loading ??= import('./archive-reader.js').then((m) => {
    reader = m;
    return m;
  });
  return loading;
}
