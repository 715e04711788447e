"""A hybridized block calling a Custom op creates its operator again at every call (training or not, any shape) while keeping the Prop; state kept on the CustomOp does not outlive a call, as in MXNet."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, gluon, nd

CREATED = []


class Counting(mx.operator.CustomOp):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def forward(self, is_train, req, in_data, out_data, aux):
        self.calls += 1
        self.assign(out_data[0], req[0], in_data[0] * self.calls)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], out_grad[0] * self.calls)


@mx.operator.register("r31fop_counting")
class CountingProp(mx.operator.CustomOpProp):
    def __init__(self):
        super().__init__()
        print("Prop made")

    def create_operator(self, ctx, shapes, dtypes):
        CREATED.append(shapes)
        return Counting()


class Net(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.Custom(x, op_type="r31fop_counting") + 1


for hybridize in (False, True):
    print("hybridize", hybridize)
    net = Net()
    if hybridize:
        net.hybridize()
    x = nd.ones((2, 2))
    x.attach_grad()
    for mode in ("train", "train", "predict", "predict", "train", "other shape", "predict"):
        CREATED.clear()
        if mode == "train":
            with autograd.record():
                y = net(x)
            y.backward()
            result = (y.asnumpy().tolist(), x.grad.asnumpy().tolist())
        else:
            y = net(nd.ones((3, 2)) if mode == "other shape" else x)
            result = y.asnumpy().tolist()
        print(" ", mode, "operators created:", CREATED, result)
