# mx.np.full: a legacy NDArray fill or out is MXNet's TypeError; an array fill makes a new array and leaves out as
# it is, a number fill writes into out.
import mxnet as mx


def run(tag, fill, out=None):
    try:
        r = mx.np.full((2,), fill, out=out)
        print(tag, type(r).__name__, r is out, r.asnumpy().tolist(), None if out is None else out.asnumpy().tolist())
    except Exception as e:
        print(tag, "error", type(e).__name__)


run("legacy_fill", mx.nd.array([3]))
run("legacy_out", 3, mx.nd.zeros((2,)))
run("np_fill", mx.np.array([3]))
run("np_fill_int", mx.np.array([3], dtype="int32"))
run("number_np_out", 3, mx.np.zeros((2,)))
run("np_fill_np_out", mx.np.array([3]), mx.np.zeros((2,)))
run("np_fill_legacy_out", mx.np.array([3]), mx.nd.zeros((2,)))
