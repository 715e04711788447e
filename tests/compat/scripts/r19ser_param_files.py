"""Parameter files across their forms: save_parameters, ParameterDict.save (full names, stripped prefix), legacy
'arg:'/'aux:' names, shared and deduplicated parameters, loaded with every combination of allow_missing,
ignore_extra, cast_dtype and dtype_source, into fresh, deferred and initialized blocks."""
import os
import tempfile

import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import nn
from _words import words

DIR = tempfile.mkdtemp()


def P(name):
    return os.path.join(DIR, name)


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e).replace(DIR, "DIR")[:300])


def net():
    n = nn.HybridSequential(prefix="m_")
    with n.name_scope():
        n.add(nn.Dense(3, in_units=2), nn.BatchNorm(in_channels=3), nn.Dense(1, in_units=3))
    return n


def loaded(n):
    return sorted((k, v.shape, np.dtype(v.dtype).name, round(float(v.data().asnumpy().sum()), 4))
                  for k, v in n.collect_params().items() if v._data is not None)


base = net()
base.initialize(mx.init.Constant(0.5))
base.save_parameters(P("n.params"))
base.collect_params().save(P("full.params"))
base.collect_params().save(P("stripped.params"), strip_prefix="m_")
saved = nd.load(P("n.params"))
variants = {
    "n.params": None,
    "full.params": None,
    "stripped.params": None,
    "missing": {"0.weight": saved["0.weight"]},
    "extra": dict(saved, **{"9.weight": nd.ones(1)}),
    "reshaped": dict(saved, **{"0.weight": nd.ones((2, 3))}),
    "float64": dict(saved, **{"0.weight": saved["0.weight"].astype("float64")}),
    "legacy prefixes": {"arg:" + k: v for k, v in saved.items()},
    "list": [nd.ones(1)],
}
for name, content in variants.items():
    if content is not None:
        nd.save(P(name), content)
options = [{}, {"allow_missing": True}, {"ignore_extra": True}, {"allow_missing": True, "ignore_extra": True},
           {"cast_dtype": True}, {"cast_dtype": True, "dtype_source": "saved"}]
for name in variants:
    for kw in options:
        attempt(f"load_parameters {name} {kw}", lambda: (lambda n: (n.load_parameters(P(name), **kw), loaded(n))[1])(net()))
    attempt(f"ParameterDict.load {name}", lambda: (lambda n: (n.collect_params().load(P(name)), loaded(n))[1])(net()))
    attempt(f"ParameterDict.load {name} restore_prefix",
            lambda: (lambda n: (n.collect_params().load(P(name), restore_prefix="m_"), loaded(n))[1])(net()))


def deferred():
    n = nn.Dense(3, prefix="q_")
    nd.save(P("dq.params"), {"weight": nd.ones((3, 5)), "bias": nd.zeros(3)})
    n.load_parameters(P("dq.params"))
    return n.weight.shape, n(nd.ones((1, 5))).asnumpy().tolist()


attempt("load into a deferred block", deferred)
attempt("save before initialize", lambda: net().save_parameters(P("u.params")))
attempt("strip a foreign prefix before initialize", lambda: net().collect_params().save(P("s.params"), strip_prefix="zz"))
attempt("strip a foreign prefix", lambda: base.collect_params().save(P("s.params"), strip_prefix="zz"))
shared = nn.HybridSequential(prefix="s_")
with shared.name_scope():
    first = nn.Dense(2, in_units=2)
    shared.add(first, nn.Dense(2, in_units=2, params=first.params))
shared.initialize(mx.init.One())
for dedup in [False, True]:
    shared.save_parameters(P("shared.params"), deduplicate=dedup)
    print("shared dedup", dedup, sorted(nd.load(P("shared.params"))))
    attempt(f"shared reload dedup={dedup}", lambda: (lambda n: (n.load_parameters(P("shared.params")), loaded(n))[1])(shared))
