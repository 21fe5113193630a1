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
    let b = new Uint8Array(await r.arrayBuffer());
    // Gzipped by the generator, unless the host already inflated it.
    if (b[0] === 0x1f && b[1] === 0x8b) {
      b = new Uint8Array(await new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
    }
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
