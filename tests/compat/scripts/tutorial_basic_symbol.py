"""Symbol tutorial: a Custom softmax whose Prop derives its label's shape; arrays passed as one list."""
import numpy as np
import mxnet as mx


class Softmax(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        x = in_data[0].asnumpy()
        y = np.exp(x - x.max(axis=1).reshape((x.shape[0], 1)))
        y /= y.sum(axis=1).reshape((x.shape[0], 1))
        self.assign(out_data[0], req[0], mx.nd.array(y))

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        label = in_data[1].asnumpy().ravel().astype(np.int64)
        y = out_data[0].asnumpy()
        y[np.arange(label.shape[0]), label] -= 1.0
        self.assign(in_grad[0], req[0], mx.nd.array(y))


@mx.operator.register("tutorial_softmax")
class SoftmaxProp(mx.operator.CustomOpProp):
    def __init__(self):
        super(SoftmaxProp, self).__init__(need_top_grad=False)

    def list_arguments(self):
        return ['data', 'label']

    def list_outputs(self):
        return ['output']

    def infer_shape(self, in_shape):
        print("infer_shape asked with", in_shape)
        return [in_shape[0], (in_shape[0][0],)], [in_shape[0]], []

    def create_operator(self, ctx, shapes, dtypes):
        return Softmax()


with mx.name.NameManager():
    net = mx.sym.Custom(data=mx.sym.Variable('prev'), op_type='tutorial_softmax')
print(net.list_arguments(), net.list_outputs())
print(net.infer_shape(prev=(4, 3)))
ex = net.simple_bind(mx.cpu(), prev=(4, 3))
ex.arg_dict['prev'][:] = mx.nd.array(np.arange(12).reshape(4, 3) / 5.0)
ex.arg_dict['custom0_label'][:] = mx.nd.array([0, 1, 2, 1])
ex.forward(is_train=True)
print(ex.outputs[0].asnumpy().round(5))
ex.backward()
print(ex.grad_dict['prev'].asnumpy().round(5))

a, b = mx.nd.ones((2, 3)), mx.nd.ones((2, 3)) * 2
print(mx.nd.concat(a, b).asnumpy())
for call in (lambda: mx.nd.concat([a, b]), lambda: mx.nd.stack([a, b]), lambda: mx.nd.add_n(a, 3),
             lambda: mx.nd.concat(a, None, dim=0)):
    try:
        call()
    except AssertionError as e:
        print("AssertionError", str(e).split("\n")[0])
