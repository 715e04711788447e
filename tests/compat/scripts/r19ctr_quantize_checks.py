"""The quantization operators' shape and type inference refusals, quantized_concat's input count, and the
quantized operators MXNet's CPU build cannot run."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        r = r if isinstance(r, (list, tuple)) else [r]
        print(label, "->", [(x.dtype.__name__, x.asnumpy().tolist()) for x in r])
    except Exception as e:
        print(label, "->", words(e))


def arrays(dtypes, low=(-2,)):
    return [nd.array(v, dtype=t) for v, t in zip(([[1, 2]], list(low), [2]), dtypes)]


c = nd.contrib
for op in ["quantize", "dequantize", "requantize"]:
    for dtypes in [("float32", "float32", "float32"), ("int8", "float32", "float32"), ("int32", "float32", "float32"),
                   ("float64", "float32", "float32"), ("int8", "float64", "float32"), ("int32", "float32", "float16"),
                   ("uint8", "int32", "float32")]:
        attempt(f"{op} {dtypes}", lambda: getattr(c, op)(*arrays(dtypes)))
    attempt(f"{op} two-value range", lambda: getattr(c, op)(*arrays(("float64", "float64", "float32"), (-2, 1))))
    attempt(f"{op} (1, 1) range", lambda: getattr(c, op)(*arrays(("int8", "float32", "float32"), ([-2],))))
x, r = nd.array([[[[10, -20], [30, 40]]]], dtype="int8"), [nd.array([v]) for v in (-1., 2., -1., 1.)]
attempt("quantized_concat counted", lambda: c.quantized_concat(x, x, *r, dim=1))
attempt("quantized_concat num_args=2", lambda: c.quantized_concat(x, x, *r, dim=1, num_args=2))
attempt("quantized_concat num_args=3", lambda: c.quantized_concat(x, x, *r, dim=1, num_args=3))
print(mx.sym.contrib.quantized_concat(mx.sym.var("a"), mx.sym.var("b"), num_args=2, name="qc").list_arguments())
attempt("quantized_elemwise_mul", lambda: c.quantized_elemwise_mul(x, x, *r))
attempt("quantized_elemwise_mul float", lambda: c.quantized_elemwise_mul(x, x, *r, enable_float_output=True))
u = nd.array([[[[10, 20], [30, 41]]]], dtype="uint8")
attempt("global pool without kernel", lambda: c.quantized_pooling(u, r[0], r[1], global_pool=True, pool_type="avg"))
attempt("global pool with kernel", lambda: c.quantized_pooling(u, r[0], r[1], global_pool=True, kernel=(1, 1),
                                                                 pool_type="avg"))
attempt("pool without kernel", lambda: c.quantized_pooling(u, r[0], r[1]))
