"""A hybridized block asks its Custom op's Prop for shapes (twice at the first call without static_shape) and dtypes only when the inputs' changed, and with static_shape keeps the operator while inputs and recording mode stay."""
import mxnet as mx
from mxnet import autograd as ag


class Square(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * in_data[0])

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], 2 * in_data[0] * out_grad[0])


@mx.operator.register('r36fag_square')
class SquareProp(mx.operator.CustomOpProp):
    def __init__(self):
        super().__init__(need_top_grad=True)
        print('  prop made')

    def infer_shape(self, in_shape):
        print('  infer_shape', in_shape)
        return in_shape, [in_shape[0]], []

    def infer_type(self, in_type):
        print('  infer_type', [t.__name__ for t in in_type])
        return in_type, [in_type[0]], []

    def create_operator(self, ctx, shapes, dtypes):
        print('  create_operator', shapes, dtypes)
        return Square()


class Net(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.Custom(x, op_type='r36fag_square') + 1


calls = [((3,), 'float32'), ((3,), 'float32'), ((2,), 'float32'), ((3,), 'float32'), ((3,), 'float64'),
         ((2,), 'float64'), ((3,), 'float32'), ((3,), 'float32')]
for flags in [{}, {'static_alloc': True}, {'static_alloc': True, 'static_shape': True}]:
    print('hybridize', flags)
    net = Net()
    net.hybridize(**flags)
    for shape, dtype in calls:
        print(' call', shape, dtype)
        out = net(mx.nd.ones(shape, dtype=dtype) * 2)
        print('  ->', out.asnumpy().tolist())
    x = mx.nd.array([1., 2., 3.])
    x.attach_grad()
    for mode in ['record', 'record', 'predict', 'train_mode', 'record(train_mode=False)', 'record']:
        print(' call in', mode)
        if mode.startswith('record'):
            with ag.record(train_mode=mode == 'record'):
                out = net(x)
            out.backward()
            print('  ->', out.asnumpy().tolist(), x.grad.asnumpy().tolist())
        else:
            with ag.train_mode() if mode == 'train_mode' else ag.predict_mode():
                print('  ->', net(x).asnumpy().tolist())
