# Straight Dope chapters 1-3: ndarray, autograd, probability, linear/logistic/softmax regression, perceptron,
# MLP with dropout, regularization and the k-fold Kaggle recipe (tiny synthetic data)
import mxnet as mx
import numpy as np
from mxnet import nd, autograd, gluon

mx.random.seed(9)
np.random.seed(9)
ctx = mx.cpu()

x = nd.empty((3, 4))
print(x.shape, x.dtype, x.context, x.size, x.ndim)
x = nd.zeros((3, 5)); y = nd.ones((3, 5)); z = nd.full((2, 3), 7)
print(x, z)
y = nd.random_normal(0, 1, shape=(3, 4))
print(y)
x = nd.ones((3, 4))
print(x + y, x * y, nd.exp(y), nd.dot(x, y.T))
before = id(y)
y = y + x
print(id(y) == before)
z = nd.zeros_like(x)
before = id(z)
z[:] = x + y
print(id(z) == before)
nd.elemwise_add(x, y, out=z)
print(id(z) == before, z)
print(x[1:3])
x[1, 2] = 9.0
x[1:2, 1:3] = 5.0
print(x)
x = nd.ones(shape=(3, 3)); y = nd.arange(3)
print('x = ', x, 'y = ', y, 'x + y = ', x + y)
y = y.reshape((3, 1))
print('y = ', y, 'x + y = ', x + y)
a = x.asnumpy()
print(type(a))
y = nd.array(a)
print(y)
z = nd.ones(shape=(3, 3), ctx=mx.cpu(0))
x_cpu = x.copyto(mx.cpu(0))
print(x_cpu + z, x_cpu.context)
print(nd.norm(nd.arange(4)), nd.sum(nd.arange(4)), nd.mean(nd.arange(4)), nd.arange(4).norm().asscalar())

# autograd
x = nd.array([[1, 2], [3, 4]])
x.attach_grad()
with autograd.record():
    y = x * 2
    z = y * x
z.backward()
print(x.grad)
with autograd.record():
    y = x * 2
    z = y * x
head_gradient = nd.array([[10, 1.], [.1, .01]])
z.backward(head_gradient)
print(x.grad)

def f(a):
    b = a * 2
    while nd.norm(b).asscalar() < 1000:
        b = b * 2
    if nd.sum(b).asscalar() > 0:
        c = b
    else:
        c = 100 * b
    return c
a = nd.random_normal(shape=3)
a.attach_grad()
with autograd.record():
    c = f(a)
c.backward()
print(a.grad, c / a)

# probability
probabilities = nd.ones(6) / 6
print(nd.sample_multinomial(probabilities))
print(nd.sample_multinomial(probabilities, shape=(10)))
print(nd.sample_multinomial(probabilities, shape=(5, 10)))
rolls = nd.sample_multinomial(probabilities, shape=(100))
counts = nd.zeros((6, 100))
totals = nd.zeros(6)
for i, roll in enumerate(rolls):
    totals[int(roll.asscalar())] += 1
    counts[:, i] = totals
print(totals / 100)
print(counts[:, :4])

# linear regression from scratch and with gluon
num_inputs, num_outputs, num_examples = 2, 1, 40
def real_fn(X):
    return 2 * X[:, 0] - 3.4 * X[:, 1] + 4.2
X = nd.random_normal(shape=(num_examples, num_inputs))
noise = .1 * nd.random_normal(shape=(num_examples,))
y = real_fn(X) + noise
batch_size = 8
train_data = gluon.data.DataLoader(gluon.data.ArrayDataset(X, y), batch_size=batch_size, shuffle=True)
for i, (data, label) in enumerate(train_data):
    print(data.shape, label.shape, label.dtype)
    break
w = nd.random_normal(shape=(num_inputs, num_outputs))
b = nd.random_normal(shape=num_outputs)
params = [w, b]
for param in params:
    param.attach_grad()
def net(X):
    return mx.nd.dot(X, w) + b
def square_loss(yhat, y):
    return nd.mean((yhat - y) ** 2)
def SGD(params, lr):
    for param in params:
        param[:] = param - lr * param.grad
