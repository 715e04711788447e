"""Every optimizer given a one-element or 2x2 NDArray for each of its hyper-parameters (betas, epsilons, decay rates, bounds, learning rate, wd, rescale_grad, clip_gradient): values or MXNet's refusals (a multi-element clip bound has no truth value)."""
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
        print("ERR", type(e).__name__, (lines[0][:300] if lines else "").split("] ")[-1])
n = 0
HPS = {"sgd": ["lazy_update"], "nag": [], "adam": ["beta1", "beta2", "epsilon"], "adagrad": ["eps"], "rmsprop": ["gamma1", "gamma2", "epsilon", "clip_weights"],
       "ftrl": ["lamda1", "beta"], "adadelta": ["rho", "epsilon"], "adamax": ["beta1", "beta2"], "nadam": ["beta1", "beta2", "epsilon", "schedule_decay"],
       "signum": ["wd_lh"], "ftml": ["beta1", "beta2", "epsilon"], "lamb": ["beta1", "beta2", "epsilon", "lower_bound", "upper_bound"],
       "lars": ["eta", "eps"], "dcasgd": ["lamda"], "sgld": [], "lbsgd": ["warmup_epochs"]}
VALS = {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8, "eps": 1e-7, "gamma1": 0.9, "gamma2": 0.9, "clip_weights": 1.0, "lamda1": 0.01, "beta": 1.0,
        "rho": 0.9, "schedule_decay": 0.004, "wd_lh": 0.01, "lower_bound": 0.1, "upper_bound": 10.0, "eta": 0.001, "lamda": 0.04, "warmup_epochs": 5, "lazy_update": 1}
for opt, hps in HPS.items():
    for hp in hps + ["learning_rate", "wd", "rescale_grad", "clip_gradient"]:
        for kind in ["nd1", "nd2x2"]:
            n += 1
            def f(opt=opt, hp=hp, kind=kind):
                mx.random.seed(0)
                v = VALS.get(hp, 0.1 if hp != "clip_gradient" else 1.0)
                val = {"nd1": nd.array([v]), "nd2x2": nd.full((2, 2), v)}[kind]
                kw = {hp: val}
                if opt == "rmsprop" and hp == "gamma2": kw["centered"] = True
                o = mx.optimizer.create(opt, **kw)
                w = nd.array([[0.5, -1.0], [2.0, 3.0]])
                g = nd.array([[0.1, 0.2], [-0.3, 0.4]])
                u = mx.optimizer.get_updater(o)
                u(0, g, w)
                u(0, g, w)
                return w.asnumpy()
            case(n, f"{opt} {hp} {kind}", f)
