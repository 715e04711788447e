"""mx.np creation functions given an mx.np array as shape: MXNet parses the array's text as the shape attribute."""
import mxnet as mx
np = mx.np
mx.npx.set_np()


def run(label, make):
    try:
        r = make()
        print(label, r.dtype, r.shape, r.asnumpy().tolist())
    except Exception as e:      # the error class is part of the behaviour
        print(label, type(e).__name__)


for shape_label, shape in [("int 0-d", lambda: np.array(3, dtype="int32")), ("float 0-d", lambda: np.array(3.)),
                           ("one int", lambda: np.array([2], dtype="int64")), ("two ints", lambda: np.array([2, 3])),
                           ("empty", lambda: np.zeros((0, 3))), ("one float", lambda: np.array([2.]))]:
    run(f"ones {shape_label}", lambda: np.ones(shape()))
    run(f"full {shape_label}", lambda: np.full(shape(), 7))
    run(f"zeros {shape_label}", lambda: np.zeros(shape()))
