"""GroupNorm, im2col, col2im, the regression outputs, fill_element_0index, sort and argsort of float16 and Embedding with bool indices return at once and fail when read, while split refuses bool data at the call after its shape checks, as MXNet's kernels and type inference do."""
import numpy as np
import mxnet as mx

nd = mx.nd


def o(shape, dt):
    return nd.array(np.arange(int(np.prod(shape))).reshape(shape) % 3, dtype=dt)


CALLS = {
    "GroupNorm": lambda t: nd.GroupNorm(o((2, 4, 3), t), o((2,), t), o((2,), t), num_groups=2),
    "im2col": lambda t: nd.im2col(o((1, 1, 3, 3), t), kernel=(2, 2)),
    "col2im": lambda t: nd.col2im(o((1, 4, 4), t), output_size=(3, 3), kernel=(2, 2)),
    "LinearRegressionOutput": lambda t: nd.LinearRegressionOutput(o((2, 3), t), o((2, 3), t)),
    "LogisticRegressionOutput": lambda t: nd.LogisticRegressionOutput(o((2, 3), t), o((2, 3), t)),
    "MAERegressionOutput": lambda t: nd.MAERegressionOutput(o((2, 3), t), o((2, 3), t)),
    "fill_element_0index": lambda t: nd.fill_element_0index(o((2, 2), t), o((2,), t), o((2,), t)),
    "sort": lambda t: nd.sort(o((2, 4), t)),
    "argsort": lambda t: nd.argsort(o((2, 4), t)),
    "Embedding indices": lambda t: nd.Embedding(o((2,), t), o((3, 2), "float32"), input_dim=3, output_dim=2),
    "split": lambda t: nd.split(o((2, 4), t), num_outputs=2)[0],
    "split 3": lambda t: nd.split(o((2, 4), t), num_outputs=3)[0],
}
def essence(text):
    return [text[text.index(p):].split(";")[0].split(":")[0].split(" (")[0][:60] for p in PHRASES if p in text]


PHRASES = ("Unknown type enum 7", "only support floating point types", "does not support float16",
           "data type do not match", "You are trying to split")
for name, call in CALLS.items():
    for t in ("bool", "int8", "int32", "float16", "float64"):
        try:
            y = call(t)
        except mx.base.MXNetError as e:
            print(name, t, "| at the call:", essence(str(e)))
            continue
        try:
            print(name, t, "|", y.shape, y.dtype.__name__, y.asnumpy().ravel()[:3].tolist())
        except mx.base.MXNetError as e:
            print(name, t, "| when read:", essence(str(e)))
