"""The softmax family on non-float data: the result is made, and reading it fails with the kernel's words."""
import mxnet as mx

nd = mx.nd
cases = []
for dtype in ("int32", "int8", "uint8", "bool", "int64"):
    x = nd.ones((2, 3), dtype=dtype)
    cases += [(f"softmax {dtype}", lambda x=x: nd.softmax(x)), (f"log_softmax {dtype}", lambda x=x: nd.log_softmax(x, axis=0)),
              (f"softmin {dtype}", lambda x=x: nd.softmin(x, temperature=2.)),
              (f"softmax length {dtype}", lambda x=x: nd.softmax(x, nd.array([1, 2], dtype="int32"), use_length=True)),
              (f"softmax float64 out {dtype}", lambda x=x: nd.softmax(x, dtype="float64")),
              (f"hard_sigmoid {dtype}", lambda x=x: nd.hard_sigmoid(x))]
cases += [("softmax int32 axis 2", lambda: nd.softmax(nd.ones((2, 3), dtype="int32"), axis=2)),
          ("softmax empty int32", lambda: nd.softmax(nd.ones((0, 3), dtype="int32"))),
          ("MakeLoss bool", lambda: nd.MakeLoss(nd.ones((2, 3), dtype="bool"))),
          ("MakeLoss int8", lambda: nd.MakeLoss(nd.ones((2, 3), dtype="int8")))]
for name, f in cases:
    try:
        r = f()
        print(name, "made", r.shape, r.dtype.__name__)
        print(name, r.asnumpy().tolist())
    except mx.base.MXNetError as e:
        line = str(e).strip().splitlines()[-1]
        for words in ("This operation", "Unknown type", "Check failed"):
            if words in line:
                line = line[line.index(words):]
                break
        print(name, "MXNetError", line)
