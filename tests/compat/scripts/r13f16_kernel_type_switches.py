"""Update, finiteness and khatri_rao kernels on other types fail when read in their type switches' words (bool an unknown type, no comma for 1-byte types, khatri_rao unimplemented), multi_all_finite reads every array as the first one's type, and SVMOutput and batch_take check shapes before types."""
import mxnet as mx

nd = mx.nd
PHRASES = ("Unknown type enum", "only support floating", "Not implmented", "data type do not match",
           "Shape inconsistent", "requires uniform type", "Type inconsistent", "Index array's size",
           "Data array must have")


def essence(text):
    hits = [text[text.index(p):].splitlines()[0] for p in PHRASES if p in text]
    return min(hits, key=len).split(";")[0].split(" (")[0] if hits else "?"


def show(title, f):
    try:
        y = f()
    except mx.base.MXNetError as e:
        print(title, "| at the call:", essence(str(e)))
        return
    try:
        y = y[0] if isinstance(y, (list, tuple)) else y
        print(title, "|", y.shape, y.dtype.__name__, y.asnumpy().ravel().tolist()[:4])
    except mx.base.MXNetError as e:
        print(title, "| when read:", essence(str(e)))


for dt in ("bool", "int8", "uint8", "int32", "float16"):
    def ones(shape=(2,), t=dt):
        return nd.ones(shape, dtype=t)
    show("sgd_update " + dt, lambda: nd.sgd_update(ones(), ones(), lr=0.1))
    show("adam_update " + dt, lambda: nd.adam_update(ones(), ones(), ones(), ones(), lr=0.1))
    show("multi_sum_sq " + dt, lambda: nd.multi_sum_sq(ones(), ones(), num_arrays=2))
    show("lamb_update_phase1 " + dt, lambda: nd.lamb_update_phase1(ones(), ones(), ones(), ones(), t=1, wd=0.))
    show("all_finite " + dt, lambda: nd.all_finite(ones()))
    show("multi_all_finite " + dt, lambda: nd.multi_all_finite(ones(), ones(), num_arrays=2))
    show("multi_all_finite float32 " + dt, lambda: nd.multi_all_finite(ones(t="float32"), ones(), num_arrays=2))
    show("multi_all_finite " + dt + " float32", lambda: nd.multi_all_finite(ones(), ones(t="float32"), num_arrays=2))
    show("khatri_rao " + dt, lambda: nd.khatri_rao(ones((2, 3)), ones((1, 3))))
    show("SVMOutput " + dt, lambda: nd.SVMOutput(ones((2, 3)), ones()))
    show("SVMOutput label of data's shape " + dt, lambda: nd.SVMOutput(ones((2, 3)), ones((2, 3))))
    show("SVMOutput float32 label " + dt, lambda: nd.SVMOutput(ones((2, 3)), ones(t="float32")))
    show("batch_take indices " + dt, lambda: nd.batch_take(ones((2, 3), "float32"), ones()))
    show("batch_take 1-D indices " + dt, lambda: nd.batch_take(ones((3,), "float32"), ones((3,))))
    show("batch_take indices of data's shape " + dt, lambda: nd.batch_take(ones((2, 3), "float32"), ones((2, 3))))
show("multi_all_finite float16 float64 float32", lambda: nd.multi_all_finite(
    nd.ones((2,), dtype="float16"), nd.ones((2,), dtype="float64"), nd.ones((2,)), num_arrays=3))
