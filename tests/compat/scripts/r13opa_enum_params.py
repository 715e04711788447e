"""MakeLoss's normalization, UpSampling's multi_input_mode and dot's and batch_dot's forward_stype are checked against their values when a symbol is created and when an NDArray call is made, as MXNet's parser does."""
import mxnet as mx

x, y = mx.sym.var("x"), mx.sym.var("y")
calls = [
    ("MakeLoss", "normalization", lambda f, **k: f.MakeLoss(x if f is mx.sym else mx.nd.ones((2, 3)), **k)),
    ("UpSampling", "multi_input_mode", lambda f, **k: f.UpSampling(x if f is mx.sym else mx.nd.ones((1, 2, 2, 2)),
                                                                    scale=2, sample_type="nearest", **k)),
    ("dot", "forward_stype", lambda f, **k: f.dot(*((x, y) if f is mx.sym else (mx.nd.ones((2, 3)), mx.nd.ones((3, 2)))),
                                                  **k)),
    ("batch_dot", "forward_stype", lambda f, **k: f.batch_dot(
        *((x, y) if f is mx.sym else (mx.nd.ones((2, 2, 3)), mx.nd.ones((2, 3, 2)))), **k)),
]
for name, key, call in calls:
    for f in (mx.nd, mx.sym):
        for value in ("bogus", "valid", "sum", "default", None):
            label = f"{name} {'nd' if f is mx.nd else 'sym'} {key}={value}"
            try:
                r = call(f, **{key: value})
                print(label, "ok", r.shape if f is mx.nd else r.list_arguments())
            except mx.base.MXNetError as e:
                text = str(e)
                print(label, "MXNetError", text[text.index("Invalid Input"):].split(", in operator")[0])
