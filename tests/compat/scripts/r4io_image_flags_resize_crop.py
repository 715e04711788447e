# imdecode OpenCV flags (2, 4, 8, ...), same-size resizes (any dtype/method), fixed_crop bounds, short record labels.
import struct, zlib
import numpy as np
import mxnet as mx


def png(pixels, colour_type, depth=8):
    """A minimal PNG of ``pixels`` (H x W x C, unfiltered rows)."""
    h, w = pixels.shape[:2]
    dtype = '>u2' if depth == 16 else 'u1'
    rows = b''.join(b'\0' + pixels[i].astype(dtype).tobytes() for i in range(h))

    def chunk(kind, body):
        return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff)
    head = struct.pack('>IIBBBBB', w, h, depth, colour_type, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', head) + chunk(b'IDAT', zlib.compress(rows)) + chunk(b'IEND', b'')


def show(fn):
    try:
        out = fn()
        print(out.dtype.__name__ if hasattr(out.dtype, '__name__') else out.dtype, out.shape,
              int(out.asnumpy().astype(np.int64).sum()))
    except Exception as e:      # the class is what must match
        print(type(e).__name__)


rs = np.random.RandomState(0)
images = {'rgb': png(rs.randint(0, 256, (5, 6, 3)), 2), 'gray': png(rs.randint(0, 256, (5, 6, 1)), 0),
          'rgba': png(rs.randint(0, 256, (4, 3, 4)), 6), 'gray16': png(rs.randint(0, 65536, (3, 4, 1)), 0, 16),
          'rgb16': png(rs.randint(0, 65536, (3, 4, 3)), 2, 16)}
for name, data in images.items():
    for flag in [1, 2, 3, 4, 5, 6, 7, 8, 9, 16, 17, 33, 64, 65, 128, 129]:
        print(name, flag, end=' ')
        show(lambda: mx.image.imdecode(data, flag=flag))

img = mx.nd.array(rs.randint(0, 256, (6, 7, 3)))
for dtype in ['uint8', 'int32', 'float32', 'float16']:
    for interp in [0, 1, 2, 3, 4, 6, 9, -1]:
        print(dtype, interp, end=' ')
        show(lambda: mx.image.imresize(img.astype(dtype), 7, 6, interp=interp))
        print(dtype, interp, 'smaller', end=' ')
        show(lambda: mx.image.imresize(img.astype(dtype), 5, 4, interp=interp))
for interp in [1, 9]:
    show(lambda: mx.nd.image.resize(img.astype('uint8'), size=(7, 6), interp=interp))
    show(lambda: mx.nd.image.resize(img.astype('float32'), size=(5, 6), interp=interp))

for box in [(-1, 0, 3, 3), (0, -2, 3, 3), (2, 1, 3, 4), (5, 4, 3, 3), (6, 0, 3, 2), (0, 0, 7, 6)]:
    print(box, end=' ')
    show(lambda: mx.image.fixed_crop(img, *box))
show(lambda: mx.image.fixed_crop(img.astype('int32'), 0, 0, 3, 3, size=(3, 3)))
show(lambda: mx.image.fixed_crop(img.astype('int32'), 0, 0, 3, 3, size=[3, 3]))
show(lambda: mx.image.center_crop(img.astype('int32'), [4, 4])[0])

packed = mx.recordio.pack(mx.recordio.IRHeader(0, [1.0, 2.0, 3.0], 4, 0), b'xy')
for cut in [len(packed), len(packed) - 2, len(packed) - 6, 26]:
    try:
        header, rest = mx.recordio.unpack(packed[:cut])
        print(cut, header.flag, header.label.tolist(), rest)
    except Exception as e:
        print(cut, type(e).__name__)

# copyMakeBorder: fill values rounded through a 32-bit int (out of range -> INT_MIN), dtypes and shapes refused
for v in [1e10, -1e10, 3e9, 2147483647.6, 255.5, 256, -0.5, -0.6, 0.5, 1.5, -2.7]:
    for dtype in ['uint8', 'int32', 'float32']:
        print(v, dtype, end=' ')
        show(lambda: mx.image.copyMakeBorder(mx.nd.ones((1, 1, 1), dtype=dtype), 1, 0, 0, 0, value=v))
for dtype in ['float16', 'float64', 'uint8']:
    show(lambda: mx.image.copyMakeBorder(mx.nd.ones((2, 2, 3), dtype=dtype), 1, 1, 0, 0, value=2))
for shape in [(3, 3), (2, 2, 2, 3), (2, 2, 1)]:
    show(lambda: mx.image.copyMakeBorder(mx.nd.ones(shape), 1, 1, 1, 1, value=2))
show(lambda: mx.image.copyMakeBorder(mx.nd.ones((3, 3, 3)), 0, -5, 0, 0))

# int parameters parse as MXNet's text parser does (4.0, True, 4.5, '0x4' refused); out must have the result's dtype
raw = images['rgb']
pic = mx.image.imdecode(raw)
for v in [4, 4.0, np.float32(4), np.int64(4), '4', ' 4', '+4', True, False, 4.5, '0x4', [4]]:
    print(repr(v), end=' ')
    show(lambda: mx.image.imresize(pic, v, 3))
    show(lambda: mx.image.imresize(pic, 4, 3, interp=v))
    show(lambda: mx.image.imdecode(raw, flag=v))
show(lambda: mx.image.resize_short(pic, 5.5))
show(lambda: mx.image.center_crop(pic, (5.5, 4))[0])
for dtype in ['uint8', 'float32', 'int32']:
    show(lambda: mx.image.imresize(pic, 4, 3, out=mx.nd.zeros((3, 4, 3), dtype=dtype)))
    show(lambda: mx.image.copyMakeBorder(pic, 1, 0, 0, 1, out=mx.nd.zeros((6, 7, 3), dtype=dtype)))
