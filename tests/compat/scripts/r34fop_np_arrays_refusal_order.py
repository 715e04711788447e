"""mx.np arrays handed to optimizers directly: GroupAdaGrad's weight-decay assert comes before the legacy-operator refusal, LBSGD's gathering step names sgd_update."""
# recorded on AVX2
import numpy as np
import mxnet as mx


def first_line(e):
    return str(e).splitlines()[0][:160] if str(e) else ""


def attempt(label, f):
    try:
        f()
        print(label, "returned")
    except Exception as e:
        print(label, type(e).__name__, first_line(e))


mx.npx.set_np()
w = mx.np.array([[1., 2.], [3., 4.]])
g = mx.np.array([[0.5, -1.], [2., 0.25]])
for wd in [0.0, 0.1]:
    o = mx.optimizer.contrib.GroupAdaGrad(learning_rate=0.1, wd=wd)
    st = o.create_state(0, w)
    attempt("groupadagrad wd=%s" % wd, lambda: o.update(0, w, g, st))
    print("  num_update", o.num_update)

for mom in [0.0, 0.9]:
    for scale in [1, 2]:
        o = mx.optimizer.create('lbsgd', momentum=mom, batch_scale=scale, learning_rate=0.1)
        st = o.create_state(0, w)
        attempt("lbsgd momentum=%s batch_scale=%d" % (mom, scale), lambda: o.update(0, w, g, st))
        print("  num_update", o.num_update)
