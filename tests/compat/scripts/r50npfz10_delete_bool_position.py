"""np.delete given a bool position hands it on as an int, whose text its parser refuses (int_ind="True" listed after the axis, an unparsable axis refused first, before its range is checked), as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()
a = np.array([[1., 2, 3], [4, 5, 6]])
for o, ax in [(True, None), (True, 1), (False, 5), (True, 'x'), (1, None), (np.array([True, False, True]), 1)]:
    try:
        print(repr(o), repr(ax), np.delete(a, o, axis=ax))
    except (mx.base.MXNetError, ValueError, TypeError) as e:
        print(repr(o), repr(ax), type(e).__name__, str(e).strip().splitlines()[-1][:200])
