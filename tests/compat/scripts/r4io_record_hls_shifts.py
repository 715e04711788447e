# ImageRecordIter's random_h/s/l shifts: their draws ((u + 4u')/5 each) and their place after the colour jitter, before PCA noise.
import os, struct, tempfile, zlib
import numpy as np
import mxnet as mx


def png(pixels):
    """A minimal RGB PNG of ``pixels`` (H x W x 3, unfiltered rows)."""
    h, w = pixels.shape[:2]
    rows = b''.join(b'\0' + pixels[i].astype('u1').tobytes() for i in range(h))

    def chunk(kind, body):
        return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(rows)) + chunk(b'IEND', b''))


tmp = tempfile.mkdtemp()
rs = np.random.RandomState(3)
path = os.path.join(tmp, 'hls.rec')
writer = mx.recordio.MXRecordIO(path, 'w')
for i in range(6):
    pixels = np.full((7, 8, 3), 128) if i % 3 == 0 else rs.randint(0, 256, (7, 8, 3))
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), png(pixels)))
writer.close()

for kw in [dict(random_l=100), dict(random_h=20), dict(random_s=30), dict(random_h=10, random_s=20, random_l=30),
           dict(random_l=40, brightness=0.3), dict(random_s=30, contrast=0.4, saturation=0.4),
           dict(random_l=30, pca_noise=0.3), dict(random_h=30, random_s=30, pca_noise=0.5, brightness=0.2),
           dict(random_s=25, rand_crop=True, rand_mirror=True, max_rotate_angle=10)]:
    it = mx.io.ImageRecordIter(path_imgrec=path, data_shape=(3, 6, 6), batch_size=3, preprocess_threads=1,
                               seed=1, **kw)
    for batch in it:
        data = batch.data[0].asnumpy().astype(np.int64)
        print(sorted(kw.items()), data.sum(axis=(1, 2, 3)).tolist(), data[:, :, 0, 0].tolist())
