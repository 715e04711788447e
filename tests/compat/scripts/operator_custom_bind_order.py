# A Custom operator's create_operator runs when a symbol is bound (bind, simple_bind, Module.bind),
# before any forward; the operator created then serves every forward and backward.
import mxnet as mx


class Double(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        print('forward', in_data[0].shape)
        self.assign(out_data[0], req[0], in_data[0] * 2)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        print('backward')
        self.assign(in_grad[0], req[0], out_grad[0] * 2)


@mx.operator.register("bind_order_double")
class DoubleProp(mx.operator.CustomOpProp):
    def __init__(self):
        super(DoubleProp, self).__init__(True)

    def create_operator(self, ctx, shapes, dtypes):
        print('create_operator', shapes, dtypes)
        return Double()


with mx.name.NameManager():
    data = mx.sym.var('data')
    one = mx.sym.Custom(data, op_type='bind_order_double', name='a')
    two = mx.sym.Custom(one + 1, op_type='bind_order_double', name='b')
print('symbols made')
ex = one.bind(mx.cpu(), {'data': mx.nd.ones((2, 3))}, args_grad={'data': mx.nd.zeros((2, 3))})
print('bound')
ex.forward(is_train=True)
print(ex.outputs[0].asnumpy().tolist())
ex.backward(mx.nd.ones((2, 3)))
print(ex.grad_dict['data'].asnumpy().tolist())
ex.forward(is_train=False)
ex.outputs[0].wait_to_read()
print('second forward done')
ex = two.bind(mx.cpu(), {'data': mx.nd.ones((2,), dtype='float64')})
print('chain bound')
ex.forward()
print(ex.outputs[0].asnumpy().tolist())
ex = one.simple_bind(mx.cpu(), data=(4,), type_dict={'data': 'float64'})
print('simple bound')
ex.forward(data=mx.nd.arange(4, dtype='float64'))
print(ex.outputs[0].asnumpy().tolist())
mod = mx.mod.Module(two, data_names=['data'], label_names=None)
mod.bind(data_shapes=[('data', (1, 2))])
print('module bound')
mod.init_params()
mod.forward(mx.io.DataBatch([mx.nd.ones((1, 2))]), is_train=False)
print(mod.get_outputs()[0].asnumpy().tolist())
y = mx.nd.Custom(mx.nd.ones((3,)), op_type='bind_order_double')
print(y.asnumpy().tolist())
