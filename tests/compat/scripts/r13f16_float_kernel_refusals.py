"""Float-only layers given bool or integer data: type inference refuses first (mixed types, at the call), then the kernel's type switch (bool an unknown type, no comma for 1-byte types), at the call or when read as in MXNet."""
import mxnet as mx

nd = mx.nd
PHRASES = ("Unknown type enum", "only support floating", "requires uniform type", "Incompatible attr",
           "Channel axis out of range", "At lease", "Expected: ")


def essence(text):
    hits = [text[text.index(p):].splitlines()[0] for p in PHRASES if p in text]
    return min(hits, key=len).split(";")[0].split(" (")[0] if hits else "?"


def show(title, f):
    try:
        r = f()
    except mx.base.MXNetError as e:
        print(title, "| at the call:", essence(str(e)))
        return
    try:
        r.wait_to_read()
        print(title, "|", r.dtype.__name__, r.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(title, "| when read:", essence(str(e)))


def ones(shape, dt="float32"):
    return nd.ones(shape, dtype=dt)


for dt in ("bool", "int8", "uint8", "int32", "int64"):
    show("Activation tanh " + dt, lambda: nd.Activation(ones((2, 3), dt), act_type="tanh"))
    show("LeakyReLU elu " + dt, lambda: nd.LeakyReLU(ones((2, 3), dt), act_type="elu"))
    show("L2Normalization " + dt, lambda: nd.L2Normalization(ones((2, 3), dt)))
    show("L2Normalization channel 2-D " + dt, lambda: nd.L2Normalization(ones((2, 3), dt), mode="channel"))
    show("LayerNorm " + dt, lambda: nd.LayerNorm(ones((2, 3), dt), ones((3,), dt), ones((3,), dt)))
    show("LayerNorm float32 gamma " + dt, lambda: nd.LayerNorm(ones((2, 3), dt), ones((3,)), ones((3,))))
    show("softmax_cross_entropy " + dt, lambda: nd.softmax_cross_entropy(ones((2, 3), dt), ones((2,), dt)))
    show("SoftmaxOutput " + dt, lambda: nd.SoftmaxOutput(ones((2, 3), dt), ones((2,), dt)))
    show("SoftmaxOutput float32 label " + dt, lambda: nd.SoftmaxOutput(ones((2, 3), dt), ones((2,))))
    show("BatchNorm " + dt, lambda: nd.BatchNorm(ones((2, 3), dt), ones((3,)), ones((3,)), ones((3,)), ones((3,))))
    show("BatchNorm axis 5 " + dt, lambda: nd.BatchNorm(ones((2, 3), dt), ones((3,)), ones((3,)), ones((3,)),
                                                         ones((3,)), axis=5))
    show("SoftmaxActivation " + dt, lambda: nd.SoftmaxActivation(ones((2, 3), dt)))

show("BatchNorm float16 short float16 gamma", lambda: nd.BatchNorm(
    ones((2, 3, 2), "float16"), ones((2,), "float16"), ones((2,)), ones((2,)), ones((2,))))
show("BatchNorm float64 short beta float16 gamma", lambda: nd.BatchNorm(
    ones((2, 3, 2), "float64"), ones((3,), "float16"), ones((2,)), ones((3,)), ones((3,))))
show("LayerNorm float32 bool gamma", lambda: nd.LayerNorm(ones((2, 3)), ones((3,), "bool"), ones((3,))))
show("SoftmaxOutput float16 bool label", lambda: nd.SoftmaxOutput(ones((2, 3), "float16"), ones((2,), "bool")))
