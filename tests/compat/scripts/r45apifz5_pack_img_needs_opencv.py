"""recordio.pack_img and unpack_img refuse with a bare AssertionError where OpenCV's Python module is missing (after unpack_img has read the header), as MXNet's recordio does."""
import mxnet as mx
import numpy as np

print('cv2' in dir(mx.recordio), mx.recordio.cv2)
header = mx.recordio.IRHeader(0, 3.0, 7, 0)
for name, call in [('pack_img', lambda: mx.recordio.pack_img(header, np.zeros((2, 2, 3), np.uint8))),
                   ('pack_img png', lambda: mx.recordio.pack_img(header, np.zeros((2, 2, 3), np.uint8), img_fmt='.png')),
                   ('unpack_img', lambda: mx.recordio.unpack_img(mx.recordio.pack(header, b'not an image'))),
                   ('unpack_img gray', lambda: mx.recordio.unpack_img(mx.recordio.pack(header, b'x'), 0)),
                   ('unpack_img short', lambda: mx.recordio.unpack_img(b'abc'))]:
    try:
        print(name, call())
    except Exception as e:
        print(name, type(e).__name__, repr(str(e)))
