"""SymbolBlock from symbols whose variables carry shape, dtype, lr_mult, wd_mult and init: its Parameters ignore them (lr/wd multipliers 1.0, no initializer: the block initializer draws every value), then a Trainer step."""
import numpy as np
import mxnet as mx
import mxnet.symbol as mxs
mx.random.seed(0); np.random.seed(0)
def tr(f):
    try: r = f(); print('OK', r)
    except Exception as e: print('ERR', type(e).__name__, str(e).replace('\n',' | ')[-250:])
s_x = mxs.var('x', shape=(1, 4), dtype='float32')
s_w = mxs.var('W', shape=(4, 3), lr_mult=0.555, wd_mult=0.444, dtype='float32')
s_b = mxs.var('b', shape=(1, 3), dtype='float32', init=mx.init.One())
s_g = mxs.var('g', stype='row_sparse', shape=(1,3))
s_y = mxs.linalg.gemm(s_x, s_w, s_b) + mxs.var('c', init=mx.init.Constant(2), shape=(1,3), lr_mult=0)
fn = mx.gluon.SymbolBlock([s_y], [s_x])
for k, p in sorted(fn.collect_params().items()):
    print(k, p.shape, p.dtype, p.lr_mult, p.wd_mult, p.init, p.grad_req, p._stype if hasattr(p, '_stype') else None, p._grad_stype if hasattr(p, '_grad_stype') else None)
fn.initialize(mx.init.Uniform(0.1))
tr(lambda: fn(mx.nd.ones((1, 4))).asnumpy().round(5).tolist())
for k, p in sorted(fn.collect_params().items()):
    print(k, p.data().asnumpy().round(5).tolist())
tr(lambda: repr(fn))
tr(lambda: str(fn.collect_params()))
tr(lambda: fn.params.keys())
trn = mx.gluon.Trainer(fn.collect_params(), 'sgd', {'learning_rate': 1.0, 'wd': 0.1})
with mx.autograd.record():
    out = fn(mx.nd.ones((1, 4)))
out.backward()
trn.step(1)
for k, p in sorted(fn.collect_params().items()):
    print(k, p.data().asnumpy().round(5).tolist())
