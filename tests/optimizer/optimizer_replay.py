"""Run an optimizer case for three steps on fixed inputs; shared by the tests and the reference generator.

The inputs come from numpy's legacy RandomState stream, which is the same on every numpy version,
so MXNet and distnet see bit-identical weights and gradients.
"""
import numpy as np

CASES = [
    ("sgd", {"learning_rate": 0.1}),
    ("sgd", {"learning_rate": 0.1, "momentum": 0.9, "wd": 0.01, "rescale_grad": 0.5}),
    ("sgd", {"learning_rate": 0.05, "momentum": 0.9, "wd": 0.001, "clip_gradient": 0.3}),
    ("sgd", {"learning_rate": 0.05, "wd": 0.01, "clip_gradient": 0.3}),
    ("sgd", {"learning_rate": 0.1, "momentum": 0.5, "wd": 0.1, "param_idx2name": {0: "fc_weight", 1: "fc_bias"}}),
    ("nag", {"learning_rate": 0.1, "momentum": 0.9, "wd": 0.01}),
    ("nag", {"learning_rate": 0.1, "wd": 0.01}),
    ("nag", {"learning_rate": 0.1, "momentum": 0.8, "clip_gradient": 0.2, "rescale_grad": 2.0, "wd": 0.05}),
    ("adam", {}),
    ("adam", {"learning_rate": 0.01, "wd": 0.01, "clip_gradient": 0.5, "rescale_grad": 0.7}),
    ("adagrad", {}),
    ("adagrad", {"learning_rate": 0.1, "wd": 0.01, "clip_gradient": 0.5, "eps": 1e-6}),
    ("rmsprop", {}),
    ("rmsprop", {"learning_rate": 0.01, "centered": True, "wd": 0.01, "clip_weights": 0.9}),
    ("rmsprop", {"learning_rate": 0.01, "clip_gradient": 0.4, "gamma1": 0.95, "rescale_grad": 0.3}),
    ("adadelta", {}),
    ("adadelta", {"wd": 0.01, "clip_gradient": 0.4, "rescale_grad": 0.5, "rho": 0.8}),
    ("adamax", {}),
    ("adamax", {"wd": 0.01, "clip_gradient": 0.4, "rescale_grad": 0.5}),
    ("nadam", {}),
    ("nadam", {"wd": 0.01, "clip_gradient": 0.4, "rescale_grad": 0.5}),
    ("ftrl", {}),
    ("ftrl", {"lamda1": 0.05, "wd": 0.01, "clip_gradient": 0.4, "beta": 0.5}),
    ("signum", {}),
    ("signum", {"momentum": 0.0, "wd": 0.01, "learning_rate": 0.05}),
    ("signum", {"momentum": 0.8, "wd": 0.01, "wd_lh": 0.02, "clip_gradient": 0.3, "rescale_grad": 0.5}),
    ("lamb", {}),
    ("lamb", {"wd": 0.01, "bias_correction": False, "clip_gradient": 0.5}),
    ("lamb", {"wd": 0.01, "lower_bound": 0.5, "upper_bound": 1.5, "learning_rate": 0.01}),
    ("ftml", {}),
    ("ftml", {"wd": 0.01, "clip_gradient": 0.4, "rescale_grad": 0.5, "learning_rate": 0.01}),
    ("dcasgd", {"learning_rate": 0.1, "wd": 0.01}),
    ("sgd", {"learning_rate": 0.1, "momentum": 0.9, "sched": ["FactorScheduler", {"step": 1, "factor": 0.5}]}),
    ("adam", {"learning_rate": 0.1, "sched": ["CosineScheduler", {"max_update": 5, "base_lr": 0.1, "warmup_steps": 1}]}),
    ("sgd", {"learning_rate": 0.1, "momentum": 0.9, "multi_precision": True, "dtype": "float16"}),
    ("adam", {"learning_rate": 0.01, "multi_precision": True, "dtype": "float16"}),
    ("sgd", {"learning_rate": 0.1, "momentum": 0.9, "dtype": "float16"}),
]
SHAPES = [(3, 4), (5,)]
STEPS = 3


def make_optimizer(mx, name, kwargs):
    """The optimizer of a case (kwargs as in CASES, or as read back from JSON)."""
    kw = dict(kwargs)
    kw.pop("dtype", None)
    sched = kw.pop("sched", None)
    if sched:
        kw["lr_scheduler"] = getattr(mx.lr_scheduler, sched[0])(**sched[1])
    if "param_idx2name" in kw:
        kw["param_idx2name"] = {int(k): v for k, v in kw["param_idx2name"].items()}
    return mx.optimizer.create(name, **kw)


def run_case(mx, name, kwargs, mode):
    """Final weights (flattened, as float64 lists) after three steps, updating directly or through an Updater."""
    dtype = kwargs.get("dtype", "float32")
    opt = make_optimizer(mx, name, kwargs)
    rs = np.random.RandomState(42)
    weights = [mx.nd.array(rs.randn(*s).astype(dtype), dtype=dtype) for s in SHAPES]
    if mode == "direct":
        states = [opt.create_state_multi_precision(i, w) for i, w in enumerate(weights)]
    else:
        updater = mx.optimizer.get_updater(opt)
    for _ in range(STEPS):
        grads = [mx.nd.array(rs.randn(*s).astype(dtype), dtype=dtype) for s in SHAPES]
        if mode == "direct":
            for i, (w, g) in enumerate(zip(weights, grads)):
                opt.update_multi_precision(i, w, g, states[i])
        else:
            updater([0, 1], grads, weights)
    return [w.asnumpy().astype("float64").ravel().tolist() for w in weights]
