# Knowledge distillation: teacher logits softened by temperature, KLDivLoss plus hard-label CE for the student
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(4)
X = nd.random.normal(shape=(24, 6))
y = nd.argmax(nd.dot(X, nd.random.normal(shape=(6, 3))), axis=1)
teacher = nn.Sequential()
teacher.add(nn.Dense(16, activation='relu'), nn.Dense(3))
teacher.initialize(mx.init.Xavier())
t_tr = gluon.Trainer(teacher.collect_params(), 'adam', {'learning_rate': 0.02})
ce = gluon.loss.SoftmaxCrossEntropyLoss()
for _ in range(20):
    with autograd.record():
        l = ce(teacher(X), y)
    l.backward()
    t_tr.step(24)
print('teacher', repr(l.mean().asscalar()), repr((teacher(X).argmax(axis=1) == y).mean().asscalar()))

T, alpha = 3.0, 0.7
soft_targets = nd.softmax(teacher(X) / T)
print(soft_targets[:2].asnumpy().tolist())
student = nn.Dense(3)
student.initialize(mx.init.Zero())
s_tr = gluon.Trainer(student.collect_params(), 'sgd', {'learning_rate': 0.5})
kl = gluon.loss.KLDivLoss(from_logits=False)
soft_ce = gluon.loss.SoftmaxCrossEntropyLoss(sparse_label=False)
for step in range(8):
    with autograd.record():
        logits = student(X)
        loss = alpha * T * T * kl(logits / T, soft_targets) + (1 - alpha) * ce(logits, y)
    loss.backward()
    s_tr.step(24)
    print(step, repr(loss.mean().asscalar()), repr(soft_ce(logits / T, soft_targets).mean().asscalar()))
print(student.weight.data().asnumpy().tolist())
acc = mx.metric.Accuracy()
acc.update([y], [student(X)])
print(acc.get())
