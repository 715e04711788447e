# Module.fit with Speedometer (fake clock), do_checkpoint and module_checkpoint; reload the checkpoint.
import mxnet as mx, numpy as np, os, tempfile, logging, sys, time
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(levelname)s:%(message)s')
clock = [0.0]
def fake():
    clock[0] += 0.25
    return clock[0]
time.time = fake
os.chdir(tempfile.mkdtemp())
np.random.seed(0); mx.random.seed(0)
X = np.random.rand(20, 3).astype('float32'); Y = (X.sum(1) > 1.5).astype('float32')
it = mx.io.NDArrayIter(X, Y, batch_size=5)
data = mx.sym.Variable('data')
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data, num_hidden=2, name='fc'), name='softmax')
mod = mx.mod.Module(net)
mod.fit(it, num_epoch=2, optimizer='sgd', optimizer_params={'learning_rate': 0.1},
        initializer=mx.init.Xavier(), eval_metric='acc',
        batch_end_callback=mx.callback.Speedometer(5, 2),
        epoch_end_callback=[mx.callback.do_checkpoint('m'), mx.callback.module_checkpoint(mod, 'mc', save_optimizer_states=True)])
print(sorted(os.listdir('.')))
s, a, x = mx.model.load_checkpoint('m', 2)
print(sorted((k, np.round(v.asnumpy(), 5).tolist()) for k, v in a.items()))
