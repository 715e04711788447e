"""A 0-d float16 or float32 array given where an integer attribute is expected is named in the refusal by its printed text, as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()

half = np.array(-0.87890625, dtype='float16')
single = np.array(0.1, dtype='float32')
for label, f in [('eye half', lambda: np.eye(half)),
                 ('eye single', lambda: np.eye(single)),
                 ('squeeze half', lambda: np.squeeze(np.ones((1,)), half)),
                 ('squeeze single', lambda: np.squeeze(np.ones((1,)), single)),
                 ('sum half', lambda: np.sum(np.ones((2,)), half)),
                 ('tile half', lambda: np.tile(np.ones((1,)), np.array(1.5, dtype='float16'))),
                 ('repeat half', lambda: np.repeat(np.ones((1,)), np.array(1.5, dtype='float16'))),
                 ('roll half', lambda: np.roll(np.ones((1,)), np.array(1.5, dtype='float16'))),
                 ('tril single', lambda: np.tril(np.ones((2, 2)), single)),
                 ('rot90 half', lambda: np.rot90(np.ones((2, 2)), half)),
                 ('cumsum half', lambda: np.cumsum(np.ones((2, 2)), half))]:
    try:
        print(label, f())
    except mx.MXNetError as e:
        print(label, 'MXNetError', str(e).splitlines()[0])
