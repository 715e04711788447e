"""Legacy update operators check attributes, input counts, rates, shapes and types before their outputs, in MXNet's order and words."""
import re

import mxnet as mx

nd = mx.nd


def show(label, f):
    try:
        r = f()
        print(label, [a.asnumpy().round(4).tolist() for a in (r if isinstance(r, (list, tuple)) else [r])])
    except mx.base.MXNetError as e:
        text = str(e)
        text = text[text.rfind("MXNetError: ") + 12:] if "MXNetError: " in text else text
        if text.startswith("Traceback"):
            text = [line for line in text.split("\n")[1:] if not line.startswith("  ")][0]
        text = re.sub(r"^(operator )?\w+: (?=Check failed|Type inconsistent|Shape inconsistent)", "", text)
        typed = re.match(r"Type inconsistent, Provided = \w+, inferred type = \w+", text)
        print(label, "MXNetError", typed[0] if typed else text.split("\n")[0].split("; ")[0])


def w(*values, dtype="float32"):
    return nd.array(values, dtype=dtype)


one = lambda dtype="float32": w(1.0, 2.0, dtype=dtype)      # noqa: E731
for name, per in [("multi_sgd_update", 2), ("multi_sgd_mom_update", 3), ("multi_mp_sgd_update", 3),
                  ("multi_mp_sgd_mom_update", 4)]:
    f = getattr(nd, name)
    show(name + " 2 of 2 weights", lambda: f(*[one() for _ in range(per)], lrs=(0.1, 0.2), wds=(0.0, 0.1), num_weights=2))
    show(name + " rates", lambda: f(*[one() for _ in range(per)], lrs=(0.1, 0.2), wds=(0.0,), num_weights=1))
    show(name + " decays", lambda: f(*[one() for _ in range(per)], lrs=(0.1,), wds=(0.0, 0.1), num_weights=1))
    show(name + " bogus", lambda: f(*[one() for _ in range(per)], lrs=(0.1,), wds=(0.0,), bogus=1))
    show(name + " no lrs", lambda: f(*[one() for _ in range(per)], wds=(0.0,)))
    show(name + " no out", lambda: f(*[one() for _ in range(per)], lrs=(0.1,), wds=(0.0,)))
    show(name + " shapes", lambda: f(*[one() for _ in range(per - 1)], w(1.0), lrs=(0.1,), wds=(0.0,), out=one()))
    show(name + " float16", lambda: f(*[one("float16") for _ in range(per)], lrs=(0.1,), wds=(0.0,)))
    show(name + " out", lambda: f(*[one() for _ in range(per)], lrs=(0.1,), wds=(0.0,), out=one()))
for name, per in [("preloaded_multi_sgd_update", 2), ("preloaded_multi_mp_sgd_mom_update", 4)]:
    f = getattr(nd, name)
    show(name + " count", lambda: f(*[one() for _ in range(per)], num_weights=1))
    show(name + " no out", lambda: f(*[one() for _ in range(per)], w(0.1), w(0.0), num_weights=1))
    show(name + " out", lambda: f(*[one() for _ in range(per)], w(0.1), w(0.0), num_weights=1, out=one()))
for name in ["multi_sum_sq", "multi_all_finite", "reset_arrays"]:
    show(name + " count", lambda: getattr(nd, name)(one(), num_arrays=2))
x = one()
show("sgd_update bool", lambda: nd.sgd_update(one("bool"), x, lr=0.1))
show("mp_sgd_update bool", lambda: nd.mp_sgd_update(one("bool"), one("bool"), one("bool"), lr=0.1))
show("sgd_update out shape", lambda: nd.sgd_update(x, x, lr=0.1, out=nd.zeros((3,))))
show("rmsprop_update out shape", lambda: nd.rmsprop_update(x, x, x, lr=0.1, out=nd.zeros((3,))))
show("lamb phase2 out shape", lambda: nd.lamb_update_phase2(x, x, w(1.0), w(1.0), lr=0.1, out=nd.zeros((3,))))
show("all_finite out shape", lambda: nd.all_finite(x, out=nd.zeros((2,))))
show("mp_lamb phase1 no t", lambda: nd.mp_lamb_update_phase1(x, x, x, x, x, wd=0.1))
show("mp_lamb phase1 bogus", lambda: nd.mp_lamb_update_phase1(x, x, x, x, x, t=1, wd=0.1, bogus=1))
