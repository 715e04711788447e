"""Module.fit logs (two Speedometers, auto_reset off, validation_metric, a custom logger, begin_epoch) and the ignored re-init/re-bind warnings read as MXNet writes them."""
# recorded on AVX2
import mxnet as mx, numpy as np, logging, sys, re
class F(logging.Filter):
    def filter(self, r):
        m = r.getMessage()
        r.msg, r.args = re.sub(r'Speed: [0-9.]+', 'Speed: S', re.sub(r'cost=[0-9.]+', 'cost=T', m)), ()
        return True
h = logging.StreamHandler(sys.stdout); h.addFilter(F()); h.setFormatter(logging.Formatter('%(levelname)s %(name)s %(message)s'))
logging.getLogger().addHandler(h); logging.getLogger().setLevel(logging.DEBUG)
mx.random.seed(47); np.random.seed(47)
X = np.random.uniform(size=(20, 3)).astype('float32'); Y = (X[:, 0] > 0.5).astype('float32')
it = mx.io.NDArrayIter(X, Y, batch_size=4, shuffle=True)
s = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=2, name='fc'), name='softmax')
mod = mx.mod.Module(s)
mod.fit(it, eval_data=mx.io.NDArrayIter(X, Y, 4), num_epoch=2, optimizer='adam', eval_metric=['acc', 'ce'],
        batch_end_callback=[mx.callback.Speedometer(4, 2), mx.callback.Speedometer(4, 3, auto_reset=False)],
        initializer=mx.init.Xavier(), validation_metric='mse')
mod2 = mx.mod.Module(s, logger=logging.getLogger('mymod'))
mod2.fit(it, num_epoch=4, begin_epoch=3, optimizer_params=(('learning_rate', 0.2),), monitor=None, kvstore=None)
mod2.init_optimizer(force_init=False)
mod2.bind(it.provide_data, it.provide_label)
mod2.init_params()
