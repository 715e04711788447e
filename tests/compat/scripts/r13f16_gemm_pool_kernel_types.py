"""Convolution, Deconvolution, Pooling, UpSampling, FullyConnected, dot and batch_dot on bool, integer and float16 data: shapes infer at the call, the kernel's type check fails when read, in MXNet's words."""
import mxnet as mx

nd = mx.nd
PHRASES = ("Unknown type enum", "only support floating", "dot only supports", "FP16 gemm", "Unsupported type",
           "only supported by CuDNN", "could not create a descriptor")


def essence(text):
    hits = [text[text.index(p):].splitlines()[0] for p in PHRASES if p in text]
    return min(hits, key=len).split(";")[0].split(" (")[0].split(": ")[0].rstrip("!") if hits else "?"


def ones(shape, dt):
    return nd.ones(shape, dtype=dt)


CALLS = {
    "Convolution": lambda x: nd.Convolution(x, ones((3, 2, 2, 2), x.dtype), kernel=(2, 2), num_filter=3, no_bias=True),
    "Deconvolution": lambda x: nd.Deconvolution(x, ones((2, 3, 2, 2), x.dtype), kernel=(2, 2), num_filter=3,
                                                no_bias=True),
    "Pooling max": lambda x: nd.Pooling(x, kernel=(2, 2), pool_type="max"),
    "Pooling avg": lambda x: nd.Pooling(x, kernel=(2, 2), pool_type="avg", stride=(2, 2), pad=(1, 1)),
    "Pooling global sum": lambda x: nd.Pooling(x, global_pool=True, pool_type="sum"),
    "UpSampling nearest": lambda x: nd.UpSampling(x, scale=2, sample_type="nearest"),
    "FullyConnected": lambda x: nd.FullyConnected(x, ones((3, 18), x.dtype), num_hidden=3, no_bias=True),
    "dot": lambda x: nd.dot(x.reshape((2, 9)), ones((9, 2), x.dtype)),
    "dot transpose_b": lambda x: nd.dot(x.reshape((2, 9)), ones((2, 9), x.dtype), transpose_b=True),
    "batch_dot": lambda x: nd.batch_dot(x.reshape((2, 1, 9)), ones((2, 9, 2), x.dtype)),
}
for name, call in CALLS.items():
    for dt in ("bool", "int8", "uint8", "int32", "int64", "float16"):
        try:
            y = call(ones((1, 2, 3, 3), dt))
        except mx.base.MXNetError as e:
            print(name, dt, "| at the call:", essence(str(e)))
            continue
        try:
            y.wait_to_read()
            print(name, dt, "|", y.shape, y.dtype.__name__, y.asnumpy().ravel()[:4].tolist())
        except mx.base.MXNetError as e:
            print(name, dt, "|", y.shape, y.dtype.__name__, "when read:", essence(str(e)))
