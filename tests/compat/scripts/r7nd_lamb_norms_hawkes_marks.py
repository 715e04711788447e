# lamb_update_phase2 (and mp_) check the first axis of the norms r1 and r2 is 1; hawkesll takes int32 marks only
import mxnet as mx
import numpy as np
w, g = mx.nd.ones((2, 3)), mx.nd.ones((2, 3)) * 0.5
for s1, s2 in [((1,), (1,)), ((1,), (2,)), ((1, 3), (1,)), ((2,), (1,)), ((1,), (1, 1)), ((2, 3), (2, 3))]:
    r1, r2 = mx.nd.ones(s1) * 2, mx.nd.ones(s2) * 4
    for name, f in [("lamb_update_phase2", lambda: mx.nd.lamb_update_phase2(w, g, r1, r2, lr=0.5)),
                    ("mp_lamb_update_phase2",
                     lambda: mx.nd.mp_lamb_update_phase2(w.astype("float16"), g, r1, r2, w, lr=0.5))]:
        try:
            print(name, s1, s2, f().asnumpy().tolist())
        except mx.base.MXNetError as e:
            print(name, s1, s2, "MXNetError", "shape incorrect" in str(e))
A = lambda v, d="float64": mx.nd.array(np.array(v), dtype=d)
for md in ["int32", "int64", "float32", "uint8", "float64"]:
    try:
        r = mx.nd.contrib.hawkesll(A([[1.86, 1.56]]), A([0.6, 0.42]), A([2.7, 2.9]), A([[0.77, 1.58]]), A([[0.92]]),
                                   A([[1]], md), A([1.0]), A([2.6]))
        print("hawkesll", md, [x.asnumpy().tobytes().hex() for x in r])
    except mx.base.MXNetError as e:
        print("hawkesll", md, "MXNetError", "Type inconsistent" in str(e))
