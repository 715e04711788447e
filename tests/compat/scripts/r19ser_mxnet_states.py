"""Optimizer state files written by MXNet 1.9.1 (Trainer.save_states with Adam and plain SGD, a kvstore's
save_optimizer_states, Module.save_checkpoint's .states) load, restore the optimizer and its counts, and training
goes on from them."""
import base64
import os
import tempfile

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from _words import words

DIR = tempfile.mkdtemp()
FILES = {
    "adam": ('gASVCgMAAAAAAAB9lChLAIwVbXhuZXQubmRhcnJheS5uZGFycmF5lIwHTkRBcnJheZSTlE6FlFKUfZSMBmhhbmRsZZSMCGJ1aWx0'
    'aW5zlIwJYnl0ZWFycmF5lJOUQyjJ+pP5AAAAAAEAAAACAAAAAAAAAAEAAAAAAAAAAAAAAG3KGj5XO3e9lIWUUpRzYmgDaARSlH2U'
    'aAdoCkMoyfqT+QAAAAABAAAAAgAAAAAAAAABAAAAAAAAAAAAAABMd6Y6CCpWOZSFlFKUc2KGlEsBaANoBFKUfZRoB2gKQ0DJ+pP5'
    'AAAAAAIAAAACAAAAAAAAAAMAAAAAAAAAAQAAAAAAAAAAAAAAOPxsPeoWqj25r909mWq0vNxpA71qniy9lIWUUpRzYmgDaARSlH2U'
    'aAdoCkNAyfqT+QAAAAACAAAAAgAAAAAAAAADAAAAAAAAAAEAAAAAAAAAAAAAAPr7Qjm26sg5wKoqOhzE4zezynE4cKXQOJSFlFKU'
    'c2KGlHWMGW14bmV0Lm9wdGltaXplci5vcHRpbWl6ZXKUjARBZGFtlJOUKYGUfZQojAxyZXNjYWxlX2dyYWSURz/gAAAAAAAAjAxs'
    'cl9zY2hlZHVsZXKUTowCbHKURz+EeuFHrhR7jAJ3ZJRHAAAAAAAAAACMB2xyX211bHSUfZSMB3dkX211bHSUfZSMEGJlZ2luX251'
    'bV91cGRhdGWUSwCMCm51bV91cGRhdGWUSwKMGF9hbGxfaW5kZXhfdXBkYXRlX2NvdW50c5R9lEsAfZQoSwBLAksBSwJ1c4wTX2lu'
    'ZGV4X3VwZGF0ZV9jb3VudJRoMIwNY2xpcF9ncmFkaWVudJROjA9tdWx0aV9wcmVjaXNpb26UiYwNYWdncmVnYXRlX251bZRLAIwI'
    'aWR4Mm5hbWWUfZSMCHN5bV9pbmZvlCmMDmFsbG93X25wX2FycmF5lImMBWJldGExlEc/7MzMzMzMzYwFYmV0YTKURz/v987ZFocr'
    'jAdlcHNpbG9ulEc+RXmO4jCMOowLbGF6eV91cGRhdGWUiHVihpQu'),
    "sgd": ('gASVgQEAAAAAAAB9lChLAE5LAU51jBlteG5ldC5vcHRpbWl6ZXIub3B0aW1pemVylIwDU0dElJOUKYGUfZQojAxyZXNjYWxlX2dy'
    'YWSURz/gAAAAAAAAjAxscl9zY2hlZHVsZXKUTowCbHKURz+5mZmZmZmajAJ3ZJRHAAAAAAAAAACMB2xyX211bHSUfZSMB3dkX211'
    'bHSUfZSMEGJlZ2luX251bV91cGRhdGWUSwCMCm51bV91cGRhdGWUSwKMGF9hbGxfaW5kZXhfdXBkYXRlX2NvdW50c5R9lEsAfZQo'
    'SwBLAksBSwJ1c4wTX2luZGV4X3VwZGF0ZV9jb3VudJRoEowNY2xpcF9ncmFkaWVudJROjA9tdWx0aV9wcmVjaXNpb26UiYwNYWdn'
    'cmVnYXRlX251bZRLBIwIaWR4Mm5hbWWUfZSMCHN5bV9pbmZvlCmMDmFsbG93X25wX2FycmF5lImMCG1vbWVudHVtlEcAAAAAAAAA'
    'AIwLbGF6eV91cGRhdGWUiHVihpQu'),
    "kv": ('gASVhAAAAAAAAAB9lEsDjBVteG5ldC5uZGFycmF5Lm5kYXJyYXmUjAdOREFycmF5lJOUToWUUpR9lIwGaGFuZGxllIwIYnVpbHRp'
    'bnOUjAlieXRlYXJyYXmUk5RDKMn6k/kAAAAAAQAAAAIAAAAAAAAAAwAAAAAAAAAAAAAAzczMvc3MzL2UhZRSlHNicy4='),
    "module": ('gASVqgEAAAAAAAB9lChLAIwVbXhuZXQubmRhcnJheS5uZGFycmF5lIwHTkRBcnJheZSTlE6FlFKUfZSMBmhhbmRsZZSMCGJ1aWx0'
    'aW5zlIwJYnl0ZWFycmF5lJOUQ1jJ+pP5AAAAAAIAAAADAAAAAAAAAAQAAAAAAAAAAQAAAAAAAAAAAAAAW1UPPPMs2zsxr5c73GIo'
    'OyajFDzqyV08WHiTPLoLuDxB/JG8M7ClvCRkubwWGM28lIWUUpRzYmgDaARSlH2UaAdoCkNYyfqT+QAAAAACAAAAAwAAAAAAAAAE'
    'AAAAAAAAAAEAAAAAAAAAAAAAALZmADfXHZY2iMwPNqQ1MTVmFAo3qreZN2zrBzjas1M4TjIFOJaTKzgXz1Y4bHKDOJSFlFKUc2KG'
    'lEsBaANoBFKUfZRoB2gKQyzJ+pP5AAAAAAEAAAADAAAAAAAAAAEAAAAAAAAAAAAAAIX7hryKTRI9kZ+dvJSFlFKUc2JoA2gEUpR9'
    'lGgHaApDLMn6k/kAAAAAAQAAAAMAAAAAAAAAAQAAAAAAAAAAAAAAGcDjN83GBTmkRxs4lIWUUpRzYoaUdS4='),
}


