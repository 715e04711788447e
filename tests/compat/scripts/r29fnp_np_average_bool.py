"""mx.np.average of a bool array fails when read at its own kernel's line; an array made from Python bools is float32 and averages."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, f):
    try:
        r = f()
        text = "%s %s %s" % (r.dtype, r.shape, r.tolist())
    except Exception as e:  # noqa: BLE001
        text = "%s %r" % (type(e).__name__, str(e))
    print(label, text)


a = np.array([[10., 7, 4, 1], [3, 2, 1, 8]])
show("average of a comparison", lambda: np.average(a > 3))
show("average of a comparison along an axis", lambda: np.average(a > 3, axis=1))
show("average of Python bools", lambda: np.average(np.array([[True, False], [True, True]])))
show("average of Python bools weighted", lambda: np.average(np.array([[True, False], [True, True]]), axis=0,
                                                            weights=np.array([[1., 0], [1, 1]])))
