"""Attributes given by position follow MXNet's declared parameter order."""
import mxnet as mx

nd = mx.nd


def show(f):
    try:
        r = f()
        print([a.asnumpy().tolist() for a in r] if isinstance(r, (list, tuple)) else r.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print("MXNetError")


x = nd.array([[0.5, 0.6], [0.1, 0.2], [0.3, 0.05]])
show(lambda: nd.contrib.bipartite_matching(x, True, 0.5))
show(lambda: nd.contrib.bipartite_matching(x, False, 0.1, 1))
w, g = nd.array([1., 2.]), nd.array([0.5, -0.5])
show(lambda: nd.ftml_update(w, g, nd.zeros(2), nd.zeros(2), nd.zeros(2), 0.1, 0.6, 0.999, 1e-8, 1))
show(lambda: nd.lamb_update_phase1(w, g, nd.zeros(2), nd.zeros(2), 0.9, 0.999, 1e-6, 1, True, 0.0))
show(lambda: nd.lamb_update_phase1(w, g, nd.zeros(2), nd.zeros(2), 0.5, 0.9, 1e-6, 2, False, 0.1))
show(lambda: nd.mp_lamb_update_phase1(w.astype('float16'), g.astype('float16'), nd.zeros(2), nd.zeros(2), w,
                                      0.9, 0.999, 1e-6, 1, True, 0.0))
data = nd.array([[[[1., 2.], [3., 4.]], [[-1., 0.], [2., 6.]]]])
mean, var = nd.zeros(2), nd.ones(2)
show(lambda: nd.contrib.SyncBatchNorm(data, nd.ones(2), nd.zeros(2), mean, var, 1e-3, 0.9, False, True, False, 1,
                                      "r7sig"))
sym = mx.sym.contrib.bipartite_matching(mx.sym.var("x"), True, 0.5, name="b")
print(sorted(sym.list_attr().items()))
