# Without NumPy shape semantics MXNet's np.empty and its range/eye operators still make zero-size (and 0-d for
# empty) arrays; zeros/ones/full and identity refuse them, and the operators reading such arrays fail.
import mxnet as mx

def run(tag, fn):
    try:
        r = fn()
        print(tag, type(r).__name__, r.shape, r.dtype, r.asnumpy().tolist() if r.size else [])
    except Exception as e:
        print(tag, "error", type(e).__name__)

run("empty_0", lambda: mx.np.empty((0,)))

run("empty_0x3_int", lambda: mx.np.empty((0, 3), dtype="int32"))
run("zeros_0", lambda: mx.np.zeros((0,)))
run("ones_0", lambda: mx.np.ones((2, 0)))
run("full_0", lambda: mx.np.full((0,), 1))
run("arange_down", lambda: mx.np.arange(0, -5))
run("arange_0", lambda: mx.np.arange(0))
run("arange_none", lambda: mx.np.arange(None))
run("arange_none_3", lambda: mx.np.arange(None, 3))
run("arange_3_none_2", lambda: mx.np.arange(3, None, 2))
run("linspace_0", lambda: mx.np.linspace(0, 10, 0))
run("logspace_0", lambda: mx.np.logspace(0, 1, 0))
run("eye_0", lambda: mx.np.eye(0))
run("eye_3x0", lambda: mx.np.eye(3, 0))
run("eye_0_int", lambda: mx.np.eye(0, dtype="int32"))
run("identity_0", lambda: mx.np.identity(0))
run("indices_0x2", lambda: mx.np.indices((0, 2)))
run("arange_0_times", lambda: mx.np.arange(0) * 2)
run("arange_0_sum", lambda: mx.np.arange(0, -5).sum())
run("arange_0_slice", lambda: mx.np.arange(0)[:])
print(mx.np.empty(()).shape, len(mx.np.arange(0)), mx.np.arange(0).tolist())
