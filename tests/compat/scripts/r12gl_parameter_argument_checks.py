"""Parameter's grad_req check words a tuple as MXNet's %-formatted message does (its item, or a TypeError)."""
import mxnet as mx

for value in ((2,), (2, 3), [1], "x", ("a",), (), None, "write"):
    for kind in ("grad_req", "stype", "grad_stype"):
        try:
            p = mx.gluon.Parameter("w", **{kind: value})
            print(kind, value, "ok", p.grad_req)
        except Exception as e:
            print(kind, value, type(e).__name__, e)

for args in (("w", (2,), "float64"), ("w", "add", (3,)), ("w", "null", 3, "float16")):
    try:
        p = mx.gluon.Parameter(*args)
        print(p, p.grad_req)
    except Exception as e:
        print(type(e).__name__, e)
net = mx.gluon.nn.Dense(2, in_units=2)
for value in (("add",), ("x", "y"), "bogus"):
    try:
        net.collect_params().setattr("grad_req", value)
        print(value, [q.grad_req for q in net.collect_params().values()])
    except Exception as e:
        print(value, type(e).__name__, e)
