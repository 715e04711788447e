"""Binding a Module to a shared module that holds no gradient for a parameter fails as MXNet's simple_bind does: a RuntimeError whose context is a bare MXNetError '_Map_base: :at'."""
import mxnet as mx

net = mx.sym.LinearRegressionOutput(mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=2, name='fc'), name='lro')
for fixed, grad_req in [(['fc_weight'], 'write'), (['fc_weight', 'fc_bias'], 'write'), (None, 'null'), (['fc_bias'], 'add'),
                        (None, 'write')]:
    mod = mx.mod.Module(net, fixed_param_names=fixed, label_names=['lro_label'])
    mod.bind([('data', (3, 4))], [('lro_label', (3, 2))], grad_req=grad_req)
    mod.init_params()
    m2 = mx.mod.Module(net, label_names=['lro_label'])
    try:
        m2.bind([('data', (3, 4))], [('lro_label', (3, 2))], shared_module=mod)
        print(fixed, grad_req, 'ok', sorted(m2._exec_group.execs[0].grad_dict))
    except Exception as e:
        c = e.__context__
        print(fixed, grad_req, type(e).__name__, str(e).splitlines())
        print('  context:', type(c).__name__, type(c).__module__.split('.')[-1], repr(str(c)))
