/**
 * Hands a downloaded blob to the browser as a file, through a temporary object URL and
 * `<a download>`; the URL is revoked once the click has been handled.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a tick later it has started.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
