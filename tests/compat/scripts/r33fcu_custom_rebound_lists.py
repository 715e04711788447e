"""A Custom op that rebinds entries of its out_data / in_grad lists (out_data[0] = ...) after writing changes nothing: MXNet reads the arrays it handed over, for nd.Custom, autograd, simple_bind and hybridized blocks."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, gluon, nd


class Rebinding(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * 2)
        out_data[0] = in_data[0] * 100          # a new array in the list: not the output

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], out_grad[0] * 3)
        in_grad[0] = out_grad[0] * 100


@mx.operator.register("r33fcu_rebinding")
class RebindingProp(mx.operator.CustomOpProp):
    def create_operator(self, ctx, shapes, dtypes):
        return Rebinding()


x = nd.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print("nd:", nd.Custom(x, op_type="r33fcu_rebinding").asnumpy().tolist())

a = x.copy()
a.attach_grad()
with autograd.record():
    y = nd.Custom(a, op_type="r33fcu_rebinding")
y.backward()
print("autograd:", y.asnumpy().tolist(), a.grad.asnumpy().tolist())

ex = mx.sym.Custom(mx.sym.var("d"), op_type="r33fcu_rebinding", name="c").simple_bind(mx.cpu(), d=(2, 3))
ex.forward(is_train=True, d=x)
ex.backward(nd.ones((2, 3)))
print("simple_bind:", ex.outputs[0].asnumpy().tolist(), ex.grad_dict["d"].asnumpy().tolist())


class Block(gluon.HybridBlock):
    def hybrid_forward(self, F, data):
        return F.Custom(data, op_type="r33fcu_rebinding")


block = Block()
block.hybridize()
b = x.copy()
b.attach_grad()
with autograd.record():
    z = block(b)
z.backward()
print("hybridized:", z.asnumpy().tolist(), b.grad.asnumpy().tolist())
