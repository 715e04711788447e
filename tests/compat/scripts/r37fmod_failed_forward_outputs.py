"""After a forward whose kernel fails, the outputs (the module's, the executor's, and output objects taken before)
raise the error once, then read as the data they held before: MXNet skips the writes of the failed step and
those after it."""
import mxnet as mx
import numpy as np


def attempt(label, f):
    try:
        print(label, f())
    except mx.base.MXNetError as e:
        print(label, 'MXNetError', str(e).splitlines()[-1][:60])


good, bad, good2 = [[4., 2.], [2., 3.]], [[1., 2.], [2., 1.]], [[9., 0.], [0., 4.]]
loss = mx.sym.MakeLoss(mx.sym.sum(mx.sym.linalg.potrf(mx.sym.var('data'), name='p')), name='loss')
exe = loss.simple_bind(mx.cpu(), data=(2, 2), grad_req='null')
before = exe.outputs[0]
for step, value in enumerate([good, bad, good2, bad]):
    exe.arg_dict['data'][:] = np.array(value)
    exe.forward()
    attempt((step, 'read'), lambda: exe.outputs[0].asnumpy().tolist())
    attempt((step, 'again'), lambda: exe.outputs[0].asnumpy().tolist())
    attempt((step, 'taken before'), lambda: before.asnumpy().tolist())

mod = mx.mod.Module(loss, label_names=None)
mod.bind([('data', (2, 2))], for_training=False)
mod.init_params()
for step, value in enumerate([good, bad, bad, good2]):
    mod.forward(mx.io.DataBatch([mx.nd.array(value)]))
    attempt((step, 'module read'), lambda: mod.get_outputs()[0].asnumpy().tolist())
    attempt((step, 'module again'), lambda: mod.get_outputs()[0].asnumpy().tolist())
