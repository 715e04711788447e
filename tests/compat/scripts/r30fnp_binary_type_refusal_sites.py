"""mx.np binary kernels refusing a pair of types (and type disagreements) name MXNet's source line of the check."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, autograd


def A(dtype):
    return np.array([1, 2], dtype=dtype)


def show(label, f):
    try:
        r = f()
        r.asnumpy()
        print(label, "ok", r.dtype)
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__, " | ".join(str(e).split("\n")[:3]))


for fn, a, b in [("true_divide", "float16", "float32"), ("true_divide", "float64", "float16"),
                 ("true_divide", "int8", "uint8"), ("true_divide", "bool", "int32"), ("true_divide", "int32", "int64"),
                 ("mod", "int8", "uint8"), ("mod", "bool", "int32"), ("remainder", "int32", "int64"),
                 ("subtract", "bool", "int8"), ("subtract", "int64", "int32"),
                 ("mod", "bool", "bool"), ("copysign", "bool", "bool"), ("ldexp", "bool", "bool"),
                 ("add", "int8", "uint8"), ("multiply", "int8", "uint8"), ("power", "int8", "uint8"),
                 ("bitwise_and", "bool", "int32"), ("bitwise_or", "int8", "uint8"), ("lcm", "int64", "bool"),
                 ("copysign", "float32", "uint8")]:
    show(f"{fn} {a} {b}", lambda: getattr(np, fn)(A(a), A(b)))
show("operator / float32 float64", lambda: A("float32") / A("float64"))
show("operator % uint8 bool", lambda: A("uint8") % A("bool"))
show("true_divide out=", lambda: np.true_divide(A("int32"), A("int8"), out=np.zeros(2)))
show("nd elemwise_add types", lambda: mx.nd.elemwise_add(mx.nd.ones(2), mx.nd.ones(2, dtype="float16")))
show("nd elemwise_add shapes", lambda: mx.nd.elemwise_add(mx.nd.ones(2), mx.nd.ones(3)))
for fn in ["multiply", "add", "power"]:
    x, y = A("int32"), A("bool")
    x.attach_grad()
    y.attach_grad()

    def backward():
        with autograd.record():
            z = getattr(np, fn)(x, y)
        z.backward()
        return x.grad
    show(f"{fn} backward int32 bool", backward)
