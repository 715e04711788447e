"""np.identity refuses a dtype MXNet lacks in its parser's words, and a NumPy float16 scalar array refused as an argument is named by its printed text, as MXNet does."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
npx.set_np()

for n in [1, 3, 0, True]:
    for dtype in ['int16', 'uint16', 'complex64', onp.int16, 'float64', 'bool']:
        try:
            r = np.identity(n, dtype=dtype)
            print('identity', n, dtype, r.dtype, r.shape)
        except mx.MXNetError as e:
            print('identity', n, dtype, 'MXNetError', str(e).splitlines()[0])

host = onp.array(4.87109375, dtype='float16')
for label, f in [('copy', lambda: np.copy(host)), ('empty_like', lambda: np.empty_like(host)),
                 ('atleast_1d', lambda: np.atleast_1d(host)), ('sort', lambda: np.sort(host)),
                 ('transpose', lambda: np.transpose(host))]:
    try:
        print(label, f())
    except AssertionError as e:
        print(label, 'AssertionError', e)