for e in range(2):
    cumulative_loss = 0
    for i, (data, label) in enumerate(train_data):
        label = label.reshape((-1, 1))
        with autograd.record():
            output = net(data)
            loss = square_loss(output, label)
        loss.backward()
        SGD(params, 0.01)
        cumulative_loss += loss.asscalar()
    print('%.5f' % (cumulative_loss / (num_examples / batch_size)))
print(np.round(w.asnumpy(), 5), np.round(b.asnumpy(), 5))

net = gluon.nn.Dense(1, in_units=2)
print(net.weight, net.bias, net.collect_params(), type(net.collect_params()).__name__)
net.collect_params().initialize(mx.init.Normal(sigma=1.), ctx=ctx)
print(np.round(net(nd.array([[0, 1]])).asnumpy(), 5))
square_loss = gluon.loss.L2Loss()
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.0001})
for e in range(2):
    cumulative_loss = 0
    for i, (data, label) in enumerate(train_data):
        with autograd.record():
            output = net(data)
            loss = square_loss(output, label)
        loss.backward()
        trainer.step(batch_size)
        cumulative_loss += nd.mean(loss).asscalar()
    print("Epoch %s, loss: %.4f" % (e, cumulative_loss / num_examples))
params = net.collect_params()
for param in params.values():
    print(param.name, np.round(param.data().asnumpy(), 5))

# logistic regression
def logistic(z):
    return 1. / (1. + nd.exp(-z))
print(logistic(nd.arange(-2, 3)))
def log_loss(output, y):
    yhat = logistic(output)
    return - nd.nansum(y * nd.log(yhat) + (1 - y) * nd.log(1 - yhat))
net = gluon.nn.Dense(1)
net.collect_params().initialize(mx.init.Normal(sigma=1.), ctx=ctx)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.01})
Xl = nd.random.uniform(shape=(8, 3)); yl = nd.array([0, 1, 1, 0, 1, 0, 0, 1])
bce = gluon.loss.SigmoidBinaryCrossEntropyLoss()
with autograd.record():
    output = net(Xl)
    loss = log_loss(output, yl)
    loss2 = bce(output, yl)
loss.backward()
trainer.step(8)
print(np.round(loss.asnumpy(), 4), np.round(loss2.asnumpy(), 4))
print(bce(output, yl.reshape((-1, 1))).shape, gluon.loss.SigmoidBinaryCrossEntropyLoss(from_sigmoid=True)(nd.sigmoid(output), yl).shape)

# softmax regression and accuracy
num_outputs = 3
W = nd.random_normal(shape=(4, num_outputs))
bb = nd.random_normal(shape=num_outputs)
for p in [W, bb]:
    p.attach_grad()
def softmax(y_linear):
    exp = nd.exp(y_linear - nd.max(y_linear, axis=1).reshape((-1, 1)))
    norms = nd.sum(exp, axis=1).reshape((-1, 1))
    return exp / norms
sample_y_linear = nd.random_normal(shape=(2, 3))
sample_yhat = softmax(sample_y_linear)
print(sample_yhat, nd.sum(sample_yhat, axis=1))
def cross_entropy(yhat, y):
    return - nd.sum(y * nd.log(yhat + 1e-6))
Xs = nd.random.uniform(shape=(6, 4)); ys = nd.array([0, 1, 2, 2, 1, 0])
def evaluate_accuracy(data, label):
    numerator = 0.
    output = softmax(nd.dot(data, W) + bb)
    predictions = nd.argmax(output, axis=1)
    numerator += nd.sum(predictions == label)
    return (numerator / data.shape[0]).asscalar()
print(evaluate_accuracy(Xs, ys))
with autograd.record():
    loss = cross_entropy(softmax(nd.dot(Xs, W) + bb), nd.one_hot(ys, 3))
loss.backward()
print(np.round(W.grad.asnumpy(), 5))
acc = mx.metric.Accuracy()
acc.update(preds=nd.dot(Xs, W), labels=ys)
print(acc.get(), acc)
sce = gluon.loss.SoftmaxCrossEntropyLoss()
print(np.round(sce(nd.dot(Xs, W), ys).asnumpy(), 4))
print(gluon.loss.SoftmaxCrossEntropyLoss(sparse_label=False)(nd.dot(Xs, W), nd.one_hot(ys, 3)).shape)

