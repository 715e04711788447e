"""Control-flow tutorial: foreach/while_loop in HybridBlocks, and a Symbol indexed by a Symbol (TypeError)."""
import mxnet as mx
from mxnet.gluon import HybridBlock

data = mx.nd.arange(5)


def running_sum(x, state):
    return state + x, state + x


class ScanV2(HybridBlock):
    def hybrid_forward(self, F, data):
        return F.contrib.foreach(running_sum, data, F.zeros((1)))


class WhileScan(HybridBlock):
    def hybrid_forward(self, F, data):
        def body(state, i):
            s = state + data[i]
            return s, [s, i + 1]
        return F.contrib.while_loop(lambda state, i: i < 4, body, [F.zeros((1)), F.zeros((1))], max_iterations=5)


for block in (ScanV2(), WhileScan()):
    out, state = block(data)
    print(out[:4].asnumpy().ravel(), [s.asnumpy() for s in (state if isinstance(state, list) else [state])])
    block.hybridize()
    try:
        out, state = block(data)
        print(out[:4].asnumpy().ravel())
    except TypeError as e:
        print("TypeError", e)

sym = mx.sym.Group([mx.sym.var("a"), mx.sym.var("b")])
for index in (1, "b", mx.sym.var("i"), 1.0, slice(0, 2)):
    try:
        print(sym[index])
    except TypeError as e:
        print("TypeError", e)