def path_of(name):
    path = os.path.join(DIR, name)
    with open(path, "wb") as f:
        f.write(base64.b64decode(FILES[name]))
    return path


def rounded(a):
    if a is None:               # (plain SGD keeps no state)
        return None
    return np.round(a.asnumpy().astype("float64"), 5).tolist()


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e).replace(DIR, "DIR"))


def trainer_goes_on(name, optimizer, params):
    net = gluon.nn.Dense(2, in_units=3, prefix="t_")
    net.initialize(mx.init.Constant(0.1))
    trainer = gluon.Trainer(net.collect_params(), optimizer, params)
    trainer.load_states(path_of(name))
    opt = trainer._optimizer
    before = (type(opt).__name__, opt.lr, opt.num_update, sorted(opt._index_update_count.items()))
    x = nd.array(np.arange(6).reshape(2, 3) / 6.0)
    for _ in range(2):
        with autograd.record():
            loss = (net(x) ** 2).sum()
        loss.backward()
        trainer.step(2)
    states = trainer._updaters[0].states
    return before, opt.num_update, rounded(net.weight.data()), rounded(net.bias.data()), \
        {k: [rounded(s) for s in (v if isinstance(v, tuple) else (v,))] for k, v in sorted(states.items())}


attempt("adam", lambda: trainer_goes_on("adam", "adam", {"learning_rate": 0.5}))
attempt("sgd", lambda: trainer_goes_on("sgd", "sgd", {"learning_rate": 0.5, "momentum": 0.5}))
attempt("adam file into sgd", lambda: trainer_goes_on("adam", "sgd", {"learning_rate": 0.5}))


def kv_goes_on():
    kv = mx.kv.create("local")
    kv.set_optimizer(mx.optimizer.SGD(learning_rate=0.1, momentum=0.9))
    kv.init(3, nd.ones((2,)))
    kv.load_optimizer_states(path_of("kv"))
    kv.push(3, nd.ones((2,)))
    out = nd.zeros((2,))
    kv.pull(3, out=out)
    return rounded(out)


attempt("kvstore", kv_goes_on)


def module_goes_on():
    data = mx.sym.var("data")
    net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data, num_hidden=3, name="fc"), name="softmax")
    mod = mx.mod.Module(net)
    mod.bind([("data", (2, 4))], [("softmax_label", (2,))])
    mod.init_params(mx.init.Constant(0.2))
    mod.init_optimizer(optimizer="adam")
    mod.load_optimizer_states(path_of("module"))
    batch = mx.io.DataBatch([nd.array(np.arange(8).reshape(2, 4) / 8.0)], [nd.array([0, 2])])
    mod.forward(batch)
    mod.backward()
    mod.update()
    return {k: rounded(v) for k, v in sorted(mod.get_params()[0].items())}


attempt("module", module_goes_on)
