"""A Custom op declaring a row_sparse input gradient, on a variable whose grad_req is add (nd.Custom and bind): its backward gets req add and the sparse buffer itself, which keeps the rows it stores, as a dense buffer does its sum."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd
class Op(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * 2)
    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        print("bwd", req, in_grad[0].stype, in_grad[0].asnumpy().tolist())
        g = out_grad[0] * 2
        if in_grad[0].stype == 'row_sparse':
            g = nd.sparse.row_sparse_array((g[1:2], nd.array([1])), shape=g.shape)
        self.assign(in_grad[0], req[0], g)
def mk(name, ig):
    @mx.operator.register(name)
    class P(mx.operator.CustomOpProp):
        def infer_storage_type_backward(self, og, i, o, igs, a): return og, i, o, [ig], a
        def create_operator(self, ctx, s, d): return Op()
mk("r33fcu_add_rsp", "row_sparse"); mk("r33fcu_add_dense", "default")
x = nd.array([[1., 2], [3, 4], [5, 6]])
for op, st in [("r33fcu_add_rsp", "row_sparse"), ("r33fcu_add_dense", "default")]:
    a = x.copy(); a.attach_grad(grad_req='add', stype=st)
    for i in range(3):
        with mx.autograd.record():
            y = nd.Custom(a, op_type=op)
        y.backward()
        nd.waitall()
        print(op, i, a.grad.stype, a.grad.asnumpy().tolist(), a.grad.indices.asnumpy().tolist() if st != 'default' else '')
    s = mx.sym.Custom(mx.sym.var("d"), op_type=op, name="c")
    ex = s.bind(mx.cpu(), {"d": x}, args_grad={"d": nd.zeros((3, 2)).tostype(st)}, grad_req="add")
    for i in range(2):
        ex.forward(is_train=True); ex.backward(nd.ones((3, 2)))
        nd.waitall()
        print("bind", op, i, ex.grad_arrays[0].stype, ex.grad_arrays[0].asnumpy().tolist())
