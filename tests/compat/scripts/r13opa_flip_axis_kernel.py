"""flip (reverse) checks its axes in its kernel: a negative or too large axis infers the input's shape and fails when the result is read, in NDArray calls and executors alike, as MXNet does."""
import mxnet as mx

data = mx.nd.array([[1, 2, 3], [4, 5, 6]])
x = mx.sym.var("x")
for axis in ((1,), 0, (0, 0), (0, 1), (-1,), -2, (2,), (0, 5)):
    print(axis, "infer_shape", mx.sym.flip(x, axis=axis).infer_shape(x=(2, 3))[1])
    y = mx.nd.flip(data, axis=axis)
    print(axis, "created", y.shape)
    for label, read in (("nd", lambda: y.asnumpy()),
                        ("executor", lambda: mx.sym.flip(x, axis=axis).bind(mx.cpu(), {"x": data}).forward()[0].asnumpy())):
        try:
            print(axis, label, read().tolist())
        except mx.base.MXNetError as e:
            text = str(e)
            print(axis, label, "MXNetError", text[text.index("Check failed"):].splitlines()[0])
