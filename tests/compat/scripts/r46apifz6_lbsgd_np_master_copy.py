"""LBSGD with multi_precision refuses to copy a float16 mx.np weight into its legacy master copy (an empty one passes), as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()
for mom in (0.0, 0.5):
  for dt in ('float16','float32'):
    opt = mx.optimizer.create('lbsgd', learning_rate=0.1, momentum=mom, multi_precision=True)
    w = np.array([[1.0, -2.0], [0.5, 3.0]], dtype=dt)
    try:
        st = opt.create_state(0, w)
        print(st)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        st = opt.create_state_multi_precision(0, w)
        print(st)
    except Exception as e:
        print(type(e).__name__, e)
for shape in ((0,), (0, 3), (1,)):
    opt = mx.optimizer.create('lbsgd', learning_rate=0.1, momentum=0.9, multi_precision=True)
    w = np.zeros(shape, dtype='float16')
    try:
        st = opt.create_state(0, w)
        print([type(s).__name__ for s in st], [s.shape for s in st])
    except Exception as e:
        print(type(e).__name__, e)
    u = mx.optimizer.get_updater(opt)
    try:
        u(0, np.ones(shape, dtype='float16'), w); print(w)
    except Exception as e:
        print(type(e).__name__, e)
