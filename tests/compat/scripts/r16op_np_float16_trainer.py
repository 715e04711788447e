"""NumPy-semantics float16 parameters with multi_precision through gluon.Trainer: values per optimizer, and a
float16 Dense (no CPU kernel) whose failed gradients make the skipped update's weights carry the error."""
import warnings

warnings.simplefilter("ignore")
import mxnet as mx
from mxnet import autograd, gluon
from _words import words

mx.npx.set_np()


def show(x):
    return [round(v, 4) for v in x.asnumpy().astype("float64").ravel().tolist()]


for name, kw in [("sgd", {"momentum": 0.9}), ("sgd", {}), ("nag", {"momentum": 0.9}), ("adam", {}),
                 ("lamb", {}), ("signum", {}), ("ftml", {}), ("rmsprop", {"centered": True}), ("lars", {})]:
    for mp in [True, False]:
        p = gluon.Parameter("w", shape=(2, 3), dtype="float16")
        p.initialize(mx.init.Constant(0.5))
        trainer = gluon.Trainer([p], name, dict(kw, learning_rate=0.1, multi_precision=mp))
        x = mx.np.array([[1, 2, 3], [4, 5, 6]], dtype="float16")
        try:
            for _ in range(3):
                with autograd.record():
                    loss = (p.data() * x).sum()
                loss.backward()
                trainer.step(2)
            state = trainer._updaters[0].states[0]
            kinds = [type(s).__name__ for s in state] if isinstance(state, (tuple, list)) else type(state).__name__
            print(name, kw, "mp" if mp else "-", p.data().dtype, type(p.data()).__name__, show(p.data()), kinds)
        except Exception as e:
            print(name, kw, "mp" if mp else "-", words(e))

net = gluon.nn.Dense(3, in_units=4)
net.initialize(mx.init.Constant(0.5))
net.cast("float16")
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1, "momentum": 0.9, "multi_precision": True})
with autograd.record():
    y = net(mx.np.ones((2, 4), dtype="float16")).sum()
y.backward()
trainer.step(2)
print("step done", type(net.weight.data()).__name__, net.weight.data().dtype, net.weight.data().shape)
try:
    print(show(net.weight.data()))
except Exception as e:
    print("weight read:", words(e))
