# mx.np.array of a list holding arrays: without NumPy shape semantics numpy's item-by-item read of a 1-d array
# never reaches a scalar (MXNet's TypeError); 0-d items, or NumPy semantics, make the stacked array.
import mxnet as mx


def run(tag, fn):
    try:
        r = fn()
        print(tag, r.shape, r.asnumpy().tolist())
    except Exception as e:
        print(tag, "error", type(e).__name__)


for mode in ("legacy", "numpy"):
    if mode == "numpy":
        mx.npx.set_np()
    run(mode + " legacy_items", lambda: mx.np.array([mx.nd.array([1]), mx.nd.array([2])]))
    run(mode + " np_items", lambda: mx.np.array([mx.np.array([1]), mx.np.array([2])]))
    run(mode + " scalar_items", lambda: mx.np.array([mx.np.array(1), mx.np.array(2)]))
    run(mode + " tuple_item", lambda: mx.np.array((mx.np.array([1.5]),)))
    run(mode + " nested_scalar", lambda: mx.np.array([[mx.np.array(1)]]))
    run(mode + " nested_vector", lambda: mx.np.array([[mx.np.array([1, 2])]]))
    run(mode + " mixed", lambda: mx.np.array([mx.np.array([1]), 2]))
