"""Custom operators: the Prop names inputs/outputs/aux of sym.Custom, infers shapes and types;
loss layers without need_top_grad; the deprecated NumpyOp."""
import warnings

import mxnet as mx
import numpy as np
from mxnet.test_utils import check_numeric_gradient


CREATED = []


class Sqr(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * in_data[0])
        aux[0][:] = 1

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], 2 * in_data[0] * out_grad[0])


@mx.operator.register("sqr_prop_script")
class SqrProp(mx.operator.CustomOpProp):
    def list_auxiliary_states(self):
        return ['aux']

    def infer_shape(self, in_shape):
        return in_shape, [in_shape[0]], [in_shape[0]]

    def infer_type(self, in_type):
        return in_type, [in_type[0]], [in_type[0]]

    def create_operator(self, ctx, shapes, dtypes):
        print("create", ctx, shapes, dtypes) if not CREATED else None
        CREATED.append(1)
        return Sqr()


class Two(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        print("forward is_train", is_train, req, [o.dtype.__name__ for o in out_data])
        self.assign(out_data[0], req[0], in_data[0] + 1)
        self.assign(out_data[1], req[1], in_data[0].astype('float64') * 2)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        print("backward", req, [o.asnumpy().tolist() for o in out_grad])
        self.assign(in_grad[0], req[0], out_grad[0] + 2 * out_grad[1].astype('float32'))


@mx.operator.register("two_prop_script")
class TwoProp(mx.operator.CustomOpProp):
    def list_arguments(self):
        return ['x']

    def list_outputs(self):
        return ['plus', 'twice']

    def infer_shape(self, in_shape):
        return in_shape, [in_shape[0], in_shape[0]], []

    def infer_type(self, in_type):
        return in_type, [in_type[0], np.float64], []

    def create_operator(self, ctx, shapes, dtypes):
        return Two()


class Mult(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * in_data[1])

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], in_data[1] * out_grad[0])
        self.assign(in_grad[1], req[1], in_data[0] * out_grad[0])


@mx.operator.register("mult_prop_script")
class MultProp(mx.operator.CustomOpProp):
    def __init__(self, scale=1):
        super(MultProp, self).__init__(need_top_grad=True)

    def list_arguments(self):
        return ['lhs', 'rhs']

    def infer_shape(self, in_shape):
        return in_shape, [in_shape[0]], []

    def create_operator(self, ctx, shapes, dtypes):
        return Mult()


class Loss(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * 2)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], in_data[0] * 3)


@mx.operator.register("loss_prop_script")
class LossProp(mx.operator.CustomOpProp):
    def __init__(self):
        super(LossProp, self).__init__(need_top_grad=False)

    def create_operator(self, ctx, shapes, dtypes):
        return Loss()


class NumpySoftmax(mx.operator.NumpyOp):
    def __init__(self):
        super(NumpySoftmax, self).__init__(False)

    def list_arguments(self):
        return ['data', 'label']

    def infer_shape(self, in_shape):
        return [in_shape[0], (in_shape[0][0],)], [in_shape[0]]

    def forward(self, in_data, out_data):
        x, y = in_data[0], out_data[0]
        y[:] = np.exp(x - x.max(axis=1).reshape((x.shape[0], 1)))
        y /= y.sum(axis=1).reshape((x.shape[0], 1))

    def backward(self, out_grad, in_data, out_data, in_grad):
        label = in_data[1].reshape((in_data[1].size,)).astype(int)
        in_grad[0][:] = out_data[0]
        in_grad[0][np.arange(label.shape[0]), label] -= 1.0


