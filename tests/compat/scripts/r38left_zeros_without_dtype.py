"""_internal._zeros_without_dtype: a symbol takes its dtype from the graph around it, an NDArray call from out= only."""
import mxnet as mx

nd = mx.nd


def show(f):
    try:
        r = f()
        print(r.dtype.__name__ if hasattr(r, "dtype") else "", r.shape if hasattr(r, "shape") else "", repr(r))
    except Exception as e:
        print(type(e).__name__, str(e).replace("\n", " | "))


show(lambda: nd._internal._zeros_without_dtype(shape=(2, 3)))
show(lambda: nd._internal._zeros_without_dtype(shape=(2, 3), dtype="int32"))
show(lambda: nd._internal._zeros_without_dtype(shape=(2, 3), dtype=1))
show(lambda: nd._internal._zeros_without_dtype())
for dt in ("float16", "int32", "float64"):
    o = nd.ones((2, 3), dtype=dt)
    show(lambda: nd._internal._zeros_without_dtype(shape=(2, 3), out=o))
    show(lambda: nd._internal._zeros_without_dtype(out=o))
show(lambda: nd._internal._zeros_without_dtype(shape=(3, 3), out=nd.ones((2, 3))))

a = mx.sym.var("a")
z = mx.sym._internal._zeros_without_dtype(shape=(2, 3), name="z")
print(z, z.list_arguments(), z.infer_shape(), z.infer_type_partial() if hasattr(z, "infer_type_partial") else "")
print(z.tojson())
for dt in ("float16", "int32", "float64"):
    print(dt, (a + z).infer_type(a=dt), (a * z).infer_shape(a=(2, 3)))
    show(lambda: (a + z).eval(a=nd.ones((2, 3), dtype=dt))[0])
z2 = mx.sym._internal._zeros_without_dtype()
print((a + z2).infer_shape(a=(4, 2)))
show(lambda: (a + z2).eval(a=nd.ones((4, 2), dtype="float16"))[0])
show(lambda: z.eval()[0])
show(lambda: mx.sym.Group([z, a * 2]).eval(a=nd.ones((2,)))[0])
show(lambda: z.simple_bind(mx.cpu()).outputs[0])
e = (a + z).simple_bind(mx.cpu(), a=(2, 3), type_dict={"a": "float64"})
show(lambda: e.forward()[0])
