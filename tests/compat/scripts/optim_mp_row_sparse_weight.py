"""multi_precision updates of a float16 row_sparse weight: the float32 master is updated, then writing it back
into the sparse weight fails with MXNet's TypeError; a dense float16 weight is updated through its master."""
import mxnet as mx, numpy as np
opt = mx.optimizer.create('test', rescale_grad=2, multi_precision=True)
w = mx.nd.ones((3,2), dtype='float16').tostype('row_sparse')
st = opt.create_state_multi_precision(0, w)
print(type(st).__name__, [type(s).__name__ for s in st])
g = (mx.nd.ones((3,2), dtype='float16')*3).tostype('row_sparse')
try:
    opt.update_multi_precision(0, w, g, st); print(w.asnumpy())
except Exception as e: print('EXC', type(e).__name__, w.asnumpy().tolist(), st[0].asnumpy().tolist())
wd = mx.nd.ones((3,2), dtype='float16'); st = opt.create_state_multi_precision(0, wd)
opt.update_multi_precision(0, wd, g.tostype('default'), st); print(wd.asnumpy())
