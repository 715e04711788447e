"""A Custom op whose Prop says need_top_grad=False gets head gradients of unknown shape in backward: reading one fails."""
import mxnet as mx
nd = mx.nd


class Probe(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * 3)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        try:
            (out_grad[0] * 2).asnumpy()
            print('head gradient read')
        except mx.base.MXNetError:
            print('head gradient of unknown shape')
        self.assign(in_grad[0], req[0], out_data[0] - 1)


@mx.operator.register("r11ops2_probe")
class ProbeProp(mx.operator.CustomOpProp):
    def __init__(self, top='0'):
        super().__init__(need_top_grad=top == '1')

    def list_outputs(self):
        return ['output']

    def infer_shape(self, in_shape):
        return in_shape, [in_shape[0]], []

    def create_operator(self, ctx, shapes, dtypes):
        return Probe()


for top in ['0', '1']:
    x = nd.array([[1., 2.], [3., 4.]])
    x.attach_grad()
    with mx.autograd.record():
        y = nd.Custom(x, op_type='r11ops2_probe', top=top)
    y.backward()
    print(top, x.grad.asnumpy().tolist())
    for req in ['write', 'add']:
        ex = mx.sym.Custom(mx.sym.var('x'), op_type='r11ops2_probe', top=top).simple_bind(mx.cpu(), x=(2,), grad_req=req)
        ex.arg_dict['x'][:] = nd.array([1., 5.])
        ex.grad_dict['x'][:] = 10
        ex.forward(is_train=True)
        ex.backward([nd.ones((2,))])
        print(top, req, ex.grad_dict['x'].asnumpy().tolist())
