"""np.zeros with a dtype name MXNet lacks fails in its packed-function type parser, whose line MXNet prints."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()

for f in [lambda: np.zeros(2, dtype='foo'), lambda: np.zeros((2, 3), dtype='complex64'), lambda: np.zeros(2, dtype='uint16'),
          lambda: np.ones(2, dtype='foo'), lambda: np.zeros(2, dtype='int8')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, str(e))