with mx.name.NameManager():
    prop = LossProp()
    print(prop.need_top_grad_, prop.list_arguments(), prop.list_outputs(), prop.list_auxiliary_states())
    print(prop.declare_backward_dependency([0], [1], [2]), mx.operator.CustomOpProp().declare_backward_dependency([0], [1], [2]))
    print(prop.infer_type([np.float32]), prop.infer_storage_type(['default']))
    print(prop.infer_storage_type_backward(['default'], ['default'], ['default'], ['undefined'], []))

    op = mx.sym.Custom(data=mx.sym.var('data'), aux=mx.sym.var('aux'), name='sqr', op_type='sqr_prop_script')
    print(op.list_arguments(), op.list_auxiliary_states(), op.list_outputs())
    print(op.infer_shape(data=(3, 4)))
    print(op.infer_type(data=np.float64))
    np.random.seed(0)
    x = mx.nd.array(np.random.uniform(-1, 1, size=(2, 3)))
    check_numeric_gradient(op, [x], [mx.nd.zeros_like(x)])
    print("numeric gradient ok", np.random.rand())
    e = op.bind(mx.cpu(), {'data': x}, args_grad={'data': mx.nd.zeros_like(x)}, aux_states={'aux': mx.nd.zeros_like(x)})
    print(e.forward(is_train=True)[0].asnumpy().round(4), e.aux_dict['aux'].asnumpy())
    e.backward([mx.nd.ones_like(x)])
    print(e.grad_dict['data'].asnumpy().round(4))

    s = mx.sym.Custom(mx.sym.var('x'), op_type='two_prop_script', name='t')
    print(s.list_arguments(), s.list_outputs(), len(s), s[1].list_outputs(), s.get_internals().list_outputs())
    print(s.infer_shape(x=(2,)), s.infer_type(x=np.float32))
    e = s.bind(mx.cpu(), {'x': mx.nd.array([1, 2])}, args_grad={'x': mx.nd.zeros((2,))})
    outs = e.forward(is_train=False)
    print(outs[0], outs[1])
    e.forward(is_train=True)
    e.backward([mx.nd.ones((2,)), mx.nd.ones((2,), dtype='float64')])
    print(e.grad_dict['x'])
    x = mx.nd.array([1., 2.])
    x.attach_grad()
    with mx.autograd.record():
        a, b = mx.nd.Custom(x, op_type='two_prop_script')
        (a * 3 + b.astype("float32")).backward()
    mx.nd.waitall()
    print(a, b, x.grad)

    s = mx.sym.Custom(op_type='mult_prop_script', name='m')
    print(s.list_arguments(), s.list_outputs())
    s = mx.sym.Custom(mx.sym.var('a'), mx.sym.var('b'), op_type='mult_prop_script', scale=3)
    print(s.list_arguments(), s.name, s.attr_dict())
    s = mx.sym.Custom(rhs=mx.sym.var('a'), lhs=mx.sym.var('b'), op_type='mult_prop_script')
    print(s.list_arguments(), mx.sym.load_json(s.tojson()).list_arguments(), s.infer_shape(a=(2, 3), b=(2, 3)))
    for bad in (lambda: mx.sym.Custom(mx.sym.var('a'), op_type='nonexist'),
                lambda: mx.sym.Custom(mx.sym.var('a'), mx.sym.var('b'), mx.sym.var('c'), op_type='mult_prop_script')):
        try:
            bad()
        except mx.base.MXNetError as err:
            print("MXNetError", "Cannot find custom operator" in str(err) or "Incorrect number of arguments" in str(err))
    a, b = mx.nd.array([[1., 2.]]), mx.nd.array([[3., 4.]])
    e = s.bind(mx.cpu(), {'a': a, 'b': b}, args_grad={'a': mx.nd.ones((1, 2)), 'b': mx.nd.zeros((1, 2))},
               grad_req={'a': 'add', 'b': 'null'})
    print(e.forward(is_train=True)[0])
    e.backward(mx.nd.ones((1, 2)))
    print(e.grad_dict['a'], e.grad_dict['b'])

    x = mx.nd.array([1., 2.])
    x.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Custom(x, op_type='loss_prop_script')
    y.backward()
    print(x.grad)
    x.attach_grad(grad_req='add')
    x.grad[:] = 10
    with mx.autograd.record():
        y = mx.nd.Custom(x, op_type='loss_prop_script') * 5
    y.backward()
    print(x.grad)
    s = mx.sym.Custom(mx.sym.var('x'), op_type='loss_prop_script', name='l')
    e = s.simple_bind(mx.cpu(), x=(2,))
    print(e.forward(is_train=True, x=x))
    e.backward()
    print(e.grad_dict['x'])

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        softmax = NumpySoftmax()
    print([str(w.message) for w in caught])
    s = softmax(data=mx.sym.var('data'), name='softmax')
    print(s.list_arguments(), s.list_outputs())
    e = s.bind(mx.cpu(), {'data': mx.nd.array([[1., 2., 3.], [1., 0., -1.]]), 'softmax_label': mx.nd.array([2, 0])},
               args_grad={'data': mx.nd.zeros((2, 3))})
    print(e.forward(is_train=True)[0].asnumpy().round(4))
    e.backward()
    print(e.grad_dict['data'].asnumpy().round(4))
