"""Bool data through executors: the reductions other than sum have no bool gradient kernel, amp_cast has no
bool kernel at all (MXNetError), while sum, cumsum and the shape ops pass bool gradients through."""
import numpy as np
import mxnet as mx


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:      # noqa: BLE001 - the class is what is compared
        print(label, type(e).__name__)


def run(op, **kw):
    x = mx.sym.var('x')
    sym = getattr(mx.sym, op)(x, **kw)
    data = mx.nd.array(np.array([[1, 0, 1], [1, 1, 0]]), dtype='bool')
    ex = sym.bind(mx.cpu(), {'x': data}, args_grad={'x': mx.nd.zeros((2, 3), dtype='bool')})
    out = ex.forward(is_train=True)[0].asnumpy()
    ex.backward(mx.nd.ones(out.shape, dtype=out.dtype))
    return out.dtype, out.tolist(), ex.grad_arrays[0].asnumpy().tolist()


for op, kw in [("sum", {}), ("mean", {}), ("prod", {}), ("max", {}), ("min", {}), ("nansum", {}), ("nanprod", {}),
               ("norm", {}), ("max", {"axis": 1}), ("mean", {"axis": 0}), ("cumsum", {"axis": 1}),
               ("flatten", {}), ("expand_dims", {"axis": 0}), ("amp_cast", {"dtype": "float16"}),
               ("Cast", {"dtype": "float16"})]:
    attempt(f"{op} {kw}", lambda: run(op, **kw))
