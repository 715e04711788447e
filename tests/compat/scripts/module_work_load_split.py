# Module on several devices with a work_load_list: batch slices, per-device outputs, merged outputs and input
# gradients, a grad_req dict ('add' accumulates over two backward passes), the update and the metric.
import mxnet as mx
import numpy as np

np.random.seed(12)
X = np.random.uniform(-1, 1, (5, 3)).astype('float32')
Y = np.array([0, 1, 1, 0, 1], dtype='float32')
with mx.name.NameManager():
    net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=2, name='fc'), name='softmax')


def rounded(a):
    return np.round(a.asnumpy(), 5).tolist()


for work_load in [None, [1, 1], [2, 1], [1, 3], [1, 1, 1]]:
    contexts = [mx.cpu(i) for i in range(len(work_load) if work_load else 2)]
    mod = mx.mod.Module(net, context=contexts, work_load_list=work_load)
    req = {'fc_weight': 'add', 'fc_bias': 'write', 'data': 'write'} if work_load == [2, 1] else 'write'
    mod.bind([('data', (5, 3))], [('softmax_label', (5,))], inputs_need_grad=True, grad_req=req)
    mx.random.seed(3)
    mod.init_params(mx.init.Uniform(0.5))
    mod.init_optimizer(optimizer_params={'learning_rate': 1.0})
    batch = mx.io.DataBatch([mx.nd.array(X)], [mx.nd.array(Y)])
    mod.forward_backward(batch)
    mod.forward_backward(batch)
    mod.update()
    metric = mx.metric.Accuracy()
    mod.update_metric(metric, batch.label)
    print(work_load, [e.arg_dict['data'].shape for e in mod._exec_group.execs], mod._exec_group.slices)
    print([[o.shape for o in outs] for outs in mod.get_outputs(merge_multi_context=False)], mod.get_outputs()[0].shape)
    print(rounded(mod.get_input_grads()[0]), rounded(mod.get_params()[0]['fc_bias']), metric.get())
try:
    mx.mod.Module(net, context=[mx.cpu(0), mx.cpu(1)], work_load_list=[1])
except Exception as e:
    print(type(e).__name__)
