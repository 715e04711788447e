"""Boolean attribute texts with blanks (refused, but read when the boolean is optional), and tuples of floats
holding inf, nan or overflowing items, as the parser reads them."""
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


a, b = mx.sym.var("a"), mx.sym.var("b")
for text in [" true", "true ", " 1", "0 ", "TRUE", "tRuE", "False", "yes"]:
    attempt(f"dot transpose_a={text!r}", lambda: mx.sym.dot(a, b, transpose_a=text).list_attr())
    attempt(f"nd.sum keepdims={text!r}", lambda: mx.nd.sum(mx.nd.ones((2, 2)), axis=0, keepdims=text).shape)
    attempt(f"BatchNorm fix_gamma={text!r}", lambda: mx.sym.BatchNorm(a, fix_gamma=text).list_attr())
    attempt(f"softmax use_length={text!r}", lambda: mx.sym.softmax(a, use_length=text).list_attr())
    attempt(f"BilinearSampler cudnn_off={text!r}", lambda: mx.sym.BilinearSampler(a, b, cudnn_off=text).list_attr())
for text in ["(inf,)", "(nan,)", "(-inf,0.5)", "(1e40,)", "(1e-50,)", "inf", "(infinity,)", "(0.5, 2.)", "(.5,)"]:
    attempt(f"MultiBoxPrior sizes={text!r}", lambda: mx.sym.contrib.MultiBoxPrior(a, sizes=text).list_attr())
    attempt(f"nd MultiBoxPrior ratios={text!r}",
            lambda: mx.nd.contrib.MultiBoxPrior(mx.nd.zeros((1, 1, 1, 1)), sizes=(0.5,), ratios=text).shape)
kw = dict(lrs=(0.5,), wds=(0.5,), etas=(0.5,))
attempt("multi_adamw attrs", lambda: mx.sym._internal._multi_adamw_update(a, b, **kw).list_attr())
attempt("multi_adamw beta1=True", lambda: mx.sym._internal._multi_adamw_update(a, b, beta1=True, **kw).list_attr())
attempt("multi_adamw epsilon='1e40'",
        lambda: mx.sym._internal._multi_adamw_update(a, b, epsilon="1e40", **kw).list_attr())
kw = dict(learning_rates=(0.5,), wds=(0.5,), step_count=(1,))
attempt("multi_lamb attrs", lambda: mx.sym._internal._multi_lamb_update(a, b, **kw).list_attr())
attempt("multi_lamb bias_correction='t'",
        lambda: mx.sym._internal._multi_lamb_update(a, b, bias_correction="t", **kw).list_attr())
