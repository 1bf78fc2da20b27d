/**
 * The live-reload script served as `/__news-digest/reload.js`. It compares the
 * version the page was served at (its `data-version`) with the one the server
 * announces over Server-Sent Events and reloads when they differ. EventSource
 * reconnects by itself when the server restarts.
 */
export const clientScript = `// news-digest watch: reload the page after each rebuild.
(() => {
  const script = document.currentScript
  const shown = script ? script.dataset.version : undefined
  const events = new EventSource('/__news-digest/events')
  events.addEventListener('version', (event) => {
    if (event.data !== shown) {
      events.close()
      location.reload()
    }
  })
})()
`

/** Style of the problems banner shown while a bad edit keeps the last good output. */
export const problemsStyle = `#news-digest-problems {
  position: sticky; top: 0; z-index: 1000; margin: 0; padding: 0.75rem 1rem;
  background: #fff4f4; color: #5c0000; border-bottom: 3px solid #b00020;
  font: 14px/1.4 system-ui, sans-serif;
}
#news-digest-problems p { margin: 0 0 0.5rem; }
#news-digest-problems pre { margin: 0; white-space: pre-wrap; font: 13px/1.4 ui-monospace, monospace; }
`
