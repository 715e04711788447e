# MXNet's slice kernels are compiled for up to 5 dimensions: each operator refuses a larger array in its own code.
# recorded on AVX2
import mxnet as mx
x = mx.nd.ones((2,) * 6)
def setarr(): x[:, 0] = mx.nd.zeros((2,) * 5)
def setnum(): x[:, 0] = 1.0; x.wait_to_read()
for label, f in [("getitem", lambda: x[:, 0]), ("slice", lambda: mx.nd.slice(x, begin=(0, 0), end=(1, 1))),
                 ("set array", setarr), ("set number", setnum),
                 ("slice_like", lambda: mx.nd.slice_like(x, mx.nd.ones((1,) * 6)).wait_to_read()),
                 ("np getitem", lambda: mx.np.ones((2,) * 6)[:, 0])]:
    try:
        f(); print(label, "ok")
    except Exception as e:
        print(label, repr(str(e)))
