"""A backward through float-only layers given bool data runs without a Python error, the gradient read first failing with the forward kernel's unknown-type refusal, and integer data fails when the output is read, in MXNet's words."""
import mxnet as mx

nd = mx.nd
CALLS = {
    "Activation": lambda x: nd.Activation(x, act_type="tanh"),
    "LeakyReLU": lambda x: nd.LeakyReLU(x, act_type="elu"),
    "GroupNorm": lambda x: nd.GroupNorm(x.reshape((1, 2, 3)), nd.ones((1,), dtype=x.dtype),
                                        nd.zeros((1,), dtype=x.dtype)),
    "LinearRegressionOutput": lambda x: nd.LinearRegressionOutput(x, x),
    "LogisticRegressionOutput": lambda x: nd.LogisticRegressionOutput(x, x),
    "SoftmaxOutput": lambda x: nd.SoftmaxOutput(x, nd.ones((2,), dtype=x.dtype)),
    "Pooling": lambda x: nd.Pooling(x.reshape((1, 1, 2, 3)), kernel=(2, 2), pool_type="avg"),
}
for name, call in CALLS.items():
    for dt in ("bool", "int8", "int32"):
        x = nd.array([[1, 0, 1], [0, 1, 1]], dtype=dt)
        x.attach_grad()
        with mx.autograd.record():
            y = call(x)
        y.backward()
        shown = (("gradient", x.grad),) if dt == "bool" else (("output", y),)     # (read once: then garbage)
        for what, arr in shown:
            try:
                print(name, dt, what, arr.asnumpy().ravel().tolist())
            except mx.base.MXNetError as e:
                text = str(e)
                words = [w for w in ("Unknown type enum 7", "only support floating point types") if w in text]
                print(name, dt, what, "fails:", text[text.index(words[0]):].split(";")[0] if words else "?")
