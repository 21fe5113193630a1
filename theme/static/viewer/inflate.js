// Kaifang viewer: a worker that fetches one large search file (the search
// pack) and inflates it off the page's thread, so typing is not held up
// while it arrives. Given a URL, it answers with the inflated bytes
// (transferred, not copied), or with an error message.
onmessage = async (e) => {
  try {
    const r = await fetch(e.data, { priority: 'low' });
    if (!r.ok) throw new Error(`${e.data}: HTTP ${r.status}`);
    let b = new Uint8Array(await r.arrayBuffer());
    // Gzipped by the generator, unless the host already inflated it.
    if (b[0] === 0x1f && b[1] === 0x8b) {
      b = new Uint8Array(await new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
    }
    postMessage(b.buffer, [b.buffer]);
  } catch (err) {
    postMessage(String(err));
  }
};
