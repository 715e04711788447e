"""An insightface-style ArcFace margin head (L2Normalization, pick, arccos, one_hot) trains in a Module with custom metrics, checkpoints and extracts embeddings as MXNet does."""
# recorded on AVX2
import os
import tempfile
TMP = tempfile.mkdtemp()
import mxnet as mx, numpy as np, math, random
mx.random.seed(1); np.random.seed(1); random.seed(1)
n, emb, ncls, B = 5, 8, 5, 6
data = mx.sym.Variable('data'); gt = mx.sym.Variable('softmax_label')
body = mx.sym.FullyConnected(data, num_hidden=emb, name='pre_fc1')
body = mx.sym.BatchNorm(body, fix_gamma=False, eps=2e-5, momentum=0.9, name='fc1')
x = mx.sym.L2Normalization(body, mode='instance', name='fc1n')
W = mx.sym.Variable('fc7_weight', shape=(ncls, emb), lr_mult=1.0, wd_mult=10.0, init=mx.init.Normal(0.01))
Wn = mx.sym.L2Normalization(W, mode='instance')
s, m = 64.0, 0.5
fc7 = mx.sym.FullyConnected(x, weight=Wn, no_bias=True, num_hidden=ncls, name='fc7')
zy = mx.sym.pick(fc7, gt, axis=1)
cos_t = zy / s
theta = mx.sym.arccos(mx.sym.clip(zy, -0.999, 0.999))
body2 = mx.sym.cos(theta + m)
diff = body2 - zy
diff = mx.sym.expand_dims(diff, 1)
gt_one_hot = mx.sym.one_hot(gt, depth=ncls, on_value=1.0, off_value=0.0)
body3 = mx.sym.broadcast_mul(gt_one_hot, diff)
fc7b = (fc7 + body3) * s
out_list = [mx.sym.BlockGrad(body)]
softmax = mx.sym.SoftmaxOutput(data=fc7b, label=gt, name='softmax', normalization='valid')
out_list.append(softmax)
out = mx.sym.Group(out_list)
print(out.list_arguments()); print(out.list_outputs()); print(out.list_auxiliary_states())
print(out.infer_shape(data=(B, 10), softmax_label=(B,)))
X = np.random.uniform(-1, 1, (24, 10)).astype('float32'); Y = np.random.randint(0, ncls, (24,)).astype('float32')
it = mx.io.NDArrayIter(X, Y, batch_size=B, shuffle=False, label_name='softmax_label')
mod = mx.mod.Module(out, context=mx.cpu(), data_names=['data'], label_names=['softmax_label'])
mod.bind(data_shapes=it.provide_data, label_shapes=it.provide_label)
mod.init_params(initializer=mx.init.Xavier(rnd_type='gaussian', factor_type='out', magnitude=2))
opt = mx.optimizer.SGD(learning_rate=0.1, momentum=0.9, wd=5e-4, rescale_grad=1.0/B)
mod.init_optimizer(optimizer=opt)
class AccMetric(mx.metric.EvalMetric):
    def __init__(self):
        self.axis = 1
        super(AccMetric, self).__init__('acc', axis=self.axis, output_names=None, label_names=None)
        self.losses = []
        self.count = 0
    def update(self, labels, preds):
        self.count += 1
        label = labels[0]
        pred_label = preds[1]
        if pred_label.shape != label.shape:
            pred_label = mx.ndarray.argmax(pred_label, axis=self.axis)
        pred_label = pred_label.asnumpy().astype('int32').flatten()
        label = label.asnumpy().astype('int32').flatten()
        self.sum_metric += (pred_label.flat == label.flat).sum()
        self.num_inst += len(pred_label.flat)
class LossMetric(mx.metric.EvalMetric):
    def __init__(self):
        super(LossMetric, self).__init__('lossvalue', axis=1, output_names=None, label_names=None)
    def update(self, labels, preds):
        loss = preds[1].asnumpy()
        lab = labels[0].asnumpy().astype(int)
        l = -np.log(loss[np.arange(len(lab)), lab] + 1e-30)
        self.sum_metric += l.sum(); self.num_inst += len(lab)
metric = mx.metric.CompositeEvalMetric([AccMetric(), LossMetric()])
for epoch in range(2):
    it.reset(); metric.reset()
    for batch in it:
        mod.forward(batch, is_train=True)
        mod.backward()
        mod.update()
        mod.update_metric(metric, batch.label)
    print(epoch, metric.get(), metric.get_name_value())
    print(str(metric.metrics[0]))
arg, aux = mod.get_params()
for k in sorted(arg): print(k, arg[k].shape, '%.6f' % arg[k].abs().sum().asscalar())
for k in sorted(aux): print(k, aux[k].shape, '%.6f' % aux[k].abs().sum().asscalar())
mod.save_checkpoint(os.path.join(TMP, 'arc'), 3)
sym, a2, x2 = mx.model.load_checkpoint(os.path.join(TMP, 'arc'), 3)
print(sorted(a2), sorted(x2), sym.list_outputs())
all_layers = sym.get_internals()
print(all_layers.list_outputs()[:12])
emb_sym = all_layers['fc1_output']
m2 = mx.mod.Module(emb_sym, label_names=None)
m2.bind(data_shapes=[('data', (2, 10))], for_training=False)
m2.set_params(a2, x2, allow_missing=True, allow_extra=True)
m2.forward(mx.io.DataBatch(data=[mx.nd.array(X[:2])]), is_train=False)
print(m2.get_outputs()[0])
