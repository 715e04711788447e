"""take with bool indices selects as with 0/1 and its backward fails when the gradient is read (the backward kernel has no bool index type), as MXNet does."""
import mxnet as mx

nd = mx.nd
for dt in ("float16", "float32", "float64"):
    for axis, mode in ((0, "clip"), (1, "wrap")):
        x = nd.array([[0, 1], [2, 3], [4, 5]], dtype=dt)
        x.attach_grad()
        with mx.autograd.record():
            y = nd.take(x, nd.array([1, 0, 1], dtype="bool"), axis=axis, mode=mode)
        y.backward()
        print(dt, axis, mode, y.asnumpy().tolist())
        try:
            print(x.grad.asnumpy().tolist())
        except mx.base.MXNetError as e:
            print("gradient:", "Unknown type enum 7" in str(e))
        for idt in ("int8", "uint8", "int64", "float16"):
            with mx.autograd.record():
                z = nd.take(x, nd.array([1, 0, 2], dtype=idt), axis=axis, mode=mode) * 2
            z.backward()
            print(idt, x.grad.asnumpy().tolist())
