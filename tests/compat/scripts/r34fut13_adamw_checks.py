"""contrib AdamW updates: the single ops' shape and type checks name the contrib copy of the agreement check; mp_adamw_update never checks its float32 master copy's shape (a same-size one is updated element by element); the multi ops check each weight's group shapes (also without out=) and their rate counts at adamw-inl.h's lines."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd

np.set_printoptions(precision=8)
KW = dict(lr=0.1, eta=0.5, wd=0.01)


def ones(shape=(2, 3), dtype='float32'):
    return nd.ones(shape, dtype=dtype)


def show(tag, call):
    try:
        r = call()
        for x in (r if isinstance(r, (list, tuple)) else [r]):
            print(tag, "->", x.dtype, x.shape, x.asnumpy().ravel())
    except Exception as e:
        print(tag, "ERR", type(e).__name__, repr(str(e)))


show("adamw grad shape", lambda: nd.contrib.adamw_update(ones(), ones((3, 2)), ones(), ones(), nd.array([1.]), **KW))
show("adamw var shape", lambda: nd.contrib.adamw_update(ones(), ones(), ones(), ones((3,)), nd.array([1.]), **KW))
show("adamw grad dtype", lambda: nd.contrib.adamw_update(ones(), ones(dtype='float64'), ones(), ones(), nd.array([1.]), **KW))
show("mp_adamw grad shape", lambda: nd.contrib.mp_adamw_update(ones(dtype='float16'), ones((3, 2), 'float16'), ones(),
                                                                ones(), ones(), nd.array([1.]), **KW))
for shape in [(3, 2), (6,), (2, 3, 1)]:
    def master_of_shape():
        w32 = nd.arange(6).reshape(shape)
        r = nd.contrib.mp_adamw_update(ones(dtype='float16'), ones(dtype='float16'), ones(), ones(), w32,
                                       nd.array([1.]), **KW)
        return r, w32
    show("mp_adamw master %s" % (shape,), master_of_shape)
show("mp_adamw master dtype", lambda: nd.contrib.mp_adamw_update(ones(dtype='float16'), ones(dtype='float16'), ones(),
                                                                 ones(), ones(dtype='float16'), nd.array([1.]), **KW))

for rates in [dict(lrs=[0.1, 0.2], etas=[1.], wds=[0.]), dict(lrs=[0.1], etas=[1.], wds=[0., 1]),
              dict(lrs=[0.1], etas=[1., 2], wds=[0.])]:
    show("multi %s" % sorted(rates.items()), lambda: nd.contrib.multi_adamw_update(
        [ones()], [ones()], [ones()], [ones()], nd.array([1.]), **rates))
    show("multi_mp %s" % sorted(rates.items()), lambda: nd.contrib.multi_mp_adamw_update(
        [ones(dtype='float16')], [ones(dtype='float16')], [ones()], [ones()], [ones()], nd.array([1.]), **rates))
ONE = dict(lrs=[0.1], etas=[1.], wds=[0.])
TWO = dict(lrs=[0.1, 0.2], etas=[1., 1.], wds=[0., 0.])
show("multi grad shape", lambda: nd.contrib.multi_adamw_update([ones()], [ones((3, 2))], [ones()], [ones()],
                                                               nd.array([1.]), **ONE))
show("multi mean shape", lambda: nd.contrib.multi_adamw_update([ones()], [ones()], [ones((3, 2))], [ones()],
                                                               nd.array([1.]), **ONE))
show("multi second group", lambda: nd.contrib.multi_adamw_update([ones(), ones((4,))], [ones(), ones((5,))],
                                                                 [ones(), ones((4,))], [ones(), ones((4,))],
                                                                 nd.array([1.]), **TWO))
show("multi_mp master shape", lambda: nd.contrib.multi_mp_adamw_update(
    [ones(dtype='float16')], [ones(dtype='float16')], [ones()], [ones()], [ones((3, 2))], nd.array([1.]), **ONE))
show("multi no out", lambda: nd.contrib.multi_adamw_update([ones()], [ones()], [ones()], [ones()], nd.array([1.]), **ONE))
