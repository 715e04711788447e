"""example/module: mnist_mlp (intermediate API, predict/iter_predict), sequential_module, python_loss (PythonLossModule)."""
import gzip, logging, os, re, struct, tempfile
import numpy as np
import mxnet as mx

class Grab(logging.Handler):
    def emit(self, rec):
        print("LOG", rec.levelname, re.sub(r"(Speed|Time cost)[:=] ?[0-9.]+", r"\1 T", rec.getMessage()))
root = logging.getLogger(); root.handlers[:] = [Grab()]; root.setLevel(logging.DEBUG)
mx.random.seed(11); np.random.seed(11)

# synthetic MNIST idx files read by MNISTIter
tmp = tempfile.mkdtemp()
n = 30
imgs = np.random.randint(0, 256, size=(n, 28, 28)).astype(np.uint8)
labels = ((imgs.reshape(n, -1).mean(axis=1) > 127.5) + 2 * (imgs[:, 0, 0] > 128)).astype(np.uint8)
with open(os.path.join(tmp, 'img'), 'wb') as f:
    f.write(struct.pack('>IIII', 2051, n, 28, 28)); f.write(imgs.tobytes())
with open(os.path.join(tmp, 'lbl'), 'wb') as f:
    f.write(struct.pack('>II', 2049, n)); f.write(labels.tobytes())
train = mx.io.MNISTIter(image=os.path.join(tmp, 'img'), label=os.path.join(tmp, 'lbl'), data_shape=(784,),
                        batch_size=10, shuffle=False, flat=True, silent=False)
print(train.provide_data, train.provide_label)
b = next(iter(train))
print(b.data[0].shape, b.data[0].dtype, round(float(b.data[0].sum().asscalar()), 3), b.label[0].asnumpy(), b.pad)
train.reset()
train4 = mx.io.MNISTIter(image=os.path.join(tmp, 'img'), label=os.path.join(tmp, 'lbl'), batch_size=10, flat=False)
print(train4.provide_data)

data = mx.sym.Variable('data')
fc1 = mx.sym.FullyConnected(data, name='fc1', num_hidden=16)
act1 = mx.sym.Activation(fc1, name='relu1', act_type="relu")
fc2 = mx.sym.FullyConnected(act1, name='fc2', num_hidden=8)
act2 = mx.sym.Activation(fc2, name='relu2', act_type="relu")
fc3 = mx.sym.FullyConnected(act2, name='fc3', num_hidden=4)
softmax = mx.sym.SoftmaxOutput(fc3, name='softmax')

# mnist_mlp: intermediate-level API
mod = mx.mod.Module(softmax)
mod.bind(data_shapes=train.provide_data, label_shapes=train.provide_label)
mod.init_params(initializer=mx.init.Uniform(0.05))
mod.init_optimizer(optimizer='sgd', optimizer_params=(('learning_rate', 0.1),))
metric = mx.metric.create('acc')
for i_epoch in range(2):
    for i_iter, batch in enumerate(train):
        mod.forward(batch)
        mod.update_metric(metric, batch.label)
        mod.backward()
        mod.update()
    for name, val in metric.get_name_value():
        print('epoch %03d: %s=%f' % (i_epoch, name, val))
    metric.reset()
    train.reset()
print(mod.data_shapes, mod.label_shapes, mod.output_shapes)
print(mod.output_names, mod.data_names, mod.label_names, mod.binded, mod.params_initialized, mod.optimizer_initialized)
for preds, i_batch, batch in mod.iter_predict(train):
    pred_label = preds[0].asnumpy().argmax(axis=1)
    label = batch.label[0].asnumpy().astype('int32')
    print('batch %d, accuracy %f' % (i_batch, float(sum(pred_label == label)) / len(label)))
preds = mod.predict(train, num_batch=2, merge_batches=False)
print(len(preds), len(preds[0]), preds[0][0].shape)
print([(n, round(v, 5)) for n, v in mod.score(train, ['acc', 'ce'], num_batch=2)])

# sequential_module
net1 = mx.sym.Activation(mx.sym.FullyConnected(mx.sym.Variable('data'), name='fc1', num_hidden=16), name='relu1',
                         act_type='relu')
mod1 = mx.mod.Module(net1, label_names=[])
data2 = mx.sym.Variable('data')
net2 = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data2, name='fc3', num_hidden=4), name='softmax')
mod2 = mx.mod.Module(net2)
seq = mx.mod.SequentialModule()
seq.add(mod1).add(mod2, take_labels=True, auto_wiring=True)
try:
    seq.fit(train, eval_data=train, num_epoch=1)
except StopIteration:
    print('StopIteration: fit starts where score(num_batch=2) left the iterator')
train.reset()
seq = mx.mod.SequentialModule()
seq.add(mod1).add(mod2, take_labels=True, auto_wiring=True)
seq.fit(train, eval_data=train, optimizer_params={'learning_rate': 0.05, 'momentum': 0.9}, num_epoch=2,
        batch_end_callback=mx.callback.Speedometer(10, 2))
print(seq.data_names, seq.output_names, seq.output_shapes, seq.label_shapes)
a, x = seq.get_params()
print(sorted(a), [(n, round(v, 5)) for n, v in seq.score(train, 'acc')])

# python_loss: PythonLossModule with a hand-written hinge gradient
def mc_hinge_grad(scores, labels):
    scores = scores.asnumpy()
    labels = labels.asnumpy().astype(int)
    n, _ = scores.shape
    grad = np.zeros_like(scores)
    for i in range(n):
        score = 1 + scores[i] - scores[i, labels[i]]
        score[labels[i]] = 0
        ind_pred = score.argmax()
        grad[i, labels[i]] -= 1
        grad[i, ind_pred] += 1
    return grad

mlp = mx.mod.Module(fc3, context=mx.cpu())
loss = mx.mod.PythonLossModule(grad_func=mc_hinge_grad)
print(loss.data_names, loss._label_names, loss.output_names)
mod = mx.mod.SequentialModule().add(mlp).add(loss, take_labels=True, auto_wiring=True)
train.reset()
mod.fit(train, eval_data=train, optimizer_params={'learning_rate': 0.01, 'momentum': 0.9}, num_epoch=2,
        initializer=mx.init.Xavier())
print([(n, round(v, 5)) for n, v in mod.score(train, 'acc')])
print(mod.get_outputs()[0].shape, loss.get_input_grads()[0].shape if hasattr(loss, 'get_input_grads') else '')
