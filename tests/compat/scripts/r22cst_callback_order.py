"""Which methods of a Custom operator's Prop and operator MXNet calls, in what order and with what, when a
symbol is created, inferred, bound, run, reshaped and reloaded (with auxiliary states, need_top_grad False)."""
# recorded on AVX2
import mxnet as mx
import numpy as np

LOG = []


class Op(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        LOG.append(('forward', is_train, req, [a.shape for a in in_data], [a.shape for a in aux]))
        self.assign(out_data[0], req[0], in_data[0] * 2 + in_data[1].sum())
        if aux:
            aux[0][:] = aux[0] + 1

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        LOG.append(('backward', req, [a.shape for a in in_grad]))
        self.assign(in_grad[0], req[0], in_data[0] * 2)
        self.assign(in_grad[1], req[1], mx.nd.ones(in_grad[1].shape))


def register(name, aux, need_top_grad):
    @mx.operator.register(name)
    class Prop(mx.operator.CustomOpProp):
        def __init__(self, **kwargs):
            LOG.append(('init', sorted(kwargs.items())))
            super().__init__(need_top_grad=need_top_grad)

        def list_arguments(self):
            return ['data', 'w']

        def list_auxiliary_states(self):
            return ['state'] if aux else []

        def infer_shape(self, in_shape):
            LOG.append(('infer_shape', in_shape))
            return in_shape, [in_shape[0]], [[1]] if aux else []

        def infer_type(self, in_type):
            LOG.append(('infer_type', [np.dtype(t).name for t in in_type]))
            return in_type, [in_type[0]], [in_type[0]] if aux else []

        def declare_backward_dependency(self, out_grad, in_data, out_data):
            LOG.append(('dependency', out_grad, in_data, out_data))
            return super().declare_backward_dependency(out_grad, in_data, out_data)

        def create_operator(self, ctx, shapes, dtypes):
            LOG.append(('create', str(ctx), shapes, dtypes))
            return Op()


def show(label):
    print(label, LOG)
    del LOG[:]


for name, aux, need_top_grad in [('r22cst_plain', False, True), ('r22cst_aux', True, True),
                                 ('r22cst_no_top', False, False)]:
    register(name, aux, need_top_grad)
    sym = mx.sym.Custom(mx.sym.var('data'), mx.sym.var('w'), op_type=name, name='cu', k=3)
    show(name + ' created')
    print(sym.infer_shape(data=(2, 3), w=(3,)))
    show(name + ' infer_shape')
    print(sym.infer_type(data='float32', w='float64'))
    show(name + ' infer_type')
    ex = sym.simple_bind(mx.cpu(), data=(2, 3), w=(3,))
    show(name + ' simple_bind')
    ex.arg_dict['data'][:] = 1
    ex.arg_dict['w'][:] = 2
    for array in ex.aux_arrays:
        array[:] = 0
    print(ex.forward(is_train=True)[0].asnumpy().tolist())
    show(name + ' forward')
    ex.backward(mx.nd.ones((2, 3)))
    print(ex.grad_dict['data'].asnumpy().tolist(), ex.grad_dict['w'].asnumpy().tolist(),
          [a.asnumpy().tolist() for a in ex.aux_arrays])
    show(name + ' backward')
    ex.forward(is_train=False)[0].wait_to_read()
    show(name + ' inference forward')
    small = ex.reshape(data=(1, 3), w=(3,))
    print(small.forward(is_train=True)[0].asnumpy().tolist())
    show(name + ' reshaped forward')
    bound = sym.bind(mx.cpu(), {'data': mx.nd.ones((2, 3)), 'w': mx.nd.ones((3,))},
                     aux_states=[mx.nd.zeros((1,)) for _ in sym.list_auxiliary_states()])
    del LOG[:]      # (MXNet's bind asks the Prop's inference five times over)
    print(bound.forward()[0].asnumpy().tolist())
    show(name + ' bound forward')
    mx.sym.load_json(sym.tojson())
    show(name + ' load_json')

# a Module binding a network that ends in a Custom loss, then one training step
register('r22cst_module', False, False)
net = mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=2, name='fc')
net = mx.sym.Custom(net, mx.sym.var('softmax_label'), op_type='r22cst_module', name='loss')
del LOG[:]
mod = mx.mod.Module(net, context=mx.cpu(), label_names=['softmax_label'])
mod.bind([('data', (5, 2))], [('softmax_label', (5, 2))])
show('module bind')
mod.init_params(mx.init.Constant(0.1))
mod.init_optimizer(optimizer='sgd', optimizer_params={'learning_rate': 0.5})
batch = mx.io.DataBatch([mx.nd.ones((5, 2))], [mx.nd.ones((5, 2))])
mod.forward_backward(batch)
mod.update()
print(mod.get_outputs()[0].asnumpy().tolist(), mod.get_params()[0]['fc_weight'].asnumpy().tolist())
show('module step')
