# mx.np reads of one element by integers are views of the array, as MXNet's: writes through them reach the
# array and the array's later changes show in them, with NumPy semantics (0-d) and without (shape (1,)).
import mxnet as mx

for mode in ("legacy", "numpy"):
    if mode == "numpy":
        mx.npx.set_np()
    for key in ((1, 2), 1, (1,), (-1, -1), (0, slice(1, 2))):
        a = mx.np.arange(12).reshape(3, 4)
        b = a[key]
        try:
            b[...] = -1
        except IndexError:
            b[()] = -1      # a 0-d array takes () only
        print(mode, key, b.shape, a.asnumpy().tolist())
        a = mx.np.arange(12).reshape(3, 4)
        b = a[key]
        a += 100
        print(mode, key, "after a += 100", b.asnumpy().tolist())
