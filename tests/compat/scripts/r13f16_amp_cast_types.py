"""amp_cast gives float16/float32 data the target type and keeps any other data's type (float64, int64 and bool failing in oneDNN when read), and amp_multicast's symbol type inference follows the operator's rule, as MXNet's type rules do."""
import mxnet as mx

nd = mx.nd
for src in ("float64", "int32", "int8", "int64", "bool", "float16", "float32"):
    for dst in ("float16", "float32", "float64", "int32"):
        y = nd.amp_cast(nd.array([1.5, 2], dtype=src), dtype=dst)
        try:
            text = str(y.asnumpy().tolist())
        except mx.base.MXNetError as e:
            text = str(e)[str(e).index("unknown type"):].splitlines()[0]
        inferred = mx.sym.amp_cast(mx.sym.var("x"), dtype=dst).infer_type(x=src)[1][0].__name__
        print(src, dst, y.dtype.__name__, text, "| symbol:", inferred)
for narrow in (False, True):
    for types in [("int32", "float16"), ("float64", "float16"), ("float64", "float16", "float32"), ("int8", "float16"),
                  ("float32", "float16"), ("float16", "int32")]:
        args = [mx.sym.var("x%d" % i) for i in range(len(types))]
        s = mx.sym.amp_multicast(*args, num_outputs=len(types), cast_narrow=narrow)
        print(narrow, types, [t.__name__ for t in s.infer_type(**{"x%d" % i: t for i, t in enumerate(types)})[1]])
