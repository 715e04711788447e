"""F.np reductions take their parameters by position in MXNet's order in a hybridized (symbolic) block too."""
import mxnet as mx

mx.npx.set_np()


class Reduce(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return [F.np.max(x, 1, True), F.np.amin(x, 0, True), F.np.sum(x, 1, None, True), F.np.mean(x, 1, None, None, True),
                F.np.prod(x, 0, 'float64', True), F.np.all(x, 1, True), F.np.any(x, 0, True)]


x = mx.np.array([[1., 0., 3.], [4., 5., 0.5]])
for hybridize in (False, True):
    net = Reduce()
    if hybridize:
        net.hybridize()
    print([(r.shape, str(r.dtype), r.tolist()) for r in net(x)])
s = mx.sym.var("x").as_np_ndarray()
for f in (mx.sym.np.max(s, 1, True), mx.sym.np.sum(s, 0, "float64", True), mx.sym.np.all(data=s, axis=1)):
    print(f.infer_shape(x=(2, 3))[1], f.list_attr())
import mxnet.ndarray.numpy as nd_np  # noqa: E402

print(nd_np is mx.nd.np, nd_np.all(data=x, axis=1).tolist(), nd_np.prod(x, 1, None, True).tolist(),
      nd_np.max(x, 0, True).tolist(), nd_np.repeat(data=x, repeats=2, axis=0).shape, nd_np.exp(x).shape)
