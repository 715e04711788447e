"""What hybridize() makes of hybrid_forward code that needs concrete arrays: None outputs, asnumpy, bool, len."""
import mxnet as mx
from mxnet import gluon, nd


def make(body):
    class Traced(gluon.HybridBlock):
        def hybrid_forward(self, F, x):
            return body(F, x)
    return Traced()


bodies = {
    "none_output": lambda F, x: None,
    "int_output": lambda F, x: 3,
    "asnumpy": lambda F, x: x * float(x.asnumpy().sum()),
    "if_on_value": lambda F, x: x if x.sum() > 0 else -x,
    "shape": lambda F, x: F.reshape(x, shape=(x.shape[0], -1)),
    "len": lambda F, x: x * len(x),
    "slice": lambda F, x: x[0] + 1,
    "dtype": lambda F, x: x + x.dtype.itemsize,
}
for name, body in bodies.items():
    for hybrid in (False, True):
        block = make(body)
        if hybrid:
            block.hybridize()
        try:
            out = block(nd.array([[1., 2., 3.], [4., 5., 6.]]))
            print(name, hybrid, out.asnumpy().tolist() if isinstance(out, mx.nd.NDArray) else out)
        except Exception as e:
            print(name, hybrid, type(e).__name__, str(e).split("\n")[0][:90])
