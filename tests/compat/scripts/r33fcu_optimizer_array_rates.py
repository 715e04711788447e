"""Optimizers given NDArray (and numpy array) hyper-parameters: NDArray-arithmetic updates (adagrad, adadelta, dcasgd, sgld, ...) broadcast them, fused update operators refuse their text as MXNet parses it (adam after multiplying its rate in place, sgd/nag/signum/lars momentum, clip bounds), Trainer and set_learning_rate too."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd
import numpy as np
np.set_printoptions(precision=8)
def case(n, desc, f):
    print("== case %d: %s" % (n, desc))
    try:
        r = f()
        if r is not None: print(r)
    except Exception as e:
        lines = [l for l in str(e).splitlines() if l.strip() and not l.startswith((" ", "Traceback", "Stack trace"))]
        print("ERR", type(e).__name__, (lines[0][:250] if lines else "").split("] ")[-1])
n = 0
OPTS = ["sgd", "nag", "adam", "adagrad", "rmsprop", "ftrl", "adadelta", "adamax", "nadam", "signum", "ftml", "lamb", "lars", "dcasgd", "sgld", "lbsgd", "test"]
HP = {"learning_rate": lambda: nd.array([0.1]), "wd": lambda: nd.array([0.01]), "momentum": lambda: nd.array([0.9]), "rescale_grad": lambda: nd.array([0.5]),
      "clip_gradient": lambda: nd.array([1.0]), "lr_scalar": lambda: 0.1, "lr_np": lambda: np.float32(0.1), "lr_np_arr": lambda: np.array([0.1]), "lr_0d": lambda: nd.array(0.1)}
for opt in OPTS:
    for hp, val in HP.items():
        n += 1
        def f(opt=opt, hp=hp, val=val):
            mx.random.seed(0)
            key = "learning_rate" if hp.startswith("lr_") else hp
            o = mx.optimizer.create(opt, **{key: val()})
            w = nd.array([[0.5, -1.0], [2.0, 3.0]])
            g = nd.array([[0.1, 0.2], [-0.3, 0.4]])
            u = mx.optimizer.get_updater(o)
            u(0, g, w)
            u(0, g, w)
            return type(o.lr).__name__, w.dtype, w.asnumpy()
        case(n, f"{opt} {hp}", f)
for opt in ["sgd", "adam", "rmsprop", "adagrad"]:
    n += 1
    def g(opt=opt):
        o = mx.optimizer.create(opt, learning_rate=nd.array([0.1]))
        o.set_learning_rate(nd.array([0.2]))
        w = nd.array([1.0, 2.0]); gr = nd.array([0.1, 0.2])
        st = o.create_state(0, w)
        o.update(0, w, gr, st)
        return w.asnumpy(), o.learning_rate
    case(n, f"{opt} set_learning_rate nd", g)
    n += 1
    def h(opt=opt):
        o = mx.optimizer.create(opt, learning_rate=nd.array([0.1, 0.2]))
        w = nd.array([1.0, 2.0]); gr = nd.array([0.1, 0.2])
        st = o.create_state(0, w)
        o.update(0, w, gr, st)
        return w.asnumpy()
    case(n, f"{opt} lr two-element", h)
    n += 1
    def k(opt=opt):
        o = mx.optimizer.create(opt, learning_rate=nd.array([0.1]), lr_scheduler=mx.lr_scheduler.FactorScheduler(1, 0.5))
        w = nd.array([1.0, 2.0]); gr = nd.array([0.1, 0.2])
        st = o.create_state(0, w)
        o.update(0, w, gr, st); o.update(0, w, gr, st)
        return w.asnumpy(), o.learning_rate
    case(n, f"{opt} lr nd with scheduler", k)
    n += 1
    def t(opt=opt):
        import mxnet.gluon as gluon
        net = gluon.nn.Dense(2, in_units=2)
        net.initialize(mx.init.One())
        tr = gluon.Trainer(net.collect_params(), opt, {"learning_rate": nd.array([0.1])})
        with mx.autograd.record():
            y = net(nd.ones((1, 2))).sum()
        y.backward()
        tr.step(1)
        return net.weight.data().asnumpy(), tr.learning_rate
    case(n, f"{opt} Trainer lr nd", t)