# perceptron
wp = nd.zeros(shape=(2)); bp = nd.zeros(1)
def perceptron(w, b, x, y):
    if (y * (nd.dot(w, x) + b)).asscalar() <= 0:
        w += y * x
        b += y
        return 1
    return 0
xs = nd.random_normal(shape=(6, 2)); ysign = nd.sign(xs[:, 0] - xs[:, 1] + 0.1)
print(ysign, sum(perceptron(wp, bp, xs[i], ysign[i]) for i in range(6)), wp, bp)

# MLP with dropout, from scratch and gluon
def dropout(X, drop_probability):
    keep_probability = 1 - drop_probability
    mask = nd.random_uniform(0, 1.0, X.shape, ctx=X.context) < keep_probability
    if keep_probability > 0.0:
        scale = (1 / keep_probability)
    else:
        scale = 0.0
    return mask * X * scale
A = nd.arange(20).reshape((5, 4))
print(dropout(A, 0.0), dropout(A, 0.5), dropout(A, 1.0))
net = gluon.nn.Sequential()
with net.name_scope():
    net.add(gluon.nn.Dense(6, activation="relu"))
    net.add(gluon.nn.Dropout(.5))
    net.add(gluon.nn.Dense(3))
net.collect_params().initialize(mx.init.Xavier(magnitude=2.24), ctx=ctx)
for x in Xs[:1]:
    x = x.reshape((1, 4))
with autograd.record():
    print(autograd.is_training(), np.round(net(x).asnumpy(), 5))
with autograd.record(train_mode=False):
    print(autograd.is_training(), np.round(net(x).asnumpy(), 5))
with autograd.predict_mode():
    print(np.round(net(x).asnumpy(), 5))
with autograd.train_mode():
    print(np.round(net(x).asnumpy(), 5))
print(net)

# regularization: l2 penalty by hand and Trainer's wd
def l2_penalty(params):
    penalty = nd.zeros(shape=1)
    for param in params:
        penalty = penalty + nd.sum(param ** 2)
    return penalty
print(l2_penalty([W, bb]))
net = gluon.nn.Sequential()
with net.name_scope():
    net.add(gluon.nn.Dense(3))
net.collect_params().initialize(mx.init.Normal(sigma=1.), ctx=ctx)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.01, 'wd': 0.5})
with autograd.record():
    l = sce(net(Xs), ys)
l.backward()
trainer.step(6)
print(np.round(net[0].weight.data().asnumpy(), 5))
net[0].bias.wd_mult = 0
net[0].weight.lr_mult = 2
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.01, 'wd': 0.1})
with autograd.record():
    l = sce(net(Xs), ys)
l.backward()
trainer.step(6)
print(np.round(net[0].bias.data().asnumpy(), 5))

# k-fold recipe from the Kaggle chapter
k = 3
fold_size = Xs.shape[0] // k
for test_i in range(k):
    X_val_test = Xs[test_i * fold_size: (test_i + 1) * fold_size, :]
    y_val_test = ys[test_i * fold_size: (test_i + 1) * fold_size]
    val_train_defined = False
    for i in range(k):
        if i != test_i:
            X_cur_fold = Xs[i * fold_size: (i + 1) * fold_size, :]
            y_cur_fold = ys[i * fold_size: (i + 1) * fold_size]
            if not val_train_defined:
                X_val_train, y_val_train = X_cur_fold, y_cur_fold
                val_train_defined = True
            else:
                X_val_train = nd.concat(X_val_train, X_cur_fold, dim=0)
                y_val_train = nd.concat(y_val_train, y_cur_fold, dim=0)
    print(test_i, X_val_train.shape, y_val_train, X_val_test.shape)
def get_rmse_log(net, X_train, y_train):
    num_train = X_train.shape[0]
    clipped_preds = nd.clip(net(X_train), 1, float('inf'))
    return np.sqrt(2 * nd.sum(square_loss(nd.log(clipped_preds), nd.log(y_train))).asscalar() / num_train)
reg = gluon.nn.Sequential()
reg.add(gluon.nn.Dense(1))
reg.initialize()
print('%.5f' % get_rmse_log(reg, Xs * 10, ys.reshape((-1, 1)) + 1))
