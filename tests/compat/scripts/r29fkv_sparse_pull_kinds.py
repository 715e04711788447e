"""kv.pull with ignore_sparse=False between storage kinds: a sparse value copies only into dense outputs or its own
kind (the refusal raised when the output is read); once 'device' has made its merge buffers it copies through them
(there is none for csr), and a dense buffer fills sparse outputs (a sparse one dense outputs) of its dtype only;
row_sparse_pull of a csr value names its storage type."""
# recorded on AVX2
import mxnet as mx
import numpy as np
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", words(e))


def shown(out):
    try:
        return out.stype, np.dtype(out.dtype).name, out.asnumpy().tolist()
    except Exception as e:
        return words(e)


def output(stype, dtype="float32"):
    return mx.nd.zeros((2, 2), dtype=dtype) if stype == "default" else mx.nd.sparse.zeros(stype, (2, 2), dtype=dtype)


values = np.array([[0, 1.5], [2, 0]], dtype="float32")
kinds = [("dense", lambda: mx.nd.array(values)), ("row_sparse", lambda: mx.nd.array(values).tostype("row_sparse")),
         ("csr", lambda: mx.nd.sparse.csr_matrix(values))]
layouts = [[("row_sparse", "float32")], [("csr", "float64")], [("row_sparse", "int32")], [("csr", "float16")],
           [("default", "int32"), ("csr", "float32"), ("row_sparse", "float32"), ("default", "float32")],
           [("row_sparse", "int32"), ("default", "float32"), ("csr", "float32")],
           [("default", "float32"), ("csr", "int32"), ("default", "float16")]]

for name in ["local", "device"]:
    for made in (False, True):
        kv = mx.kv.create(name)
        kv.init([0, 1, 2, 3], [make() for _, make in kinds] + [mx.nd.ones(2)])
        if made:        # a sum of several arrays: 'device' makes its merge buffers
            kv.push(3, [mx.nd.ones(2), mx.nd.ones(2)])
        for key, (kind, _) in enumerate(kinds):
            for layout in layouts if name == "local" else layouts[:4]:     # ('device' relays several outputs)
                outs = [output(*spec) for spec in layout]
                label = f"{name} made={made} {kind} key {key} -> {layout}"
                attempt(label, lambda: kv.pull(key, out=outs, ignore_sparse=False))
                print("   ", [shown(o) for o in outs])
            attempt(f"{name} made={made} row_sparse_pull of the {kind} key",
                    lambda: kv.row_sparse_pull(key, out=output("row_sparse"), row_ids=mx.nd.array([0])))
