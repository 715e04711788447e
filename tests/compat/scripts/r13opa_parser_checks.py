"""SoftmaxOutput bounds smooth_alpha to [0, 1] and cast_storage to a sparse type refuses unknown parameters, as MXNet's parsers do."""
import mxnet as mx

x = mx.nd.array([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]])
label = mx.nd.array([2, 0])


def first_line(e):
    text = str(e).strip()
    text = text[text.rindex("MXNetError: ") + 12:] if "MXNetError: " in text else text
    return text.splitlines()[0]


for alpha in (0.0, 0.25, 1.0, 1.5, -0.5, 2):
    for label_, call in (("nd.SoftmaxOutput", lambda: mx.nd.SoftmaxOutput(x, label, smooth_alpha=alpha)),
                         ("nd.Softmax", lambda: mx.nd.Softmax(x, label, smooth_alpha=alpha)),
                         ("sym.SoftmaxOutput", lambda: mx.sym.SoftmaxOutput(mx.sym.var("x"), smooth_alpha=alpha))):
        try:
            r = call()
            print(label_, alpha, "ok", r.asnumpy().round(5).tolist() if isinstance(r, mx.nd.NDArray) else r.list_arguments())
        except mx.base.MXNetError as e:
            print(label_, alpha, "MXNetError", first_line(e))

for stype in ("csr", "row_sparse", "default"):
    try:
        mx.nd.cast_storage(x, stype=stype, bogus=1)
    except mx.base.MXNetError as e:
        print("cast_storage", stype, "MXNetError", first_line(e))
    print("cast_storage", stype, mx.nd.cast_storage(x, stype=stype).stype)
