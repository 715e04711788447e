# Module with two outputs (Group of a softmax head and a regression head), manual forward/backward/update loop,
# update_metric with a composite metric, input gradients and get_outputs merge
import numpy as np
import mxnet as mx

np.random.seed(8)
mx.random.seed(8)
X = np.random.randn(24, 5).astype('float32')
yc = (X[:, 0] > 0).astype('float32')
yr = X[:, 1:2] * 2.0
data = mx.sym.var('data')
shared = mx.sym.FullyConnected(data, num_hidden=6, name='shared')
shared = mx.sym.LeakyReLU(shared, act_type='leaky', slope=0.1, name='lrelu')
cls = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(shared, num_hidden=2, name='cls_fc'), name='cls')
reg = mx.sym.LinearRegressionOutput(mx.sym.FullyConnected(shared, num_hidden=1, name='reg_fc'), name='reg')
net = mx.sym.Group([cls, reg])
print(net.list_outputs(), net.list_arguments())
it = mx.io.NDArrayIter({'data': X}, {'cls_label': yc, 'reg_label': yr}, batch_size=8)
mod = mx.mod.Module(net, data_names=['data'], label_names=['cls_label', 'reg_label'])
mod.bind(data_shapes=it.provide_data, label_shapes=it.provide_label, inputs_need_grad=True)
mod.init_params(mx.init.Xavier(magnitude=1.5))
mod.init_optimizer(optimizer='adam', optimizer_params={'learning_rate': 0.01})


class ClsAcc(mx.metric.Accuracy):
    def update(self, labels, preds):
        super(ClsAcc, self).update(labels[:1], preds[:1])


class RegMSE(mx.metric.MSE):
    def update(self, labels, preds):
        super(RegMSE, self).update(labels[1:], preds[1:])


metric = mx.metric.CompositeEvalMetric([ClsAcc(), RegMSE()])
for epoch in range(3):
    it.reset()
    metric.reset()
    for batch in it:
        mod.forward(batch, is_train=True)
        mod.update_metric(metric, batch.label)
        mod.backward()
        mod.update()
    print(epoch, metric.get())
outs = mod.get_outputs()
print([o.shape for o in outs], outs[1][:2].asnumpy().tolist())
print(mod.get_input_grads()[0][0].asnumpy().tolist())
print(mod.output_shapes, mod.label_names)
arg, aux = mod.get_params()
print(arg['reg_fc_bias'].asnumpy().tolist())
pred = mod.predict(it, merge_batches=True)
print([p.shape for p in pred])
