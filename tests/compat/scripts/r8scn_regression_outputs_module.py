# Regression heads in the symbolic API: LinearRegressionOutput, MAERegressionOutput, LogisticRegressionOutput
# trained with Module.fit, then predict and score with several metrics
import mxnet as mx
import numpy as np

np.random.seed(3)
mx.random.seed(3)
X = np.random.uniform(-1, 1, (32, 3)).astype('float32')
y_reg = (X @ np.array([1.5, -0.5, 0.25], dtype='float32') + 0.1).astype('float32')
y_bin = (y_reg > 0).astype('float32')
data = mx.sym.var('data')
label = mx.sym.var('label')
fc = mx.sym.FullyConnected(data, num_hidden=1, name='fc')
heads = {'linear': mx.sym.LinearRegressionOutput(fc, label, name='out'),
         'mae': mx.sym.MAERegressionOutput(fc, label, name='out', grad_scale=2.0),
         'logistic': mx.sym.LogisticRegressionOutput(fc, label, name='out')}
for name in ('linear', 'mae', 'logistic'):
    y = y_bin if name == 'logistic' else y_reg
    it = mx.io.NDArrayIter(X, y, batch_size=8, label_name='label')
    mod = mx.mod.Module(heads[name], data_names=['data'], label_names=['label'])
    mod.fit(it, num_epoch=4, optimizer='sgd', optimizer_params={'learning_rate': 0.2},
            initializer=mx.init.Zero(), eval_metric='mse')
    args, _ = mod.get_params()
    print(name, args['fc_weight'].asnumpy().tolist(), args['fc_bias'].asnumpy().tolist())
    pred = mod.predict(it)
    print(pred.shape, pred[:3].asnumpy().ravel().tolist())
    print(mod.score(it, ['mse', 'mae', 'rmse']))
exe = heads['logistic'].simple_bind(mx.cpu(), data=(2, 3), label=(2, 1))
exe.arg_dict['data'][:] = mx.nd.array([[1, 0, 0], [0, 1, 0]])
exe.arg_dict['fc_weight'][:] = mx.nd.array([[2.0, -1.0, 0.0]])
exe.arg_dict['label'][:] = mx.nd.array([[1], [1]])
exe.forward(is_train=True)
exe.backward()
print(exe.outputs[0].asnumpy().tolist(), exe.grad_dict['fc_weight'].asnumpy().tolist())
print(exe.grad_dict['label'].asnumpy().tolist())
