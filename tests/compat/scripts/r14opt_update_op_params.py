"""Update operators called as NDArray functions: missing required parameters named with their types and the
given attributes in MXNet's order; group_adagrad_update's parameters read before its dense-gradient refusal."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", [x.asnumpy().tolist() for x in (r if isinstance(r, list) else [r])])
    except Exception as e:
        print(label, "->", words(e))


w = nd.array([[0.5, -1.0], [2.0, 0.25]])
g = nd.array([[0.1, 0.7], [-0.3, 2.0]])
h = nd.ones((2, 1))
attempt("lamb phase1 no wd", lambda: nd.lamb_update_phase1(w, g, w, w, beta1=0.8, beta2=0.9, epsilon=1e-3, t=2,
                                                           bias_correction=True))
attempt("lamb phase1 no t", lambda: nd.lamb_update_phase1(w, g, w, w, beta1=0.8, beta2=0.9, epsilon=1e-3, wd=0.1,
                                                          bias_correction=True))
attempt("lamb phase1 no t, rescaled", lambda: nd.lamb_update_phase1(w, g, w, w, beta1=0.8, rescale_grad=0.5, wd=0.1))
attempt("mp lamb phase1 no wd", lambda: nd.mp_lamb_update_phase1(w, g, w, w, w, beta1=0.8, beta2=0.9, epsilon=1e-3,
                                                                 t=2))
attempt("ftml no t", lambda: nd.ftml_update(w, g, w, w, w, lr=0.1, beta1=0.6, beta2=0.9, epsilon=1e-4))
attempt("ftml no lr", lambda: nd.ftml_update(w, g, w, w, w, t=1, beta1=0.6, beta2=0.9, epsilon=1e-4))
attempt("adam no lr", lambda: nd.adam_update(w, g, w, w, beta1=0.8, beta2=0.9, epsilon=1e-3, wd=0.1, rescale_grad=2.0,
                                             clip_gradient=3.0))
attempt("sgd_mom no lr", lambda: nd.sgd_mom_update(w, g, w, momentum=0.9, wd=0.1, rescale_grad=0.5,
                                                   clip_gradient=1.0, lazy_update=False))
attempt("nag_mom no lr", lambda: nd.nag_mom_update(w, g, w, momentum=0.9, wd=0.1, rescale_grad=0.5))
attempt("rmsprop no lr", lambda: nd.rmsprop_update(w, g, w, gamma1=0.8, epsilon=1e-3, wd=0.1, clip_weights=1.0))
attempt("rmspropalex no lr", lambda: nd.rmspropalex_update(w, g, w, w, w, gamma1=0.8, gamma2=0.7, epsilon=1e-3))
attempt("ftrl no lr", lambda: nd.ftrl_update(w, g, w, w, lamda1=0.05, beta=0.5, wd=0.1))
attempt("signum no lr", lambda: nd.signum_update(w, g, w, momentum=0.7, wd_lh=0.05, wd=0.1))
attempt("multi_sgd no lrs", lambda: nd.multi_sgd_update(w, g, wds=(0.1,), num_weights=1, rescale_grad=2.0))
attempt("multi_sgd_mom no wds", lambda: nd.multi_sgd_mom_update(w, g, w, lrs=(0.1,), num_weights=1, momentum=0.9))
attempt("multi_lars no eps", lambda: nd.multi_lars(nd.ones(2), nd.ones(2), nd.ones(2), nd.ones(2), eta=0.5))
attempt("multi_sum_sq no num_arrays", lambda: nd.multi_sum_sq(w, g))
attempt("group_adagrad dense no lr", lambda: nd.contrib.group_adagrad_update(w, g, h, epsilon=1e-3, out=w))
attempt("group_adagrad dense", lambda: nd.contrib.group_adagrad_update(w, g, h, lr=0.1, out=w))
rsp = g.tostype("row_sparse")
attempt("group_adagrad row_sparse", lambda: nd.contrib.group_adagrad_update(w, rsp, h, lr=0.1, out=w))
attempt("lamb phase1 ok", lambda: nd.lamb_update_phase1(w, g, w.copy(), nd.ones((2, 2)), beta1=0.8, beta2=0.9,
                                                        epsilon=1e-3, t=2, wd=0.1))


def last_line(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", str(e).strip().splitlines()[-1])


# the NDArray function hands its keywords over as: undeclared ones, then its parameters in declared order
for key in ["zz", "gamma", "abc"]:
    last_line(f"adam unknown {key}", lambda: nd.adam_update(w, g, w.copy(), w.copy(), lr=0.1, beta1=0.8, beta2=0.9,
                                                            epsilon=1e-3, wd=0.1, **{key: 1}))
    last_line(f"adam unknown {key} first", lambda: nd.adam_update(w, g, w.copy(), w.copy(), **{key: 1}, wd=0.1,
                                                                  epsilon=1e-3, beta2=0.9, beta1=0.8, lr=0.1))
last_line("nag unknown", lambda: nd.nag_mom_update(w, g, w.copy(), lr=0.1, momentum=0.9, wd=0.1, rescale_grad=0.5,
                                                   clip_gradient=1.0, bar=2))
attempt("ftml no lr, t first", lambda: nd.ftml_update(w, g, w, w, w, t=1, epsilon=1e-4, beta2=0.9, beta1=0.6))
attempt("signum no lr, reversed", lambda: nd.signum_update(w, g, w, wd=0.1, wd_lh=0.05, momentum=0.7))
