"""quantize, quantize_v2 and quantize_asym refuse data of other types than float32 (quantize_v2 passing int8 and uint8 through) with each operator's own type-inference check, as MXNet does."""
import mxnet as mx

nd = mx.nd
CALLS = {
    "quantize": lambda x: nd.contrib.quantize(x, nd.array([-1.0]), nd.array([1.0])),
    "quantize_v2": lambda x: nd.contrib.quantize_v2(x),
    "quantize_asym": lambda x: nd.contrib.quantize_asym(x),
}
for dt in ("float16", "float64", "int32", "int8", "uint8", "bool"):
    for name, call in CALLS.items():
        try:
            out = call(nd.ones((2, 2), dtype=dt))
            print(name, dt, out[0].dtype.__name__, out[0].asnumpy().ravel().tolist())
        except mx.base.MXNetError as e:
            text = str(e)
            start = min(i for i in (text.find("Type inconsistent"), text.find("Check failed")) if i >= 0)
            print(name, dt, text[start:].splitlines()[0].replace("mshadow: :", "mshadow::").rstrip())
