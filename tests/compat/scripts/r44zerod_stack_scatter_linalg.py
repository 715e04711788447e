"""A 0-d legacy array stacked with an array of known shape is read at that shape and fails stack's kernel size check, scatter_nd with shape=None takes out='s shape and lists its shape attribute as its output, and extractdiag/extracttrian on a 0-d array fail with bad_alloc, as MXNet does."""
import mxnet as mx
import numpy as np

nd = mx.nd
z = nd.array(np.float32(0.5))
v = nd.array([1.0, 2.0])


def show(name, f):
    try:
        r = f()
        print(name, "no raise at call")
        r.wait_to_read()
        print(name, r.shape, r.asnumpy())
    except mx.base.MXNetError as e:
        print(name, str(e).split("Stack trace")[0])


show("stack v z", lambda: nd.stack(v, z))
show("stack z v axis 1", lambda: nd.stack(z, v, axis=1))
show("stack v z v", lambda: nd.stack(v, z, v))
show("stack m z", lambda: nd.stack(nd.ones((2, 3)), z))
show("stack v z out", lambda: nd.stack(v, z, out=nd.zeros((2, 2))))
show("stack z z", lambda: nd.stack(z, z))
show("stack z v axis 3", lambda: nd.stack(z, v, axis=3))

show("scatter_nd shape None out", lambda: nd.scatter_nd(v, nd.array([[0, 2]]), shape=None, out=nd.zeros((3,))))
show("scatter_nd 2d out", lambda: nd.scatter_nd(v, nd.array([[0, 1], [1, 0]]), shape=None, out=nd.zeros((2, 2))))
show("scatter_nd bad out", lambda: nd.scatter_nd(v, nd.array([[0, 1]]), shape=None, out=nd.zeros((2, 2))))
show("scatter_nd other out", lambda: nd.scatter_nd(v, nd.array([[0, 1]]), shape=(4,), out=nd.zeros((3,))))
show("scatter_nd 0-d out", lambda: nd.scatter_nd(z, nd.array([[0]]), shape=None, out=nd.zeros((3,))))
show("scatter_nd 0-d", lambda: nd.scatter_nd(z, nd.array([[0], [1]]), shape=(3,)))
show("scatter_nd 0-d text", lambda: nd.scatter_nd(z, nd.array([[0]]), shape="(3,)"))
show("scatter_nd 0-d int", lambda: nd.scatter_nd(z, nd.array([[0]]), shape=3))
show("scatter_nd 0-d index", lambda: nd.scatter_nd(z, nd.array(np.float32(1)), out=nd.zeros((3,))))

show("extractdiag", lambda: nd.linalg.extractdiag(z, offset=1))
show("extracttrian", lambda: nd.linalg.extracttrian(z, lower=False))
show("extractdiag out", lambda: nd.linalg.extractdiag(z, out=nd.zeros((1,))))
