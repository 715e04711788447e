"""ImageRecordIter with round_batch: each batch's pad and labels over epochs (the next epoch starts where the wrap left off), with num_parts."""
import mxnet as mx, numpy as np, os, tempfile, zlib, struct
def png(arr):
    h, w, _ = arr.shape
    raw = b"".join(b"\x00" + arr[y].tobytes() for y in range(h))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
d = tempfile.mkdtemp()
rec = os.path.join(d, "x.rec"); idx = os.path.join(d, "x.idx")
w = mx.recordio.MXIndexedRecordIO(idx, rec, 'w')
for i in range(5):
    img = np.full((4, 4, 3), i * 40, dtype=np.uint8)
    w.write_idx(i, mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), png(img)))
w.close()
for bs in (6, 5, 4, 3, 2):
    it = mx.io.ImageRecordIter(path_imgrec=rec, data_shape=(3, 4, 4), batch_size=bs, round_batch=True)
    for ep in range(3):
        try:
            for b in it:
                print(bs, ep, "batch", b.pad, b.label[0].asnumpy().astype(int).tolist())
            print(bs, ep, "end")
            it.reset()
            print(bs, ep, "reset ok")
        except Exception as e:
            print(bs, ep, type(e).__name__, str(e).replace("\n", " | ")[-120:])
for rb in (True, False):
    for parts in ((2, 0), (2, 1), (3, 2)):
        it = mx.io.ImageRecordIter(path_imgrec=rec, data_shape=(3, 4, 4), batch_size=2, round_batch=rb,
                                   num_parts=parts[0], part_index=parts[1])
        out = []
        for ep in range(2):
            for b in it:
                out.append((b.pad, b.label[0].asnumpy().astype(int).tolist()))
            it.reset()
        print("parts", rb, parts, out)
it = mx.io.ImageRecordIter(path_imgrec=rec, data_shape=(3, 4, 4), batch_size=3, round_batch=True)
b = it.next()
b = it.next()
print(b.pad, b.data[0].shape, b.data[0][:, 0, 0, 0].asnumpy().tolist(), it.provide_data, it.provide_label)
