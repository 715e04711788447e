"""The image record iterators read their parameters one struct after another (ImageRecordIter: parser, shuffling, batch, normaliser, augmenter; the v1 ones batch first), each in the order given, and ImageRecordUInt8Iter_v1 ignores the normaliser's, as MXNet does."""
import os, struct, tempfile, zlib
import mxnet as mx
import numpy as np


def first_error(it, kw):
    try:
        it(**kw)
        return 'OK'
    except Exception as e:
        return str(e).splitlines()[-1][:150]


names = ('ImageRecordIter', 'ImageRecordUInt8Iter', 'ImageRecordInt8Iter', 'ImageRecordIter_v1', 'ImageRecordUInt8Iter_v1')
params = ["label_width", "preprocess_threads", "num_parts", "device_id", "shuffle_chunk_seed", "seed", "resize", "pad",
          "verbose", "shuffle", "round_batch", "rand_crop", "mirror", "mean_r", "std_r", "scale", "max_random_contrast",
          "max_aspect_ratio", "max_random_area", "brightness", "seed_aug", "prefetch_buffer", "data_shape", "shuffle_chunk_size"]
for n in names:
    it = getattr(mx.io, n)
    for p in params:
        bad = 'q' if p != 'data_shape' else (4, 4)
        rest = [] if p == 'data_shape' else [('data_shape', (3, 4, 4))]
        print(n, p, first_error(it, dict([('batch_size', 'y'), (p, bad)] + rest)), '|', first_error(it, dict([(p, bad), ('batch_size', 'y')] + rest)))
    for kw in (dict(batch_size='y'), dict(data_shape=(3, 4, 4), resize='q'), dict(data_shape=(4, 4), batch_size='y'),
               dict(batch_size='x', data_shape=(3, 4, 4), round_batch='w'), dict(data_shape=(3, 4, 4), batch_size=2, resize='q', label_width='r'),
               dict(data_shape=(3, 4, 4), batch_size=2, resize='q', mean_r='r'), dict(data_shape=(3, 4, 4), batch_size=2, rand_crop='r', std_r='q'),
               dict(data_shape=(3, 4, 4), batch_size=2, max_random_area='r', mirror='q'), dict(data_shape=(3, 4, 4), batch_size=2, seed='r', label_width='q'),
               dict(data_shape=(3, 4, 4), batch_size=2, shuffle='r', seed='q'), dict(data_shape=(3, 4, 4), batch_size=2, mean_r='r', label_width='q'),
               dict(data_shape=(3, 4, 4), batch_size=2, mean_r='r', label_pad_width='q'), dict(data_shape=(3, 4, 4), batch_size=2, shuffle_chunk_size='z')):
        print(n, kw, first_error(it, kw))


def png(rgb):
    """A tiny 8-bit RGB PNG of ``rgb`` (h, w, 3 uint8)."""
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    h, w, _ = rgb.shape
    raw = b''.join(b'\x00' + rgb[i].tobytes() for i in range(h))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


path = os.path.join(tempfile.mkdtemp(), 'u8.rec')
writer = mx.recordio.MXRecordIO(path, 'w')
rng = np.random.RandomState(0)
for i in range(3):
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), png(rng.randint(0, 255, (5, 5, 3)).astype(np.uint8))))
writer.close()
for kw in (dict(mean_r='r'), dict(mean_r=100, std_r=2, scale=0.5), dict(max_random_contrast='x', rand_mirror=1), dict(max_random_contrast=0.5, mean_g=3)):
    for n in ('ImageRecordUInt8Iter_v1', 'ImageRecordIter_v1'):
        try:
            b = next(iter(getattr(mx.io, n)(path_imgrec=path, data_shape=(3, 4, 4), batch_size=2, verbose=False, **kw)))
            print(n, kw, b.data[0].dtype, b.data[0].asnumpy().sum(), b.label[0].asnumpy().tolist())
        except Exception as e:
            print(n, kw, type(e).__name__, str(e).splitlines()[-1][:200])
