"""Module.forward on a batch of a new shape: a label that is not given changes shape (MXNet refuses), and
the module's state after that refusal."""
import warnings

import mxnet as mx

warnings.simplefilter("ignore")
data = mx.sym.Variable('data')
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data, num_hidden=3, name='fc'), name='softmax')
mod = mx.mod.Module(net)
mod.bind(data_shapes=[('data', (4, 5))], label_shapes=[('softmax_label', (4,))])
mod.init_params(mx.init.One())
for shape, with_label in [((4, 5), False), ((6, 5), False), ((6, 5), True), ((3, 5), True), ((3, 5), False)]:
    batch = mx.io.DataBatch([mx.nd.ones(shape)], [mx.nd.zeros(shape[:1])] if with_label else None)
    try:
        mod.forward(batch, is_train=False)
        print(shape, with_label, [o.shape for o in mod.get_outputs()], mod.get_outputs()[0].asnumpy().sum())
    except Exception as e:
        line = ([l for l in str(e).splitlines() if 'Shape of' in l] or [str(e)])[-1]
        print(shape, with_label, type(e).__name__, line.replace('MXNetError: ', '')[:160])
