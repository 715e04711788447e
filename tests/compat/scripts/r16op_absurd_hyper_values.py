"""Numeric hyper-parameters out of any sensible range (negative rates, betas at or above 1, zero epsilon, negative
momentum or clip bound): MXNet takes them all and updates with them, except where an operator bounds one."""
import warnings

warnings.simplefilter("ignore")
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words

OPTIMIZERS = {"sgd": {"momentum": 0.9}, "nag": {"momentum": 0.9}, "adam": {}, "adagrad": {}, "rmsprop": {},
              "rmsprop_c": {"centered": True}, "adadelta": {}, "adamax": {}, "nadam": {}, "ftrl": {}, "ftml": {},
              "signum": {}, "lamb": {}, "lars": {"momentum": 0.9}, "dcasgd": {"momentum": 0.9}}
ABSURD = [{"learning_rate": -0.1}, {"learning_rate": 0}, {"wd": -0.5}, {"rescale_grad": -1}, {"rescale_grad": 0},
          {"clip_gradient": -1}, {"clip_gradient": 0}, {"momentum": -0.5}, {"momentum": 1.0}, {"momentum": 2},
          {"beta1": 1.0}, {"beta1": 1.5}, {"beta1": -0.1}, {"beta2": 1.0}, {"epsilon": 0}, {"epsilon": -1},
          {"eps": 0}, {"gamma1": 1.0}, {"gamma2": -1}, {"rho": 1.0}, {"rho": 0}, {"lamda1": -1}, {"beta": -1},
          {"lamda": -1}, {"wd_lh": -1}, {"clip_weights": -1}, {"lower_bound": 1, "upper_bound": 0.5}, {"eta": -1},
          {"schedule_decay": -1}]
w0 = np.array([[0.5, -1.5, 2.0], [0.0, 3.0, -0.25]], dtype=np.float32)
g0 = np.array([[1.0, -2.0, 0.5], [0.1, 0.0, -3.0]], dtype=np.float32)
for label, base in OPTIMIZERS.items():
    name = label.split("_")[0]
    print("--", label, base)
    for absurd in ABSURD:
        try:
            opt = mx.optimizer.create(name, **dict(base, **absurd))
        except TypeError:
            continue        # an argument this optimizer does not take
        weight = nd.array(w0)
        try:
            state = opt.create_state(0, weight)
            for i in range(3):
                opt.update(0, weight, nd.array(g0 * (i + 1)), state)
            print(absurd, [float("%.5g" % v) for v in weight.asnumpy().ravel().tolist()])
        except Exception as e:
            print(absurd, words(e))
