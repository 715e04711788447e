# contrib SVRGModule: fit with full-gradient snapshots on one and two contexts, with and without a kvstore.
import mxnet as mx, numpy as np, logging, sys, warnings
from mxnet.contrib.svrg_optimization.svrg_module import SVRGModule
warnings.simplefilter('ignore')
logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s', stream=sys.stdout)
logging.getLogger().handlers[0].addFilter(lambda r: "Time cost" not in r.getMessage())
np.random.seed(0); mx.random.seed(0)
train_data = np.random.randint(1, 5, [40, 2]).astype('float32')
train_label = train_data.dot(np.array([1.0, 2.0])).astype('float32')
def make(ctx=[mx.cpu()], freq=2):
    di = mx.io.NDArrayIter(train_data, train_label, batch_size=10, label_name='lin_reg_label')
    lro = mx.sym.LinearRegressionOutput(mx.sym.FullyConnected(mx.sym.Variable('data'), name='fc1', num_hidden=1),
                                        label=mx.sym.Variable('lin_reg_label'), name='lro')
    return di, SVRGModule(symbol=lro, data_names=['data'], label_names=['lin_reg_label'], update_freq=freq, context=ctx)
for kv in ('local', None):
  for ctx in ([mx.cpu()], [mx.cpu(0), mx.cpu(1)]):
    di, mod = make(ctx)
    mod.fit(di, eval_metric='mse', optimizer='sgd', optimizer_params=(('learning_rate', 0.01),), num_epoch=4,
            kvstore=kv, initializer=mx.init.One(), batch_end_callback=mx.callback.log_train_metric(2))
    print(kv, len(ctx), mod.get_params()[0]['fc1_weight'].asnumpy(), mod._param_dict[0]['fc1_weight'].asnumpy())
    print(sorted(mod._optimizer.idx2name.items()), mod._update_on_kvstore)
di, mod = make()
mod.bind(data_shapes=di.provide_data, label_shapes=di.provide_label)
mod.init_params(initializer=mx.init.One())
mod.init_optimizer(kvstore='local', optimizer='sgd', optimizer_params=(('learning_rate', 0.01),))
mod.update_full_grads(di)
print(mod._param_dict[0]['fc1_weight'].asnumpy(), mod._param_dict[0]['fc1_bias'].asnumpy())
for fn in (lambda: make(freq=0), lambda: make(freq=1.5)):
    try: fn()
    except Exception as e: print(type(e).__name__, e)
print(mx.mod.Module.__subclasscheck__(SVRGModule), SVRGModule.__mro__[1].__name__)
