"""A Custom operator's backward under grad_req 'add': MXNet hands it req 'add' and the variable's buffer when the
variable feeds that input alone (a backward ignoring req then overwrites it), else req 'write' and a fresh
buffer; differentiating its recorded gradient fails naming _backward_Custom."""
import mxnet as mx
from mxnet import autograd, nd


class Double(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * 2)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        print("backward req", req)
        in_grad[0][:] = out_grad[0] * 2         # ignores req, as some user operators do


@mx.operator.register("r8ag_double")
class DoubleProp(mx.operator.CustomOpProp):
    def create_operator(self, ctx, shapes, dtypes):
        return Double()


GRAPHS = {
    "alone": lambda x: nd.Custom(x, op_type="r8ag_double"),
    "alone, scaled after": lambda x: nd.Custom(x, op_type="r8ag_double") * 3,
    "also added": lambda x: nd.Custom(x, op_type="r8ag_double") + x,
    "through a copy": lambda x: nd.Custom(x * 1, op_type="r8ag_double"),
}
for name, graph in GRAPHS.items():
    for req in ("add", "write"):
        x = nd.array([1.0, 2.0])
        x.attach_grad(grad_req=req)
        x.grad[:] = 10
        with autograd.record():
            y = graph(x)
        y.backward()
        nd.waitall()
        print(name, req, x.grad.asnumpy().tolist())

data = mx.sym.Variable("data")
net = mx.sym.Custom(data, op_type="r8ag_double", name="double")
for req in ("add", "write"):
    ex = net.bind(mx.cpu(), {"data": nd.array([1.0, 2.0])}, args_grad={"data": nd.array([5.0, 5.0])}, grad_req=req)
    ex.forward(is_train=True)
    ex.backward(nd.ones(2))
    nd.waitall()
    print("executor", req, ex.grad_arrays[0].asnumpy().tolist())

x = nd.array([1.0, 2.0])
x.attach_grad()
with autograd.record():
    y = nd.Custom(x, op_type="r8ag_double")
    g = autograd.grad(y, [x], create_graph=True)[0]
nd.waitall()
print("first order", g.asnumpy().tolist())
try:
    g.backward()
    nd.waitall()
except mx.base.MXNetError as e:
    print("second order:", "_backward_Custom is non-differentiable" in str(e))
