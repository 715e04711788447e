"""A bound symbol (executor) or a hybridized block given sparse inputs reports MXNet's storage fallback for each
operator without a sparse kernel (exp, FullyConnected, sum over all axes, ...) once, and none where one exists."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _storage_log import logged

nd = mx.nd


a = np.array([[0, 0.5, 0], [0.25, 0, 0.75]], dtype="float32")
x, w = mx.sym.var("x", stype="csr"), mx.sym.var("w")
graphs = [("dot", mx.sym.dot(x, w)), ("exp", mx.sym.exp(x)), ("sqrt", mx.sym.sqrt(x)), ("x * 2", x * 2),
          ("x + 1", x + 1), ("sum", mx.sym.sum(x)), ("sum axis 0", mx.sym.sum(x, axis=0)), ("relu", mx.sym.relu(x)),
          ("FullyConnected", mx.sym.FullyConnected(x, num_hidden=2, no_bias=True)),
          ("sort", mx.sym.sort(x)), ("exp then sqrt", mx.sym.sqrt(mx.sym.exp(x)))]
for label, sym in graphs:
    def forward():
        args = {"x": nd.array(a).tostype("csr")}
        for name in sym.list_arguments():
            if name != "x":
                args[name] = nd.ones((3, 2)) if name == "w" else nd.ones((2, 3))
        return sym.bind(mx.cpu(), args).forward()[0]
    print(label, "->", logged(forward))


class Net(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.log1p(F.tanh(x)) * 2


net = Net()
net.hybridize()
print("hybridized block ->", logged(lambda: net(nd.array(a).tostype("row_sparse"))))
