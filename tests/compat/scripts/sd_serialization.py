# Straight Dope: serialization (nd.save/load, Block parameters save/load)
import os
import tempfile
import warnings
import mxnet as mx
from mxnet import nd, autograd, gluon

mx.random.seed(2)
ctx = mx.cpu()
tmp = tempfile.mkdtemp()

X = nd.ones((3, 3))
Y = nd.zeros((2, 2))
filename = os.path.join(tmp, "test.params")
nd.save(filename, [X, Y])
A, B = nd.load(filename)
print(A)
print(B)
print(type(nd.load(filename)))

mydict = {"X": X, "Y": Y}
filename = os.path.join(tmp, "test2.params")
nd.save(filename, mydict)
C = nd.load(filename)
print(sorted(C.keys()))
print(C["X"], C["Y"])

nd.save(os.path.join(tmp, "single.params"), X)
print(nd.load(os.path.join(tmp, "single.params")))

num_hidden = 4
num_outputs = 2
num_inputs = 3
net = gluon.nn.Sequential()
with net.name_scope():
    net.add(gluon.nn.Dense(num_hidden, activation="relu"))
    net.add(gluon.nn.Dense(num_hidden, activation="relu"))
    net.add(gluon.nn.Dense(num_outputs))
net.collect_params().initialize(mx.init.Normal(sigma=1.), ctx=ctx)
x = nd.ones((1, num_inputs))
print(net(x))

filename = os.path.join(tmp, "testnet.params")
net.save_parameters(filename)
net2 = gluon.nn.Sequential()
with net2.name_scope():
    net2.add(gluon.nn.Dense(num_hidden, activation="relu"))
    net2.add(gluon.nn.Dense(num_hidden, activation="relu"))
    net2.add(gluon.nn.Dense(num_outputs))
net2.load_parameters(filename, ctx=ctx)
print(net2(x))
print(sorted(nd.load(filename).keys()))

# older API names
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    net.save_params(os.path.join(tmp, "old.params"))
    net2.load_params(os.path.join(tmp, "old.params"), ctx)
    print([str(i.category.__name__) for i in w])
print(sorted(nd.load(os.path.join(tmp, "old.params")).keys()))
print(net2(x))

# ParameterDict save/load with prefixes
net.collect_params().save(os.path.join(tmp, "pd.params"))
print(sorted(nd.load(os.path.join(tmp, "pd.params")).keys()))
net.collect_params().save(os.path.join(tmp, "pd2.params"), strip_prefix=net.prefix)
print(sorted(nd.load(os.path.join(tmp, "pd2.params")).keys()))
net2.collect_params().load(os.path.join(tmp, "pd2.params"), ctx, restore_prefix=net2.prefix)
print(net2(x))

# load into a net with a different structure -> error
net3 = gluon.nn.Sequential()
with net3.name_scope():
    net3.add(gluon.nn.Dense(num_hidden))
try:
    net3.load_parameters(filename, ctx=ctx)
except Exception as e:
    print(type(e).__name__)
net3.load_parameters(filename, ctx=ctx, allow_missing=False, ignore_extra=True)
print(net3[0].weight.data())

# trainer states
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': .01})
with autograd.record():
    l = net(x).sum()
l.backward()
trainer.step(1)
trainer.save_states(os.path.join(tmp, "t.states"))
trainer2 = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': .01})
trainer2.load_states(os.path.join(tmp, "t.states"))
print(trainer2.learning_rate)
print(net[2].bias.data())
