// Kaifang viewer: a worker that fetches the search pack and inflates and
// reads it off the page's thread, so typing is not held up while it
// arrives. Given a URL, it answers with the inflated bytes (transferred,
// not copied) and each file's name and place in them, or with an error
// message.
//
// The pack (viewer_format::search::encode_pack): "KFP1", then for each
// file its name's length (a byte), the name, the body's length (u32,
// little-endian) and the body.
onmessage = async (e) => {
  try {
    const r = await fetch(e.data, { priority: 'low' });
    if (!r.ok) throw new Error(`${e.data}: HTTP ${r.status}`);
    // Gzipped by the generator, unless the host already inflated it: the
    // first two bytes tell. The body is inflated as it arrives.
    const reader = r.body.getReader();
    const head = [];
    for (let n = 0; n < 2;) {
      const { done, value } = await reader.read();
      if (done) break;
      head.push(value);
      n += value.length;
    }
    const body = new ReadableStream({
      start(c) { for (const part of head) c.enqueue(part); },
      async pull(c) {
        const { done, value } = await reader.read();
        if (done) c.close(); else c.enqueue(value);
      },
    });
    const magic = [];
    for (const part of head) magic.push(...part.subarray(0, 2 - magic.length));
    const gzipped = magic[0] === 0x1f && magic[1] === 0x8b;
    const b = new Uint8Array(await new Response(gzipped ? body.pipeThrough(new DecompressionStream('gzip')) : body).arrayBuffer());
    const ascii = (a) => String.fromCharCode(...a);
    if (ascii(b.subarray(0, 4)) !== 'KFP1') throw new Error('search pack: not a pack');
    const v = new DataView(b.buffer);
    const names = [];
    const at = [];
    for (let p = 4; p < b.length;) {
      const end = p + 1 + b[p];
      const len = end + 4 <= b.length ? v.getUint32(end, true) : Infinity;
      if (end + 4 + len > b.length) throw new Error('search pack: truncated');
      names.push(ascii(b.subarray(p + 1, end)));
      at.push(end + 4, end + 4 + len);
      p = end + 4 + len;
    }
    const offsets = new Uint32Array(at);
    postMessage({ bytes: b.buffer, names, offsets }, [b.buffer, offsets.buffer]);
  } catch (err) {
    postMessage(String(err));
  }
};
