// Saves bytes as a file from the browser: a report or record the server made, or a CSV the page
// made itself.
export function saveFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // the browser has taken the file once the click's task is done
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
