/** Offers text as a file to save, from an extension page (no `downloads` permission needed). */
export function downloadTextFile(fileName: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The click starts the download at once; the address is not needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
