"""np.insert parses its attributes in the order MXNet lists them (a bool place refused as int_ind, the axis, a bool value), and refuses an index array of more than one dimension before the axis range and the index type, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()
a = np.array([[1., 2, 3], [4, 5, 6]])
for o, v, ax in [(np.array([[0, 1]], dtype='int64'), 2, None), (np.array([[0, 1]]), a, 1), (np.array([[0, 1]], dtype='int64'), a, 5), (True, 2, 5), (True, True, None), (False, a, 'x')]:
    try:
        print(np.insert(a, o, v, axis=ax))
    except Exception as e:
        print(type(e).__name__, str(e)[:400])
for o, ax in [(True, None), (True, 1), (False, 5), (True, 'x')]:
    try:
        print(np.delete(a, o, axis=ax))
    except Exception as e:
        print(type(e).__name__, str(e)[:400])
