"""Update operators and fill_element_0index build no symbol (MXNet names none of their inputs), after their parameter checks."""
import mxnet as mx

w, g, m, v = (mx.sym.var(n) for n in "wgmv")
calls = [
    ("adam_update", lambda: mx.sym.adam_update(w, g, m, v, lr=0.1)),
    ("adam_update by name", lambda: mx.sym.adam_update(weight=w, grad=g, mean=m, var=v, lr=0.1)),
    ("adam_update no inputs", lambda: mx.sym.adam_update(lr=0.1)),
    ("adam_update no lr", lambda: mx.sym.adam_update(w, g, m, v)),
    ("ftml_update", lambda: mx.sym.ftml_update(w, g, m, v, w, lr=0.1, t=1)),
    ("ftrl_update", lambda: mx.sym.ftrl_update(w, g, m, v, lr=0.1)),
    ("lamb_update_phase1", lambda: mx.sym.lamb_update_phase1(w, g, m, v, t=1, wd=0.1)),
    ("lamb_update_phase2", lambda: mx.sym.lamb_update_phase2(w, g, m, v, lr=0.1)),
    ("fill_element_0index", lambda: mx.sym.fill_element_0index(w, g, m)),
    ("sgd_update", lambda: mx.sym.sgd_update(w, g, lr=0.1)),
    ("sgd_mom_update", lambda: mx.sym.sgd_mom_update(w, g, m, lr=0.1)),
    ("signum_update", lambda: mx.sym.signum_update(w, g, m, lr=0.1, name="k")),
    ("group_adagrad_update", lambda: mx.sym.contrib.group_adagrad_update(w, g, m, lr=0.1)),
]
for label, call in calls:
    try:
        print(label, call().list_arguments())
    except mx.base.MXNetError as e:
        line = str(e).strip().splitlines()[-1]
        print(label, "MXNetError", line[line.index("Not enough") if "Not enough" in line else line.index("Required"):])
print(mx.sym.FullyConnected(num_hidden=2).name)
