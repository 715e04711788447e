"""Single-weight update operators called as NDArray functions: inputs of another shape are refused (no
broadcasting) naming the first one unlike the weight; out= arrays of another type after the attributes are read;
adamw named as MXNet registers it."""
import mxnet as mx
from mxnet import nd
from _words import words


SPEC = {
    "sgd_update": ("ff", dict(lr=0.1)),
    "sgd_mom_update": ("fff", dict(lr=0.1, momentum=0.9)),
    "mp_sgd_update": ("hhf", dict(lr=0.1)),
    "mp_sgd_mom_update": ("hhff", dict(lr=0.1, momentum=0.9)),
    "nag_mom_update": ("fff", dict(lr=0.1, momentum=0.9)),
    "mp_nag_mom_update": ("hhff", dict(lr=0.1, momentum=0.9)),
    "adam_update": ("ffff", dict(lr=0.1)),
    "rmsprop_update": ("fff", dict(lr=0.1)),
    "rmspropalex_update": ("fffff", dict(lr=0.1)),
    "ftrl_update": ("ffff", dict(lr=0.1)),
    "ftml_update": ("fffff", dict(lr=0.1, t=1)),
    "signsgd_update": ("ff", dict(lr=0.1)),
    "signum_update": ("fff", dict(lr=0.1)),
    "lamb_update_phase1": ("ffff", dict(t=1, wd=0.1)),
    "mp_lamb_update_phase1": ("hhfff", dict(t=1, wd=0.1)),
}


def arrays(kinds, shape=(2, 3)):
    return [nd.ones(shape, dtype="float16" if k == "h" else "float32") * 0.5 for k in kinds]


def attempt(label, call):
    try:
        r = call()
        print(label, "->", [x.asnumpy().tolist() for x in (r if isinstance(r, list) else [r])])
    except Exception as e:
        print(label, "->", words(e))


for name, (kinds, attrs) in SPEC.items():
    op = getattr(nd, name)
    for i, kind in enumerate(kinds):
        for shape in [(3,), (2, 1), (3, 2)]:
            def call(i=i, kind=kind, shape=shape):
                a = arrays(kinds)
                a[i] = arrays(kind, shape)[0]
                return op(*a, out=a[0], **attrs)
            attempt(f"{name} input {i} {shape}", call)
    attempt(f"{name} float64 out", lambda: op(*arrays(kinds), out=nd.ones((2, 3), dtype="float64"), **attrs))
    attempt(f"{name} too few", lambda: op(*arrays(kinds)[:-1], **attrs))
w = nd.ones((2,), dtype="float16")
attempt("mp_lamb phase1 float16 out, bad t", lambda: nd.mp_lamb_update_phase1(w, w, nd.ones(2), nd.ones(2), nd.ones(2),
                                                                              t=1.5, wd=0.1, out=w))
attempt("mp_lamb phase1 float16 out, bad clip", lambda: nd.mp_lamb_update_phase1(w, w, nd.ones(2), nd.ones(2),
                                                                                 nd.ones(2), t=1, wd=0.1,
                                                                                 clip_gradient="x", out=w))
a = arrays("ffff")
attempt("adamw bad lr", lambda: nd.contrib.adamw_update(*a, 1.0, lr="abc", eta=1.0))
attempt("adamw bad clip", lambda: nd.contrib.adamw_update(*a, 1.0, lr=0.1, eta=1.0, clip_gradient="x"))
attempt("adamw grad shape", lambda: nd.contrib.adamw_update(a[0], nd.ones((3,)), a[2], a[3], 1.0, lr=0.1, eta=1.0))
attempt("adamw mean shape", lambda: nd.contrib.adamw_update(a[0], a[1], nd.ones((3,)), a[3], 1.0, lr=0.1, eta=1.0))
attempt("adamw ok", lambda: nd.contrib.adamw_update(*arrays("ffff"), 1.0, lr=0.1, eta=1.0))
h = arrays("hhfff")
attempt("mp adamw bad lr", lambda: nd.contrib.mp_adamw_update(*h, 1.0, lr="abc", eta=1.0))
attempt("mp adamw grad shape", lambda: nd.contrib.mp_adamw_update(h[0], nd.ones((3,), dtype="float16"), *h[2:], 1.0,
                                                                  lr=0.1, eta=1.0))
